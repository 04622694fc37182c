/**
 * The shapes of the training-load module: logged sessions, the calendar series built from
 * them, ACWR points and their options, and the week-level summaries.
 */
import type { Finding, Reason, RuleId } from "../evidence/index.js";
import type { DecayConvention } from "./decay.js";

/**
 * One logged training session (or a logged rest day) as the load functions read it.
 *
 * When it happened: `startedAt`, an ISO date-time with an offset or `Z`
 * (`"2026-03-02T18:30:00+01:00"`), which {@link dailyLoads} places on a calendar day in the
 * athlete's time zone; or `date`, the local calendar day itself (`"2026-03-02"`) when the
 * log keeps no clock time. Give exactly one of the two.
 *
 * How hard it was: `rpe` (CR-10, 0–10) and `durationMinutes` (> 0), whose product is the
 * session load; or a precomputed `loadAu`. When all three are present they must agree.
 * A logged rest day is a record with `loadAu: 0` — a known day of no training, not an
 * unknown one.
 *
 * @category Load
 */
export interface LoggedSession {
  /** ISO date-time with an offset or `Z`; the instant the session started. */
  readonly startedAt?: string;
  /** ISO calendar date `YYYY-MM-DD`: the athlete's local day, when no clock time is logged. */
  readonly date?: string;
  /**
   * IANA time zone the athlete was in for this session (travel). Wins over the series' zone
   * when {@link dailyLoads} places `startedAt` on a calendar day.
   */
  readonly timeZone?: string;
  /** Session rating of perceived exertion on the CR-10 scale, 0–10. */
  readonly rpe?: number;
  /** Session duration in minutes, > 0. */
  readonly durationMinutes?: number;
  /** Precomputed session load in arbitrary units (AU), ≥ 0; `0` records a rest day. */
  readonly loadAu?: number;
  /** The caller's identifier for the record; two records with one `id` are reported. */
  readonly id?: string;
  /** Free text kept with the record. */
  readonly note?: string;
}

/**
 * What {@link dailyLoads} does with a calendar day that has no record.
 *
 * - `"unknown"`: the day is `null` — nobody knows whether the athlete trained.
 * - `"rest"`: the caller states that a day without a record is a rest day (load 0).
 *
 * @category Load
 */
export type AbsentDays = "unknown" | "rest";

/**
 * Options of {@link dailyLoads}.
 * @category Load
 */
export interface DailyLoadsOptions {
  /** IANA time zone whose calendar days the series uses (`"Europe/London"`). */
  readonly timeZone: string;
  /** Whether days with no record are unknown (`null`) or rest (`0`); A-2. */
  readonly absentDays: AbsentDays;
  /** First day of the series (`YYYY-MM-DD`); defaults to the first logged day. */
  readonly from?: string;
  /** Last day of the series (`YYYY-MM-DD`), inclusive; defaults to the last logged day. */
  readonly to?: string;
}

/**
 * The kind of observation {@link dailyLoads} reports about a log.
 *
 * - `"load.gap"`: a run of days with no record, left unknown.
 * - `"load.absent-as-rest"`: a run of days with no record, counted as rest because the caller said so.
 * - `"load.duplicate"`: two records that look like the same session (same start, same `id`, or
 *   same day and same load when only dates are logged).
 * - `"load.outside-range"`: a record outside `from`…`to`, left out of the series.
 *
 * @category Load
 */
export type LoadFindingCode = "load.gap" | "load.absent-as-rest" | "load.duplicate" | "load.outside-range";

/**
 * A finding about a training log, with the days it concerns.
 * `path` points at the session indices in the input (for duplicates and out-of-range records).
 * @category Load
 */
export interface LoadFinding extends Finding {
  readonly code: LoadFindingCode;
  /** First day concerned (`YYYY-MM-DD`). */
  readonly fromDate: string;
  /** Last day concerned (`YYYY-MM-DD`), inclusive. */
  readonly toDate: string;
}

