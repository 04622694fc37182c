import { describe, expect, it } from "vitest";
import { acwr, acwrZone, dailyLoads, weeklyVerdict } from "../../src/load/index.js";

// Twelve weeks of Mon/Wed/Fri at 300 AU (day 0 a Monday).
const monWedFri = Array.from({ length: 84 }, (_, day) => ([0, 2, 4].includes(day % 7) ? 300 : 0));

describe("weeklyVerdict (A-18)", () => {
  it("A-18: steady Mon/Wed/Fri read on a Sunday: the daily EWMA ratio says under-training (0.73–0.77), the weekly verdict ≈ 1", () => {
    for (const end of [48, 55, 62, 69, 76, 83]) {
      const verdict = weeklyVerdict(monWedFri, { endDay: end });
      expect(verdict.lastDayRatio).toBeGreaterThan(0.73);
      expect(verdict.lastDayRatio).toBeLessThan(0.77);
      expect(acwrZone(verdict.lastDayRatio, "ewma")).toBe("under-training");
      expect(verdict.ratio).toBeGreaterThan(0.94);
      expect(verdict.zone).toBe("sweet-spot");
    }
  });

  it("A-18: the verdict does not depend on the weekday it is read on (once the EWMA has settled)", () => {
    const ratios = [77, 78, 79, 80, 81, 82, 83].map((end) => weeklyVerdict(monWedFri, { endDay: end }).ratio as number);
    expect(Math.max(...ratios) - Math.min(...ratios)).toBeLessThan(0.005);
    const daily = [77, 78, 79, 80, 81, 82, 83].map((end) => acwr(monWedFri)[end]?.ratio as number);
    expect(Math.max(...daily) - Math.min(...daily)).toBeGreaterThan(0.3);
  });

  it("A-18: the means and ratio by hand: mean of the 7 acute values ÷ mean of the 7 chronic values", () => {
    const loads = Array.from({ length: 40 }, (_, day) => 100 + ((day * 7) % 5) * 30);
    const points = acwr(loads, { method: "coupled" }).slice(33, 40);
    const acute = points.reduce((sum, point) => sum + (point.acute as number), 0) / 7;
    const chronic = points.reduce((sum, point) => sum + (point.chronic as number), 0) / 7;
    const verdict = weeklyVerdict(loads, { method: "coupled" });
    expect(verdict).toMatchObject({ ruleId: "A-18", method: "coupled", fromDay: 33, toDay: 39, acute, chronic, ratio: acute / chronic });
    expect(verdict.reasons.map((item) => item.ruleId)).toEqual(["A-18", "A-10"]);
  });

  it("A-6, A-18: no verdict while a day of the week has no chronic value, over too many unknown days, or a zero chronic mean", () => {
    expect(weeklyVerdict(monWedFri.slice(0, 30))).toMatchObject({ ratio: null, zone: null, reason: "warming-up" });
    expect(weeklyVerdict(monWedFri.slice(0, 5))).toMatchObject({ ratio: null, reason: "short-series", fromDay: 0 });
    const gappy: (number | null)[] = [...monWedFri];
    for (let day = 70; day < 78; day++) gappy[day] = null;
    expect(weeklyVerdict(gappy, { endDay: 80 }).reason).toBe("too-many-unknown-days");
    expect(weeklyVerdict(Array(40).fill(0), { method: "coupled" }).reason).toBe("zero-chronic");
  });

  it("A-18: a DailySeries gives the week's dates; endDate picks the week", () => {
    const sessions = monWedFri.map((load, day) => ({ date: new Date(Date.UTC(2026, 0, 5 + day)).toISOString().slice(0, 10), loadAu: load }));
    const series = dailyLoads(sessions, { timeZone: "UTC", absentDays: "unknown" });
    const verdict = weeklyVerdict(series, { endDate: "2026-03-22" });
    expect([verdict.fromDate, verdict.toDate, verdict.toDay]).toEqual(["2026-03-16", "2026-03-22", 76]);
    expect(verdict.reasons[0]?.message).toMatch(/^Week 2026-03-16…2026-03-22: mean acute/);
    expect(() => weeklyVerdict(series, { endDate: "2026-05-01" })).toThrow('weeklyVerdict: endDate must be a date of the series, got "2026-05-01"');
    expect(() => weeklyVerdict(monWedFri, { endDate: "2026-03-22" })).toThrow(/give a DailySeries/);
    expect(() => weeklyVerdict(monWedFri, { endDay: 84 })).toThrow(/^weeklyVerdict: endDay must be a whole number from 0 to 83/);
    expect(() => weeklyVerdict([])).toThrow("weeklyVerdict: the series is empty");
  });
});
