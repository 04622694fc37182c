import { describe, expect, it } from "vitest";
import { setScheme } from "../../src/volume/index.js";

describe("setScheme", () => {
  it("V-3: 50 reps per leg at 4–8 is 7 sets (8, 7, 7, 7, 7, 7, 7)", () => {
    const scheme = setScheme(50, { min: 4, max: 8 });
    expect(scheme).toMatchObject({
      ok: true,
      sets: [8, 7, 7, 7, 7, 7, 7],
      setCount: 7,
      totalRepsPerSide: 50,
      overshootReps: 0,
    });
    // 6 sets of at most 8 reps reach only 48 < 50: 7 is the fewest.
    expect(6 * 8).toBeLessThan(50);
  });

  it("V-4: 60 reps per leg at 8–15 is 4 sets of 15", () => {
    expect(setScheme(60, { min: 8, max: 15 })).toMatchObject({ ok: true, sets: [15, 15, 15, 15], setCount: 4, totalRepsPerSide: 60 });
  });

  it("V-5: 3 × 20 finishers are 60 reps at exactly 20 per set", () => {
    expect(setScheme(60, { min: 20, max: 20 })).toMatchObject({ ok: true, sets: [20, 20, 20], totalRepsPerSide: 60 });
  });

  it("V-3: the per-movement half (25 reps at 4–8) is 4 sets: 7, 6, 6, 6", () => {
    expect(setScheme(25, { min: 4, max: 8 })).toMatchObject({ ok: true, sets: [7, 6, 6, 6] });
  });

  it("states the rule in its explanation", () => {
    const scheme = setScheme(50, { min: 4, max: 8 });
    expect(scheme.ok && scheme.explanation).toBe(
      "fewest sets = ceil(50 / 8) = 7; 50 reps spread as evenly as possible: 1 set of 8 and 6 of 7",
    );
  });

  it("overshoots with sets at the minimum when the fewest sets cannot go lower (17 at 10–12)", () => {
    const scheme = setScheme(17, { min: 10, max: 12 });
    expect(scheme).toMatchObject({ ok: true, sets: [10, 10], totalRepsPerSide: 20, overshootReps: 3 });
    expect(scheme.ok && scheme.explanation).toContain("3 more than the target");
  });

  it("a target equal to the minimum is one set at the minimum", () => {
    expect(setScheme(4, { min: 4, max: 8 })).toMatchObject({ ok: true, sets: [4] });
  });

  it("refuses a target below the range's minimum, with the reason", () => {
    const scheme = setScheme(3, { min: 4, max: 8 });
    expect(scheme).toMatchObject({ ok: false, code: "target-below-range", targetRepsPerSide: 3 });
    expect(!scheme.ok && scheme.reason).toMatch(/below the range's minimum of 4/);
  });

  it("refuses an empty range, with the reason", () => {
    const scheme = setScheme(20, { min: 9, max: 8 });
    expect(scheme).toMatchObject({ ok: false, code: "empty-range" });
    expect(!scheme.ok && scheme.reason).toMatch(/9–8 is empty/);
  });

  it.each([0, -5, 2.5, Number.NaN, Number.POSITIVE_INFINITY])("throws RangeError for target %s", (target) => {
    expect(() => setScheme(target, { min: 4, max: 8 })).toThrow(RangeError);
    expect(() => setScheme(target, { min: 4, max: 8 })).toThrow(/setScheme: targetRepsPerSide/);
  });

  it.each([
    { min: 0, max: 8 },
    { min: 4, max: 7.5 },
    { min: -1, max: 3 },
  ])("throws RangeError for range %o", (range) => {
    expect(() => setScheme(10, range)).toThrow(RangeError);
  });

  it("throws TypeError for a missing range or a non-number", () => {
    expect(() => setScheme(10, undefined as never)).toThrow(TypeError);
    expect(() => setScheme("10" as never, { min: 4, max: 8 })).toThrow(TypeError);
  });

  it("throws RangeError when the scheme would need more than 1000 sets", () => {
    expect(() => setScheme(1_000_001, { min: 1, max: 1000 })).toThrow(/at most 1000/);
    expect(setScheme(1000, { min: 1, max: 1 })).toMatchObject({ ok: true, setCount: 1000 });
  });

  it("returns frozen values", () => {
    const scheme = setScheme(50, { min: 4, max: 8 });
    expect(Object.isFrozen(scheme)).toBe(true);
    expect(scheme.ok && Object.isFrozen(scheme.sets)).toBe(true);
  });
});