/**
 * A calendar series of daily loads: one entry per local calendar day, in order, with no
 * day skipped. `null` marks an unknown day; `0` a rest day.
 * @category Load
 */
export interface DailySeries {
  /** First day, `YYYY-MM-DD`. Equals `dates[0]` when the series is not empty. */
  readonly startDate: string;
  /** Last day, `YYYY-MM-DD`, inclusive. */
  readonly endDate: string;
  /** The IANA time zone whose calendar days these are. */
  readonly timeZone: string;
  /** How days without a record were treated. */
  readonly absentDays: AbsentDays;
  /** Every calendar day from `startDate` to `endDate`. */
  readonly dates: readonly string[];
  /** The day's summed session load in AU, `0` for rest, `null` for unknown; parallel to `dates`. */
  readonly loads: readonly (number | null)[];
  /** Gaps, duplicates and records left out, each with its rule and days. */
  readonly findings: readonly LoadFinding[];
}

/**
 * How the acute:chronic workload ratio is computed.
 *
 * - `"coupled"`: rolling mean of the last 7 days ÷ rolling mean of the last 28 days, the acute
 *   week included.
 * - `"uncoupled"`: rolling mean of the last 7 days ÷ mean of days 8–28 back.
 * - `"ewma"`: exponentially weighted moving averages with λ = 2/(N + 1).
 *
 * @category Load
 */
export type AcwrMethod = "ewma" | "coupled" | "uncoupled";

/**
 * Options of {@link acwr} and {@link acwrValues}.
 * @category Load
 */
export interface AcwrOptions {
  /** Which ratio. Default `"ewma"`. */
  readonly method: AcwrMethod;
  /** Acute window in days (N for the acute EWMA). Default 7. */
  readonly acuteDays?: number;
  /** Chronic window in days (N for the chronic EWMA). Default 28. */
  readonly chronicDays?: number;
  /**
   * Largest fraction of unknown days a window may hold before the ratio is `null`.
   * Default 0.2 (design choice). Applied to the acute and the chronic window separately.
   */
  readonly maxUnknownFraction?: number;
  /**
   * How the EWMA ratio turns its windows into weights: `"span"` (λ = 2/(N + 1), A-5,
   * the default), `"exponential"`, `"half-life"` or `"linear"`. The rolling ratios ignore it.
   */
  readonly decay?: DecayConvention;
}

/**
 * Why an ACWR point has no ratio.
 *
 * - `"warming-up"`: fewer days than the chronic window since the series began.
 * - `"too-many-unknown-days"`: the acute or chronic window holds more unknown days than
 *   `maxUnknownFraction` allows (or no known day at all).
 * - `"zero-chronic"`: the chronic load is 0, so no ratio exists.
 *
 * @category Load
 */
export type AcwrReasonCode = "warming-up" | "too-many-unknown-days" | "zero-chronic";

/**
 * The ACWR zone a ratio falls in. Thresholds depend on the method; see
 * {@link ACWR_ZONE_THRESHOLDS}.
 * @category Load
 */
export type Zone = "under-training" | "sweet-spot" | "caution" | "danger";

/**
 * One day of an ACWR series. Numbers are never NaN or Infinity: an undefined quantity is
 * `null`, and a `null` ratio carries its `reason`.
 * @category Load
 */
export interface AcwrPoint {
  /** The calendar day, when the input was a {@link DailySeries}. */
  readonly date?: string;
  /** Acute load: the mean of the known days in the acute window, or the acute EWMA (AU/day). */
  readonly acute: number | null;
  /** Chronic load: the mean of the known days in the chronic window, or the chronic EWMA (AU/day). */
  readonly chronic: number | null;
  /** Acute ÷ chronic, or `null` with a `reason`. */
  readonly ratio: number | null;
  /** The zone of the ratio for this method, `null` when there is no ratio. */
  readonly zone: Zone | null;
  /** Why `ratio` is `null`; absent when there is a ratio. */
  readonly reason?: AcwrReasonCode;
}

