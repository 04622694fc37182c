/**
 * The parts of the load report added with A-11…A-18: log quality above the table, and the
 * sections that follow it. Kept apart from render.ts so that each stays small.
 */
import type { AcwrDiagnostics, LogFinding } from "../load/index.js";
import { table, wrap } from "./table.js";

/** A-14: the log's quality findings, printed before any ratio; empty when there is none. */
export function renderLogQuality(findings: readonly LogFinding[]): string[] {
  if (findings.length === 0) return ["Log quality (A-14): no finding."];
  return [
    "Log quality (A-14), before any ratio:",
    ...findings.map((finding) => wrap(`  ${finding.severity.padEnd(7)} ${finding.message}`, 100, "          ")),
  ];
}

/** A-17: the rescaling check, the window grid (share of days flagged, agreement with the reference pair) and the events' nulls. */
export function renderDiagnostics(report: AcwrDiagnostics): string[] {
  const acuteWindows = [...new Set(report.windowSensitivity.map((pair) => pair.acuteDays))];
  const chronicWindows = [...new Set(report.windowSensitivity.map((pair) => pair.chronicDays))];
  const cell = (acuteDays: number, chronicDays: number): string => {
    const pair = report.windowSensitivity.find((item) => item.acuteDays === acuteDays && item.chronicDays === chronicDays);
    if (pair === undefined || pair.flaggedShare === null) return "–";
    return `${(pair.flaggedShare * 100).toFixed(1)}%${pair.agreement === null ? "" : ` (${pair.agreement.toFixed(2)})`}`;
  };
  const lines = [
    `Does the ratio mean anything for this log? (A-17; ${report.method} ratio, seed ${report.seed}, ${report.resamples} resamples)`,
    ...report.reasons.slice(0, -1).map((item) => wrap(`  ${item.message}`, 100, "    ")),
    "",
    `Days flagged at a ratio of ${report.threshold} or more, by window pair (agreement with ${report.acuteDays}/${report.chronicDays}):`,
    table(
      ["acute \\ chronic", ...chronicWindows.map((days) => `${days} d`)],
      acuteWindows.map((acuteDays) => [`${acuteDays} d`, ...chronicWindows.map((chronicDays) => cell(acuteDays, chronicDays))]),
      ["left", ...chronicWindows.map(() => "right" as const)],
    ),
  ];
  return lines;
}
