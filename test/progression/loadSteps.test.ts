import { describe, expect, it } from "vitest";
import { KETTLEBELL_SIZES_KG, nextLoadStep, roundDownToAvailableLoad } from "../../src/progression/index.js";

describe("load steps (P-9: the smallest available step)", () => {
  it("P-9: barbell plates go on in pairs: the step is two of the smallest plate", () => {
    expect(nextLoadStep(60, { kind: "barbell" })).toBe(62.5);
    expect(nextLoadStep(60, { kind: "barbell", plateKg: [5, 10] })).toBe(70);
    expect(nextLoadStep(0, { kind: "barbell" })).toBe(20);
    expect(nextLoadStep(10, { kind: "barbell", barKg: 15 })).toBe(15);
    expect(roundDownToAvailableLoad(64, { kind: "barbell" })).toBe(62.5);
    expect(roundDownToAvailableLoad(19, { kind: "barbell" })).toBeNull();
  });

  it("P-9: kettlebells step through the listed sizes", () => {
    expect(KETTLEBELL_SIZES_KG).toEqual([4, 6, 8, 12, 16, 20, 24, 28, 32, 36, 40, 48]);
    expect(nextLoadStep(16, { kind: "kettlebell" })).toBe(20);
    expect(nextLoadStep(17, { kind: "kettlebell" })).toBe(20);
    expect(nextLoadStep(48, { kind: "kettlebell" })).toBeNull();
    expect(nextLoadStep(8, { kind: "kettlebell", sizesKg: [16, 8, 10] })).toBe(10);
    expect(roundDownToAvailableLoad(12.8, { kind: "kettlebell" })).toBe(12);
    expect(roundDownToAvailableLoad(3.2, { kind: "kettlebell" })).toBeNull();
  });

  it("P-9: dumbbells step from their minimum to their maximum", () => {
    expect(nextLoadStep(10, { kind: "dumbbell" })).toBe(12);
    expect(nextLoadStep(10, { kind: "dumbbell", stepKg: 2.5, minKg: 2.5 })).toBe(12.5);
    expect(nextLoadStep(30, { kind: "dumbbell", maxKg: 30 })).toBeNull();
    expect(roundDownToAvailableLoad(9.6, { kind: "dumbbell" })).toBe(8);
  });

  it("P-9: a fixed increment works on multiples of the step", () => {
    expect(nextLoadStep(45, { kind: "fixed", stepKg: 5 })).toBe(50);
    expect(nextLoadStep(47, { kind: "fixed", stepKg: 5 })).toBe(50);
    expect(roundDownToAvailableLoad(0.8 * 47, { kind: "fixed", stepKg: 5 })).toBe(35);
  });

  it("keeps 1.25 kg arithmetic exact", () => {
    let load = 20;
    for (let i = 0; i < 40; i++) load = nextLoadStep(load, { kind: "barbell" })!;
    expect(load).toBe(120);
    expect(roundDownToAvailableLoad(100 * 0.8, { kind: "barbell" })).toBe(80);
  });

  it("throws on negative loads and empty kit", () => {
    expect(() => nextLoadStep(-1, { kind: "fixed", stepKg: 5 })).toThrow(/nextLoadStep/);
    expect(() => nextLoadStep(1, { kind: "fixed", stepKg: 0 })).toThrow(RangeError);
    expect(() => nextLoadStep(1, { kind: "kettlebell", sizesKg: [] })).toThrow(RangeError);
    expect(() => roundDownToAvailableLoad(Number.NaN, { kind: "barbell" })).toThrow(RangeError);
  });
});