/**
 * The lower bounds of the zones above under-training for one method: a ratio below
 * `sweetSpotFrom` is under-training, from `sweetSpotFrom` sweet spot, from `cautionFrom`
 * caution, from `dangerFrom` danger.
 * @category Load
 */
export interface ZoneThresholds {
  readonly sweetSpotFrom: number;
  readonly cautionFrom: number;
  readonly dangerFrom: number;
}

/**
 * Options of {@link monotony}, {@link strain} and {@link monotonyDetail}.
 * @category Load
 */
export interface MonotonyOptions {
  /** Standard deviation convention: `"population"` (÷ n, the default) or `"sample"` (÷ n − 1). A-8. */
  readonly sd?: "population" | "sample";
  /**
   * The same choice under numpy's and pandas' name: `0` = population, `1` = sample (Python
   * `acwr`'s monotony). Give `sd` or `ddof`; both are accepted when they agree. A-8.
   */
  readonly ddof?: 0 | 1;
}

/**
 * Monotony and strain of one week with the numbers behind them.
 * @category Load
 */
export interface MonotonyResult {
  /** Sum of the week's daily loads (AU). */
  readonly weeklyLoadAu: number;
  /** Mean daily load (AU). */
  readonly meanAu: number;
  /** Standard deviation of the daily loads under the chosen convention (AU). */
  readonly sdAu: number;
  /** Mean ÷ SD, or `null` when the SD is 0. */
  readonly monotony: number | null;
  /** Weekly load × monotony, or `null` when monotony is `null`. */
  readonly strain: number | null;
  /** Why monotony is `null`: every day had the same load. */
  readonly reason?: "zero-variation";
  readonly ruleId: RuleId;
  readonly reasons: readonly Reason[];
}

/**
 * How a week's load compares with the week before.
 *
 * - `"steady"`: an increase below 10%, or a decrease.
 * - `"above-advice"`: an increase of 10% or more but below 15%.
 * - `"warning"`: an increase of 15% or more.
 * - `"unknown"`: no change can be computed (see `reason`).
 *
 * @category Load
 */
export type WeekChangeAction = "steady" | "above-advice" | "warning" | "unknown";

/**
 * Why a week has no change percentage.
 *
 * - `"first-week"`: there is no earlier week in the series.
 * - `"incomplete-week"`: this week has unknown days or falls partly outside the series.
 * - `"previous-incomplete"`: the previous week has unknown days or falls partly outside the series.
 * - `"previous-zero"`: the previous week's load was 0, so a percentage does not exist.
 *
 * @category Load
 */
export type WeekChangeReasonCode = "first-week" | "incomplete-week" | "previous-incomplete" | "previous-zero";

/**
 * One week of {@link weekOverWeekChange}: its load, the previous week's, the change in
 * percent, and a decision with its reasons.
 * @category Load
 */
export interface WeekChange {
  readonly action: WeekChangeAction;
  readonly ruleId: RuleId;
  readonly reasons: readonly Reason[];
  /** First day of the week, `YYYY-MM-DD`. */
  readonly startDate: string;
  /** Last day of the week, `YYYY-MM-DD`, inclusive. */
  readonly endDate: string;
  /** The week's load in AU, `null` when the week is incomplete. */
  readonly loadAu: number | null;
  /** The previous week's load in AU, `null` when there is none or it is incomplete. */
  readonly previousLoadAu: number | null;
  /** (this − previous) ÷ previous × 100, or `null` with a `reason`. */
  readonly changePercent: number | null;
  /** Why `changePercent` is `null`. */
  readonly reason?: WeekChangeReasonCode;
}

/**
 * Options of {@link weekOverWeekChange}.
 * @category Load
 */
export interface WeekOverWeekOptions {
  /**
   * Where weeks begin. `"series-end"` (the default) cuts 7-day weeks back from the last day
   * of the series, so the latest week is always whole; an ISO weekday number (1 = Monday …
   * 7 = Sunday) cuts calendar weeks starting on that day.
   */
  readonly weekStartsOn?: "series-end" | 1 | 2 | 3 | 4 | 5 | 6 | 7;
}
