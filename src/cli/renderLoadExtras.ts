/**
 * The parts of the load report added with A-11…A-18: log quality above the table, and the
 * sections that follow it. Kept apart from render.ts so that each stays small.
 */
import type { AcwrDiagnostics, AxisSeries, LogFinding, PmcResult } from "../load/index.js";
import { AXIS_NAMES } from "../load/spineAxisLoad.js";
import { count, num, table, wrap } from "./table.js";
import { words } from "./words.js";

/** A-14: the log's quality findings, printed before any ratio; empty when there is none. */
export function renderLogQuality(findings: readonly LogFinding[], width: number): string[] {
  if (findings.length === 0) return ["Log quality (A-14): no finding."];
  return [
    "Log quality (A-14), before any ratio:",
    ...findings.map((finding) => wrap(`  ${finding.severity.padEnd(7)} ${finding.message}`, width, "          ")),
  ];
}

/** A-17: the rescaling check, the window grid (share of days flagged, agreement with the reference pair) and the events' nulls. */
export function renderDiagnostics(report: AcwrDiagnostics, width: number): string[] {
  const acuteWindows = [...new Set(report.windowSensitivity.map((pair) => pair.acuteDays))];
  const chronicWindows = [...new Set(report.windowSensitivity.map((pair) => pair.chronicDays))];
  const cell = (acuteDays: number, chronicDays: number): string => {
    const pair = report.windowSensitivity.find((item) => item.acuteDays === acuteDays && item.chronicDays === chronicDays);
    if (pair === undefined || pair.flaggedShare === null) return "–";
    return `${(pair.flaggedShare * 100).toFixed(1)}%${pair.agreement === null ? "" : ` (${pair.agreement.toFixed(2)})`}`;
  };
  const lines = [
    wrap(`Does the ratio mean anything for this log? (A-17; ${words(report.method)} ratio, seed ${report.seed}, ${report.resamples} resamples)`, width, "  "),
    ...report.reasons.slice(0, -1).map((item) => wrap(`  ${item.message}`, width, "    ")),
    "",
    wrap(`Days flagged at a ratio of ${report.threshold} or more, by window pair (agreement with ${report.acuteDays}/${report.chronicDays}):`, width, "  "),
    table(
      ["acute \\ chronic", ...chronicWindows.map((days) => `${days} d`)],
      acuteWindows.map((acuteDays) => [`${acuteDays} d`, ...chronicWindows.map((chronicDays) => cell(acuteDays, chronicDays))]),
      width,
      ["left", ...chronicWindows.map(() => "right" as const)],
    ),
  ];
  return lines;
}

/** A-15: one row per spine axis — last week's exposure and change, the week's ratio and zone — and the axes that spiked. */
export function renderAxes(series: AxisSeries, width: number): string[] {
  if (series.axes.length === 0) return ["Spine exposure per axis (A-15): no performed session."];
  const rows = series.axes.map((axis) => {
    const week = axis.weeks[axis.weeks.length - 1];
    const change = week?.changePercent ?? null;
    return [
      AXIS_NAMES[axis.axis],
      num(week?.loadAu ?? null),
      change === null ? "–" : `${change >= 0 ? "+" : ""}${change.toFixed(0)}%`,
      num(axis.week?.ratio ?? null, 2),
      axis.week?.zone === undefined || axis.week.zone === null ? "–" : words(axis.week.zone),
      axis.spiked ? "spiked" : "",
    ];
  });
  return [
    wrap(`Spine exposure per axis (A-15; working sets × demand score, ${series.startDate} to ${series.endDate}; days without a performed session count as rest):`, width, "  "),
    table(["axis", "last week", "change", "week ratio", "zone", ""], rows, width, ["left", "right", "right", "right", "left", "left"]),
    ...series.findings.map((finding) => wrap(`  ${finding.severity.padEnd(7)} ${finding.message}`, width, "          ")),
  ];
}

/** A-11, A-12: the chart's last day and its conventions. */
export function renderPmcText(chart: PmcResult, width: number): string[] {
  const last = chart.ctl.length - 1;
  if (last < 0) return ["Fitness, fatigue and form (A-11): no days."];
  const day = chart.dates?.[last] ?? `day ${last}`;
  return [
    wrap(
      `Fitness, fatigue and form (A-11, A-12) on ${day}: CTL ${num(chart.ctl[last] ?? null, 1)}, ATL ${num(chart.atl[last] ?? null, 1)}, TSB ${num(chart.tsb[last] ?? null, 1)}, ramp ${num(chart.rampRate[last] ?? null, 1)} over ${count(chart.rampDays, "day")}.`,
      width,
      "  ",
    ),
    ...chart.reasons.map((item) => wrap(`  [${item.ruleId}] ${item.message}`, width, "        ")),
  ];
}
