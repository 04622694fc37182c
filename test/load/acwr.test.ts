import { describe, expect, it } from "vitest";
import { ACWR_CAVEAT, acwr, acwrValues, dailyLoads, explainAcwrPoint, type LoggedSession } from "../../src/load/index.js";

const METHODS = ["coupled", "uncoupled", "ewma"] as const;
const constant = (days: number, load: number): number[] => Array.from({ length: days }, () => load);

describe("acwr: worked examples from closed forms", () => {
  it.each(METHODS)("A-3, A-4, A-5: a constant load gives a ratio of 1 for %s once it is defined", (method) => {
    const points = acwr(constant(60, 300), { method });
    points.slice(0, 27).forEach((point) => expect(point).toMatchObject({ ratio: null, zone: null, reason: "warming-up" }));
    points.slice(27).forEach((point) => {
      expect(point.ratio).toBeCloseTo(1, 12);
      expect(point.zone).toBe("sweet-spot");
      expect(point.acute).toBeCloseTo(300, 9);
      expect(point.chronic).toBeCloseTo(300, 9);
    });
  });

  it("A-3, A-4, A-7: a hand-computed 28-day example (3 ordinary weeks, then a doubled week)", () => {
    // Weeks 1–3: 100, 0, 200, 0, 300, 0, 100 (700 AU); week 4: 400, 0, 400, 0, 400, 0, 200 (1400 AU).
    const ordinary = [100, 0, 200, 0, 300, 0, 100];
    const loads = [...ordinary, ...ordinary, ...ordinary, 400, 0, 400, 0, 400, 0, 200];
    const coupled = acwr(loads, { method: "coupled" })[27];
    // acute = 1400/7 = 200; chronic = 3500/28 = 125; ratio = 1.6 → danger (≥ 1.5).
    expect(coupled).toEqual({ acute: 200, chronic: 125, ratio: 1.6, zone: "danger" });
    const uncoupled = acwr(loads, { method: "uncoupled" })[27];
    // chronic = days 8–28 back = 2100/21 = 100; ratio = 2.0 = 3·1.6/(4 − 1.6) → danger (≥ 1.8).
    expect(uncoupled).toEqual({ acute: 200, chronic: 100, ratio: 2, zone: "danger" });
  });

  it("A-5: a step from 100 to 200 AU follows the EWMA closed form 200 − 100·(1 − λ)^k", () => {
    const loads = [...constant(28, 100), ...constant(7, 200)];
    const point = acwr(loads, { method: "ewma" })[34];
    const acute = 200 - 100 * (1 - 2 / 8) ** 7;
    const chronic = 200 - 100 * (1 - 2 / 29) ** 7;
    expect(point?.acute).toBeCloseTo(acute, 9);
    expect(point?.chronic).toBeCloseTo(chronic, 9);
    expect(point?.ratio).toBeCloseTo(acute / chronic, 12);
  });

  it("A-2, A-3: a drop from 7 to 3 sessions a week shows in the calendar ratio (0.5), where a per-session average would stay at 1", () => {
    // Four weeks of daily 60-minute sessions at RPE 5 (300 AU), then Monday, Wednesday, Friday only.
    const sessions: LoggedSession[] = [];
    for (let day = 0; day < 35; day++) {
      const date = new Date(Date.UTC(2026, 1, 2 + day)); // 2026-02-02 is a Monday
      const weekday = date.getUTCDay();
      if (day < 28 || weekday === 1 || weekday === 3 || weekday === 5) {
        sessions.push({ startedAt: `${date.toISOString().slice(0, 10)}T17:00:00Z`, rpe: 5, durationMinutes: 60 });
      }
    }
    const series = dailyLoads(sessions, { timeZone: "Europe/London", absentDays: "rest", to: "2026-03-08" });
    expect(series.loads.slice(28)).toEqual([300, 0, 300, 0, 300, 0, 0]);
    const last = acwr(series, { method: "coupled" }).at(-1);
    // acute = 900/7; chronic = (3·2100 + 900)/28 = 7200/28; ratio = 900·28 / (7200·7) = 0.5.
    expect(last).toMatchObject({ date: "2026-03-08", ratio: 0.5, zone: "under-training" });
    expect(acwr(series, { method: "uncoupled" }).at(-1)?.ratio).toBeCloseTo((900 / 7) / 300, 12);
    expect(acwr(series, { method: "ewma" }).at(-1)?.zone).toBe("under-training");
  });
});

