/**
 * Weekday-free weekly verdicts.
 */
import type { Reason, RuleId } from "../evidence/index.js";
import { loadReason } from "./messages.js";
import { rounded } from "./rounded.js";
import { parseIsoDate } from "../internal/calendar.js";
import { requireNumberIn, requireOptions } from "../internal/guards.js";
import { ACWR_CAVEAT, acwr } from "./acwr.js";
import { acwrSettings } from "./acwrValues.js";
import { acwrZone, zoneThresholds } from "./acwrZone.js";
import type { AcwrMethod, AcwrOptions, AcwrReasonCode, DailySeries, Zone } from "./types.js";
import { readSeries } from "./readSeries.js";

/**
 * Options of {@link weeklyVerdict}: the ratio's options and the week's last day.
 * @category Load
 */
export interface WeeklyVerdictOptions extends Partial<AcwrOptions> {
  /** Last day of the week (`YYYY-MM-DD`, a day of the {@link DailySeries}). Default: the series' last day. */
  readonly endDate?: string;
  /** Last day of the week as an index into the series (for plain arrays). Default: the last day. */
  readonly endDay?: number;
}

/**
 * The verdict on one week: the ratio of the week's mean acute and mean chronic values.
 * @category Load
 */
export interface WeeklyVerdict {
  readonly ruleId: RuleId;
  readonly method: AcwrMethod;
  /** First and last day of the week (indices), and their dates for a {@link DailySeries}. */
  readonly fromDay: number;
  readonly toDay: number;
  readonly fromDate?: string;
  readonly toDate?: string;
  /** Mean of the week's 7 daily acute values (AU/day), `null` with `reason`. */
  readonly acute: number | null;
  /** Mean of the week's 7 daily chronic values (AU/day), `null` with `reason`. */
  readonly chronic: number | null;
  /** acute ÷ chronic of the 7-day means, `null` with `reason`. */
  readonly ratio: number | null;
  /** The zone of `ratio` under the method's thresholds. */
  readonly zone: Zone | null;
  /** The daily ratio on the week's last day, for comparison (it moves with the weekday, A-18). */
  readonly lastDayRatio: number | null;
  /** Why `ratio` is `null`: a day of the week has no acute or chronic value, or the chronic mean is 0; `"short-series"` when the series has fewer than 7 days to the end day. */
  readonly reason?: AcwrReasonCode | "short-series";
  readonly reasons: readonly Reason[];
}

/**
 * A verdict on a week that does not depend on the weekday it is read on: the ratio of
 * the 7-day means of the daily acute and chronic values of the week ending on `endDate`.
 *
 * Why: a daily EWMA ratio read on a rest day sits low by construction — steady Mon/Wed/Fri
 * training read on a Sunday gives about 0.75, "under-training", week after week, where the
 * coupled ratio gives 1.0. Averaging the acute and the chronic values over the whole week before
 * dividing cancels the weekday, so a steady weekly schedule holds near 1 whatever the day. Use it
 * for decisions about a week (the planner's load check, deload advice); keep the daily series
 * for charts. The verdict needs an acute and a chronic value on all 7 days.
 *
 * @param series - a {@link DailySeries} or daily loads with `null` for unknown days; not mutated
 * @param options - the ratio's options (method default `"ewma"`) and the week's last day
 * @returns the verdict with the week's means, ratio and zone, the last day's daily ratio for
 * comparison, and the reasons (A-18, A-7, and the A-10 caveat)
 * @throws RangeError naming `weeklyVerdict` for invalid options or an end day outside the series
 * @throws TypeError naming `weeklyVerdict` for a series or options of the wrong type
 * @example
 * ```ts
 * // Twelve weeks of Mon/Wed/Fri at 300 AU, read on a Sunday.
 * const loads = Array.from({ length: 84 }, (_, day) => ([0, 2, 4].includes(day % 7) ? 300 : 0));
 * const verdict = weeklyVerdict(loads);
 * [verdict.lastDayRatio?.toFixed(2), verdict.zone === "under-training", verdict.ratio?.toFixed(2), verdict.zone];
 * // => ["0.76", false, "1.00", "sweet-spot"]
 * ```
 * @category Load
 */
