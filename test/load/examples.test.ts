// The examples in the TSDoc of src/load and in docs/load.md, run as written, so they cannot go stale.
import { describe, expect, it } from "vitest";
import {
  ACWR_CAVEAT,
  ACWR_ZONE_THRESHOLDS,
  acwr,
  acwrValues,
  acwrZone,
  dailyLoads,
  explainAcwrPoint,
  loggedSessionSchema,
  monotony,
  monotonyDetail,
  parseAcwrOptions,
  parseDailyLoadsOptions,
  parseTrainingLog,
  sessionLoad,
  strain,
  trainingLogSchema,
  uncoupledFromCoupled,
  weekOverWeekChange,
  zoneThresholds,
} from "../../src/load/index.js";

describe("documented examples (A-1…A-10)", () => {
  it("A-1: sessionLoad", () => {
    expect(sessionLoad(6, 45)).toBe(270);
  });

  it("A-3, A-4, A-7: acwr on three weeks of 300 AU and one of 450 AU", () => {
    const loads = [...Array(21).fill(300), ...Array(7).fill(450)];
    const points = acwr(loads, { method: "coupled" });
    expect(points[26]).toEqual({ acute: 428.57142857142856, chronic: null, ratio: null, zone: null, reason: "warming-up" });
    expect(points[27]).toEqual({ acute: 450, chronic: 337.5, ratio: 1.3333333333333333, zone: "caution" });
    expect(acwr(loads, { method: "uncoupled" })[27]?.ratio).toBe(1.5);
  });

  it("A-3, A-7, A-10: explainAcwrPoint and the caveat", () => {
    const [point] = acwr([...Array(28).fill(300)], { method: "coupled" }).slice(-1);
    if (point === undefined) throw new Error("no point");
    expect(explainAcwrPoint(point, { method: "coupled" }).map((reason) => reason.ruleId)).toEqual(["A-3", "A-7", "A-10"]);
    expect(ACWR_CAVEAT.ruleId).toBe("A-10");
  });

  it("the fast path", () => {
    const loads = new Float64Array(35).fill(300);
    const out = new Float64Array(35);
    expect(acwrValues(loads, { method: "coupled", out }) === out).toBe(true);
    expect([out[26], out[27], out[34]]).toEqual([Number.NaN, 1, 1]);
  });

  it("A-7: zones and thresholds", () => {
    expect(acwrZone(1.6, "coupled")).toBe("danger");
    expect(acwrZone(1.6, "uncoupled")).toBe("caution");
    expect(acwrZone(null, "ewma")).toBeNull();
    expect(ACWR_ZONE_THRESHOLDS.uncoupled).toEqual({ sweetSpotFrom: 0.75, cautionFrom: 1.4444444444444444, dangerFrom: 1.8 });
    expect(uncoupledFromCoupled(1.5)).toBe(1.8);
    expect(uncoupledFromCoupled(0.8)).toBeCloseTo(0.75, 15);
    expect(zoneThresholds("uncoupled", 7, 21).dangerFrom).toBe(2);
  });

  it("A-8: monotony, strain and the zero-variation reason", () => {
    const result = monotonyDetail([300, 0, 300, 0, 300, 0, 300]);
    expect([result.weeklyLoadAu, result.monotony?.toFixed(3), result.strain?.toFixed(0)]).toEqual([1200, "1.155", "1386"]);
    expect(monotonyDetail([200, 200, 200, 200, 200, 200, 200]).reason).toBe("zero-variation");
    expect(monotony([300, 0, 300, 0, 300, 0, 300])?.toFixed(3)).toBe("1.155");
    expect(monotony([300, 0, 300, 0, 300, 0, 300], { sd: "sample" })?.toFixed(3)).toBe("1.069");
    expect(strain([300, 0, 300, 0, 300, 0, 300])?.toFixed(0)).toBe("1386");
  });

  it("A-9: weekOverWeekChange", () => {
    const dates = Array.from({ length: 14 }, (_, day) => `2026-03-${String(day + 2).padStart(2, "0")}`);
    const loads = [...Array(7).fill(300), ...Array(7).fill(360)];
    const series = { startDate: dates[0] as string, endDate: dates[13] as string, timeZone: "UTC", absentDays: "unknown" as const, dates, loads, findings: [] };
    const [first, second] = weekOverWeekChange(series);
    expect([first?.reason, second?.changePercent, second?.action]).toEqual(["first-week", 20, "warning"]);
  });

  it("A-2: time zones decide the day, not the written offset", () => {
    expect(dailyLoads([{ startedAt: "2026-03-02T23:30:00-05:00", loadAu: 1 }], { timeZone: "America/New_York", absentDays: "unknown" }).startDate).toBe("2026-03-02");
    expect(dailyLoads([{ startedAt: "2026-03-02T23:30:00-05:00", loadAu: 1 }], { timeZone: "Europe/Berlin", absentDays: "unknown" }).startDate).toBe("2026-03-03");
  });

  it("the boundary", () => {
    const result = parseTrainingLog([{ startedAt: "2026-03-02T18:30:00Z", rpe: 11, durationMinutes: 0 }]);
    expect(result.ok ? [] : result.error.issues.map((issue) => issue.path.join("."))).toEqual(["0.rpe", "0.durationMinutes"]);
    expect(loggedSessionSchema.safeParse({ startedAt: "2026-03-02T18:30:00+01:00", rpe: 6, durationMinutes: 45 }).success).toBe(true);
    expect(trainingLogSchema.safeParse({ timeZone: "Europe/London", sessions: [] }).success).toBe(true);
    const zone = parseDailyLoadsOptions({ timeZone: "Mars/Olympus_Mons", absentDays: "unknown" });
    expect(zone.ok ? [] : zone.error.issues.map((issue) => issue.path)).toEqual([["timeZone"]]);
    const windows = parseAcwrOptions({ method: "coupled", acuteDays: 28, chronicDays: 7 });
    expect(windows.ok ? "" : windows.error.issues[0]?.message).toBe("chronicDays (7) must be greater than acuteDays (28)");
  });
});