describe("acwr: undefined ratios (A-6)", () => {
  it.each(METHODS)("A-6: %s has no ratio while the chronic window fills, and says so", (method) => {
    const points = acwr(constant(27, 300), { method });
    expect(points.every((point) => point.ratio === null && point.reason === "warming-up")).toBe(true);
    expect(points[5]?.acute).toBeNull();
    expect(points[6]?.acute).toBe(300);
    expect(points[26]?.chronic).toBeNull();
  });

  it.each(METHODS)("A-6: %s gives null with a reason, never NaN, when the chronic load is 0", (method) => {
    const points = acwr(constant(40, 0), { method });
    points.slice(27).forEach((point) => expect(point).toMatchObject({ ratio: null, zone: null, reason: "zero-chronic", acute: 0, chronic: 0 }));
  });

  it("A-6: the uncoupled ratio is null (not Infinity) when the acute week follows three empty weeks", () => {
    const loads = [...constant(21, 0), ...constant(7, 300)];
    expect(acwr(loads, { method: "uncoupled" })[27]).toMatchObject({ ratio: null, reason: "zero-chronic", acute: 300, chronic: 0 });
    expect(acwr(loads, { method: "coupled" })[27]?.ratio).toBe(4);
  });

  it.each(METHODS)("A-2, A-6: %s: more than 20% unknown days in a window gives null; up to 20% uses the known days", (method) => {
    const oneUnknown: (number | null)[] = constant(35, 300);
    oneUnknown[33] = null; // 1 of 7 acute days (14%)
    const point = acwr(oneUnknown, { method })[34];
    expect(point?.ratio).toBeCloseTo(1, 12);
    const twoUnknown: (number | null)[] = [...oneUnknown];
    twoUnknown[32] = null; // 2 of 7 (29%)
    expect(acwr(twoUnknown, { method })[34]).toMatchObject({ ratio: null, reason: "too-many-unknown-days" });
    expect(acwr(twoUnknown, { method, maxUnknownFraction: 0.3 })[34]?.ratio).toBeCloseTo(1, 12);
  });

  it("A-2: the rolling means skip unknown days; they are not zeros", () => {
    const loads: (number | null)[] = constant(28, 200);
    loads[27] = null;
    const point = acwr(loads, { method: "coupled" })[27];
    expect(point).toMatchObject({ acute: 200, chronic: 200, ratio: 1 });
  });

  it("A-5: the EWMA carries both averages through an unknown day unchanged", () => {
    const loads: (number | null)[] = [...constant(30, 100), 400, null];
    const points = acwr(loads, { method: "ewma" });
    expect(points[31]?.acute).toBe(points[30]?.acute);
    expect(points[31]?.chronic).toBe(points[30]?.chronic);
  });

  it("accepts window options and checks them", () => {
    const points = acwr(constant(21, 100), { method: "coupled", acuteDays: 3, chronicDays: 21 });
    expect(points[20]?.ratio).toBe(1);
    expect(() => acwr([], { method: "coupled", acuteDays: 28, chronicDays: 7 })).toThrow(/acwr: chronicDays/);
    expect(() => acwr([], { method: "coupled", acuteDays: 0 })).toThrow(/acwr: acuteDays/);
    expect(() => acwr([], { method: "coupled", maxUnknownFraction: 1.5 })).toThrow(/acwr: maxUnknownFraction/);
    expect(() => acwr([], { method: "median" as "ewma" })).toThrow(/acwr: method/);
    expect(() => acwr([1, -1], { method: "ewma" })).toThrow(/acwr: day 1 has load -1/);
    expect(() => acwr([Number.NaN], { method: "ewma" })).toThrow(RangeError);
    expect(acwr([])).toEqual([]);
  });

  it("defaults to the EWMA method", () => {
    expect(acwr(constant(30, 100))).toEqual(acwr(constant(30, 100), { method: "ewma" }));
  });

  it("carries the dates of a DailySeries", () => {
    const series = dailyLoads([{ date: "2026-03-01", loadAu: 100 }, { date: "2026-03-03", loadAu: 0 }], { timeZone: "UTC", absentDays: "unknown" });
    expect(acwr(series, { method: "coupled" }).map((point) => point.date)).toEqual(["2026-03-01", "2026-03-02", "2026-03-03"]);
  });
});

