/**
 * The frame of a week: which days train, what each day emphasises, and which days carry axial
 * loading (G-4, P-7). The first step of the planner's pipeline.
 */
import { addDays, daysBetween, requireIsoDate } from "../internal/calendar.js";
import { requireNumberIn } from "../internal/guards.js";

/**
 * What a training day emphasises (G-4): `lower` carries the V-1 blocks; `upper` an upper-body
 * push and pull with no hard leg work.
 * @category Program
 */
export type DayFocus = "lower" | "upper";

/**
 * One training day of the week.
 * @category Program
 */
export interface DayFrame {
  readonly date: string;
  /** Position in the week, from 0. */
  readonly index: number;
  readonly focus: DayFocus;
  /** Whether the day may carry axial (spine-compressing) loading (P-7). */
  readonly axialDay: boolean;
  /** How many days of the same focus came before it this week: the rotation within a slot (G-7). */
  readonly rotation: number;
}

/** Training days by days per week, as offsets from the week's first day (design). */
const WEEK_LAYOUTS: Readonly<Record<number, readonly number[]>> = {
  2: [0, 3],
  3: [0, 2, 4],
  4: [0, 1, 3, 5],
  5: [0, 1, 2, 4, 5],
  6: [0, 1, 2, 3, 4, 5],
};

/**
 * The week's days (G-4, P-7; design). Two days are both lower-body days. From three days the
 * week alternates lower and upper emphasis, starting and (with an odd count) ending on a lower
 * day, so at least one upper push and pull appear and the legs are never loaded hard on three
 * days running. Axial loading goes on any day that follows a day without it, never on two
 * calendar days in a row (P-7).
 *
 * @param weekStart - the week's first day, `YYYY-MM-DD` (already checked)
 * @param daysPerWeek - 2 to 6 (already checked)
 * @returns the days in order
 * @throws RangeError naming the function when `weekStart` is not a supported date or `daysPerWeek` is not 2–6
 * @example
 * ```ts
 * weekFrame("2026-03-30", 3).map((day) => day.focus);
 * // => ["lower", "upper", "lower"]
 * ```
 * @category Program
 */
export function weekFrame(weekStart: string, daysPerWeek: number): DayFrame[] {
  requireIsoDate("weekFrame", "weekStart", weekStart);
  requireNumberIn("weekFrame", "daysPerWeek", daysPerWeek, 2, 6, true);
  const offsets = WEEK_LAYOUTS[daysPerWeek] ?? [0, 2, 4];
  const days: DayFrame[] = [];
  const seen: Record<DayFocus, number> = { lower: 0, upper: 0 };
  let lastAxial: string | null = null;
  offsets.forEach((offset, index) => {
    const date = addDays(weekStart, offset);
    const focus: DayFocus = daysPerWeek >= 3 && index % 2 === 1 ? "upper" : "lower";
    // P-7: days with axial loading alternate with days without (a rest day counts as one without).
    const axialDay = lastAxial === null || daysBetween(lastAxial, date) > 1;
    if (axialDay) lastAxial = date;
    days.push({ date, index, focus, axialDay, rotation: seen[focus] });
    seen[focus] += 1;
  });
  return days;
}
