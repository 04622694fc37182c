import { describe, expect, it } from "vitest";
import { nextLadderStep, type LadderExposure } from "../../src/progression/index.js";
import { exercises, getExercise, ladders, suitability } from "../../src/catalog/index.js";
import { amber, fixtureLadders, flare, green, peripheralised, red } from "./fixtures.js";

const options = { ladders: fixtureLadders };
const at = (step: number, pain = green): LadderExposure => ({ step, pain });

describe("nextLadderStep", () => {
  it("P-1: a lift is earned back from the first step of its ladder", () => {
    const decision = nextLadderStep("hinge", [], options);
    expect(decision).toMatchObject({ action: "start", step: 0, exerciseId: "kettlebell-deadlift", ruleId: "P-1", stepCount: 5 });
  });

  it("P-2: the hinge ladder goes through the trap bar and rack pulls before the floor", () => {
    const decision = nextLadderStep("hinge", [at(0), at(0)], options);
    expect(decision).toMatchObject({ action: "advance", step: 1, exerciseId: "trap-bar-deadlift-blocks" });
    expect(decision.reasons.some((item) => item.ruleId === "P-2")).toBe(true);
  });

  it("L-4: advance after 2 consecutive green exposures with full next-morning recovery", () => {
    expect(nextLadderStep("hinge", [at(0)], options)).toMatchObject({ action: "hold", step: 0, greenStreak: 1, ruleId: "L-4" });
    expect(nextLadderStep("hinge", [at(0), at(0)], options)).toMatchObject({ action: "advance", step: 1, ruleId: "L-4" });
    const notRecovered = { ...green, nextMorningNrs: 2 };
    expect(nextLadderStep("hinge", [at(0), at(0, notRecovered)], options).action).toBe("hold");
    expect(nextLadderStep("hinge", [at(0), at(0)], { ...options, greenExposuresToAdvance: 3 }).action).toBe("hold");
  });

  it("L-4: greens at an earlier step do not count at the new step", () => {
    expect(nextLadderStep("hinge", [at(0), at(0), at(1)], options)).toMatchObject({ action: "hold", step: 1, greenStreak: 1 });
  });

  it("L-6: the intolerant direction comes back gradually, and the last step completes the ladder", () => {
    const decision = nextLadderStep("flexion-exposure", [at(2), at(2)], options);
    expect(decision).toMatchObject({ action: "complete", step: 2, exerciseId: "jefferson-curl" });
    expect(decision.reasons.some((item) => item.ruleId === "L-6")).toBe(true);
  });

  it("L-1: a red exposure drops back one step, never below the first", () => {
    expect(nextLadderStep("hinge", [at(0), at(0), at(1), at(2, red)], options)).toMatchObject({ action: "drop-back", step: 1, ruleId: "L-1" });
    expect(nextLadderStep("hinge", [at(0, red)], options)).toMatchObject({ action: "drop-back", step: 0 });
  });

  it("L-2: a next-morning flare drops back", () => {
    expect(nextLadderStep("hinge", [at(3, flare)], options)).toMatchObject({ action: "drop-back", step: 2, ruleId: "L-2" });
  });

  it("amber holds the step", () => {
    expect(nextLadderStep("hinge", [at(2), at(2, amber)], options)).toMatchObject({ action: "hold", step: 2 });
  });

  it("L-5: peripheralisation stops the ladder and asks for a re-screen", () => {
    expect(nextLadderStep("hinge", [at(1), at(1, peripheralised)], options)).toMatchObject({ action: "stop-and-rescreen", step: 1, ruleId: "L-5" });
    expect(nextLadderStep("flexion-exposure", [at(0), at(0)], { ...options, direction: { peripheralising: ["flexion"] } })).toMatchObject({
      action: "stop-and-rescreen",
    });
  });

  it("S-9: a check-in re-screen above proceed-with-advisory stops the ladder", () => {
    const history = [at(0), { ...at(0), safety: { action: "emergency" as const } }];
    expect(nextLadderStep("hinge", history, options)).toMatchObject({ action: "stop-and-rescreen", ruleId: "S-9" });
  });

  it("throws on an unknown ladder or a step off the ladder", () => {
    expect(() => nextLadderStep("row", [], options)).toThrow(/unknown ladder/);
    expect(() => nextLadderStep("hinge", [at(5)], options)).toThrow(RangeError);
    expect(() => nextLadderStep("hinge", [at(0)], { ...options, greenExposuresToAdvance: 0 })).toThrow(RangeError);
  });
});

