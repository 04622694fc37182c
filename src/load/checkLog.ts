/**
 * Log quality before any ratio.
 */
import type { Finding, ParamsOf, Reason, Severity } from "../evidence/index.js";
import { loadReason, type loadMessages } from "./messages.js";
import { rounded } from "./rounded.js";
import { requireNumberIn, requireOptions } from "../internal/guards.js";
import type { DailySeries } from "./types.js";

/**
 * What {@link checkLog} found, as the finding's reason code. Errors: `load.short-history`, `load.negative-load`,
 * `load.invalid-load` (not a number, or not finite), `load.no-training`. Warnings: `load.unknown-days`,
 * `load.outlier`, `load.unit-change`, `load.break`. Info: `load.mostly-rest`, `load.few-usable-days`, `load.constant-load`.
 * @category Load
 */
export type LogFindingCode =
  | "load.short-history"
  | "load.negative-load"
  | "load.invalid-load"
  | "load.no-training"
  | "load.unknown-days"
  | "load.outlier"
  | "load.unit-change"
  | "load.break"
  | "load.mostly-rest"
  | "load.few-usable-days"
  | "load.constant-load";

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
  const add = <C extends LogFindingCode>(severity: Severity, code: C, params: ParamsOf<(typeof loadMessages)[C]>, days: readonly DayRange[]): void => {
    const why = loadReason("A-14", code, params) as Reason & { readonly code: C };
    findings.push(Object.freeze({ ...why, severity, days: Object.freeze(days.map((day) => Object.freeze(day))) }));
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
    add("error", "load.short-history", { days: n, chronicDays }, whole);
  }
  for (const day of negative) add("error", "load.negative-load", { day: Where(day), load: load(day) }, [range(day, day)]);
  for (const day of invalid) add("error", "load.invalid-load", { day: Where(day), value: String(values[day]) }, [range(day, day)]);
  if (n > 0 && training.length === 0) add("error", "load.no-training", {}, whole);

  // Warnings.
  if (unknownRuns.length > 0) {
    const count = unknownRuns.reduce((sum, run) => sum + run.toDay - run.fromDay + 1, 0);
    const spans = `${unknownRuns.slice(0, 4).map(span).join(", ")}${unknownRuns.length > 4 ? ", …" : ""}`;
    add("warning", "load.unknown-days", { days: count, runs: unknownRuns.length, spans }, unknownRuns);
  }
  if (training.length >= OUTLIER_MIN_TRAINING_DAYS) {
    const limit = OUTLIER_FACTOR * percentile(training.map(load), OUTLIER_PERCENTILE);
    for (const day of training) {
      if (load(day) > limit) {
        add("warning", "load.outlier", { day: Where(day), load: load(day), limit: rounded(limit, 1) }, [range(day, day)]);
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
      add("warning", "load.unit-change", { early: rounded(early, 1), late: rounded(late, 1) }, [range(0, half - 1), range(half, n - 1)]);
    }
  }
  for (const run of zeroRuns) {
    add("warning", "load.break", { days: run.toDay - run.fromDay + 1, from: where(run.fromDay) }, [run]);
  }

  // Info.
  if (n > 0 && rest > n / 2) add("info", "load.mostly-rest", { rest, days: n }, whole);
  if (n > 0 && known.length < FEW_USABLE_DAYS) add("info", "load.few-usable-days", { days: known.length }, whole);
  if (known.length >= 2 && training.length > 0 && known.every((value) => value === known[0])) {
    add("info", "load.constant-load", { load: known[0] ?? 0 }, whole);
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

