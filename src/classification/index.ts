/**
 * Direction classification from the two FMS clearing tests (C-1…C-6), the lower-crossed
 * indicators (C-7) and McGill's trunk endurance ratios (E-1…E-3).
 *
 * @packageDocumentation
 */
export type {
  ClearingTestResult,
  ClearingTests,
  Concordance,
  Confidence,
  DailyActivity,
  Direction,
  DirectionPattern,
  DirectionResult,
  EmphasisFocus,
  EnduranceTimes,
  LowerCrossedAnswers,
  SymptomHistory,
  SymptomLocation,
} from "./types.js";
export { clearingTestPositive, symptomShift, DEFAULT_DIRECTION_OPTIONS, SYMPTOM_LOCATIONS } from "./clearingTest.js";
export type { DirectionOptions } from "./clearingTest.js";
export { classifyDirection, historyDirection } from "./classifyDirection.js";
export { lowerCrossedIndicators } from "./lowerCrossedIndicators.js";
export type { Emphasis, EmphasisResult } from "./lowerCrossedIndicators.js";
export { enduranceRatios, DEFAULT_ENDURANCE_OPTIONS } from "./enduranceRatios.js";
export type { EnduranceOptions, EnduranceRatio, EnduranceRatioName, EnduranceReference, EnduranceResult, EnduranceTestName } from "./enduranceRatios.js";
export {
  clearingTestResultSchema,
  clearingTestsSchema,
  enduranceTimesSchema,
  lowerCrossedAnswersSchema,
  clearingTestsIssues,
  parseClearingTests,
  parseEnduranceTimes,
  parseLowerCrossedAnswers,
  parseSymptomHistory,
  symptomHistorySchema,
} from "./schema.js";
export { clearingTestsJsonSchema, enduranceTimesJsonSchema, lowerCrossedAnswersJsonSchema, symptomHistoryJsonSchema } from "./jsonSchema.js";
export { classificationMessages } from "./messages.js";
