/**
 * How long a planned exercise takes, honestly (G-8): every rep at its tempo, rest between sets by
 * part of the session, and the changeover to the next exercise.
 */
import { requireObject, requireOneOf, requireString } from "../internal/guards.js";
import type { BlockKind, PlannedDose } from "./types.js";

/** Seconds a rep takes without a stated tempo (design: a controlled 1-1-1). */
const DEFAULT_REP_SECONDS = 3;

/**
 * Rest between sets and the changeover after an exercise, in seconds, by part (design): the
 * heavy single-leg block rests longest, accessories least.
 *
 * @example
 * ```ts
 * REST_SECONDS["single-leg"].betweenSets;
 * // => 90
 * ```
 * @category Program
 */
export const REST_SECONDS: Readonly<Record<BlockKind | "accessory", { readonly betweenSets: number; readonly changeover: number }>> = Object.freeze({
  "single-leg": Object.freeze({ betweenSets: 90, changeover: 60 }),
  "split-stance": Object.freeze({ betweenSets: 75, changeover: 60 }),
  bilateral: Object.freeze({ betweenSets: 75, changeover: 60 }),
  upper: Object.freeze({ betweenSets: 75, changeover: 60 }),
  foundation: Object.freeze({ betweenSets: 45, changeover: 30 }),
  accessory: Object.freeze({ betweenSets: 20, changeover: 30 }),
});

/**
 * Seconds one rep takes at a tempo written eccentric-pause-concentric-pause ("3-1-1-0" = 5 s);
 * an explosive "X" counts as 1 s.
 *
 * @param tempo - the tempo, or `undefined`
 * @returns seconds per rep
 * @throws TypeError naming the function when `tempo` is neither a string nor `undefined`
 * @example
 * ```ts
 * repSeconds("3-1-1-0");
 * // => 5
 * ```
 * @category Program
 */
export function repSeconds(tempo: string | undefined): number {
  if (tempo === undefined) return DEFAULT_REP_SECONDS;
  requireString("repSeconds", "tempo", tempo);
  const known = TEMPO_SECONDS.get(tempo);
  if (known !== undefined) return known;
  const parts = tempo.split("-").map((part) => (/^x$/i.test(part) ? 1 : Number(part)));
  const total = parts.reduce((sum, value) => sum + (Number.isFinite(value) ? value : 0), 0);
  const seconds = total > 0 ? total : DEFAULT_REP_SECONDS;
  if (TEMPO_SECONDS.size < 64) TEMPO_SECONDS.set(tempo, seconds);
  return seconds;
}

/** Tempos already read (a handful in any catalog). */
const TEMPO_SECONDS = new Map<string, number>();

/**
 * The time one planned exercise takes, in seconds (G-8): reps at their tempo (both sides for a
 * per-side dose), holds, carries at a walking 1 m/s, breaths at 5 s, rest between sets and one
 * changeover.
 *
 * @param dose - the planned dose
 * @param part - the block it sits in, or `"accessory"` for warm-up, core and finisher
 * @returns seconds
 * @throws TypeError or RangeError naming the function when `dose` is not an object or `part` is not a block kind
 * @example
 * ```ts
 * exerciseSeconds({ kind: "reps", sets: [8, 8], perSide: true, tempo: "3-1-1-0" }, "single-leg");
 * // => 310
 * ```
 * @category Program
 */
export function exerciseSeconds(dose: PlannedDose, part: BlockKind | "accessory"): number {
  requireObject("exerciseSeconds", "dose", dose);
  requireOneOf("exerciseSeconds", "part", part, Object.keys(REST_SECONDS) as (BlockKind | "accessory")[]);
  const { betweenSets, changeover } = REST_SECONDS[part];
  switch (dose.kind) {
    case "reps": {
      const sides = dose.perSide ? 2 : 1;
      const perRep = repSeconds(dose.tempo);
      return dose.sets.reduce((sum, reps) => sum + reps * perRep * sides, 0) + Math.max(0, dose.sets.length - 1) * betweenSets + changeover;
    }
    case "hold":
      return dose.sets * (dose.perSide ? 2 : 1) * dose.holdSeconds + Math.max(0, dose.sets - 1) * betweenSets + changeover;
    case "distance":
      return dose.sets * (dose.perSide ? 2 : 1) * dose.distanceMeters + Math.max(0, dose.sets - 1) * betweenSets + changeover;
    case "breaths":
      return dose.sets * dose.breaths * 5 + changeover;
    case "minutes":
      return dose.minutes * 60;
  }
}
