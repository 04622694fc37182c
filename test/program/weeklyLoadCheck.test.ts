// The planner's load check reads a weekday-free verdict on the week just finished.
import { describe, expect, it } from "vitest";
import { acwr, dailyLoads } from "../../src/load/index.js";
import { assess, planWeek } from "../../src/program/index.js";
import { athlete } from "./fixtures.js";

// Twelve weeks of Mon/Wed/Fri sessions at 300 AU and logged rest days, 2026-01-05 (a Monday) to 2026-03-29 (a Sunday).
const log = Array.from({ length: 84 }, (_, day) => ({
  date: new Date(Date.UTC(2026, 0, 5 + day)).toISOString().slice(0, 10),
  loadAu: [0, 2, 4].includes(day % 7) ? 300 : 0,
}));

describe("planWeek load check (A-18)", () => {
  it("A-18: steady Mon/Wed/Fri training planned on a Monday is in the sweet spot, where the Sunday's daily EWMA ratio says under-training", () => {
    const assessment = assess(athlete);
    if (!assessment.ok) throw new Error("fixture");
    const week = planWeek(assessment.value, { weekStart: "2026-03-30", history: { trainingLog: log } });
    if (week.status !== "planned") throw new Error("withheld");
    const sunday = acwr(dailyLoads(log, { timeZone: "UTC", absentDays: "unknown" })).at(-1);
    expect(sunday?.zone).toBe("under-training");
    expect(week.load?.zone).toBe("sweet-spot");
    expect(week.load?.ratio).toBeCloseTo(1, 1);
    expect(week.volumeScale).toBe(1);
  });
});
