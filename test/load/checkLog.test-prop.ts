import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { checkLog } from "../../src/load/index.js";

const day = fc.oneof(
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 5, arbitrary: fc.constant(0) },
  { weight: 5, arbitrary: fc.integer({ min: 1, max: 2000 }) },
  { weight: 1, arbitrary: fc.constantFrom(-1, Number.NaN, Number.POSITIVE_INFINITY, 1e9) },
);
const severityRank = { error: 0, warning: 1, info: 2 } as const;

test.prop([fc.array(day, { maxLength: 120 })])("A-14: checkLog never throws on any daily values, and its findings point at exactly the days they name", (loads) => {
  const copy = [...loads];
  const findings = checkLog(loads);
  expect(loads).toEqual(copy);
  // Errors, then warnings, then info.
  const ranks = findings.map((finding) => severityRank[finding.severity]);
  expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  for (const finding of findings) {
    expect(finding.ruleId).toBe("A-14");
    for (const range of finding.days) expect(0 <= range.fromDay && range.fromDay <= range.toDay && range.toDay < loads.length).toBe(true);
  }
  // Unknown days: the runs cover exactly the null days.
  const unknown = findings.find((finding) => finding.code === "load.unknown-days");
  const covered = new Set(unknown?.days.flatMap((range) => Array.from({ length: range.toDay - range.fromDay + 1 }, (_, i) => range.fromDay + i)) ?? []);
  loads.forEach((load, index) => expect(covered.has(index)).toBe(load === null));
  // Breaks: exactly the maximal runs of at least 10 zeros (naive scan).
  const runs: [number, number][] = [];
  let start = -1;
  loads.forEach((load, index) => {
    if (load === 0 && start < 0) start = index;
    const ends = load !== 0 || index === loads.length - 1;
    if (ends && start >= 0) {
      const end = load === 0 ? index : index - 1;
      if (end - start + 1 >= 10) runs.push([start, end]);
      start = -1;
    }
  });
  expect(findings.filter((finding) => finding.code === "load.break").map((finding) => [finding.days[0]?.fromDay, finding.days[0]?.toDay])).toEqual(runs);
  // Errors exist exactly when the history is short, a load is invalid, or nothing was trained.
  const invalid = loads.some((load) => load !== null && !(Number.isFinite(load) && load >= 0));
  const trained = loads.some((load) => load !== null && Number.isFinite(load) && load > 0);
  expect(findings.some((finding) => finding.severity === "error")).toBe(loads.length < 28 || invalid || (loads.length > 0 && !trained));
});