export function weeklyVerdict(series: DailySeries | readonly (number | null)[], options?: WeeklyVerdictOptions): WeeklyVerdict {
  requireOptions("weeklyVerdict", options);
  const settings = acwrSettings("weeklyVerdict", { ...options, method: options?.method ?? "ewma" });
  const ratioOptions: AcwrOptions = { method: settings.method, acuteDays: settings.acuteDays, chronicDays: settings.chronicDays, maxUnknownFraction: settings.maxUnknownFraction, decay: settings.decay };
  const isArray = Array.isArray(series);
  const loads = isArray ? (series as readonly (number | null)[]) : (series as DailySeries | null)?.loads;
  if (!Array.isArray(loads)) throw new TypeError("weeklyVerdict: series must be a DailySeries or an array of daily loads");
  // Each load is checked here, so that a bad one is reported by this function's name, not acwr's.
  readSeries("weeklyVerdict", loads);
  const dates = isArray ? undefined : (series as DailySeries).dates;
  const n = loads.length;
  const toDay = endDayOf(options, dates, n);
  const fromDay = toDay - 6;
  const points = acwr(loads.slice(0, toDay + 1), ratioOptions);
  const last = points[toDay];
  const week = {
    fromDay: Math.max(0, fromDay),
    toDay,
    ...(dates === undefined ? {} : { fromDate: dates[Math.max(0, fromDay)] as string, toDate: dates[toDay] as string }),
  };
  const base = { ruleId: "A-18" as RuleId, method: settings.method, ...week, lastDayRatio: last?.ratio ?? null };
  const label = dates === undefined ? `days ${week.fromDay}–${toDay}` : `${week.fromDate}…${week.toDate}`;
  const none = (why: AcwrReasonCode | "short-series", said: Reason): WeeklyVerdict =>
    Object.freeze({ ...base, acute: null, chronic: null, ratio: null, zone: null, reason: why, reasons: Object.freeze([said, ACWR_CAVEAT]) });

  if (fromDay < 0) return none("short-series", loadReason("A-18", "load.verdict-short", { week: label }));
  let acuteSum = 0;
  let chronicSum = 0;
  for (let day = fromDay; day <= toDay; day++) {
    const point = points[day];
    if (point === undefined || point.acute === null || point.chronic === null) {
      // The day's own reason, or the warm-up when only the chronic window is short.
      const why = point?.reason ?? "warming-up";
      const missing = point?.acute === null ? "load.verdict-missing-acute" : "load.verdict-missing-chronic";
      return none(why, loadReason("A-18", missing, { week: label, day: dates === undefined ? `day ${day}` : (dates[day] as string), why }));
    }
    acuteSum += point.acute;
    chronicSum += point.chronic;
  }
  const acute = acuteSum / 7;
  const chronic = chronicSum / 7;
  const ratio = acute / chronic;
  if (!(chronic > 0) || !Number.isFinite(ratio)) return none("zero-chronic", loadReason("A-18", "load.verdict-zero-chronic", { week: label }));
  const zone = acwrZone(ratio, settings.method, zoneThresholds(settings.method, settings.acuteDays, settings.chronicDays));
  const shown = { week: label, acute: rounded(acute, 1), chronic: rounded(chronic, 1), ratio: rounded(ratio, 2), method: settings.method, zone: zone ?? "–" };
  const lastRatio = last?.ratio ?? null;
  return Object.freeze({
    ...base,
    acute,
    chronic,
    ratio,
    zone,
    reasons: Object.freeze([
      lastRatio === null ? loadReason("A-18", "load.verdict", shown) : loadReason("A-18", "load.verdict-daily", { ...shown, lastRatio: rounded(lastRatio, 2) }),
      ACWR_CAVEAT,
    ]),
  });
}

function endDayOf(options: WeeklyVerdictOptions | undefined, dates: readonly string[] | undefined, n: number): number {
  if (options?.endDate !== undefined) {
    const first = dates === undefined || dates.length === 0 ? null : parseIsoDate(dates[0]);
    const end = parseIsoDate(options.endDate);
    if (first === null || end === null || end - first < 0 || end - first >= n) {
      throw new RangeError(`weeklyVerdict: endDate must be a date of the series${dates === undefined ? " (give a DailySeries)" : ""}, got ${JSON.stringify(options.endDate)}`);
    }
    return end - first;
  }
  if (options?.endDay !== undefined) {
    requireNumberIn("weeklyVerdict", "endDay", options.endDay, 0, Math.max(0, n - 1), true);
    if (n === 0) throw new RangeError("weeklyVerdict: endDay needs a series with at least one day");
    return options.endDay;
  }
  if (n === 0) throw new RangeError("weeklyVerdict: the series is empty");
  return n - 1;
}

