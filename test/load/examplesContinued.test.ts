// The examples in the TSDoc of the load functions added for A-11…A-18, and in their sections of
// docs/load.md, run as written, so they cannot go stale.
import { describe, expect, it } from "vitest";
import { exercises } from "../../src/catalog/index.js";
import { acwr, acwrByAthlete, acwrDiagnostics, checkLog, monotony, pmc, projectWeek, spineAxisLoad, weeklyVerdict } from "../../src/load/index.js";

describe("documented examples (A-11…A-18)", () => {
  it("A-11: pmc", () => {
    const chart = pmc([100, 0, 50]);
    expect(chart.ctl.map((value) => value.toFixed(4))).toEqual(["2.3528", "2.2975", "3.4198"]);
    expect(chart.tsb.map((value) => value.toFixed(4))).toEqual(["0.0000", "-10.9594", "-9.2426"]);
    expect(pmc([100, 0, 50], { decay: "linear" }).atl[0]?.toFixed(4)).toBe("14.2857");
  });

  it("A-13: a named decay", () => {
    expect(acwr([100, 200, 0], { method: "ewma", acuteDays: 2, chronicDays: 3, decay: "linear" })[2]?.ratio).toBe(0.84375);
  });

  it("A-8: monotony with ddof", () => {
    expect(monotony([300, 0, 300, 0, 300, 0, 300], { ddof: 1 })?.toFixed(3)).toBe("1.069");
  });

  it("A-14: checkLog", () => {
    const loads = [...Array(20).fill(300), 9000, ...Array(12).fill(0), ...Array(10).fill(280)];
    expect(checkLog(loads).map((finding) => [finding.severity, finding.code, finding.days[0]?.fromDay])).toEqual([
      ["warning", "load.outlier", 20],
      ["warning", "load.break", 21],
    ]);
  });

  it("A-17: acwrDiagnostics", () => {
    const loads = Array.from({ length: 84 }, (_, day) => (day % 7 === 0 || day % 7 === 2 || day % 7 === 4 ? 300 + 120 * Math.sin(day / 9) : 0));
    const report = acwrDiagnostics(loads, { method: "coupled", seed: 7, resamples: 200 });
    expect([report.rescaling.days, report.rescaling.spearman?.toFixed(2), report.windowSensitivity.length]).toEqual([57, "0.75", 20]);
  });

  it("A-18: weeklyVerdict, and the table of docs/load.md §13", () => {
    const loads = Array.from({ length: 84 }, (_, day) => ([0, 2, 4].includes(day % 7) ? 300 : 0));
    const verdict = weeklyVerdict(loads);
    expect([verdict.lastDayRatio?.toFixed(2), verdict.zone === "under-training", verdict.ratio?.toFixed(2), verdict.zone]).toEqual(["0.76", false, "1.00", "sweet-spot"]);
    // Every day of the last week, Monday to Sunday.
    const days = [77, 78, 79, 80, 81, 82, 83].map((end) => weeklyVerdict(loads, { endDay: end }));
    expect(days.map((week) => week.lastDayRatio?.toFixed(2))).toEqual(["1.08", "0.87", "1.15", "0.93", "1.18", "0.95", "0.76"]);
    expect(days.map((week) => week.ratio?.toFixed(2))).toEqual(["0.99", "0.99", "0.99", "0.99", "1.00", "1.00", "1.00"]);
  });

  it("A-15: spineAxisLoad", () => {
    const day = (date: string, exerciseId: string, sets: number) => ({ date, sets: Array.from({ length: sets }, () => ({ exerciseId, side: "both" as const, reps: 8 })) });
    const result = spineAxisLoad([day("2026-03-02", "romanian-deadlift", 3), day("2026-03-04", "goblet-squat", 3)], { catalog: exercises, absentDays: "rest" });
    expect(result.axes.find((axis) => axis.axis === "flexion")?.exposure).toEqual([6, 0, 3]);
  });

  it("acwrByAthlete", () => {
    const columns = { athlete: ["ana", "ana", "ana", "ben", "ben", "ben"], day: Int32Array.from([0, 1, 2, 10, 11, 13]), load: Float64Array.from([100, 0, 200, 50, 50, 80]) };
    const result = acwrByAthlete(columns, { method: "coupled", acuteDays: 1, chronicDays: 3 });
    expect(Array.from(result.ratio)).toEqual([Number.NaN, Number.NaN, 2, Number.NaN, Number.NaN, Number.NaN]);
    expect(result.reasonCodes[result.reason[5] as number]).toBe("too-many-unknown-days");
  });

  it("A-16: projectWeek", () => {
    const dates = Array.from({ length: 56 }, (_, day) => new Date(Date.UTC(2026, 0, 5 + day)).toISOString().slice(0, 10));
    const loads = dates.map((_, day) => ([0, 2, 4].includes(day % 7) ? 300 : 0));
    const series = { startDate: dates[0] as string, endDate: dates[55] as string, timeZone: "UTC", absentDays: "rest" as const, dates, loads, findings: [] };
    const doubled = [0, 2, 4].map((day) => ({ date: new Date(Date.UTC(2026, 2, 2 + day)).toISOString().slice(0, 10), loadAu: 600 }));
    const projection = projectWeek(series, doubled);
    expect([projection.current.zone, projection.projected.zone, projection.planned.dates.length]).toEqual(["sweet-spot", "caution", 7]);
  });
});
