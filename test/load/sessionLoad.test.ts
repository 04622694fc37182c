import { describe, expect, it } from "vitest";
import { sessionLoad } from "../../src/load/index.js";

describe("sessionLoad", () => {
  it("A-1: session load is RPE × minutes (Foster 2001: 45 min at RPE 6 is 270 AU)", () => {
    expect(sessionLoad(6, 45)).toBe(270);
    expect(sessionLoad(0, 30)).toBe(0);
    expect(sessionLoad(10, 90)).toBe(900);
    expect(sessionLoad(6.5, 40)).toBe(260);
  });

  it("A-1: RPE outside the CR-10 scale throws a RangeError naming the function and value", () => {
    expect(() => sessionLoad(11, 45)).toThrow(/sessionLoad.*rpe.*11/);
    expect(() => sessionLoad(-1, 45)).toThrow(RangeError);
    expect(() => sessionLoad(Number.NaN, 45)).toThrow(/NaN/);
  });

  it("A-1: minutes must be a finite number > 0", () => {
    expect(() => sessionLoad(5, 0)).toThrow(/sessionLoad.*durationMinutes.*0/);
    expect(() => sessionLoad(5, -10)).toThrow(RangeError);
    expect(() => sessionLoad(5, Number.POSITIVE_INFINITY)).toThrow(/Infinity/);
  });
});
