import type { BuiltInExercise } from "../types.js";
import { antiExtensionExercises } from "./antiExtension.js";
import { antiLateralFlexionExercises } from "./antiLateralFlexion.js";
import { antiRotationExercises } from "./antiRotation.js";
import { breathingBracingExercises } from "./breathingBracing.js";
import { bridgeThrustExercises } from "./bridgeThrust.js";
import { carryExercises } from "./carry.js";
import { hingeExercises } from "./hinge.js";
import { lateralFlexionExercises } from "./lateralFlexion.js";
import { mobilityExercises } from "./mobility.js";
import { rotationExercises } from "./rotation.js";
import { singleLegExercises } from "./singleLeg.js";
import { spinalExtensionExercises } from "./spinalExtension.js";
import { spinalFlexionExercises } from "./spinalFlexion.js";
import { squatExercises } from "./squat.js";
import { upperPullExercises } from "./upperPull.js";
import { upperPushExercises } from "./upperPush.js";

/**
 * Every built-in exercise, family by family in a fixed order.
 *
 * The order is part of the data: it never changes between calls, so queries and plans built on
 * it are deterministic. Each family lives in its own file under `data/`; the ladders that link
 * them are in `ladders.ts`. Every entry has a `setup` and a `cue` ({@link BuiltInExercise}).
 *
 * @example
 * ```ts
 * builtInExercises.some((exercise) => exercise.id === "glute-bridge");
 * // => true
 * ```
 * @category Catalog
 */
export const builtInExercises: readonly BuiltInExercise[] = [
  ...hingeExercises,
  ...squatExercises,
  ...singleLegExercises,
  ...bridgeThrustExercises,
  ...carryExercises,
  ...antiExtensionExercises,
  ...antiRotationExercises,
  ...antiLateralFlexionExercises,
  ...spinalFlexionExercises,
  ...spinalExtensionExercises,
  ...lateralFlexionExercises,
  ...rotationExercises,
  ...mobilityExercises,
  ...breathingBracingExercises,
  ...upperPullExercises,
  ...upperPushExercises,
];
