import { describe, expect, it } from "vitest";
import { outcomeChange, outcomeTrend, scoreNrs, scoreOdi, scorePsfs, scoreRmdq } from "../../src/outcomes/index.js";
import { ticked } from "./answers.js";

const rmdq = (count: number) => scoreRmdq(ticked(...Array.from({ length: count }, (_, index) => index + 1)));

describe("outcomeChange", () => {
  it("O-4: RMDQ improves by 5 points, or by 30 % of a baseline under 17", () => {
    const five = outcomeChange(rmdq(20), rmdq(15));
    expect(five).toMatchObject({ status: "improved", baseline: 20, latest: 15, change: -5, improvement: 5, ruleId: "O-4" });
    expect(five.threshold).toMatchObject({ kind: "points", amount: 5, label: "5 points" });
    // 30 % of 20 is 6: the 5 points decide first.
    expect(outcomeChange(rmdq(20), rmdq(16)).status).toBe("unchanged");
    const percent = outcomeChange(rmdq(10), rmdq(7));
    expect(percent.status).toBe("improved");
    expect(percent.threshold).toMatchObject({ kind: "percent-of-baseline", amount: 3, percent: 30, label: "30 % of the baseline 10, 3 points" });
    expect(percent.reasons[0]!.message).toBe("RMDQ went from 10 to 7 (3 better): a meaningful improvement (at least 30 % of the baseline 10, 3 points).");
    expect(outcomeChange(rmdq(10), rmdq(8))).toMatchObject({ status: "unchanged", threshold: { kind: "percent-of-baseline" } });
  });

  it("O-4: NRS 2 points or 30 %; ODI 10 points or 30 %", () => {
    expect(outcomeChange(scoreNrs(8), scoreNrs(6)).status).toBe("improved");
    expect(outcomeChange(scoreNrs(8), scoreNrs(7)).status).toBe("unchanged");
    expect(outcomeChange(scoreNrs(3), scoreNrs(2)).threshold?.kind).toBe("percent-of-baseline");
    const odi = (points: number) => scoreOdi([points, 0, 0, 0, 0, 0, 0, 0, 0, 0].map((_, index) => (index < points ? 1 : 0)) as (0 | 1)[]);
    // 8 sections at 1 point = 16 %, 3 sections = 6 %: 10 percentage points better.
    const change = outcomeChange(odi(8), odi(3));
    expect(change.status).toBe("improved");
    expect(change.threshold?.label).toBe("10 percentage points");
  });

  it("O-4: the same thresholds read the other way make a change worse (design)", () => {
    const worse = outcomeChange(rmdq(6), rmdq(11));
    expect(worse).toMatchObject({ status: "worse", improvement: -5, threshold: { kind: "points" } });
    expect(worse.reasons[0]!.message).toMatch(/meaningfully worse/);
    expect(outcomeChange(scoreNrs(2), scoreNrs(3)).status).toBe("worse");
  });

  it("O-4: a baseline of 0 leaves only the fixed points (30 % of nothing is no change)", () => {
    const change = outcomeChange(scoreNrs(0), scoreNrs(1));
    expect(change.status).toBe("unchanged");
    expect(change.thresholds.map((item) => item.kind)).toEqual(["points"]);
    expect(outcomeChange(scoreNrs(0), scoreNrs(0))).toMatchObject({ status: "unchanged", change: 0, improvement: 0 });
    expect(Object.is(outcomeChange(scoreNrs(4), scoreNrs(4)).improvement, 0)).toBe(true);
  });

  it("O-4: PSFS uses the detectable change: 2 on the mean, 3 for a single activity", () => {
    const before = scorePsfs([{ activity: "Deadlift", score: 3 }, { activity: "sit", score: 5 }]);
    const after = scorePsfs([{ activity: "deadlift ", score: 7 }, { activity: "sit", score: 5 }]);
    const change = outcomeChange(before, after);
    expect(change).toMatchObject({ status: "improved", improvement: 2, threshold: { kind: "detectable-change", amount: 2 } });
    expect(change.threshold?.evidence).toEqual(["stratford-1995", "abbott-2014"]);
    expect(change.activities).toEqual([
      { activity: "Deadlift", baseline: 3, latest: 7, change: 4, status: "improved" },
      { activity: "sit", baseline: 5, latest: 5, change: 0, status: "unchanged" },
    ]);
    expect(change.reasons.map((item) => item.message)[1]).toMatch(/"Deadlift" went from 3 to 7: a meaningful improvement for a single activity/);
    const single = outcomeChange(scorePsfs([{ activity: "run", score: 3 }]), scorePsfs([{ activity: "run", score: 5 }]));
    expect(single).toMatchObject({ status: "unchanged", threshold: { amount: 3 } });
    // Means of thirds: 13/3 − 7/3 is 2 within rounding.
    const thirds = outcomeChange(
      scorePsfs([{ activity: "a", score: 2 }, { activity: "b", score: 2 }, { activity: "c", score: 3 }]),
      scorePsfs([{ activity: "a", score: 4 }, { activity: "b", score: 4 }, { activity: "c", score: 5 }]),
    );
    expect(thirds.status).toBe("improved");
  });

  it("O-4: a score that is null makes the change unknown", () => {
    const incomplete = scoreOdi([1, 1, null, null, 1, 1, 1, 1, 1, 1]);
    const change = outcomeChange(incomplete, scoreOdi([1, 1, 1, 1, 1, 1, 1, 1, 1, 1]));
    expect(change).toMatchObject({ status: "unknown", baseline: null, latest: 20, change: null, improvement: null, threshold: null, thresholds: [] });
    expect(change.reasons[0]!.message).toBe("ODI: the baseline has no score, so the change is unknown.");
  });

  it("two instruments cannot be compared", () => {
    expect(() => outcomeChange(scoreNrs(3), rmdq(3))).toThrow(/^outcomeChange: baseline and latest must be the same instrument, got nrs and rmdq/);
    expect(() => outcomeChange(null as never, scoreNrs(3))).toThrow(TypeError);
  });
});

