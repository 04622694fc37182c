import { describe, expect, it } from "vitest";
import { pmc, projectWeek, weeklyVerdict, type DailySeries } from "../../src/load/index.js";

const dateOf = (day: number) => new Date(Date.UTC(2026, 0, 5 + day)).toISOString().slice(0, 10);
const dates = Array.from({ length: 56 }, (_, day) => dateOf(day));
const series: DailySeries = Object.freeze({
  startDate: dates[0] as string,
  endDate: dates[55] as string,
  timeZone: "UTC",
  absentDays: "rest" as const,
  dates,
  loads: dates.map((_, day) => ([0, 2, 4].includes(day % 7) ? 300 : 0)),
  findings: [],
});
const week = (load: number) => [0, 2, 4].map((day) => ({ date: dateOf(56 + day), loadAu: load }));

describe("projectWeek (A-16)", () => {
  it("A-16: the projected state is the weekly verdict and PMC of the performed days followed by the planned week", () => {
    const projection = projectWeek(series, week(600));
    const extended = [...series.loads, 600, 0, 600, 0, 600, 0, 0];
    const verdict = weeklyVerdict(extended);
    const chart = pmc(extended);
    expect(projection.planned).toEqual({ dates: Array.from({ length: 7 }, (_, k) => dateOf(56 + k)), loads: [600, 0, 600, 0, 600, 0, 0] });
    expect(projection.projected).toEqual({ date: dateOf(62), ratio: verdict.ratio, zone: verdict.zone, ctl: chart.ctl[62], atl: chart.atl[62], tsb: chart.tsb[62] });
    expect(projection.current).toMatchObject({ date: dateOf(55), ratio: weeklyVerdict(series).ratio, ctl: pmc(series).ctl[55] });
    expect([projection.current.zone, projection.projected.zone]).toEqual(["sweet-spot", "caution"]);
    expect(projection.reasons.map((item) => item.ruleId)).toEqual(["A-16", "A-10"]);
  });

  it("A-16: the same week as planned keeps the state; planned and performed stay separate series", () => {
    const steady = projectWeek(series, week(300));
    expect(steady.projected.zone).toBe("sweet-spot");
    expect(series.loads).toHaveLength(56);
    expect(Object.isFrozen(steady.planned)).toBe(true);
    // A longer plan runs to its last day; two sessions on one day add up.
    const longer = projectWeek(series, [{ date: dateOf(58), loadAu: 200 }, { date: dateOf(58), loadAu: 100 }, { date: dateOf(66), loadAu: 300 }]);
    expect(longer.planned.dates.at(-1)).toBe(dateOf(66));
    expect(longer.planned.loads[2]).toBe(300);
  });

  it("A-16: pmc options reach the projection", () => {
    const linear = projectWeek(series, week(300), { pmc: { decay: "linear" } });
    expect(linear.projected.atl).toBe(pmc([...series.loads, 300, 0, 300, 0, 300, 0, 0], { decay: "linear" }).atl[62]);
  });

  it("refuses a plan inside the performed series, a bad load and an empty series, naming projectWeek", () => {
    expect(() => projectWeek(series, [{ date: dateOf(55), loadAu: 100 }])).toThrow(`projectWeek: planned[0].date ${dateOf(55)} is not after the performed series (last day ${dateOf(55)}): planned and performed are separate series`);
    expect(() => projectWeek(series, [{ date: dateOf(57), loadAu: -1 }])).toThrow(/^projectWeek: planned\[0\].loadAu must be a number from 0/);
    expect(() => projectWeek({ ...series, dates: [], loads: [] }, [])).toThrow("projectWeek: the performed series has no days");
    expect(() => projectWeek(series, "x" as never)).toThrow(/^projectWeek: planned must be an array/);
  });
});
