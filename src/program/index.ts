/**
 * The planner: from an intake to an explained training week. `assess` runs screening,
 * classification, the lower-crossed questions and staging; `planWeek` and `planSession` turn
 * a cleared assessment into sessions whose every choice carries its reasons. A safety action
 * above `proceed-with-advisory` yields no plan at all.
 *
 * @packageDocumentation
 */
export { assess, assessIntake } from "./assess.js";
export { planWeek, planSession, WEEK_VOLUME_SCALES } from "./planWeek.js";
export { parsePlanHistory } from "./parsePlanHistory.js";
export { intakeJsonSchema, planHistoryJsonSchema } from "./jsonSchema.js";
export { STAGE_VOLUME_SHARE, blockEffort } from "./doseExercise.js";
export { painRules } from "./painRules.js";
export { SELECTION_POLICY, exerciseChallenge, stageAllows, challengeDistance } from "./selectionPolicy.js";
export type { StagePolicy } from "./selectionPolicy.js";
export { weekFrame } from "./weekFrame.js";
export type { DayFocus, DayFrame } from "./weekFrame.js";
export { REST_SECONDS, repSeconds, exerciseSeconds } from "./sessionTime.js";
export { intakeSchema, intakeSymptomsSchema, ladderProgressSchema, parseIntake } from "./schema.js";
export type { Intake, IntakeSymptoms } from "./schema.js";
export type {
  Assessment,
  BlockKind,
  ClearedAssessment,
  DeloadCheck,
  EmphasisItem,
  LoadCheck,
  PlanHistory,
  PlanOptions,
  PlannedBlock,
  PlannedDose,
  PlannedExercise,
  PlannedSession,
  PlannedWeek,
  ProgramEmphasis,
  SessionOptions,
  SessionPlan,
  SlotRole,
  TrainingAction,
  WeekPlan,
  WithheldAssessment,
  WithheldPlan,
  WithholdingAction,
} from "./types.js";
export { programMessages, programReason } from "./messages.js";
