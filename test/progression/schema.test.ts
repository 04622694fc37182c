import { describe, expect, it } from "vitest";
import { formatIssues } from "../../src/evidence/index.js";
import {
  parseExerciseLogs,
  parseLadderExposures,
  parsePainReport,
  parsePrescription,
  parseWeekSummaries,
  parseWeeklyCheckIns,
} from "../../src/progression/index.js";

describe("progression boundary", () => {
  it("parses a valid pain report and freezes it", () => {
    const result = parsePainReport({ baselineNrs: 1, duringNrs: 3, nextMorningNrs: null, spread: "none" });
    expect(result.ok).toBe(true);
    if (result.ok) expect(Object.isFrozen(result.value)).toBe(true);
  });

  it("reports every problem with its path", () => {
    const result = parsePainReport({ baselineNrs: -1, duringNrs: 11, spread: "down the leg", extra: 1 });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      const text = formatIssues(result.error.issues);
      expect(text).toContain("baselineNrs: baselineNrs must be at least 0");
      expect(text).toContain("duringNrs: duringNrs must be at most 10");
      expect(text).toContain("spread:");
      expect(result.error.issues.length).toBeGreaterThanOrEqual(4);
    }
  });

  it("L-1, L-2: NRS scores are whole numbers, and the baseline and the peak are required", () => {
    const fraction = parsePainReport({ baselineNrs: 1, duringNrs: 2.5 });
    expect(fraction.ok ? [] : fraction.error.issues.map((issue) => issue.path)).toEqual([["duringNrs"]]);
    const missing = parseExerciseLogs([{ date: "2026-03-23", exerciseId: "goblet-squat", sets: [{ reps: 10 }], pain: { duringNrs: 1, nextMorningNrs: 9 } }]);
    expect(missing.ok ? [] : missing.error.issues.map((issue) => issue.path)).toEqual([[0, "pain", "baselineNrs"]]);
  });

  it("a prescription needs exactly one of reps and holdSeconds, with min ≤ max", () => {
    expect(parsePrescription({ exerciseId: "goblet-squat", sets: 3, reps: { min: 8, max: 10 }, loadKg: 16 }).ok).toBe(true);
    const neither = parsePrescription({ exerciseId: "goblet-squat", sets: 3 });
    expect(neither.ok).toBe(false);
    const inverted = parsePrescription({ exerciseId: "plank", sets: 3, holdSeconds: { min: 30, max: 20 } });
    expect(inverted.ok ? [] : inverted.error.issues.map((issue) => issue.path)).toEqual([["holdSeconds", "max"]]);
  });

  it("exercise logs reject impossible dates and negative loads, and accept check-ins", () => {
    const good = [
      { date: "2025-03-03", exerciseId: "goblet-squat", sets: [{ reps: 10, loadKg: 16 }], pain: { baselineNrs: 1, duringNrs: 2, nextMorningNrs: 1 }, checkIn: {} },
    ];
    expect(parseExerciseLogs(good).ok).toBe(true);
    const bad = parseExerciseLogs([{ ...good[0], date: "2025-02-30", sets: [{ reps: 10, loadKg: -5 }] }]);
    expect(bad.ok ? [] : bad.error.issues.map((issue) => issue.path)).toEqual([
      [0, "date"],
      [0, "sets", 0, "loadKg"],
    ]);
  });

  it("ladder exposures, weekly check-ins and week summaries", () => {
    expect(parseLadderExposures([{ step: 1, pain: { baselineNrs: 0, duringNrs: 1, nextMorningNrs: 0 } }]).ok).toBe(true);
    expect(parseLadderExposures([{ step: 1.5, pain: { baselineNrs: 0, duringNrs: 1 } }]).ok).toBe(false);
    expect(parseWeeklyCheckIns([{ morningPainNrs: 2, restage: { stage: "movement-control" } }]).ok).toBe(true);
    expect(parseWeeklyCheckIns([{ morningPainNrs: 2, restage: { stage: "expert" } }]).ok).toBe(false);
    expect(parseWeekSummaries([{ deload: true, acwr: null, zone: "caution" }]).ok).toBe(true);
    expect(parseWeekSummaries("weeks").ok).toBe(false);
  });
});
