import type { Exercise } from "../types.js";
import { hingeExercises } from "./hinge.js";
import { squatExercises } from "./squat.js";

/**
 * Every built-in exercise, family by family in a fixed order (the order is part of the data:
 * it never changes between calls, so queries and plans are deterministic).
 *
 * @example
 * ```ts
 * builtInExercises.some((exercise) => exercise.id === "glute-bridge");
 * // => true
 * ```
 * @category Catalog
 */
export const builtInExercises: readonly Exercise[] = [
  ...hingeExercises,
  ...squatExercises,
];
