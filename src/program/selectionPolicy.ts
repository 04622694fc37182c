/**
 * The selection policy as data: what each stage asks of a slot's exercise (G-1, G-9, G-10).
 * The planner reads this table; no stage is special-cased elsewhere in the picking.
 */
import { requireObject, requireOneOf } from "../internal/guards.js";
import type { Exercise, LoadPosition } from "../catalog/types.js";
import { STAGES, type Stage } from "../staging/types.js";

/**
 * What a stage asks of the exercises in its slots (G-1).
 * @category Program
 */
export interface StagePolicy {
  /**
   * The challenge the stage aims for (see {@link exerciseChallenge}): `"least"` takes the least
   * demanding candidate, a number takes the one closest to it, `"most"` the most demanding one
   * the person has earned.
   */
  readonly targetChallenge: "least" | number | "most";
  /** Where a load may sit (G-10: symptom modulation stays unloaded but for light loads at the side). */
  readonly loadPositions: readonly LoadPosition[];
  /** Kit that may not be used at all in the stage (G-10: no barbell in symptom modulation). */
  readonly excludedKit: readonly string[];
  /** How strongly demand on the person's sensitive axes counts against a candidate. */
  readonly sensitivityWeight: number;
}

const EVERY_LOAD: readonly LoadPosition[] = ["none", "hands-hanging", "goblet", "front-rack", "high-bar", "low-bar", "overhead", "machine", "cable", "band"];

/**
 * The selection policy, stage by stage (G-1, G-10; design):
 *
 * | stage | challenge | loads |
 * |---|---|---|
 * | symptom modulation | the least demanding | bodyweight, bands, light loads held at the side |
 * | movement control | light-to-moderate (challenge ≈ 3: a load held in the hands) | anything but bar-on-back |
 * | function optimisation | the most demanding the person has earned | any |
 *
 * @example
 * ```ts
 * SELECTION_POLICY["function-optimisation"].targetChallenge;
 * // => "most"
 * ```
 * @category Program
 */
export const SELECTION_POLICY: Readonly<Record<Stage, StagePolicy>> = Object.freeze({
  "symptom-modulation": Object.freeze({
    targetChallenge: "least",
    loadPositions: Object.freeze(["none", "band", "hands-hanging"] as const),
    excludedKit: Object.freeze(["barbell", "trap-bar", "landmine", "machine", "leg-press"]),
    sensitivityWeight: 2,
  }),
  "movement-control": Object.freeze({
    targetChallenge: 3,
    loadPositions: Object.freeze(EVERY_LOAD.filter((position) => position !== "high-bar" && position !== "low-bar")),
    excludedKit: Object.freeze([]),
    sensitivityWeight: 1,
  }),
  "function-optimisation": Object.freeze({
    targetChallenge: "most",
    loadPositions: Object.freeze([...EVERY_LOAD]),
    excludedKit: Object.freeze([]),
    sensitivityWeight: 0.5,
  }),
});

/** How much load a position lets the hands or the body carry (design: 0 bodyweight … 4 bar on the back). */
const LOAD_CAPACITY: Readonly<Record<LoadPosition, number>> = {
  none: 0,
  band: 1,
  cable: 2,
  machine: 2,
  "hands-hanging": 2,
  goblet: 2,
  overhead: 2,
  "front-rack": 3,
  "high-bar": 4,
  "low-bar": 4,
};

/**
 * How challenging an exercise is, on one scale (G-1; design): how much load its position carries
 * (0 for bodyweight to 4 for a bar on the back), plus its axial compression, plus one for a
 * two-implement or barbell lift. Higher asks more of the lifter.
 *
 * @param exercise - a catalog exercise
 * @returns a whole number from 0 to about 8
 * @throws TypeError naming the function when `exercise` is not an object (its fields are the caller's contract)
 * @example
 * ```ts
 * exerciseChallenge(getExercise("glute-bridge")!);
 * // => 0
 * exerciseChallenge(getExercise("trap-bar-deadlift")!) > exerciseChallenge(getExercise("kettlebell-deadlift")!);
 * // => true
 * ```
 * @category Program
 */
export function exerciseChallenge(exercise: Exercise): number {
  requireObject("exerciseChallenge", "exercise", exercise);
  const heavyKit = exercise.implements >= 2 || exercise.equipment.some((need) => need === "barbell" || need === "trap-bar") ? 1 : 0;
  return LOAD_CAPACITY[exercise.loadPosition] + exercise.spineDemand.axialCompression + heavyKit;
}

/**
 * Whether a stage's policy lets an exercise into its slots at all (G-10): its load position and
 * its kit.
 *
 * @param exercise - a catalog exercise
 * @param stage - the training stage
 * @returns true when the stage may use it
 * @throws TypeError or RangeError naming the function when `exercise` is not an object or `stage` is not a stage
 * @example
 * ```ts
 * stageAllows(getExercise("overhead-carry")!, "symptom-modulation");
 * // => false
 * ```
 * @category Program
 */
export function stageAllows(exercise: Exercise, stage: Stage): boolean {
  requireObject("stageAllows", "exercise", exercise);
  requireOneOf("stageAllows", "stage", stage, STAGES);
  const policy = SELECTION_POLICY[stage];
  if (!policy.loadPositions.includes(exercise.loadPosition)) return false;
  // G-10: a load "at the side" is one hand, or both hands hanging at the sides, never a bar.
  return !exercise.equipment.some((need) => (Array.isArray(need) ? need.every((kit) => policy.excludedKit.includes(kit)) : policy.excludedKit.includes(need as string)));
}

/**
 * How far an exercise is from what the stage asks (lower is closer; G-1).
 *
 * @param exercise - a candidate
 * @param stage - the training stage
 * @returns 0 for a perfect fit; larger is further away
 * @throws TypeError or RangeError naming the function when `exercise` is not an object or `stage` is not a stage
 * @example
 * ```ts
 * challengeDistance(getExercise("goblet-squat")!, "movement-control") < challengeDistance(getExercise("bodyweight-box-squat")!, "movement-control");
 * // => true
 * ```
 * @category Program
 */
export function challengeDistance(exercise: Exercise, stage: Stage): number {
  requireObject("challengeDistance", "exercise", exercise);
  requireOneOf("challengeDistance", "stage", stage, STAGES);
  const target = SELECTION_POLICY[stage].targetChallenge;
  const challenge = exerciseChallenge(exercise);
  if (target === "least") return challenge;
  if (target === "most") return 8 - challenge;
  return Math.abs(challenge - target);
}