describe("nextLadderStep with the catalog's ladders", () => {
  it("P-2: the built-in hinge ladder reaches the floor only after the trap bar and rack pulls", async () => {
    const { ladders } = await import("../../src/catalog/index.js");
    const hinge = ladders.find((ladder) => ladder.id === "hinge")!;
    let history: LadderExposure[] = [];
    const visited: string[] = [nextLadderStep("hinge", []).exerciseId];
    for (let i = 0; i < 40; i++) {
      const decision = nextLadderStep("hinge", history);
      if (decision.action === "complete") break;
      history = [...history, at(decision.step)];
      const next = nextLadderStep("hinge", history);
      if (next.exerciseId !== visited.at(-1)) visited.push(next.exerciseId);
    }
    expect(visited).toEqual(hinge.steps);
    expect(visited.indexOf("rack-pull")).toBeLessThan(visited.indexOf("conventional-deadlift"));
    expect(visited.indexOf("trap-bar-deadlift-blocks")).toBeLessThan(visited.indexOf("conventional-deadlift"));
  });

  it("L-5: a ladder's key axes name the directions it loads", () => {
    const blocked = nextLadderStep("extension-exposure", [], { direction: { peripheralising: ["extension"] } });
    expect(blocked.action).toBe("stop-and-rescreen");
    expect(nextLadderStep("lateral-flexion-exposure", [], { direction: { peripheralising: ["flexion", "extension"] } }).action).toBe("start");
  });
});

describe("nextLadderStep with the contraindication policy (G-2)", () => {
  const direction = (intolerance: readonly ("flexion" | "extension")[]) => ({
    pattern: intolerance.length === 0 ? ("no-directional-intolerance" as const) : intolerance[0] === "flexion" ? ("flexion-intolerant" as const) : ("extension-intolerant" as const),
    intolerance,
    preference: [],
    peripheralising: [],
  });
  const policy = (stage: "symptom-modulation" | "movement-control" | "function-optimisation", intolerance: readonly ("flexion" | "extension")[] = [], ladderProgress = {}) => ({
    policy: { profile: { direction: direction(intolerance), stage, ladderProgress }, catalog: exercises },
  });

  it("G-2: the extension exposure ladder does not start with a prone press-up for an extension-intolerant lifter", () => {
    const start = nextLadderStep("extension-exposure", [], policy("movement-control", ["extension"]));
    expect(start.exerciseId).not.toBe("prone-press-up");
    expect(start.step).toBeGreaterThan(0);
    expect(start.reasons.some((item) => item.ruleId === "G-2" && /prone-press-up/.test(item.message))).toBe(true);
    // The step it starts from is one the policy allows.
    const exercise = getExercise(start.exerciseId)!;
    expect(suitability(exercise, { direction: direction(["extension"]), stage: "movement-control", ladderProgress: { "extension-exposure": start.step } }).action).not.toBe("avoid");
    // Without the policy, the pain model alone starts at step 0.
    expect(nextLadderStep("extension-exposure", []).exerciseId).toBe("prone-press-up");
  });

  it("G-2: two greens never advance to a step the stage rejects; the hold names the cap", () => {
    // Movement control: the floor trap-bar deadlift (a P-1 lift being earned back) waits for function optimisation.
    const hinge = ladders.find((ladder) => ladder.id === "hinge")!;
    const rackPull = hinge.steps.indexOf("rack-pull");
    expect(hinge.steps[rackPull + 1]).toBe("trap-bar-deadlift");
    const held = nextLadderStep("hinge", [at(rackPull), at(rackPull)], policy("movement-control", [], { hinge: rackPull }));
    expect(held).toMatchObject({ action: "hold", step: rackPull, exerciseId: "rack-pull", ruleId: "G-2" });
    expect(held.reasons.some((item) => item.ruleId === "G-2" && /trap-bar-deadlift.*P-1/.test(item.message))).toBe(true);
    // Steps the stage allows still advance, and in function optimisation the same greens advance.
    expect(nextLadderStep("hinge", [at(rackPull - 1), at(rackPull - 1)], policy("movement-control", [], { hinge: rackPull - 1 })).action).toBe("advance");
    expect(nextLadderStep("hinge", [at(rackPull), at(rackPull)], policy("function-optimisation", [], { hinge: rackPull })).action).toBe("advance");
  });

  it("G-2: every built-in ladder has a first step each direction can start from in function optimisation", () => {
    for (const ladder of ladders) {
      for (const intolerance of [[], ["flexion"], ["extension"]] as const) {
        const start = nextLadderStep(ladder.id, [], policy("function-optimisation", intolerance));
        expect(start.action, `${ladder.id} for ${intolerance.join() || "none"}`).toBe("start");
      }
    }
  });
});
