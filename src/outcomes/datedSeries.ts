/**
 * Reading a dated series of outcome scores in date order (not exported from the module; the
 * progression module's L-7 review reads outcomes with it too).
 */
import { requireIsoDate } from "../internal/calendar.js";
import { requireArray, requireObject } from "../internal/guards.js";
import type { DatedOutcome } from "./types.js";

/** A dated score with its day number. */
export interface DayScore {
  readonly day: number;
  readonly entry: DatedOutcome;
}

/**
 * The entries in date order (entries of one day keep their order), each with its day number.
 * @throws TypeError or RangeError naming `fn` when the series is not a list of `{ date, score }` with ISO dates
 */
export function inDateOrder(fn: string, name: string, series: readonly DatedOutcome[]): DayScore[] {
  requireArray(fn, name, series);
  const days = series.map((entry, index) => {
    requireObject(fn, `${name}[${index}]`, entry);
    requireObject(fn, `${name}[${index}].score`, entry.score);
    return { day: requireIsoDate(fn, `${name}[${index}].date`, entry.date), entry };
  });
  // Array#sort is stable: entries of the same day keep the caller's order.
  return days.sort((a, b) => a.day - b.day);
}
