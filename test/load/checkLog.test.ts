import { describe, expect, it } from "vitest";
import { checkLog, dailyLoads, type LogFinding } from "../../src/load/index.js";

const codes = (findings: readonly LogFinding[]) => findings.map((finding) => finding.code);
// 40 days of steady training: no finding at all.
const steady = () => Array.from({ length: 40 }, (_, day) => 200 + (day % 5) * 20) as (number | null)[];

describe("checkLog (A-14)", () => {
  it("A-14: a steady, complete log has no finding", () => {
    expect(checkLog(steady())).toEqual([]);
  });

  it("A-14 errors: history shorter than the chronic window, negative and non-finite loads, no training", () => {
    const short = checkLog([100, 200, 300]);
    expect(short[0]).toMatchObject({ severity: "error", code: "load.short-history", ruleId: "A-14", days: [{ fromDay: 0, toDay: 2 }] });
    expect(codes(checkLog(steady().slice(0, 21), { chronicDays: 21 }))).not.toContain("short-history");
    const bad = steady();
    bad[3] = -5;
    bad[7] = Number.NaN;
    const found = checkLog(bad);
    expect(found.slice(0, 2).map((finding) => [finding.code, finding.severity, finding.days[0]?.fromDay])).toEqual([
      ["load.negative-load", "error", 3],
      ["load.invalid-load", "error", 7],
    ]);
    expect(found[0]?.message).toBe("Day 3 has a negative load (-5 AU): loads are 0 or more.");
    expect(codes(checkLog(Array(40).fill(0)))).toEqual(["load.no-training", "load.break", "load.mostly-rest"]);
    expect(codes(checkLog([]))).toEqual(["load.short-history"]);
  });

  it("A-14: unknown days are a warning pointing at each run", () => {
    const loads = steady();
    loads[5] = null;
    loads[6] = null;
    loads[30] = null;
    const [finding] = checkLog(loads);
    expect(finding).toMatchObject({ severity: "warning", code: "load.unknown-days", days: [{ fromDay: 5, toDay: 6 }, { fromDay: 30, toDay: 30 }] });
    expect(finding?.message).toContain("3 day(s) in 2 run(s) have no record (day 5…day 6, day 30)");
  });

  it("A-14: an outlier is above 3 × the 95th percentile of training days, checked from 10 training days", () => {
    // 19 days of 100 and one of 2000: the 95th percentile (linear interpolation) is 100 + 0.05·1900 = 195.
    const loads = [...Array(19).fill(100), 2000, ...Array(20).fill(100)];
    const p95 = 100;
    expect(checkLog(loads).map((finding) => [finding.code, finding.days[0]?.fromDay])).toEqual([["load.outlier", 19]]);
    // Exactly 3 × p95 is not above it.
    const atLimit = [...Array(39).fill(100), 3 * p95];
    expect(codes(checkLog(atLimit))).toEqual([]);
    // Nine training days are too few to judge. (With linear interpolation a single high day
    // pulls the 95th percentile up with it: among 10–20 training days it cannot exceed 3 × it.)
    const nine = [...Array(8).fill(100), 5000, ...Array(31).fill(0)];
    expect(codes(checkLog(nine))).not.toContain("load.outlier");
    const twenty = [...Array(19).fill(100), 400, ...Array(20).fill(0)];
    expect(codes(checkLog(twenty))).toContain("load.outlier");
  });

  it("A-14: a change of unit is more than 50× between the medians of the two halves' training days", () => {
    const hours = [...Array(20).fill(300), ...Array(20).fill(5)];
    const [finding] = checkLog(hours);
    expect(finding).toMatchObject({ code: "load.unit-change", severity: "warning", days: [{ fromDay: 0, toDay: 19 }, { fromDay: 20, toDay: 39 }] });
    expect(finding?.message).toContain("300 AU in the first half and 5 AU in the second");
    // Exactly 50× apart is not more than 50×.
    expect(codes(checkLog([...Array(20).fill(300), ...Array(20).fill(6)]))).toEqual([]);
  });

  it("A-14: every break of 10 or more zero days is reported, not only the longest; 9 is not a break", () => {
    const loads = [...Array(10).fill(200), ...Array(10).fill(0), ...Array(10).fill(200), ...Array(9).fill(0), ...Array(5).fill(200), ...Array(12).fill(0), 200];
    const breaks = checkLog(loads).filter((finding) => finding.code === "load.break");
    expect(breaks.map((finding) => finding.days[0])).toEqual([
      { fromDay: 10, toDay: 19 },
      { fromDay: 44, toDay: 55 },
    ]);
    // An unknown day interrupts a run of zeros: it is not a zero.
    const interrupted = [...Array(20).fill(200), ...Array(5).fill(0), null, ...Array(5).fill(0), ...Array(10).fill(200)];
    expect(codes(checkLog(interrupted))).toEqual(["load.unknown-days"]);
  });

  it("A-14 info: mostly rest, few usable days, constant load", () => {
    const monWedFri = Array.from({ length: 42 }, (_, day) => ([0, 2, 4].includes(day % 7) ? 300 : 0));
    expect(codes(checkLog(monWedFri))).toEqual(["load.mostly-rest"]);
    const half = Array.from({ length: 40 }, (_, day) => (day % 2 === 0 ? 300 : 0));
    expect(codes(checkLog(half))).toEqual([]);
    const few = [...steady().slice(0, 29), ...Array(11).fill(null)];
    expect(codes(checkLog(few))).toEqual(["load.unknown-days", "load.few-usable-days"]);
    expect(codes(checkLog([...steady().slice(0, 30), ...Array(10).fill(null)]))).toEqual(["load.unknown-days"]);
    expect(codes(checkLog(Array(40).fill(250)))).toEqual(["load.constant-load"]);
  });

  it("A-14: findings come errors first, then warnings, then info, and carry dates from a DailySeries", () => {
    const loads = [...Array(5).fill(300), null, ...Array(5).fill(300)];
    const series = dailyLoads(
      loads.flatMap((load, day) => (load === null ? [] : [{ date: `2026-03-${String(day + 1).padStart(2, "0")}`, loadAu: load }])),
      { timeZone: "UTC", absentDays: "unknown" },
    );
    const found = checkLog(series);
    expect(found.map((finding) => finding.severity)).toEqual(["error", "warning", "info", "info"]);
    expect(found[1]?.days).toEqual([{ fromDay: 5, toDay: 5, fromDate: "2026-03-06", toDate: "2026-03-06" }]);
    expect(Object.isFrozen(found[0])).toBe(true);
  });

  it("refuses a series of the wrong type and bad options, naming checkLog", () => {
    expect(() => checkLog(null as never)).toThrow(/^checkLog: series must be/);
    expect(() => checkLog([], { chronicDays: 1 })).toThrow(/^checkLog: chronicDays must be a whole number from 2 to 100000/);
    expect(() => checkLog([], "28" as never)).toThrow(/^checkLog: options must be an object/);
  });
});
