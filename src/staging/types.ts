/**
 * The stage vocabulary shared by staging, the catalog policy, progression and the planner.
 */

/**
 * Training stage by irritability (T rules; Alrwaily 2016 names, seed 003 aliases
 * beginner / intermediate / advanced).
 * @category Staging
 */
export type Stage = "symptom-modulation" | "movement-control" | "function-optimisation";

/**
 * Stages from most to least conservative.
 *
 * @example
 * ```ts
 * STAGES.indexOf("movement-control");
 * // => 1
 * ```
 * @category Staging
 */
export const STAGES: readonly Stage[] = Object.freeze(["symptom-modulation", "movement-control", "function-optimisation"] as const);
