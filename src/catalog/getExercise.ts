/**
 * Look-up by ID.
 */
import { exercises } from "./exercises.js";
import type { Exercise, ExerciseId } from "./types.js";
import { requireArray, requireString } from "../internal/guards.js";

/**
 * Finds one exercise by its ID.
 *
 * @param id - a kebab-case exercise ID
 * @param catalog - the catalog to search (default: the built-in {@link exercises})
 * @returns the exercise, or `undefined` when no exercise has that ID
 * @throws TypeError naming `getExercise` when `id` is not a string or `catalog` is not an array;
 * the exercises inside are the caller's contract (build custom catalogs with {@link extendCatalog})
 * @example
 * ```ts
 * getExercise("goblet-squat")?.pattern;
 * // => "squat"
 * getExercise("no-such-exercise");
 * // => undefined
 * ```
 * @category Catalog
 */
export function getExercise(id: ExerciseId, catalog: readonly Exercise[] = exercises): Exercise | undefined {
  requireString("getExercise", "id", id);
  requireArray("getExercise", "catalog", catalog);
  return catalog.find((exercise) => exercise.id === id);
}
