/**
 * The exercise catalog: spine-demand data for every exercise, earn-back ladders, queries and
 * the derived contraindication policy (`suitability`).
 *
 * @packageDocumentation
 */
export { SPINE_AXES } from "./types.js";
export type * from "./types.js";
export {
  BODY_POSITIONS,
  DOMINANCES,
  EQUIPMENT,
  EXERCISE_FAMILIES,
  EXERCISE_TAGS,
  LADDER_IDS,
  LATERALITIES,
  LOAD_POSITIONS,
  MOVEMENT_PATTERNS,
  MUSCLES,
  SUITABILITY_ACTIONS,
} from "./vocabulary.js";
export { exerciseSchema, exerciseIdSchema, spineDemandSchema, defaultDoseSchema, parseExercise } from "./schema.js";
export { exercises } from "./exercises.js";
export { ladders } from "./builtInLadders.js";
export { getExercise } from "./getExercise.js";
export { fitsKit, equipmentOf } from "./fitsKit.js";
export { findExercises, foldSearchText } from "./findExercises.js";
export type { ExerciseQuery } from "./findExercises.js";
export {
  suitability,
  spineCaps,
  sensitiveAxes,
  policyStage,
  DEFAULT_SUITABILITY_CAPS,
  DEFAULT_TAG_POLICY,
  DEFAULT_EXPOSURE_LADDERS,
} from "./suitability.js";
export type { AxisCap, AxisSensitivity, StageCaps, SuitabilityCaps, SuitabilityOptions, TagPolicy } from "./suitability.js";
export { saferAlternatives } from "./saferAlternatives.js";
export { extendCatalog } from "./extendCatalog.js";
export { catalogJson, exerciseJsonSchema, catalogJsonSchema } from "./catalogJson.js";
export type { JsonSchemaDocument } from "./catalogJson.js";
export { catalogMessages } from "./messages.js";
