/** A-16 in the planner: where the planned week would leave the load, beside where it is now. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assess, planWeek } from "../../src/program/index.js";
import { dailyLoads, projectWeek, type LoggedSession } from "../../src/load/index.js";

const athlete: unknown = JSON.parse(readFileSync(new URL("../../examples/athlete.json", import.meta.url), "utf8"));

/** Six weeks of Mon/Wed/Fri sessions at RPE 6 × 50 minutes, ending the day before the planned week. */
function steadyLog(): LoggedSession[] {
  const log: LoggedSession[] = [];
  for (let day = 0; day < 42; day += 1) {
    const date = new Date(Date.UTC(2026, 1, 16 + day)).toISOString().slice(0, 10);
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    log.push(weekday === 1 || weekday === 3 || weekday === 5 ? { date, rpe: 6, durationMinutes: 50 } : { date, loadAu: 0 });
  }
  return log;
}

function plannedWeek(log: readonly LoggedSession[]) {
  const result = assess(athlete);
  if (!result.ok) throw new Error("the example athlete does not assess");
  const plan = planWeek(result.value, { weekStart: "2026-03-30", daysPerWeek: 3, history: { trainingLog: log } });
  if (plan.status !== "planned") throw new Error("withheld");
  return plan;
}

describe("the planned week's projection (A-16)", () => {
  it("A-16: projects the performed series with each session's minutes × the recent mean session RPE", () => {
    const log = steadyLog();
    const plan = plannedWeek(log);
    const projection = plan.load?.projection;
    expect(projection).toBeDefined();
    // The same projection, built by hand from the public load API.
    const series = dailyLoads(log, { timeZone: "UTC", absentDays: "unknown", to: "2026-03-29" });
    const expected = projectWeek(
      series,
      plan.sessions.map((session) => ({ date: session.date, loadAu: Math.round(session.estimatedMinutes * 6) })),
      { method: plan.load!.method },
    );
    expect(projection!.projected).toEqual(expected.projected);
    expect(projection!.current.date).toBe("2026-03-29");
    expect(projection!.planned.loads.filter((value) => value > 0)).toHaveLength(3);
    expect(plan.reasons.some((item) => item.ruleId === "A-16")).toBe(true);
  });

  it("A-16: planned and performed stay separate: the load check's own ratio is the performed one", () => {
    const plan = plannedWeek(steadyLog());
    expect(plan.load!.ratio).toBeCloseTo(plan.load!.projection!.current.ratio!, 12);
  });

  it("A-16: no projection without a training log", () => {
    const result = assess(athlete);
    if (!result.ok) throw new Error("the example athlete does not assess");
    const plan = planWeek(result.value, { weekStart: "2026-03-30" });
    expect(plan.status === "planned" && plan.load).toBeNull();
  });
});

describe("the spine axis that spiked (A-15)", () => {
  /** Five weeks of goblet squats Mon/Wed/Fri, 3 sets a session, then `lastWeekSets` in the fifth week. */
  function squatLogs(lastWeekSets: number) {
    const logs = [];
    for (let week = 0; week < 5; week += 1) {
      for (const offset of [0, 2, 4]) {
        const date = new Date(Date.UTC(2026, 1, 23 + week * 7 + offset)).toISOString().slice(0, 10);
        const sets = Array.from({ length: week === 4 ? lastWeekSets : 3 }, () => ({ reps: 10, loadKg: 16 }));
        logs.push({ date, exerciseId: "goblet-squat", sets, pain: { baselineNrs: 1, duringNrs: 1, afterNrs: 1, nextMorningNrs: 1 } });
      }
    }
    return logs;
  }

  function plan(lastWeekSets: number) {
    const result = assess(athlete);
    if (!result.ok) throw new Error("the example athlete does not assess");
    const week = planWeek(result.value, { weekStart: "2026-03-30", history: { exerciseLogs: squatLogs(lastWeekSets) } });
    if (week.status !== "planned") throw new Error("withheld");
    return week;
  }

  it("A-15: doubling the goblet-squat sets in the last week names axial compression as spiked, in findings and reasons", () => {
    const week = plan(6);
    const spikes = week.findings.filter((finding) => finding.ruleId === "A-15");
    expect(spikes.map((finding) => (finding as { axis?: string }).axis)).toContain("axialCompression");
    expect(week.reasons.some((item) => item.ruleId === "A-15" && item.message.includes("axial compression"))).toBe(true);
  });

  it("A-15: a steady week names no axis", () => {
    expect(plan(3).findings.filter((finding) => finding.ruleId === "A-15")).toEqual([]);
  });
});
