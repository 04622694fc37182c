/**
 * Log quality before any ratio.
 */
import { reason, type Finding, type Severity } from "../evidence/index.js";
import { requireNumberIn, requireOptions } from "../internal/guards.js";
import type { DailySeries } from "./types.js";

/**
 * What {@link checkLog} found. Errors: `short-history`, `negative-load`,
 * `invalid-load` (not a number, or not finite), `no-training`. Warnings: `unknown-days`,
 * `outlier`, `unit-change`, `break`. Info: `mostly-rest`, `few-usable-days`, `constant-load`.
 * @category Load
 */
export type LogFindingCode =
  | "short-history"
  | "negative-load"
  | "invalid-load"
  | "no-training"
  | "unknown-days"
  | "outlier"
  | "unit-change"
  | "break"
  | "mostly-rest"
  | "few-usable-days"
  | "constant-load";

/**
 * A run of days a finding points to: indices into the series, inclusive, and their dates when
 * the series had them.
 * @category Load
 */
export interface DayRange {
  readonly fromDay: number;
  readonly toDay: number;
  readonly fromDate?: string;
  readonly toDate?: string;
}

/**
 * One finding about a log's quality, with its severity, rule A-14 and the days it points to.
 * @category Load
 */
export interface LogFinding extends Finding {
  readonly code: LogFindingCode;
  /** The days concerned, oldest first; the whole series for findings about all of it. */
  readonly days: readonly DayRange[];
}

/**
 * Options of {@link checkLog}.
 * @category Load
 */
export interface CheckLogOptions {
  /** The chronic window the log will be read with; a shorter history is an error. Default 28. */
  readonly chronicDays?: number;
}

/** A-14's thresholds, which are Python `acwr` 0.1.1's (`quality.py`). */
const OUTLIER_FACTOR = 3;
const OUTLIER_PERCENTILE = 0.95;
const OUTLIER_MIN_TRAINING_DAYS = 10;
const UNIT_CHANGE_FACTOR = 50;
const BREAK_DAYS = 10;
const FEW_USABLE_DAYS = 30;

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/**
 * The quality of a training log, before any ratio is read from it: every finding with its
 * severity and the days it points to.
 *
 * Why: a ratio computed from a log with a typo (4,800 AU for 480), a switch from minutes to
 * hours, or six weeks of holiday logged as zeros is a precise-looking wrong number. The checks
 * and their thresholds are those of Python `acwr` 0.1.1 (`check_load`): **errors** — a history
 * shorter than the chronic window, a negative or non-finite load, no training at all;
 * **warnings** — unknown days (not observed, not rest), an outlier (a day above 3 × the 95th
 * percentile of training days, checked with at least 10 training days), a change of unit (the
 * median training-day load of the first half and the second half of the series differ by more
 * than 50×), a break (every run of at least 10 consecutive zero-load days); **info** — more than
 * half the days rest, fewer than 30 usable (known) days, a constant load. Nothing is corrected:
 * the findings say what to look at, and the log stays as logged.
 *
 * @param series - a {@link DailySeries} (findings then carry dates) or daily loads with `null`
 * for unknown days; not mutated. Unlike the ratio functions, any value is accepted and judged.
 * @param options - `chronicDays` (default 28)
 * @returns the findings, errors first, then warnings, then info; each in day order
 * @throws TypeError naming `checkLog` when `series` is neither shape or `options` is not an object
 * @throws RangeError naming `checkLog` when `chronicDays` is not a whole number from 2 to 100000
 * @example
 * ```ts
 * const loads = [...Array(20).fill(300), 9000, ...Array(12).fill(0), ...Array(10).fill(280)];
 * checkLog(loads).map((finding) => [finding.severity, finding.code, finding.days[0].fromDay]);
 * // => [["warning", "outlier", 20], ["warning", "break", 21]]
 * ```
 * @category Load
 */
