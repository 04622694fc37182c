import { describe, expect, it } from "vitest";
import {
  classifyDirection,
  clearingTestPositive,
  historyDirection,
  symptomShift,
  type ClearingTestResult,
} from "../../src/classification/index.js";

const quiet: ClearingTestResult = { painNrs: 0, familiar: false, symptomsBefore: "back", symptomsAfter: "back", endPositionReached: true };
const familiar = (painNrs: number): ClearingTestResult => ({ ...quiet, painNrs, familiar: true });
const rules = (result: ReturnType<typeof classifyDirection>) => result.reasons.map((item) => item.ruleId);

describe("classifyDirection: one vignette per rule", () => {
  it("C-1: 3/10 stretch in the rock-back that is not the familiar pain is discomfort, not a positive test", () => {
    expect(clearingTestPositive({ ...quiet, painNrs: 3 })).toBe(false);
    expect(clearingTestPositive(familiar(1))).toBe(true);
    expect(clearingTestPositive(familiar(1), { positiveThresholdNrs: 2 })).toBe(false);
    const result = classifyDirection({ flexion: { ...quiet, painNrs: 3 }, extension: quiet });
    expect(result.pattern).toBe("no-directional-intolerance");
    expect(result.reasons[0]?.message).toMatch(/not the familiar pain/);
  });

  it("C-2: the more painful test names the intolerance; within 2 points is multidirectional; none positive is none", () => {
    // A lifter whose press-up gives familiar 6/10 and rock-back familiar 2/10: extension intolerant.
    expect(classifyDirection({ flexion: familiar(2), extension: familiar(6) })).toMatchObject({ pattern: "extension-intolerant", intolerance: ["extension"] });
    // 5 and 4 differ by 1 < 2 (Suzuki 2020's MCID): multidirectional.
    expect(classifyDirection({ flexion: familiar(5), extension: familiar(4) })).toMatchObject({ pattern: "multidirectional", intolerance: ["flexion", "extension"] });
    // 5 and 3 differ by exactly 2: not below the margin, flexion names it.
    expect(classifyDirection({ flexion: familiar(5), extension: familiar(3) }).pattern).toBe("flexion-intolerant");
    expect(classifyDirection({ flexion: quiet, extension: quiet })).toMatchObject({ pattern: "no-directional-intolerance", intolerance: [], preference: [] });
    expect(classifyDirection({ flexion: familiar(5), extension: familiar(4) }, undefined, { multidirectionalMarginNrs: 1 }).pattern).toBe("flexion-intolerant");
  });

  it("C-3: a flexion-intolerant test with a history that is worse standing and better sitting → low confidence", () => {
    const tests = { flexion: familiar(5), extension: quiet };
    expect(historyDirection({ worsenedBy: ["standing", "overhead"], easedBy: ["sitting"] })).toBe("extension");
    const discordant = classifyDirection(tests, { worsenedBy: ["standing", "overhead"], easedBy: ["sitting"] });
    expect(discordant.confidence).toBe("low");
    expect(rules(discordant)).toContain("C-3");
    const concordant = classifyDirection(tests, { worsenedBy: ["sitting", "bending"], easedBy: ["walking"] });
    expect(concordant.confidence).toBe("high");
    // Negative tests but a clearly directional history: the tests may have missed it.
    expect(classifyDirection({ flexion: quiet, extension: quiet }, { worsenedBy: ["slouching"], easedBy: [] }).confidence).toBe("low");
    // A mixed history points nowhere and does not lower confidence.
    expect(classifyDirection(tests, { worsenedBy: ["sitting", "standing"], easedBy: [] }).confidence).toBe("high");
  });

  it("C-4: the press-up sends pain from the buttock to the thigh at 1/10 → extension intolerant; the rock-back centralises → preference", () => {
    const result = classifyDirection({
      flexion: { ...quiet, painNrs: 4, familiar: true, symptomsBefore: "thigh", symptomsAfter: "back" },
      extension: { ...quiet, painNrs: 1, familiar: false, symptomsBefore: "buttock", symptomsAfter: "thigh" },
    });
    expect(symptomShift({ ...quiet, symptomsBefore: "buttock", symptomsAfter: "thigh" })).toBe("peripheralised");
    expect(symptomShift({ ...quiet, symptomsBefore: "none", symptomsAfter: "back" })).toBe("unchanged");
    expect(result).toMatchObject({ pattern: "extension-intolerant", intolerance: ["extension"], preference: ["flexion"], peripheralising: ["extension"] });
  });

  it("C-5: both the provoking and the relieving direction are reported", () => {
    const result = classifyDirection({ flexion: familiar(6), extension: quiet }, { worsenedBy: ["sitting"], easedBy: ["walking"] });
    expect(result.intolerance).toEqual(["flexion"]);
    expect(result.preference).toEqual(["extension"]);
    expect(result.reasons.find((item) => item.ruleId === "C-5")?.message).toBe("Provoking direction: flexion; relieving direction: extension.");
  });

  it("C-3, C-5 (§11): the relieving direction is asserted only when the history names what eases it, or a test centralised", () => {
    const tests = { flexion: familiar(6), extension: quiet };
    // No history: nothing is said about concordance and no direction is said to ease symptoms.
    const bare = classifyDirection(tests);
    expect(bare).toMatchObject({ preference: [], concordance: "not-checked", confidence: "high" });
    expect(bare.reasons.map((item) => item.message).join(" ")).not.toMatch(/disagree/);
    // A history that points the other way: low confidence and no relieving direction.
    expect(classifyDirection(tests, { worsenedBy: ["arching"], easedBy: ["sitting"] })).toMatchObject({ concordance: "disagrees", confidence: "low", preference: [] });
    // A history that says nothing about what eases it.
    expect(classifyDirection(tests, { worsenedBy: ["sitting"], easedBy: [] }).preference).toEqual([]);
  });

  it("C-3 (§11): lifting alone is not direction-specific; lying prone points to extension", () => {
    expect(historyDirection({ worsenedBy: ["lifting"], easedBy: [] })).toBeNull();
    expect(classifyDirection({ flexion: quiet, extension: quiet }, { worsenedBy: ["lifting"], easedBy: [] })).toMatchObject({ confidence: "high", concordance: "unspecific" });
    expect(historyDirection({ worsenedBy: ["lying-prone"], easedBy: [] })).toBe("extension");
  });

  it("C-6: a visible lateral shift → indeterminate with advice to see a clinician", () => {
    const result = classifyDirection({ flexion: familiar(6), extension: quiet, lateralShift: true });
    expect(result).toMatchObject({ pattern: "indeterminate", confidence: "low", intolerance: ["flexion"] });
    expect(result.reasons.find((item) => item.ruleId === "C-6")?.message).toMatch(/clinician/);
    expect(classifyDirection({ flexion: quiet, extension: quiet, rotationProvokesPain: true }).pattern).toBe("indeterminate");
  });
});

describe("classifyDirection: the result value", () => {
  it("is frozen and cites its sources", () => {
    const result = classifyDirection({ flexion: familiar(6), extension: quiet });
    expect(Object.isFrozen(result)).toBe(true);
    expect(Object.isFrozen(result.intolerance)).toBe(true);
    for (const item of result.reasons) expect(item.evidence.length).toBeGreaterThan(0);
  });
});

describe("classifyDirection: edge cases", () => {
  it("C-4: a painful test that centralises is a preference, and the reason says so", () => {
    const result = classifyDirection({ flexion: quiet, extension: { ...quiet, painNrs: 4, familiar: true, symptomsBefore: "thigh", symptomsAfter: "buttock" } });
    expect(result).toMatchObject({ pattern: "no-directional-intolerance", intolerance: [], preference: ["extension"] });
    expect(result.reasons.find((item) => item.ruleId === "C-2")?.message).toMatch(/preference/);
  });
});
