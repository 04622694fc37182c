/**
 * The safety gate: red-flag screening at intake and at every session check-in (S-1…S-13).
 * Training guidance with safety-netting, never a diagnosis.
 *
 * @packageDocumentation
 */
export { SAFETY_ACTIONS, allowsTraining } from "./types.js";
export { RED_FLAG_QUESTIONS, AGE_QUESTION } from "./questions.js";
export type { RedFlagQuestion, RedFlagQuestionKey } from "./questions.js";
export type {
  AppliedClearance,
  ClearableFeature,
  Clearance,
  InflammatoryFeatures,
  LegSymptoms,
  RadicularPain,
  RedFlagAnswer,
  RedFlagAnswers,
  SafetyAction,
  SafetyDecision,
  SafetyFlag,
  SafetyReason,
  ScreeningInput,
  SessionCheckIn,
  UnansweredQuestion,
} from "./types.js";
export { screen, screenCheckIn, safetyNetText, DEFAULT_SCREENING_OPTIONS } from "./screen.js";
export type { ScreeningOptions } from "./screen.js";
export {
  clearanceSchema,
  parseClearance,
  inflammatoryFeaturesSchema,
  legSymptomsSchema,
  parseScreeningInput,
  screeningInputIssues,
  parseSessionCheckIn,
  screeningInputSchema,
  sessionCheckInSchema,
} from "./schema.js";
export { clearanceJsonSchema, screeningInputJsonSchema, sessionCheckInJsonSchema } from "./jsonSchema.js";
export { screeningMessages } from "./messages.js";
