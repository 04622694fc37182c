import { describe, expect, it } from "vitest";
import { monotony, monotonyDetail, strain } from "../../src/load/index.js";

describe("monotony and strain (A-8)", () => {
  it("A-8: alternating 300/0 days: monotony = √(p/(1 − p)) with p = 4/7, i.e. √(4/3) with the population SD", () => {
    const week = [300, 0, 300, 0, 300, 0, 300];
    expect(monotony(week)).toBeCloseTo(Math.sqrt(4 / 3), 12);
    expect(strain(week)).toBeCloseTo(1200 * Math.sqrt(4 / 3), 9);
    const detail = monotonyDetail(week);
    expect(detail).toMatchObject({ weeklyLoadAu: 1200, ruleId: "A-8" });
    expect(detail.meanAu).toBeCloseTo(1200 / 7, 12);
    expect(detail.sdAu).toBeCloseTo(300 * Math.sqrt(12 / 49), 9);
    expect(detail.reasons[0]?.message).toMatch(/population SD/);
  });

  it("A-8: the sample SD is larger by √(n/(n − 1)), so monotony is smaller by the same factor", () => {
    const week = [300, 0, 300, 0, 300, 0, 300];
    expect(monotony(week, { sd: "sample" })).toBeCloseTo(Math.sqrt(4 / 3) / Math.sqrt(7 / 6), 12);
    expect(monotonyDetail(week, { sd: "sample" }).reasons[0]?.message).toMatch(/sample SD/);
  });

  it("A-8: the same load every day has SD 0: monotony and strain are null with a reason, never Infinity", () => {
    for (const week of [[200, 200, 200, 200, 200, 200, 200], [0, 0, 0, 0, 0, 0, 0], [100.1, 100.1, 100.1, 100.1, 100.1, 100.1, 100.1]]) {
      const detail = monotonyDetail(week);
      expect(detail).toMatchObject({ monotony: null, strain: null, sdAu: 0, reason: "zero-variation", ruleId: "A-8" });
      expect(monotony(week)).toBeNull();
      expect(strain(week)).toBeNull();
    }
  });

  it("A-8: Foster's example shape — hard days and rest days lower monotony against the same weekly load", () => {
    const spread = monotony([500, 0, 500, 100, 500, 0, 500]);
    const flat = monotony([300, 300, 300, 300, 300, 250, 350]);
    expect(spread).not.toBeNull();
    expect(flat).not.toBeNull();
    expect(spread as number).toBeLessThan(flat as number);
  });

  it("throws on an empty week, negative or non-finite loads, or an unknown SD convention, naming the function", () => {
    expect(() => monotony([])).toThrow(/monotony: needs/);
    expect(() => strain([100])).toThrow(/strain: needs/);
    expect(() => monotonyDetail([100, -1])).toThrow(/monotonyDetail: day 1 has load -1/);
    expect(() => monotony([100, Number.NaN])).toThrow(RangeError);
    expect(() => monotony([100, 200], { sd: "median" as "sample" })).toThrow(/sd must be/);
  });

  it("returns frozen results and leaves the week untouched", () => {
    const week = Object.freeze([1, 2, 3, 4, 5, 6, 7]);
    const detail = monotonyDetail(week);
    expect(Object.isFrozen(detail)).toBe(true);
    expect(week).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});
