/**
 * Axial alternation: days that compress the spine should not follow each other (P-7).
 */
import type { Finding } from "../evidence/index.js";
import { progressionReason as because } from "./messages.js";
import type { DemandScore } from "../catalog/types.js";
import { requireIsoDate } from "../internal/calendar.js";
import { describeValue, requireArray, requireOptions } from "../internal/guards.js";

/**
 * The part of an exercise {@link axialAlternation} reads; any catalog `Exercise` fits.
 * @category Progression
 */
export interface AxialItem {
  readonly id: string;
  readonly name?: string;
  readonly spineDemand: { readonly axialCompression: DemandScore };
}

/**
 * One planned day: its date (optional) and its exercises (none on a rest day).
 * @category Progression
 */
export interface PlannedDay {
  /** ISO `YYYY-MM-DD`. When every day has a date, "consecutive" means consecutive calendar days; otherwise adjacent entries. */
  readonly date?: string;
  readonly exercises: readonly AxialItem[];
}

/**
 * Settings of {@link axialAlternation}.
 * @category Progression
 */
export interface AxialAlternationOptions {
  /** An exercise is axial when its axial-compression demand is at least this (0–3). Default 2 (design). */
  readonly axialThreshold?: number;
}

/**
 * Flags consecutive days that both load the spine axially.
 *
 * Discs recover from compression between sessions; alternating days with and without axial
 * loading (P-7) spreads that load. An exercise is axial when its `spineDemand.axialCompression`
 * is 2 or more (an option). One finding per offending pair, pointing at the second day.
 *
 * @param days - planned days in order; rest days may be listed with no exercises or, when dated, left out
 * @param options - the axial threshold
 * @returns a `warning` finding (rule P-7) per pair of consecutive axial days; empty when none
 * @throws RangeError naming `axialAlternation` when a date is not a real calendar date
 *   `YYYY-MM-DD` from 1900-01-01 to 2200-12-31 (2026-02-30 is rejected, not read as 2 March), or
 *   the threshold is outside 0–3
 * @throws TypeError naming `axialAlternation` when `days` is not an array or `options` is given
 *   but not an object; a day that is not an object is the caller's contract
 * @example
 * ```ts
 * const squat = { id: "back-squat", spineDemand: { axialCompression: 3 } } as const;
 * const bridge = { id: "glute-bridge", spineDemand: { axialCompression: 0 } } as const;
 * axialAlternation([{ exercises: [squat] }, { exercises: [bridge] }, { exercises: [squat] }]);
 * // => []
 * axialAlternation([{ exercises: [squat] }, { exercises: [squat] }])[0]?.path;
 * // => [1]
 * ```
 * @category Progression
 */
export function axialAlternation(days: readonly PlannedDay[], options: AxialAlternationOptions = {}): Finding[] {
  requireArray("axialAlternation", "days", days);
  requireOptions("axialAlternation", options);
  const threshold = options.axialThreshold ?? 2;
  if (typeof threshold !== "number" || !(threshold >= 0 && threshold <= 3)) {
    throw new RangeError(`axialAlternation: option axialThreshold must be from 0 to 3, got ${describeValue(threshold)}`);
  }
  const dated = days.length > 0 && days.every((day) => day.date !== undefined);
  const numbers = dated ? days.map((day, index) => requireIsoDate("axialAlternation", `days[${index}].date`, day.date)) : days.map((_, index) => index);
  const axial = days.map((day) => day.exercises.filter((item) => item.spineDemand.axialCompression >= threshold));
  const findings: Finding[] = [];
  for (let i = 1; i < days.length; i++) {
    if (numbers[i]! - numbers[i - 1]! !== 1) continue;
    const before = axial[i - 1]!;
    const now = axial[i]!;
    if (before.length === 0 || now.length === 0) continue;
    const label = (day: number): string => days[day]!.date ?? `day ${day + 1}`;
    const names = (items: readonly AxialItem[]): string => items.map((item) => item.name ?? item.id).join(", ");
    const base = because("P-7", "progression.axial-back-to-back", { dayBefore: label(i - 1), before: names(before), day: label(i), now: names(now) });
    findings.push(Object.freeze({ ...base, severity: "warning" as const, path: Object.freeze([i]) }));
  }
  return findings;
}
