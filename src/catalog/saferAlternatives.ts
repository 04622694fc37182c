/**
 * Swaps: exercises with the same intent that ask no more of the person's sensitive axes.
 */
import { exercises } from "./exercises.js";
import { getExercise } from "./getExercise.js";
import { sensitiveAxes, suitability, type SuitabilityOptions } from "./suitability.js";
import { SPINE_AXES, type Exercise, type ExerciseId, type SpineAxis, type TrainingProfile } from "./types.js";
import { requireArray, requireObject, requireOptions, requireString } from "../internal/guards.js";

function demandSum(exercise: Exercise, axes: readonly SpineAxis[]): number {
  let sum = 0;
  for (const axis of axes) sum += exercise.spineDemand[axis];
  return sum;
}

interface Ranked {
  readonly exercise: Exercise;
  readonly index: number;
  readonly keys: readonly number[];
}

/**
 * Ranks safer swaps for an exercise: same intent first, never `avoid`, never more demanding.
 *
 * A candidate must
 * - not be `avoid` for the person ({@link suitability});
 * - ask no more than the original on every sensitive axis ({@link sensitiveAxes}) and no more
 *   in total over all six axes;
 * - share the intent: the same pattern, the same hip/knee/mixed dominance, or a primary muscle.
 *
 * Ranked by: same pattern, then same dominance, then shared muscles (a shared primary muscle
 * counts twice), then `ok` before `caution`, then lower demand on the sensitive axes, then
 * lower total demand, then catalog order. Deterministic; the catalog is never mutated.
 *
 * @param id - the exercise to replace
 * @param profile - the person (direction, stage, ladder progress, flags)
 * @param catalog - the catalog to choose from (default: the built-in {@link exercises})
 * @param options - policy overrides passed to {@link suitability}
 * @returns the alternatives, best first (possibly empty)
 * @throws RangeError naming `saferAlternatives` when no exercise in `catalog` has the ID `id`
 * @throws TypeError naming `saferAlternatives` when `id` is not a string, `profile` is not an
 * object, `catalog` is not an array or `options` is given but not an object; the fields inside
 * are the caller's contract
 * @example
 * ```ts
 * saferAlternatives("conventional-deadlift", { direction: { pattern: "flexion-intolerant", intolerance: ["flexion"], preference: ["extension"], peripheralising: [] }, stage: "movement-control" })
 *   .map((exercise) => exercise.id)
 *   .slice(0, 2);
 * // => ["landmine-deadlift", "tempo-kettlebell-deadlift"]
 * ```
 * @category Catalog
 */
export function saferAlternatives(
  id: ExerciseId,
  profile: TrainingProfile,
  catalog: readonly Exercise[] = exercises,
  options: SuitabilityOptions = {},
): Exercise[] {
  requireString("saferAlternatives", "id", id);
  requireObject("saferAlternatives", "profile", profile);
  requireArray("saferAlternatives", "catalog", catalog);
  requireOptions("saferAlternatives", options);
  const original = getExercise(id, catalog);
  if (original === undefined) throw new RangeError(`saferAlternatives: no exercise with the ID "${id}" in the catalog`);
  const sensitive = sensitiveAxes(profile);
  const originalTotal = demandSum(original, SPINE_AXES);
  const originalMuscles = new Set([...original.primaryMuscles, ...original.secondaryMuscles]);
  const ranked: Ranked[] = [];
  catalog.forEach((candidate, index) => {
    if (candidate.id === original.id) return;
    if (sensitive.some((axis) => candidate.spineDemand[axis] > original.spineDemand[axis])) return;
    if (demandSum(candidate, SPINE_AXES) > originalTotal) return;
    const samePattern = candidate.pattern === original.pattern;
    const sameDominance = candidate.dominance !== "none" && candidate.dominance === original.dominance;
    const sharedPrimary = candidate.primaryMuscles.filter((muscle) => original.primaryMuscles.includes(muscle)).length;
    if (!samePattern && !sameDominance && sharedPrimary === 0) return;
    const decision = suitability(candidate, profile, options);
    if (decision.action === "avoid") return;
    const shared = [...candidate.primaryMuscles, ...candidate.secondaryMuscles].filter((muscle) => originalMuscles.has(muscle)).length;
    ranked.push({
      exercise: candidate,
      index,
      // Smaller sorts first.
      keys: [
        samePattern ? 0 : 1,
        sameDominance ? 0 : 1,
        -(shared + sharedPrimary),
        decision.action === "ok" ? 0 : 1,
        demandSum(candidate, sensitive),
        demandSum(candidate, SPINE_AXES),
        index,
      ],
    });
  });
  ranked.sort((a, b) => {
    for (let key = 0; key < a.keys.length; key += 1) {
      const difference = (a.keys[key] as number) - (b.keys[key] as number);
      if (difference !== 0) return difference;
    }
    return 0;
  });
  return ranked.map((entry) => entry.exercise);
}
