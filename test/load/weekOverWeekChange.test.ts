import { describe, expect, it } from "vitest";
import { dailyLoads, weekOverWeekChange, type DailySeries } from "../../src/load/index.js";

function seriesOf(loads: (number | null)[], startDate = "2026-03-02"): DailySeries {
  const start = Date.parse(`${startDate}T00:00:00Z`);
  const dates = loads.map((_, day) => new Date(start + day * 86_400_000).toISOString().slice(0, 10));
  return { startDate, endDate: dates.at(-1) ?? startDate, timeZone: "UTC", absentDays: "unknown", dates, loads, findings: [] };
}
const week = (load: number): number[] => Array.from({ length: 7 }, () => load);

describe("weekOverWeekChange (A-9)", () => {
  it("A-9: +20% is a warning; the first week has nothing to compare with", () => {
    const [first, second] = weekOverWeekChange(seriesOf([...week(300), ...week(360)]));
    expect(first).toMatchObject({ action: "unknown", reason: "first-week", loadAu: 2100, changePercent: null, startDate: "2026-03-02", endDate: "2026-03-08" });
    expect(second).toMatchObject({ action: "warning", ruleId: "A-9", loadAu: 2520, previousLoadAu: 2100, changePercent: 20 });
    expect(second?.reasons[0]?.message).toMatch(/15%.*under 10%/);
  });

  it("A-9: exactly +15% warns, +10% is above the advice, +9% and decreases are steady", () => {
    const changes = weekOverWeekChange(seriesOf([...week(100), ...week(115), ...week(126.5), ...week(137.885), ...week(100)]));
    expect(changes.map((change) => change.action)).toEqual(["unknown", "warning", "above-advice", "steady", "steady"]);
    expect(changes[2]?.changePercent).toBeCloseTo(10, 9);
    expect(changes[4]?.changePercent).toBeLessThan(0);
  });

  it("A-9: a week with an unknown day has no total; it and the next week have no change", () => {
    const loads: (number | null)[] = [...week(100), ...week(100), ...week(100)];
    loads[9] = null;
    const changes = weekOverWeekChange(seriesOf(loads));
    expect(changes.map((change) => change.reason)).toEqual(["first-week", "incomplete-week", "previous-incomplete"]);
    expect(changes[1]?.loadAu).toBeNull();
  });

  it("A-9: a change from a week of 0 load does not exist", () => {
    const [, second] = weekOverWeekChange(seriesOf([...week(0), ...week(300)]));
    expect(second).toMatchObject({ action: "unknown", reason: "previous-zero", changePercent: null, previousLoadAu: 0 });
  });

  it("weeks end on the last day of the series by default; a partial leading week is incomplete", () => {
    const changes = weekOverWeekChange(seriesOf([50, 50, ...week(100), ...week(100)]));
    expect(changes.map((change) => [change.startDate, change.endDate])).toEqual([
      ["2026-02-25", "2026-03-03"],
      ["2026-03-04", "2026-03-10"],
      ["2026-03-11", "2026-03-17"],
    ]);
    expect(changes.map((change) => change.reason)).toEqual(["first-week", "previous-incomplete", undefined]);
    expect(changes[2]?.changePercent).toBe(0);
  });

  it("weekStartsOn: 1 cuts Monday-to-Sunday calendar weeks", () => {
    // 2026-03-04 is a Wednesday: the first calendar week starts on Monday 2 March.
    const changes = weekOverWeekChange(seriesOf([...week(100), ...week(110)], "2026-03-04"), { weekStartsOn: 1 });
    expect(changes.map((change) => change.startDate)).toEqual(["2026-03-02", "2026-03-09", "2026-03-16"]);
    expect(changes.map((change) => change.reason)).toEqual(["first-week", "previous-incomplete", "incomplete-week"]);
    expect(() => weekOverWeekChange(seriesOf([1]), { weekStartsOn: 8 as 1 })).toThrow(/weekOverWeekChange: weekStartsOn/);
  });

  it("works on a series from dailyLoads and on an empty one", () => {
    const series = dailyLoads([{ date: "2026-03-01", loadAu: 100 }, { date: "2026-03-14", loadAu: 100 }], { timeZone: "UTC", absentDays: "rest" });
    const changes = weekOverWeekChange(series);
    expect(changes).toHaveLength(2);
    expect(changes[1]).toMatchObject({ loadAu: 100, previousLoadAu: 100, changePercent: 0, action: "steady" });
    expect(weekOverWeekChange(dailyLoads([], { timeZone: "UTC", absentDays: "rest" }))).toEqual([]);
  });
});
