/**
 * The parts of the load report added with A-11…A-18: log quality above the table, and the
 * sections that follow it. Kept apart from render.ts so that each stays small.
 */
import type { LogFinding } from "../load/index.js";
import { wrap } from "./table.js";

/** the log's quality findings, printed before any ratio; empty when there is none. */
export function renderLogQuality(findings: readonly LogFinding[]): string[] {
  if (findings.length === 0) return ["Log quality (A-14): no finding."];
  return [
    "Log quality (A-14), before any ratio:",
    ...findings.map((finding) => wrap(`  ${finding.severity.padEnd(7)} ${finding.message}`, 100, "          ")),
  ];
}
