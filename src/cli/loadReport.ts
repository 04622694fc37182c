/**
 * The load report shared by `spinewise load` and `spinewise demo`: the calendar series, the
 * ACWR per day, and one row per week with its change, monotony, strain and end-of-week ratio.
 */
import { acwr, ACWR_CAVEAT, acwrDiagnostics, checkLog, dailyLoads, explainAcwrPoint, monotonyDetail, weekOverWeekChange, weeklyVerdict } from "../load/index.js";
import type { AbsentDays, AcwrMethod, LoggedSession } from "../load/index.js";
import { pmc, spineAxisLoad } from "../load/index.js";
import { exercises } from "../catalog/index.js";
import type { PerformedSession } from "../volume/index.js";
import type { LoadReport } from "./render.js";

/** Options of {@link buildLoadReport}. */
export interface LoadReportOptions {
  readonly method: AcwrMethod;
  readonly timeZone: string;
  readonly absentDays: AbsentDays;
  /** run the diagnostics, with the resampling seed and any dated events. */
  readonly diagnostics?: { readonly seed: number; readonly events?: readonly string[] };
  /** performed sessions whose spine exposure per axis to report (days without one count as rest). */
  readonly performed?: readonly PerformedSession[];
  /** add the performance-management chart (GoldenCheetah's conventions). */
  readonly pmc?: boolean;
}

/** Builds the report (A-1…A-10). */
export function buildLoadReport(sessions: readonly LoggedSession[], options: LoadReportOptions): LoadReport {
  const series = dailyLoads(sessions, { timeZone: options.timeZone, absentDays: options.absentDays });
  const points = acwr(series, { method: options.method });
  const byDate = new Map(points.map((point, index) => [point.date ?? series.dates[index] ?? "", point]));
  const weeks = weekOverWeekChange(series).map((week) => {
    const from = series.dates.indexOf(week.startDate);
    const days = from < 0 ? [] : series.loads.slice(from, from + 7);
    const complete = days.length === 7 && days.every((value) => value !== null);
    const detail = complete ? monotonyDetail(days as number[]) : null;
    const end = byDate.get(week.endDate);
    // the week's verdict is the ratio of its 7-day mean acute and chronic values, whatever weekday it ends on.
    const verdict = end === undefined || series.dates.indexOf(week.endDate) < 6 ? null : weeklyVerdict(series, { method: options.method, endDate: week.endDate });
    return {
      ...week,
      monotony: detail?.monotony ?? null,
      strain: detail?.strain ?? null,
      ratio: verdict?.ratio ?? null,
      zone: verdict?.zone ?? null,
      lastDayRatio: end?.ratio ?? null,
    };
  });
  const latest = points[points.length - 1] ?? null;
  const explanation = latest === null ? [ACWR_CAVEAT] : explainAcwrPoint(latest, { method: options.method });
  const report = { method: options.method, timeZone: options.timeZone, series, points, weeks, latest, explanation, findings: series.findings, quality: checkLog(series) };
  const wanted = options.diagnostics;
  const withChart = options.pmc === true ? { ...report, pmc: pmc(series) } : report;
  const withAxes =
    options.performed === undefined ? withChart : { ...withChart, axes: spineAxisLoad(options.performed, { catalog: exercises, absentDays: "rest", method: options.method }) };
  if (wanted === undefined) return withAxes;
  return { ...withAxes, diagnostics: acwrDiagnostics(series, { method: options.method, seed: wanted.seed, ...(wanted.events === undefined ? {} : { events: wanted.events }) }) };
}