describe("explainAcwrPoint (A-6, A-7, A-10)", () => {
  it("A-3, A-7, A-10: a ratio is explained by its formula, its method's zones and the caveat", () => {
    const point = acwr(constant(28, 300), { method: "coupled" })[27];
    if (point === undefined) throw new Error("no point");
    const reasons = explainAcwrPoint(point, { method: "coupled" });
    expect(reasons.map((reason) => reason.ruleId)).toEqual(["A-3", "A-7", "A-10"]);
    expect(reasons[2]).toBe(ACWR_CAVEAT);
    expect(ACWR_CAVEAT.message).toMatch(/team-sport/);
    expect(ACWR_CAVEAT.evidence).toEqual(expect.arrayContaining(["impellizzeri-2020", "impellizzeri-2021"]));
  });

  it("A-4, A-5, A-7: the uncoupled explanation names days 8–28 and its own thresholds; the EWMA says its zones are borrowed", () => {
    const uncoupled = acwr(constant(28, 300), { method: "uncoupled" })[27];
    const ewma = acwr(constant(28, 300), { method: "ewma" })[27];
    if (uncoupled === undefined || ewma === undefined) throw new Error("no point");
    const uncoupledReasons = explainAcwrPoint(uncoupled, { method: "uncoupled" });
    expect(uncoupledReasons[0]).toMatchObject({ ruleId: "A-4" });
    expect(uncoupledReasons[0]?.message).toMatch(/days 8–28/);
    expect(uncoupledReasons[1]?.message).toMatch(/0\.75.*1\.444.*1\.8/);
    const ewmaReasons = explainAcwrPoint(ewma, { method: "ewma" });
    expect(ewmaReasons[0]).toMatchObject({ ruleId: "A-5" });
    expect(ewmaReasons[1]?.message).toMatch(/borrows the coupled/);
  });

  it("A-6: a null ratio is explained by its reason", () => {
    const [warming] = acwr([100], { method: "coupled" });
    const zero = acwr(constant(28, 0), { method: "coupled" })[27];
    if (warming === undefined || zero === undefined) throw new Error("no point");
    expect(explainAcwrPoint(warming, { method: "coupled" })[0]?.message).toMatch(/not full/);
    expect(explainAcwrPoint(zero, { method: "coupled" }).map((reason) => reason.ruleId)).toEqual(["A-6", "A-10"]);
  });
});

describe("acwrValues", () => {
  it("writes into the caller's buffer and returns that very buffer", () => {
    const loads = new Float64Array(35).fill(300);
    const out = new Float64Array(40).fill(-1);
    expect(acwrValues(loads, { method: "coupled", out })).toBe(out);
    expect(Number.isNaN(out[26])).toBe(true);
    expect([out[27], out[34]]).toEqual([1, 1]);
    expect(Array.from(out.subarray(35))).toEqual([-1, -1, -1, -1, -1]);
  });

  it("allocates a fresh array without out, and never mutates its input", () => {
    const loads = new Float64Array([...constant(30, 100), Number.NaN, 50]);
    const copy = loads.slice();
    const result = acwrValues(loads, { method: "uncoupled" });
    expect(result).not.toBe(loads);
    expect(result).toBeInstanceOf(Float64Array);
    expect(result.length).toBe(loads.length);
    expect(Array.from(loads)).toEqual(Array.from(copy));
  });

  it("throws on a short or overlapping out buffer and on wrong types", () => {
    const loads = new Float64Array(10);
    expect(() => acwrValues(loads, { method: "ewma", out: new Float64Array(9) })).toThrow(/acwrValues: out holds 9 entries but loads has 10/);
    expect(() => acwrValues(loads, { method: "ewma", out: loads })).toThrow(/acwrValues: out shares memory/);
    const shared = new Float64Array(20);
    expect(() => acwrValues(shared.subarray(0, 10), { method: "ewma", out: shared.subarray(5, 15) })).toThrow(RangeError);
    expect(acwrValues(shared.subarray(0, 10), { method: "ewma", out: shared.subarray(10, 20) })).toHaveLength(10);
    expect(() => acwrValues([1, 2] as unknown as Float64Array)).toThrow(/acwrValues: loads must be a Float64Array, got Array/);
    expect(() => acwrValues(loads, { method: "ewma", out: [] as unknown as Float64Array })).toThrow(TypeError);
  });
});
