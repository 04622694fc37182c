import { describe, expect, it } from "vitest";
import { enduranceRatios } from "../../src/classification/index.js";

// McGill, Childs & Liebenson 1999, men's means: extensor 146 s, flexor 144 s, right 94 s, left 97 s.
const men1999 = { flexorSeconds: 144, extensorSeconds: 146, leftSideBridgeSeconds: 97, rightSideBridgeSeconds: 94, sex: "male" } as const;

describe("enduranceRatios", () => {
  it("E-1: refuses outside function optimisation, and when the safety gate says anything but proceed", () => {
    const refused = enduranceRatios(men1999, "movement-control");
    expect(refused).toMatchObject({ action: "refuse", ruleId: "E-1", ratios: [], absoluteTimes: [] });
    expect(refused.reasons[0]?.message).toMatch(/movement-control/);
    expect(enduranceRatios(men1999, "function-optimisation", { safetyAction: "proceed-with-advisory" }).action).toBe("refuse");
    expect(enduranceRatios(men1999, "function-optimisation", { safetyAction: "proceed" }).action).toBe("report");
    // Without a stage the ratios are computed with a reminder of E-1.
    expect(enduranceRatios(men1999).reasons[0]?.ruleId).toBe("E-1");
  });

  it("E-2: the 1999 men's means: 144/146 = 0.986 passes, 94/97 = 0.969 passes, 97/146 = 0.664 and 94/146 = 0.644 pass", () => {
    const result = enduranceRatios(men1999, "function-optimisation");
    const byName = Object.fromEntries(result.ratios.map((ratio) => [ratio.name, ratio]));
    expect(byName["flexor-to-extensor"]?.value).toBeCloseTo(144 / 146, 12);
    expect(byName["right-to-left-side-bridge"]?.value).toBeCloseTo(94 / 97, 12);
    expect(byName["left-side-bridge-to-extensor"]?.value).toBeCloseTo(97 / 146, 12);
    expect(result.ratios.map((ratio) => ratio.result)).toEqual(["pass", "pass", "pass", "pass"]);
  });

  it("E-2: a lifter with strong flexors and a weak left side fails two targets", () => {
    const result = enduranceRatios({ flexorSeconds: 180, extensorSeconds: 150, leftSideBridgeSeconds: 80, rightSideBridgeSeconds: 100 }, "function-optimisation");
    expect(result.ratios.map((ratio) => [ratio.name, ratio.result])).toEqual([
      ["flexor-to-extensor", "fail"],
      ["right-to-left-side-bridge", "fail"],
      ["left-side-bridge-to-extensor", "pass"],
      ["right-side-bridge-to-extensor", "pass"],
    ]);
    // The bounds of the side-bridge balance are inclusive; flexor ÷ extensor = 1.0 fails.
    const edges = enduranceRatios({ flexorSeconds: 100, extensorSeconds: 100, leftSideBridgeSeconds: 100, rightSideBridgeSeconds: 105 }, "function-optimisation");
    expect(edges.ratios.map((ratio) => ratio.result)).toEqual(["fail", "pass", "fail", "fail"]);
  });

  it("E-2: a zero-second divisor gives a null ratio with a reason, never NaN or Infinity", () => {
    const result = enduranceRatios({ flexorSeconds: 30, extensorSeconds: 0, leftSideBridgeSeconds: 0, rightSideBridgeSeconds: 20 }, "function-optimisation");
    expect(result.ratios.map((ratio) => ratio.value)).toEqual([null, null, null, null]);
    expect(result.ratios.every((ratio) => ratio.result === "undefined" && /0 s/.test(ratio.reason.message))).toBe(true);
  });

  it("E-3: absolute times are compared with the 1999 means, informative only", () => {
    const result = enduranceRatios({ ...men1999, extensorSeconds: 73 }, "function-optimisation");
    const extensor = result.absoluteTimes.find((item) => item.test === "extensor");
    expect(extensor).toMatchObject({ seconds: 73, referenceSeconds: { men: 146, women: 189 }, percentOfReference: 50 });
    expect(enduranceRatios({ ...men1999, sex: undefined }).absoluteTimes.every((item) => item.percentOfReference === null)).toBe(true);
    expect(result.reasons.at(-1)?.ruleId).toBe("E-3");
  });

  it("throws a RangeError naming the function for a negative or NaN time", () => {
    expect(() => enduranceRatios({ ...men1999, flexorSeconds: -1 })).toThrow(/enduranceRatios: flexorSeconds/);
    expect(() => enduranceRatios({ ...men1999, extensorSeconds: Number.NaN })).toThrow(RangeError);
  });
});