describe("outcomeTrend", () => {
  it("O-4: orders the series by date and judges first to latest and the last step", () => {
    const trend = outcomeTrend([
      { date: "2026-04-27", score: rmdq(7) },
      { date: "2026-03-02", score: rmdq(14) },
      { date: "2026-03-30", score: rmdq(9) },
    ]);
    expect(trend.points.map((point) => point.date)).toEqual(["2026-03-02", "2026-03-30", "2026-04-27"]);
    expect(trend).toMatchObject({ instrument: "rmdq", days: 56, baseline: { date: "2026-03-02" }, latest: { date: "2026-04-27" } });
    expect(trend.change).toMatchObject({ status: "improved", baseline: 14, latest: 7 });
    expect(trend.sincePrevious).toMatchObject({ status: "unchanged", baseline: 9, latest: 7 });
    expect(trend.reasons[0]!.message).toMatch(/^2026-03-02 to 2026-04-27 \(56 days\): RMDQ went from 14 to 7/);
  });

  it("O-4: scores that are null are kept but skipped; one score is no trend yet", () => {
    const trend = outcomeTrend([
      { date: "2026-03-02", score: scoreOdi([1, 1, null, null, 1, 1, 1, 1, 1, 1]) },
      { date: "2026-03-30", score: scoreOdi([1, 1, 1, 1, 1, 1, 1, 1, 1, 1]) },
    ]);
    expect(trend.points).toHaveLength(2);
    expect(trend).toMatchObject({ baseline: { date: "2026-03-30" }, latest: { date: "2026-03-30" }, change: null, days: null });
    expect(trend.reasons[0]!.message).toMatch(/a trend needs two/);
  });

  it("refuses an empty series, mixed instruments and bad dates by name", () => {
    expect(() => outcomeTrend([])).toThrow(/^outcomeTrend: series must hold at least one/);
    expect(() => outcomeTrend([{ date: "2026-03-02", score: scoreNrs(3) }, { date: "2026-03-03", score: rmdq(3) }])).toThrow(/^outcomeTrend: series must hold one instrument/);
    expect(() => outcomeTrend([{ date: "2026-02-30", score: scoreNrs(3) }])).toThrow(/^outcomeTrend: series\[0\]\.date/);
  });
});
