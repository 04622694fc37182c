/**
 * Volume: set schemes from rep targets, the seed 000 session blocks, session structure checks,
 * and per-side accounting of what was performed (volume load, hard sets, sets per muscle,
 * weekly spine exposure).
 *
 * @packageDocumentation
 */
export { setScheme } from "./setScheme.js";
export { blockTargets } from "./blockTargets.js";
export { checkSessionStructure } from "./checkSessionStructure.js";
export { volumeLoad, DEFAULT_HARD_SET_MAX_RIR, DEFAULT_MUSCLE_CREDIT } from "./volumeLoad.js";
export { weeklyVolume } from "./weeklyVolume.js";
export { parsePerformedSession, performedSessionSchema, KG_PER_LB } from "./schema.js";
export type { ParsePerformedSessionOptions, PerformedSessionInput } from "./schema.js";
export { LEG_BLOCKS } from "./types.js";
export type {
  BlockSlot,
  BlockTarget,
  BodyweightCounting,
  ExerciseVolume,
  LegBlock,
  LoggedMass,
  MassUnit,
  MuscleSetCredit,
  OpenRepRange,
  PerformedSession,
  PerformedSet,
  PerSideVolume,
  PlannedBlockLike,
  PlannedSessionLike,
  RepRange,
  SessionLike,
  SessionStructureOptions,
  SessionVolume,
  SetCountNullReason,
  SetScheme,
  SetSchemeFound,
  SetSchemeRefusalCode,
  SetSchemeRefused,
  SetSide,
  SideVolume,
  SpineExposure,
  UnilateralSetCountMode,
  VolumeLoadOptions,
  VolumeSummary,
  WeeklyVolume,
  WeeklyVolumeOptions,
} from "./types.js";
export { performedSessionJsonSchema } from "./jsonSchema.js";
export { volumeMessages } from "./messages.js";
