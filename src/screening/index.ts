/**
 * The safety gate: red-flag screening at intake and at every session check-in (S-1…S-11).
 * Training guidance with safety-netting, never a diagnosis.
 *
 * @packageDocumentation
 */
export { SAFETY_ACTIONS, allowsTraining } from "./types.js";
export type {
  InflammatoryFeatures,
  LegSymptoms,
  RadicularPain,
  RedFlagAnswers,
  SafetyAction,
  SafetyDecision,
  SafetyFlag,
  SafetyReason,
  ScreeningInput,
  SessionCheckIn,
} from "./types.js";
export { screen, screenCheckIn, safetyNetText, DEFAULT_SCREENING_OPTIONS } from "./screen.js";
export type { ScreeningOptions } from "./screen.js";
export {
  inflammatoryFeaturesSchema,
  legSymptomsSchema,
  parseScreeningInput,
  screeningInputIssues,
  parseSessionCheckIn,
  screeningInputSchema,
  sessionCheckInSchema,
} from "./schema.js";
