/**
 * Staging: the training stage from symptoms (T-1…T-5), the most conservative trigger wins.
 *
 * @packageDocumentation
 */
export { STAGES } from "./types.js";
export type {
  EndRange,
  LegSymptomReach,
  NightPain,
  NightPainRoute,
  SettlingTime,
  Stage,
  StageResult,
  StageTrigger,
  StageTriggerCode,
  StagingInput,
  StagingSafety,
} from "./types.js";
export { stageFromSymptoms, moreConservativeStage, DEFAULT_STAGING_OPTIONS } from "./stageFromSymptoms.js";
export type { StagingOptions } from "./stageFromSymptoms.js";
export { routeNightPain } from "./routeNightPain.js";
export { endRangeFromClearingTests } from "./endRangeFromClearingTests.js";
export { nightPainSchema, parseStagingInput, stagingInputIssues, stagingInputSchema, stagingSafetySchema } from "./schema.js";
export { stagingInputJsonSchema } from "./jsonSchema.js";
export { stagingMessages } from "./messages.js";
