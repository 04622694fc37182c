/**
 * Week-to-week change of the training load.
 */
import type { Reason } from "../evidence/index.js";
import { loadReason, type loadMessages } from "./messages.js";
import { formatIsoDate as isoDate, requireIsoDate, weekdayOfDay } from "../internal/calendar.js";
import type { DailySeries, WeekChange, WeekChangeAction, WeekChangeReasonCode, WeekOverWeekOptions } from "./types.js";
import { requireArray, requireObject, requireOptions } from "../internal/guards.js";

/**
 * Each week's load and its change in percent from the week before, with a warning at +15% or
 * more and the advice to keep weekly increases under 10% (A-9).
 *
 * Why: a sudden jump in weekly load is the plainest sign of a spike, and it needs no model —
 * it is the change A-10 recommends presenting next to any ratio. A week counts only when all
 * of its 7 days are in the series and known: a week with unknown days has no total, and its
 * change (and the next week's) is `null` with a reason, as is a change from a week of 0 load.
 *
 * @param series - a {@link DailySeries} from {@link dailyLoads}; not mutated
 * @param options - where weeks begin: `"series-end"` (default: 7-day weeks counted back from
 * the last day) or an ISO weekday (1 = Monday … 7 = Sunday)
 * @returns one {@link WeekChange} per week, oldest first, each a decision with rule A-9
 * @throws RangeError naming `weekOverWeekChange` when `weekStartsOn` is not `"series-end"` or
 * 1–7, or the series' `startDate` is not an ISO date
 * @throws TypeError naming `weekOverWeekChange` when `series` is not an object, its `loads` is not
 * an array, or `options` is given but not an object; the days inside are the caller's contract
 * @example
 * ```ts
 * const dates = Array.from({ length: 14 }, (_, day) => `2026-03-${String(day + 2).padStart(2, "0")}`);
 * const loads = [...Array(7).fill(300), ...Array(7).fill(360)];
 * const series = { startDate: dates[0], endDate: dates[13], timeZone: "UTC", absentDays: "unknown" as const, dates, loads, findings: [] };
 * const [first, second] = weekOverWeekChange(series);
 * [first.reason, second.changePercent, second.action];
 * // => ["first-week", 20, "warning"]
 * ```
 * @category Load
 */
export function weekOverWeekChange(series: DailySeries, options?: WeekOverWeekOptions): WeekChange[] {
  requireObject("weekOverWeekChange", "series", series);
  requireArray("weekOverWeekChange", "series.loads", series.loads);
  requireOptions("weekOverWeekChange", options);
  const weekStartsOn = options?.weekStartsOn ?? "series-end";
  if (weekStartsOn !== "series-end" && !(Number.isInteger(weekStartsOn) && weekStartsOn >= 1 && weekStartsOn <= 7)) {
    throw new RangeError(`weekOverWeekChange: weekStartsOn must be "series-end" or an ISO weekday 1–7, got ${JSON.stringify(weekStartsOn)}`);
  }
  const length = series.loads.length;
  if (length === 0) return [];
  const start = requireIsoDate("weekOverWeekChange", "series.startDate", series.startDate);

  // Offset (from the series start) of the first day of the first week; may be negative.
  let firstOffset: number;
  if (weekStartsOn === "series-end") {
    firstOffset = length - 7 * Math.ceil(length / 7);
  } else {
    firstOffset = -((weekdayOfDay(start) - weekStartsOn + 7) % 7);
  }

  const weeks: WeekChange[] = [];
  let previous: number | null | undefined;
  for (let offset = firstOffset; offset < length; offset += 7) {
    let total: number | null = 0;
    for (let day = offset; day < offset + 7; day++) {
      const load = day >= 0 && day < length ? series.loads[day] : null;
      if (load === null || load === undefined) {
        total = null;
        break;
      }
      total += load;
    }
    weeks.push(decide(start + offset, total, previous));
    previous = total;
  }
  return weeks;
}

function decide(startDay: number, total: number | null, previous: number | null | undefined): WeekChange {
  const startDate = isoDate(startDay);
  const endDate = isoDate(startDay + 6);
  const base = { startDate, endDate, loadAu: total, previousLoadAu: previous ?? null };
  let code: WeekChangeReasonCode | undefined;
  if (previous === undefined) code = "first-week";
  else if (total === null) code = "incomplete-week";
  else if (previous === null) code = "previous-incomplete";
  // A week of (next to) no load has no percentage change: 5e-324 AU before 300 AU would be +Infinity %.
  else if (previous === 0 || !Number.isFinite(((total - previous) / previous) * 100)) code = "previous-zero";
  if (code !== undefined || total === null || previous === null || previous === undefined) {
    const why = loadReason("A-9", UNKNOWN_CODES[code ?? "incomplete-week"], { from: startDate, to: endDate });
    return Object.freeze({
      action: "unknown",
      ruleId: "A-9",
      reasons: Object.freeze([why]),
      ...base,
      changePercent: null,
      reason: code ?? "incomplete-week",
    } satisfies WeekChange);
  }
  const changePercent = ((total - previous) / previous) * 100;
  // compare in whole multiples so that exactly +15% and +10% land on the threshold.
  const action: WeekChangeAction =
    100 * (total - previous) >= 15 * previous ? "warning" : 100 * (total - previous) >= 10 * previous ? "above-advice" : "steady";
  return Object.freeze({ action, ruleId: "A-9", reasons: Object.freeze([changeReason(action, startDate, endDate, changePercent)]), ...base, changePercent });
}

const UNKNOWN_CODES = {
  "first-week": "load.week-first",
  "incomplete-week": "load.week-incomplete",
  "previous-incomplete": "load.week-previous-incomplete",
  "previous-zero": "load.week-previous-zero",
} as const satisfies Record<WeekChangeReasonCode, keyof typeof loadMessages>;

function changeReason(action: Exclude<WeekChangeAction, "unknown">, startDate: string, endDate: string, changePercent: number): Reason {
  const change = `${changePercent >= 0 ? "+" : ""}${Math.round(changePercent * 10) / 10}%`;
  return loadReason("A-9", `load.week-${action}`, { from: startDate, to: endDate, change });
}
