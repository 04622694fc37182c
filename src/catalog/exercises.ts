/**
 * The built-in catalog as one frozen list.
 */
import { builtInExercises } from "./data/index.js";
import { deepFrozenCopy } from "./frozenCopy.js";
import type { Exercise } from "./types.js";

/**
 * The built-in exercise catalog: every exercise with its spine-demand vector, deep-frozen.
 *
 * Exercises are described, never judged: ask {@link suitability} whether one fits a person.
 * Use {@link extendCatalog} to add your own; the result is a new list, this one never changes.
 * Every entry has a one-line `setup` and one key `cue` for a printed plan (the list is typed as
 * plain exercises so that it mixes with apps' own, where both are optional).
 *
 * @example
 * ```ts
 * exercises.length >= 100;
 * // => true
 * Object.isFrozen(exercises[0]!.spineDemand);
 * // => true
 * exercises.every((exercise) => exercise.setup !== undefined && exercise.cue !== undefined);
 * // => true
 * ```
 * @category Catalog
 */
export const exercises: readonly Exercise[] = /* @__PURE__ */ deepFrozenCopy(builtInExercises);
