import type { Exercise } from "../catalog/types.js";
import type { LegBlock } from "./types.js";

/**
 * The V-1 block an exercise belongs to, read from its laterality, or `null` when it is not
 * lower-body hip or knee work (dominance `none`: core, mobility, breathing, upper body).
 * Alternating and contralateral movements go with split-stance work when done from a split
 * or half-kneeling stance, otherwise with single-leg work.
 */
export function legBlockOf(exercise: Exercise): LegBlock | null {
  if (exercise.dominance === "none") return null;
  switch (exercise.laterality) {
    case "bilateral":
      return "bilateral";
    case "split-stance":
      return "split-stance";
    case "unilateral":
      return "single-leg";
    default:
      return exercise.position === "split-stance" || exercise.position === "half-kneeling" ? "split-stance" : "single-leg";
  }
}

/** Whether a set of this exercise is done one side at a time (V-6, V-7). */
export function isOneSided(exercise: Exercise): boolean {
  return exercise.laterality !== "bilateral";
}
