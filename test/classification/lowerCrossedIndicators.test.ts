import { describe, expect, it } from "vitest";
import { lowerCrossedIndicators } from "../../src/classification/index.js";

describe("lowerCrossedIndicators", () => {
  it("C-7: one yes (deadlifts felt in the low back) → glutes, abdominals, hip-flexor mobility, no back-extension training", () => {
    const result = lowerCrossedIndicators({ anteriorPelvicTilt: false, weakGlutes: false, tightHipFlexors: false, liftsFeltInLowBack: true });
    expect(result).toMatchObject({ action: "emphasise", ruleId: "C-7", indicatorCount: 1 });
    expect(result.emphasis.map((item) => item.focus)).toEqual(["glutes", "abdominals", "hip-flexor-mobility", "avoid-back-extension-training"]);
    expect(result.reasons[0]?.message).toBe("1 of 4 lower-crossed indicators: squats and deadlifts felt in the low back rather than the glutes.");
    expect(result.reasons[0]?.evidence).toEqual(["seed-004", "seed-002", "leinonen-2000"]);
  });

  it("C-7: no yes → no change", () => {
    const result = lowerCrossedIndicators({ anteriorPelvicTilt: false, weakGlutes: false, tightHipFlexors: false, liftsFeltInLowBack: false });
    expect(result).toMatchObject({ action: "no-change", indicatorCount: 0, emphasis: [] });
  });

  it("C-7: counts every yes", () => {
    expect(lowerCrossedIndicators({ anteriorPelvicTilt: true, weakGlutes: true, tightHipFlexors: true, liftsFeltInLowBack: true }).indicatorCount).toBe(4);
  });
});
