/**
 * Projection of a planned week.
 */
import type { Reason, RuleId } from "../evidence/index.js";
import { loadReason } from "./messages.js";
import { rounded } from "./rounded.js";
import { formatIsoDate, requireIsoDate } from "../internal/calendar.js";
import { requireArray, requireObject, requireOptions } from "../internal/guards.js";
import { ACWR_CAVEAT } from "./acwr.js";
import { pmc, type PmcOptions } from "./pmc.js";
import { MAX_LOAD_AU } from "./readSeries.js";
import type { AcwrMethod, DailySeries, Zone } from "./types.js";
import { weeklyVerdict } from "./weeklyVerdict.js";

/**
 * One planned session's load (planned RPE × minutes, A-1).
 * @category Load
 */
export interface PlannedLoad {
  /** The planned day, `YYYY-MM-DD`, after the performed series' last day. */
  readonly date: string;
  /** Planned load in AU. */
  readonly loadAu: number;
}

/**
 * Where the load stands on one day: the weekday-free weekly ratio and the PMC.
 * @category Load
 */
export interface ProjectionState {
  readonly date: string;
  readonly ratio: number | null;
  readonly zone: Zone | null;
  readonly ctl: number;
  readonly atl: number;
  readonly tsb: number;
}

/**
 * The performed state, the state the planned week would end on if done as planned, and the
 * planned series itself, kept apart from the performed one.
 * @category Load
 */
export interface WeekProjection {
  readonly ruleId: RuleId;
  readonly method: AcwrMethod;
  /** On the performed series' last day. */
  readonly current: ProjectionState;
  /** On the planned week's last day (at least 7 days after the performed series), the performed series followed by the planned days. */
  readonly projected: ProjectionState;
  /** The planned days after the performed series (a day without a planned session is planned rest, 0). */
  readonly planned: { readonly dates: readonly string[]; readonly loads: readonly number[] };
  readonly reasons: readonly Reason[];
}

/**
 * The ratio and CTL/ATL/TSB a planned week would end on if it were done as planned, next to the
 * current ones.
 *
 * Why: a plan that looks reasonable session by session can still push the week into a spike;
 * showing where it would end before it is done lets the plan change instead of the lifter. The
 * planned days follow the performed series for at least a week (a day without a planned session is
 * planned rest);
 * the performed series is never changed — planned and performed stay separate series, as in
 * GoldenCheetah's planned/expected PMC and intervals.icu's planned workouts. The ratio is the
 * weekday-free weekly verdict; the PMC uses `pmc`'s conventions. A projection is a
 * what-if, not a forecast, and the ratio's caveat applies.
 *
 * @param series - the performed {@link DailySeries} (it must have days); not mutated
 * @param planned - planned sessions' loads, on days after the series' last day; not mutated
 * @param options - `method` of the ratio (default `"ewma"`) and `pmc` options
 * @returns the current and projected states and the planned series
 * @throws RangeError naming `projectWeek` for an empty series, a planned day on or before the
 * series' last day, or a planned load outside 0…10¹²
 * @throws TypeError naming `projectWeek` for arguments of the wrong type
 * @example
 * ```ts
 * const dates = Array.from({ length: 56 }, (_, day) => new Date(Date.UTC(2026, 0, 5 + day)).toISOString().slice(0, 10));
 * const loads = dates.map((_, day) => ([0, 2, 4].includes(day % 7) ? 300 : 0));
 * const series = { startDate: dates[0], endDate: dates[55], timeZone: "UTC", absentDays: "rest" as const, dates, loads, findings: [] };
 * const doubled = [0, 2, 4].map((day) => ({ date: new Date(Date.UTC(2026, 2, 2 + day)).toISOString().slice(0, 10), loadAu: 600 }));
 * const projection = projectWeek(series, doubled);
 * [projection.current.zone, projection.projected.zone, projection.planned.dates.length];
 * // => ["sweet-spot", "caution", 7]
 * ```
 * @category Load
 */
export function projectWeek(
  series: DailySeries,
  planned: readonly PlannedLoad[],
  options?: { readonly method?: AcwrMethod; readonly pmc?: PmcOptions },
): WeekProjection {
  requireObject("projectWeek", "series", series);
  requireArray("projectWeek", "series.loads", series.loads);
  requireArray("projectWeek", "planned", planned);
  requireOptions("projectWeek", options);
  const method = options?.method ?? "ewma";
  const n = series.loads.length;
  if (n === 0) throw new RangeError("projectWeek: the performed series has no days");
  const last = requireIsoDate("projectWeek", "series.endDate", series.dates[n - 1]);
  // The projection covers at least the whole week after the performed series.
  let end = last + 7;
  const days = planned.map((item, index) => {
    requireObject("projectWeek", `planned[${index}]`, item);
    const day = requireIsoDate("projectWeek", `planned[${index}].date`, item.date);
    if (day <= last) throw new RangeError(`projectWeek: planned[${index}].date ${item.date} is not after the performed series (last day ${formatIsoDate(last)}): planned and performed are separate series`);
    if (typeof item.loadAu !== "number" || !(item.loadAu >= 0 && item.loadAu <= MAX_LOAD_AU)) throw new RangeError(`projectWeek: planned[${index}].loadAu must be a number from 0 to ${MAX_LOAD_AU}, got ${String(item.loadAu)}`);
    if (day > end) end = day;
    return day;
  });
  // the planned days after the performed ones; a day without a planned session is planned rest.
  const plannedLoads = new Array<number>(end - last).fill(0);
  days.forEach((day, index) => {
    plannedLoads[day - last - 1] = (plannedLoads[day - last - 1] as number) + (planned[index] as PlannedLoad).loadAu;
  });
  const plannedDates = plannedLoads.map((_, k) => formatIsoDate(last + 1 + k));
  const combined: DailySeries = {
    ...series,
    endDate: plannedDates.at(-1) ?? series.endDate,
    dates: [...series.dates, ...plannedDates],
    loads: [...series.loads, ...plannedLoads],
    findings: [],
  };
  const state = (input: DailySeries): ProjectionState => {
    const verdict = weeklyVerdict(input, { method });
    const chart = pmc(input, options?.pmc);
    const at = input.loads.length - 1;
    return Object.freeze({ date: input.dates[at] as string, ratio: verdict.ratio, zone: verdict.zone, ctl: chart.ctl[at] as number, atl: chart.atl[at] as number, tsb: chart.tsb[at] as number });
  };
  const current = state(series);
  const projected = state(combined);
  const ratioOf = (item: ProjectionState): number | string => (item.ratio === null ? "none" : rounded(item.ratio, 2));
  const projection = {
    date: current.date,
    ratio: ratioOf(current),
    zone: current.zone ?? "no-zone",
    ctl: rounded(current.ctl, 1),
    atl: rounded(current.atl, 1),
    tsb: rounded(current.tsb, 1),
    sessions: planned.length,
    projectedDate: projected.date,
    projectedRatio: ratioOf(projected),
    projectedZone: projected.zone ?? "no-zone",
    projectedCtl: rounded(projected.ctl, 1),
    projectedAtl: rounded(projected.atl, 1),
    projectedTsb: rounded(projected.tsb, 1),
  };
  return Object.freeze({
    ruleId: "A-16",
    method,
    current,
    projected,
    planned: Object.freeze({ dates: Object.freeze(plannedDates), loads: Object.freeze(plannedLoads) }),
    reasons: Object.freeze([
      loadReason("A-16", "load.projection", projection),
      ACWR_CAVEAT,
    ]),
  });
}
