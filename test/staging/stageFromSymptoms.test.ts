import { describe, expect, it } from "vitest";
import { endRangeFromClearingTests, moreConservativeStage, routeNightPain, stageFromSymptoms, type StagingInput } from "../../src/staging/index.js";
import type { ClearingTestResult } from "../../src/classification/index.js";

const proceed = { action: "proceed", stageCap: null } as const;
// Every function-optimisation condition holds.
const settled: StagingInput = { worstPainNrs: 2, endRange: "reached-pain-free", settlingTime: "within-an-hour", legSymptoms: "none", safety: proceed };
const codes = (input: StagingInput) => stageFromSymptoms(input).triggers.map((trigger) => trigger.code);

describe("stageFromSymptoms: one vignette per rule", () => {
  it("T-1: worst pain 8/10 after a squat session → symptom modulation, whatever else is quiet", () => {
    expect(stageFromSymptoms({ ...settled, worstPainNrs: 8 })).toMatchObject({ stage: "symptom-modulation", ruleId: "T-1" });
    expect(stageFromSymptoms({ ...settled, settlingTime: "next-day-or-longer" }).stage).toBe("symptom-modulation");
    expect(stageFromSymptoms({ ...settled, endRange: "cannot-reach" }).stage).toBe("symptom-modulation");
    expect(stageFromSymptoms({ ...settled, legSymptoms: "below-knee" }).stage).toBe("symptom-modulation");
    expect(stageFromSymptoms({ ...settled, fearOfMovement: true }).stage).toBe("symptom-modulation");
    // The most conservative wins: a movement-control trigger alongside does not soften it.
    expect(codes({ ...settled, worstPainNrs: 8, stiffness: true })).toEqual(["staging.worst-pain-high", "staging.stiffness"]);
  });

  it("T-2: worst pain 5/10, stiff in the morning, settles in a few hours → movement control with every trigger listed", () => {
    const result = stageFromSymptoms({ ...settled, worstPainNrs: 5, stiffness: true, settlingTime: "within-hours" });
    expect(result).toMatchObject({ stage: "movement-control", ruleId: "T-2", capped: false });
    expect(result.triggers.map((trigger) => trigger.code)).toEqual(["staging.worst-pain-moderate", "staging.settles-within-hours", "staging.stiffness"]);
    expect(stageFromSymptoms({ ...settled, worstPainNrs: 3 }).stage).toBe("function-optimisation");
    expect(stageFromSymptoms({ ...settled, worstPainNrs: 4 }).stage).toBe("movement-control");
    expect(stageFromSymptoms({ ...settled, worstPainNrs: 6 }).stage).toBe("movement-control");
    expect(stageFromSymptoms({ ...settled, worstPainNrs: 7 }).stage).toBe("symptom-modulation");
  });

  it("T-3: function optimisation only when every condition holds, including a safety decision of proceed", () => {
    expect(stageFromSymptoms(settled)).toMatchObject({ stage: "function-optimisation", ruleId: "T-3", triggers: [] });
    const { safety: _safety, ...unscreened } = settled;
    expect(stageFromSymptoms(unscreened)).toMatchObject({ stage: "movement-control", ruleId: "T-3" });
    expect(stageFromSymptoms({ ...settled, legSymptoms: "above-knee" })).toMatchObject({ stage: "movement-control", ruleId: "T-3" });
  });

  it("T-4: radicular pain caps at symptom modulation; proceed-with-advisory caps at movement control", () => {
    expect(stageFromSymptoms({ ...settled, safety: { action: "proceed-with-advisory", stageCap: "symptom-modulation" } })).toMatchObject({
      stage: "symptom-modulation",
      ruleId: "T-4",
      symptomStage: "function-optimisation",
      capped: true,
    });
    expect(stageFromSymptoms({ ...settled, safety: { action: "proceed-with-advisory", stageCap: "movement-control" } }).stage).toBe("movement-control");
    // A cap never makes the stage less conservative.
    expect(stageFromSymptoms({ ...settled, worstPainNrs: 9, safety: { action: "proceed-with-advisory", stageCap: "movement-control" } }).stage).toBe("symptom-modulation");
  });

  it("T-5: positional night pain is a staging input; night pain no position eases is also sent to the safety gate", () => {
    const positional = { frequency: "most-nights", easedByChangingPosition: true, secondHalfOfNight: false, morningStiffnessEasesWithMovement: false } as const;
    expect(routeNightPain(positional)).toBe("positional");
    expect(routeNightPain({ ...positional, easedByChangingPosition: false })).toBe("non-positional");
    expect(routeNightPain({ ...positional, secondHalfOfNight: true, morningStiffnessEasesWithMovement: true })).toBe("inflammatory");
    expect(routeNightPain(null)).toBe("none");
    expect(stageFromSymptoms({ ...settled, nightPain: positional })).toMatchObject({ stage: "symptom-modulation", ruleId: "T-1" });
    expect(codes({ ...settled, nightPain: { ...positional, frequency: "occasional" } })).toEqual(["staging.positional-night-pain-occasional"]);
    expect(codes({ ...settled, nightPain: { ...positional, frequency: "occasional", easedByChangingPosition: false } })).toEqual([
      "staging.night-pain-occasional",
      "staging.night-pain-to-safety-gate",
    ]);
  });

  it("C-3: tests and history disagree → one stage more conservative", () => {
    expect(stageFromSymptoms({ ...settled, directionConfidence: "low" })).toMatchObject({ stage: "movement-control", ruleId: "C-3", capped: true });
    expect(stageFromSymptoms({ ...settled, worstPainNrs: 5, directionConfidence: "low" }).stage).toBe("symptom-modulation");
    expect(stageFromSymptoms({ ...settled, directionConfidence: "high" }).stage).toBe("function-optimisation");
  });
});

describe("staging helpers", () => {
  const quiet: ClearingTestResult = { painNrs: 0, familiar: false, symptomsBefore: "none", symptomsAfter: "none", endPositionReached: true };
  it("reads the end-range finding from the clearing tests", () => {
    expect(endRangeFromClearingTests({ flexion: quiet, extension: quiet })).toBe("reached-pain-free");
    expect(endRangeFromClearingTests({ flexion: { ...quiet, painNrs: 2 }, extension: quiet })).toBe("reached-pain-free");
    expect(endRangeFromClearingTests({ flexion: quiet, extension: { ...quiet, painNrs: 4, familiar: true } })).toBe("pain-at-end-range");
    expect(endRangeFromClearingTests({ flexion: { ...quiet, painNrs: 6, familiar: true, endPositionReached: false }, extension: quiet })).toBe("pain-before-end-range");
    expect(endRangeFromClearingTests({ flexion: { ...quiet, endPositionReached: false }, extension: quiet })).toBe("cannot-reach");
  });
  it("orders stages from most to least conservative", () => {
    expect(moreConservativeStage("function-optimisation", "movement-control")).toBe("movement-control");
    expect(moreConservativeStage("symptom-modulation", "movement-control")).toBe("symptom-modulation");
  });
});
