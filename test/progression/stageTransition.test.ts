import { describe, expect, it } from "vitest";
import { stageTransition, type WeeklyCheckIn } from "../../src/progression/index.js";

const mc = { stage: "movement-control" } as const;
const weeks = (...pains: number[]): WeeklyCheckIn[] => pains.map((morningPainNrs) => ({ morningPainNrs }));

describe("stageTransition", () => {
  it("L-4: a stage advances only with re-run clearing tests and a re-stage", () => {
    expect(stageTransition(mc, weeks(3, 2))).toMatchObject({ action: "hold", stage: "movement-control", ruleId: "L-4" });
    expect(stageTransition(mc, weeks(3, 2)).reasons[0]!.message).toMatch(/re-run both clearing tests/);
    const restaged = [...weeks(3), { morningPainNrs: 2, restage: { stage: "function-optimisation" as const } }];
    expect(stageTransition(mc, restaged)).toMatchObject({ action: "advance", stage: "function-optimisation", ruleId: "L-4" });
  });

  it("L-4: stages advance one at a time even when re-staging jumps two", () => {
    const restaged = [{ morningPainNrs: 1, restage: { stage: "function-optimisation" as const } }];
    expect(stageTransition({ stage: "symptom-modulation" }, restaged)).toMatchObject({ action: "advance", stage: "movement-control" });
  });

  it("L-4: a re-stage lower than the current stage drops to it", () => {
    const restaged = [{ morningPainNrs: 4, restage: { stage: "symptom-modulation" as const } }];
    expect(stageTransition(mc, restaged)).toMatchObject({ action: "drop", stage: "symptom-modulation" });
  });

  it("L-3: two rising weeks of morning pain drop one stage", () => {
    expect(stageTransition(mc, weeks(2, 3, 4))).toMatchObject({ action: "drop", stage: "symptom-modulation", ruleId: "L-3" });
    expect(stageTransition(mc, weeks(2, 3, 3)).action).toBe("hold");
  });

  it("L-3: rising stiffness counts like rising pain", () => {
    const stiff: WeeklyCheckIn[] = [
      { morningPainNrs: 2, morningStiffnessNrs: 2 },
      { morningPainNrs: 2, morningStiffnessNrs: 3 },
      { morningPainNrs: 2, morningStiffnessNrs: 5 },
    ];
    expect(stageTransition({ stage: "function-optimisation" }, stiff)).toMatchObject({ action: "drop", stage: "movement-control" });
  });

  it("L-3: a rising trend outranks a re-stage, and the first stage cannot drop", () => {
    const rising = [...weeks(1, 2), { morningPainNrs: 3, restage: { stage: "function-optimisation" as const } }];
    expect(stageTransition(mc, rising).action).toBe("drop");
    expect(stageTransition({ stage: "symptom-modulation" }, weeks(1, 2, 3))).toMatchObject({ action: "hold", ruleId: "L-3" });
  });

  it("L-7: no improvement over 4 weeks advises physiotherapy", () => {
    expect(stageTransition(mc, weeks(3, 3, 3, 3, 3)).referral).toBe("physiotherapy");
    expect(stageTransition(mc, weeks(3, 3, 3, 3, 2)).referral).toBeNull();
    expect(stageTransition(mc, weeks(3, 3, 3, 3)).referral).toBeNull();
    expect(stageTransition(mc, weeks(0, 0, 0, 0, 0)).referral).toBeNull();
  });

  it("L-7 (§11): morning pain stuck at 1/10 for 4 weeks is the floor of the scale, not a failure to improve", () => {
    // Sixteen green weeks used to end in "see a physiotherapist" in week 10: 1/10 then, 1/10 now.
    const floor = stageTransition(mc, weeks(1, 1, 1, 1, 1));
    expect(floor.referral).toBeNull();
    expect(floor.reasons.find((item) => item.ruleId === "L-7")?.message).toMatch(/not judged on pain alone/);
    // The worst pain of the week decides when given: 1/10 in the morning but 6/10 at worst is judged.
    expect(stageTransition(mc, [1, 1, 1, 1, 1].map((morningPainNrs) => ({ morningPainNrs, worstPainNrs: 6 }))).referral).toBe("physiotherapy");
    expect(stageTransition(mc, weeks(3, 3, 3, 3, 3), { painFloorNrs: 3 }).referral).toBeNull();
    expect(() => stageTransition(mc, weeks(3), { painFloorNrs: 11 })).toThrow(RangeError);
  });

  it("L-7: radicular pain for more than 8 weeks advises a specialist review", () => {
    const decision = stageTransition({ stage: "symptom-modulation" }, [{ morningPainNrs: 3, radicularPainWeeks: 9 }]);
    expect(decision.referral).toBe("specialist");
    expect(decision.reasons.some((item) => item.ruleId === "L-7" && /specialist/.test(item.message))).toBe(true);
    expect(stageTransition({ stage: "symptom-modulation" }, [{ morningPainNrs: 3, radicularPainWeeks: 8 }]).referral).toBeNull();
  });

  it("S-9: a weekly re-screen that forbids training stops", () => {
    const decision = stageTransition(mc, [{ morningPainNrs: 2, safety: { action: "urgent-referral" } }]);
    expect(decision).toMatchObject({ action: "stop", stage: "movement-control", ruleId: "S-9" });
  });

  it("holds with no check-ins and at the last stage", () => {
    expect(stageTransition(mc, []).action).toBe("hold");
    expect(stageTransition({ stage: "function-optimisation" }, weeks(1)).action).toBe("hold");
  });

  it("throws on a bad option", () => {
    expect(() => stageTransition(mc, [], { risingWeeksToDrop: 0 })).toThrow(/stageTransition/);
  });
});