export function checkLog(series: DailySeries | readonly (number | null)[], options?: CheckLogOptions): LogFinding[] {
  requireOptions("checkLog", options);
  const chronicDays = options?.chronicDays ?? 28;
  requireNumberIn("checkLog", "chronicDays", chronicDays, 2, 100_000, true);
  const isArray = Array.isArray(series);
  const values = isArray ? (series as readonly unknown[]) : (series as DailySeries | null)?.loads;
  if (!Array.isArray(values)) throw new TypeError("checkLog: series must be a DailySeries or an array of daily loads");
  const dates = isArray ? undefined : (series as DailySeries).dates;
  const n = values.length;
  const range = (fromDay: number, toDay: number): DayRange =>
    dates === undefined ? { fromDay, toDay } : { fromDay, toDay, fromDate: dates[fromDay] as string, toDate: dates[toDay] as string };
  const where = (day: number): string => (dates === undefined ? `day ${day}` : (dates[day] as string));
  const Where = (day: number): string => (dates === undefined ? `Day ${day}` : (dates[day] as string));
  const findings: LogFinding[] = [];
  const add = (severity: Severity, code: LogFindingCode, message: string, days: readonly DayRange[]): void => {
    findings.push(Object.freeze({ ...reason("A-14", message), severity, code, days: Object.freeze(days.map((day) => Object.freeze(day))) }));
  };
  const whole = n === 0 ? [] : [range(0, n - 1)];
  const span = (run: DayRange): string => (run.fromDay === run.toDay ? where(run.fromDay) : `${where(run.fromDay)}…${where(run.toDay)}`);

  // Read every day once: known loads, invalid ones, and the runs of unknown and of zero days.
  const known: number[] = [];
  const training: number[] = [];
  const negative: number[] = [];
  const invalid: number[] = [];
  const unknownRuns: DayRange[] = [];
  const zeroRuns: DayRange[] = [];
  let unknownStart = -1;
  let zeroStart = -1;
  let rest = 0;
  for (let day = 0; day <= n; day++) {
    const value = day < n ? values[day] : undefined;
    const isUnknown = day < n && value === null;
    const isZero = typeof value === "number" && value === 0;
    if (!isUnknown && unknownStart >= 0) {
      unknownRuns.push(range(unknownStart, day - 1));
      unknownStart = -1;
    }
    if (!isZero && zeroStart >= 0) {
      if (day - zeroStart >= BREAK_DAYS) zeroRuns.push(range(zeroStart, day - 1));
      zeroStart = -1;
    }
    if (day === n) break;
    if (isUnknown) {
      if (unknownStart < 0) unknownStart = day;
    } else if (typeof value !== "number" || !Number.isFinite(value)) {
      invalid.push(day);
    } else if (value < 0) {
      negative.push(day);
    } else {
      known.push(value);
      if (value > 0) training.push(day);
      else {
        rest++;
        if (zeroStart < 0) zeroStart = day;
      }
    }
  }
  const load = (day: number): number => values[day] as number;

  // Errors.
  if (n < chronicDays) {
    add("error", "short-history", `The log covers ${n} day(s), fewer than the ${chronicDays}-day chronic window: no ratio can be computed yet.`, whole);
  }
  for (const day of negative) add("error", "negative-load", `${Where(day)} has a negative load (${load(day)} AU): loads are 0 or more.`, [range(day, day)]);
  for (const day of invalid) add("error", "invalid-load", `${Where(day)} has a load that is not a finite number (${String(values[day])}).`, [range(day, day)]);
  if (n > 0 && training.length === 0) add("error", "no-training", "No day has a load above 0: there is no training to read a ratio from.", whole);

  // Warnings.
  if (unknownRuns.length > 0) {
    const count = unknownRuns.reduce((sum, run) => sum + run.toDay - run.fromDay + 1, 0);
    add(
      "warning",
      "unknown-days",
      `${count} day(s) in ${unknownRuns.length} run(s) have no record (${unknownRuns.slice(0, 4).map(span).join(", ")}${unknownRuns.length > 4 ? ", …" : ""}): unknown, not rest (A-2); the rolling means skip them and the EWMA carries over them.`,
      unknownRuns,
    );
  }
  if (training.length >= OUTLIER_MIN_TRAINING_DAYS) {
    const limit = OUTLIER_FACTOR * percentile(training.map(load), OUTLIER_PERCENTILE);
    for (const day of training) {
      if (load(day) > limit) {
        add("warning", "outlier", `${Where(day)} has ${load(day)} AU, more than 3 × the 95th percentile of training days (${round(limit)} AU): a typo or another unit? It is kept as logged.`, [
          range(day, day),
        ]);
      }
    }
  }
  const half = Math.floor(n / 2);
  const firstHalf = training.filter((day) => day < half).map(load);
  const secondHalf = training.filter((day) => day >= half).map(load);
  if (firstHalf.length > 0 && secondHalf.length > 0) {
    const early = percentile(firstHalf, 0.5);
    const late = percentile(secondHalf, 0.5);
    if (Math.max(early, late) > UNIT_CHANGE_FACTOR * Math.min(early, late)) {
      add(
        "warning",
        "unit-change",
        `The median training-day load is ${round(early)} AU in the first half and ${round(late)} AU in the second, more than 50× apart: did the unit change (minutes and hours, RPE × minutes and RPE alone)?`,
        [range(0, half - 1), range(half, n - 1)],
      );
    }
  }
  for (const run of zeroRuns) {
    add("warning", "break", `${run.toDay - run.fromDay + 1} consecutive days of zero load from ${where(run.fromDay)}: a break (illness, holiday, injury?) that pulls the chronic load down.`, [run]);
  }

  // Info.
  if (n > 0 && rest > n / 2) add("info", "mostly-rest", `${rest} of ${n} days are rest days (load 0).`, whole);
  if (n > 0 && known.length < FEW_USABLE_DAYS) add("info", "few-usable-days", `Only ${known.length} day(s) with a known load, fewer than 30: every ratio rests on little data.`, whole);
  if (known.length >= 2 && training.length > 0 && known.every((value) => value === known[0])) {
    add("info", "constant-load", `Every known day has the same load (${known[0]} AU): the SD is 0, so monotony has no value (A-8), and the ratio stays at 1.`, whole);
  }

  // Errors first, then warnings, then info; push order (day order within a check) is kept.
  return findings.map((finding, index) => ({ finding, index })).sort((a, b) => SEVERITY_ORDER[a.finding.severity] - SEVERITY_ORDER[b.finding.severity] || a.index - b.index).map(({ finding }) => finding);
}

/** The q-quantile with linear interpolation between order statistics (numpy's default). */
function percentile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const position = q * (sorted.length - 1);
  const below = Math.floor(position);
  const above = Math.min(below + 1, sorted.length - 1);
  return (sorted[below] as number) + (position - below) * ((sorted[above] as number) - (sorted[below] as number));
}

function round(value: number): string {
  return String(Math.round(value * 10) / 10);
}
