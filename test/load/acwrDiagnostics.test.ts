import { afterEach, describe, expect, it, vi } from "vitest";
import { acwr, acwrDiagnostics, dailyLoads } from "../../src/load/index.js";

// A load with a 28-day period: the coupled chronic mean (28 days) is the same every day, so the
// ratio is the acute load divided by a constant — a perfect rescaling.
const periodic = Array.from({ length: 120 }, (_, day) => [0, 400, 0, 250, 0, 300, 0][day % 7] as number + (Math.floor(day / 7) % 4) * 60);

afterEach(() => vi.restoreAllMocks());

describe("acwrDiagnostics (A-17)", () => {
  it("A-17(a): a chronic load that never varies makes the ratio the acute load rescaled: Spearman and Pearson 1, interval 1–1", () => {
    const report = acwrDiagnostics(periodic, { method: "coupled", resamples: 50 });
    const points = acwr(periodic, { method: "coupled" }).filter((point) => point.ratio !== null);
    expect(new Set(points.map((point) => point.chronic?.toFixed(9))).size).toBe(1);
    expect(report.rescaling.spearman).toBeCloseTo(1, 12);
    expect(report.rescaling.pearson).toBeCloseTo(1, 12);
    expect(report.rescaling.interval?.lower).toBeCloseTo(1, 12);
    expect(report.rescaling.days).toBe(points.length);
    expect(report.reasons[0]?.message).toContain("the ratio is mostly the acute load rescaled");
    expect(report.reasons.at(-1)?.ruleId).toBe("A-10");
  });

  it("A-17(a): correlations by hand on a small log; too few days or no variation give null with a reason", () => {
    // Coupled 2/4-day windows: ratios exist from day 3 on.
    const loads = [100, 0, 200, 100, 300, 0, 50, 400];
    const points = acwr(loads, { method: "coupled", acuteDays: 2, chronicDays: 4 }).filter((point) => point.ratio !== null);
    const report = acwrDiagnostics(loads, { method: "coupled", acuteDays: 2, chronicDays: 4, resamples: 0, acuteGrid: [2], chronicGrid: [4] });
    const x = points.map((point) => point.acute as number);
    const y = points.map((point) => point.ratio as number);
    expect(report.rescaling.pearson).toBeCloseTo(pearson(x, y), 12);
    expect(report.rescaling.interval).toBeNull();
    expect(acwrDiagnostics([1, 2, 3], { resamples: 0 }).rescaling).toMatchObject({ spearman: null, days: 0, reason: "too-few-days" });
    expect(acwrDiagnostics(Array(60).fill(300), { method: "coupled", resamples: 0 }).rescaling.reason).toBe("no-variation");
  });

  it("A-17(b): the default grid is 5 acute × 4 chronic windows; each pair's share and agreement match the ratio it names", () => {
    const loads = Array.from({ length: 150 }, (_, day) => (day % 3 === 0 ? 0 : 200 + ((day * 37) % 11) * 40 + (day > 100 && day < 110 ? 600 : 0)));
    const report = acwrDiagnostics(loads, { method: "coupled", resamples: 0 });
    expect(report.windowSensitivity.map((pair) => `${pair.acuteDays}/${pair.chronicDays}`)).toEqual([
      "3/21", "3/28", "3/35", "3/42", "5/21", "5/28", "5/35", "5/42", "7/21", "7/28", "7/35", "7/42", "10/21", "10/28", "10/35", "10/42", "14/21", "14/28", "14/35", "14/42",
    ]);
    const flagged = (acuteDays: number, chronicDays: number) =>
      new Set(acwr(loads, { method: "coupled", acuteDays, chronicDays }).flatMap((point, day) => (point.ratio !== null && point.ratio >= 1.5 ? [day] : [])));
    const reference = flagged(7, 28);
    expect(reference.size).toBeGreaterThan(0);
    for (const pair of report.windowSensitivity) {
      const days = flagged(pair.acuteDays, pair.chronicDays);
      const defined = acwr(loads, { method: "coupled", acuteDays: pair.acuteDays, chronicDays: pair.chronicDays }).filter((point) => point.ratio !== null).length;
      expect(pair.flaggedDays).toBe(days.size);
      expect(pair.flaggedShare).toBe(days.size / defined);
      const both = [...days].filter((day) => reference.has(day)).length;
      const either = new Set([...days, ...reference]).size;
      expect(pair.agreement).toBe(either === 0 ? null : both / either);
    }
    expect(report.windowSensitivity.find((pair) => pair.acuteDays === 7 && pair.chronicDays === 28)?.agreement).toBe(1);
  });

  it("A-17(c): events a week after returning from a break beat the nulls; one-sided and two-sided are reported apart", () => {
    // Three 3-week breaks; an event 7 days after each return, when the chronic load is still low.
    const breaks = [40, 100, 160];
    const loads = Array.from({ length: 220 }, (_, day) => (breaks.some((start) => day >= start && day < start + 21) ? 0 : 300 + ((day * 13) % 7) * 10));
    const report = acwrDiagnostics(loads, { method: "coupled", events: breaks.map((start) => start + 28), resamples: 400, seed: 3 });
    const comparison = report.events;
    expect(comparison).toMatchObject({ count: 3, used: 3, lagDays: 1 });
    expect(comparison?.association).toBeGreaterThan(2);
    expect(comparison?.nulls.map((item) => [item.kind, item.beatsNull])).toEqual([
      ["shuffled", true],
      ["normal", true],
      ["constant", true],
    ]);
    const [shuffled, normal, constant] = comparison?.nulls ?? [];
    expect(shuffled?.pOneSided).toBeLessThan(0.05);
    expect(shuffled?.outsideNull).toBe(true);
    // The matched normal is wide: beaten one-sided (p < 0.05) but not outside its two-sided interval.
    expect(normal?.pOneSided).toBeLessThan(0.05);
    expect(normal?.pTwoSided).toBeGreaterThan(0.05);
    expect(normal?.outsideNull).toBe(false);
    expect(constant?.interval).toBeNull();
  });

  it("A-17(c): events after acute spikes go with a high ratio, but no more than with a shuffled chronic load (Impellizzeri 2021)", () => {
    const spikes = [40, 75, 110, 145, 180];
    const loads = Array.from({ length: 200 }, (_, day) => 300 + ((day * 13) % 7) * 10 + (spikes.some((spike) => day > spike - 7 && day <= spike) ? 500 : 0));
    const report = acwrDiagnostics(loads, { method: "coupled", events: spikes.map((spike) => spike + 1), resamples: 400, seed: 3 });
    expect(report.events?.association).toBeGreaterThan(0.5);
    expect(report.events?.nulls[0]).toMatchObject({ kind: "shuffled", beatsNull: false });
    expect(report.reasons[2]?.message).toContain("shuffled: does not beat the null");
  });

  it("A-17: events as dates of a DailySeries; a date outside it, or a date without dates, is refused", () => {
    const sessions = Array.from({ length: 60 }, (_, day) => ({ date: new Date(Date.UTC(2026, 0, 1 + day)).toISOString().slice(0, 10), loadAu: 200 + (day % 5) * 50 }));
    const series = dailyLoads(sessions, { timeZone: "UTC", absentDays: "unknown" });
    const report = acwrDiagnostics(series, { events: ["2026-02-20"], resamples: 10 });
    expect(report.events?.used).toBe(1);
    expect(() => acwrDiagnostics(series, { events: ["2025-12-31"] })).toThrow("acwrDiagnostics: events[0] must be a date of the series (2026-01-01…2026-03-01) or a day index, got \"2025-12-31\"");
    expect(() => acwrDiagnostics(series.loads, { events: ["2026-02-20"] })).toThrow(/give a DailySeries, or day indices/);
    expect(() => acwrDiagnostics(series.loads, { events: [60] })).toThrow(/events\[0\] must be a whole number from 0 to 59/);
  });

  it("A-17: resampling is seeded by the caller and never calls Math.random", () => {
    const random = vi.spyOn(Math, "random");
    const loads = Array.from({ length: 90 }, (_, day) => (day % 2 === 0 ? 0 : 250 + ((day * 17) % 9) * 30));
    const a = acwrDiagnostics(loads, { seed: 11, resamples: 100, events: [50, 70] });
    const b = acwrDiagnostics(loads, { seed: 11, resamples: 100, events: [50, 70] });
    const c = acwrDiagnostics(loads, { seed: 12, resamples: 100, events: [50, 70] });
    expect(b).toEqual(a);
    expect(c.rescaling.interval).not.toEqual(a.rescaling.interval);
    expect(random).not.toHaveBeenCalled();
    expect([a.seed, a.resamples, a.blockDays, a.method, a.decay]).toEqual([11, 100, 7, "ewma", "span"]);
  });

  it("refuses invalid options, naming acwrDiagnostics", () => {
    expect(() => acwrDiagnostics([], { seed: -1 })).toThrow(/^acwrDiagnostics: seed must be a whole number from 0 to 4294967295/);
    expect(() => acwrDiagnostics([], { resamples: 1.5 })).toThrow(/^acwrDiagnostics: resamples/);
    expect(() => acwrDiagnostics([], { acuteGrid: [0] })).toThrow(/^acwrDiagnostics: acuteGrid entries/);
    expect(() => acwrDiagnostics([], { chronicGrid: "28" as never })).toThrow(/^acwrDiagnostics: chronicGrid must be an array/);
    expect(() => acwrDiagnostics([], { method: "median" as never })).toThrow(/^acwrDiagnostics: method/);
    expect(() => acwrDiagnostics([], { level: 1 })).toThrow(/^acwrDiagnostics: level/);
    expect(() => acwrDiagnostics([-1])).toThrow(/^acwrDiagnostics: day 0 has load -1/);
  });
});

function pearson(x: readonly number[], y: readonly number[]): number {
  const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const mx = mean(x);
  const my = mean(y);
  const cov = x.reduce((sum, value, i) => sum + (value - mx) * ((y[i] as number) - my), 0);
  const sx = Math.sqrt(x.reduce((sum, value) => sum + (value - mx) ** 2, 0));
  const sy = Math.sqrt(y.reduce((sum, value) => sum + (value - my) ** 2, 0));
  return cov / (sx * sy);
}
