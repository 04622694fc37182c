import { describe, expect, it } from "vitest";
import { ACWR_ZONE_THRESHOLDS, acwrZone, uncoupledFromCoupled, zoneThresholds } from "../../src/load/index.js";

describe("acwrZone (A-7)", () => {
  it("A-7: coupled zones: < 0.8 under-training, 0.8–1.3 sweet spot, 1.3–1.5 caution, ≥ 1.5 danger", () => {
    expect(acwrZone(0.79, "coupled")).toBe("under-training");
    expect(acwrZone(0.8, "coupled")).toBe("sweet-spot");
    expect(acwrZone(1.29, "coupled")).toBe("sweet-spot");
    expect(acwrZone(1.3, "coupled")).toBe("caution");
    expect(acwrZone(1.49, "coupled")).toBe("caution");
    expect(acwrZone(1.5, "coupled")).toBe("danger");
    expect(acwrZone(0, "coupled")).toBe("under-training");
  });

  it("A-7: uncoupled thresholds are the coupled ones translated by u = 3c/(4 − c): 0.75, 13/9, 1.8", () => {
    expect(ACWR_ZONE_THRESHOLDS.uncoupled).toEqual({ sweetSpotFrom: 0.75, cautionFrom: 13 / 9, dangerFrom: 1.8 });
    expect(uncoupledFromCoupled(0.8)).toBeCloseTo(0.75, 15);
    expect(uncoupledFromCoupled(1.3)).toBeCloseTo(13 / 9, 15);
    expect(uncoupledFromCoupled(1.5)).toBeCloseTo(1.8, 15);
    expect(acwrZone(0.74, "uncoupled")).toBe("under-training");
    expect(acwrZone(0.75, "uncoupled")).toBe("sweet-spot");
    expect(acwrZone(1.44, "uncoupled")).toBe("sweet-spot");
    expect(acwrZone(1.45, "uncoupled")).toBe("caution");
    expect(acwrZone(1.79, "uncoupled")).toBe("caution");
    expect(acwrZone(1.8, "uncoupled")).toBe("danger");
  });

  it("A-7: the EWMA ratio uses the coupled thresholds (a stated convention)", () => {
    expect(ACWR_ZONE_THRESHOLDS.ewma).toEqual(ACWR_ZONE_THRESHOLDS.coupled);
    expect(acwrZone(1.6, "ewma")).toBe("danger");
  });

  it("A-7: the same loads fall in the same zone under both rolling methods", () => {
    for (let coupled = 0.05; coupled < 3.9; coupled += 0.01) {
      const uncoupled = (3 * coupled) / (4 - coupled);
      const nearEdge = [0.8, 1.3, 1.5].some((edge) => Math.abs(coupled - edge) < 1e-9);
      if (!nearEdge) expect(acwrZone(uncoupled, "uncoupled")).toBe(acwrZone(coupled, "coupled"));
    }
  });

  it("translates thresholds for other windows with u = (c − a)r / (c − a·r)", () => {
    expect(zoneThresholds("uncoupled", 7, 21).dangerFrom).toBe(2);
    expect(zoneThresholds("coupled", 3, 21)).toBe(ACWR_ZONE_THRESHOLDS.coupled);
    // a coupled ratio of c ÷ a or more has no uncoupled counterpart: refused, never Infinity.
    expect(() => uncoupledFromCoupled(4)).toThrow("uncoupledFromCoupled: coupledRatio must be a number from 0 up to (not including) chronicDays ÷ acuteDays = 4, got number 4");
    expect(uncoupledFromCoupled(3.9)).toBeCloseTo(117, 9);
    // With 20 and 28 days, 1.5 is past 28 ÷ 20: a danger threshold no uncoupled ratio reaches, yet finite.
    expect(zoneThresholds("uncoupled", 20, 28).dangerFrom).toBe(Number.MAX_VALUE);
    expect(() => uncoupledFromCoupled(1, 7, 7)).toThrow(/uncoupledFromCoupled/);
    expect(() => uncoupledFromCoupled(-1)).toThrow(RangeError);
  });

  it("null and non-numbers have no zone", () => {
    expect(acwrZone(null, "ewma")).toBeNull();
    expect(acwrZone(Number.NaN, "ewma")).toBeNull();
    expect(acwrZone(Number.POSITIVE_INFINITY, "ewma")).toBeNull();
    expect(acwrZone(-1, "coupled")).toBeNull();
  });
});
