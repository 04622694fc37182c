/**
 * Progression: the pain-monitoring traffic light, dose progression, earn-back ladders, stage
 * transitions and deloads. Every step is decided from what was actually done and how the back
 * answered, and says why (L-1…L-7, P-1…P-9, A-7).
 *
 * @packageDocumentation
 */
export { painResponse, DEFAULT_PAIN_RESPONSE_OPTIONS } from "./painResponse.js";
export type { PainResponseOptions } from "./painResponse.js";
export type {
  NextMorningRecovery,
  PainReport,
  PainResponse,
  PainResponseAction,
  SessionSafetyCheck,
  SymptomSpread,
} from "./types.js";
export { nextDose, DEFAULT_DOSE_OPTIONS, OUTSIDE_NEUTRAL_DRILLS, RANGES_OF_MOTION } from "./nextDose.js";
export type {
  DoseAction,
  DoseAxis,
  DoseDecision,
  DoseDefaults,
  DoseExercise,
  DoseOptions,
  DoseReasonCode,
  ExerciseLog,
  ExerciseSetLog,
  Prescription,
  RangeOfMotion,
} from "./nextDose.js";
export { nextLoadStep, roundDownToAvailableLoad, BARBELL_PLATES_KG, KETTLEBELL_SIZES_KG } from "./loadSteps.js";
export type { LoadIncrements } from "./loadSteps.js";
export { stageTransition, DEFAULT_STAGE_TRANSITION_OPTIONS } from "./stageTransition.js";
export type { Referral, StageDecision, StagedResult, StageTransitionAction, StageTransitionOptions, WeeklyCheckIn } from "./stageTransition.js";
export { deloadDue, DEFAULT_DELOAD_OPTIONS } from "./deloadDue.js";
export type { DeloadDecision, DeloadOptions, DeloadTrigger, WeekSummary } from "./deloadDue.js";
export { axialAlternation } from "./axialAlternation.js";
export type { AxialAlternationOptions, AxialItem, PlannedDay } from "./axialAlternation.js";
export { nextLadderStep } from "./nextLadderStep.js";
export type { LadderAction, LadderDecision, LadderExposure, LadderOptions } from "./nextLadderStep.js";
export {
  exerciseLogSchema,
  ladderExposureSchema,
  painReportSchema,
  prescriptionSchema,
  weeklyCheckInSchema,
  weekSummarySchema,
  parseExerciseLogs,
  parseLadderExposures,
  parsePainReport,
  parsePrescription,
  parseWeeklyCheckIns,
  parseWeekSummaries,
} from "./schema.js";
export {
  exerciseLogsJsonSchema,
  ladderExposuresJsonSchema,
  painReportJsonSchema,
  prescriptionJsonSchema,
  weeklyCheckInsJsonSchema,
  weekSummariesJsonSchema,
} from "./jsonSchema.js";
export { progressionMessages, progressionReason } from "./messages.js";
