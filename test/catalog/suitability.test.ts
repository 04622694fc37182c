import { describe, expect, it } from "vitest";
import {
  DEFAULT_SUITABILITY_CAPS,
  policyStage,
  sensitiveAxes,
  spineCaps,
  suitability,
  type SuitabilityOptions,
} from "../../src/catalog/suitability.js";
import type { Ladder, SpineDemand } from "../../src/catalog/types.js";
import { getExercise } from "../../src/catalog/getExercise.js";
import { makeExercise, makeProfile } from "./arbitraries.js";

const hingeLadder: Ladder = {
  id: "hinge",
  name: "Hinge",
  goal: "Conventional deadlift",
  steps: ["dowel-hinge", "kettlebell-deadlift", "trap-bar-blocks", "trap-bar-floor", "conventional-deadlift"],
  ruleIds: ["P-1", "P-2"],
  sources: ["seed-000"],
};
const flexionLadder: Ladder = {
  id: "flexion-exposure",
  name: "Flexion exposure",
  goal: "Loaded Jefferson curl",
  steps: ["cat-camel", "jefferson-curl", "loaded-jefferson-curl"],
  ruleIds: ["L-6", "P-5"],
  sources: ["seed-001"],
};
const options: SuitabilityOptions = { ladders: [hingeLadder, flexionLadder] };

const neutral: SpineDemand = { flexion: 0, extension: 0, lateralFlexion: 0, rotation: 0, axialCompression: 0, shear: 0, endRange: false, repeated: false };
const demand = (values: Partial<SpineDemand>): SpineDemand => ({ ...neutral, ...values });

const deadlift = makeExercise({
  id: "conventional-deadlift",
  name: "Conventional deadlift",
  spineDemand: demand({ flexion: 1, axialCompression: 3, shear: 3 }),
  tags: ["valsalva-heavy"],
  ladders: [{ ladder: "hinge", step: 4 }],
});
const trapBarBlocks = makeExercise({
  id: "trap-bar-blocks",
  name: "Trap-bar deadlift off blocks",
  spineDemand: demand({ axialCompression: 2, shear: 2 }),
  ladders: [{ ladder: "hinge", step: 2 }],
});
const gluteBridge = makeExercise({
  id: "glute-bridge",
  name: "Glute bridge",
  pattern: "bridge",
  family: "bridge-thrust",
  position: "supine",
  spineDemand: demand({ extension: 1 }),
});
const jeffersonCurl = makeExercise({
  id: "jefferson-curl",
  name: "Jefferson curl",
  family: "spinal-flexion",
  pattern: "trunk-flexion",
  spineDemand: demand({ flexion: 3, endRange: true }),
  ladders: [{ ladder: "flexion-exposure", step: 1 }],
});
const catCamel = makeExercise({
  id: "cat-camel",
  name: "Cat-camel",
  family: "mobility",
  pattern: "spinal-mobility",
  position: "quadruped",
  spineDemand: demand({ flexion: 1, extension: 1, repeated: true }),
  ladders: [{ ladder: "flexion-exposure", step: 0 }],
});
const sciaticNerveFloss = makeExercise({
  id: "seated-nerve-glide",
  name: "Seated nerve glide",
  tags: ["neural-tension"],
  position: "seated",
});
const gobletSquat = makeExercise({
  id: "goblet-squat",
  name: "Goblet squat",
  pattern: "squat",
  dominance: "knee",
  loadPosition: "goblet",
  spineDemand: demand({ axialCompression: 1, shear: 1 }),
});
const backSquat = makeExercise({
  id: "high-bar-back-squat",
  name: "High-bar back squat",
  pattern: "squat",
  dominance: "knee",
  loadPosition: "high-bar",
  spineDemand: demand({ axialCompression: 3, shear: 1 }),
});
const kettlebellSwing = makeExercise({ id: "kettlebell-swing", name: "Kettlebell swing", tags: ["ballistic"], spineDemand: demand({ shear: 1 }) });

describe("suitability: worked examples", () => {
  it("P-1: the top step of a ladder is avoided below function optimisation even when unlocked", () => {
    for (const stage of ["symptom-modulation", "movement-control"] as const) {
      const decision = suitability(deadlift, makeProfile("no-directional-intolerance", stage, { ladderProgress: { hinge: 4 } }), options);
      expect(decision.action).toBe("avoid");
      expect(decision.reasons.some((r) => r.ruleId === "P-1" && r.message.includes("returns only in function optimisation"))).toBe(true);
    }
  });

  it("P-1: in function optimisation the deadlift is avoided until step 4 is unlocked, then only a caution", () => {
    const locked = suitability(deadlift, makeProfile("no-directional-intolerance", "function-optimisation", { ladderProgress: { hinge: 3 } }), options);
    expect(locked).toMatchObject({ action: "avoid", ruleId: "P-1", axis: null });
    expect(locked.reasons[0]?.message).toContain("not yet earned: step 4 of the Hinge ladder, unlocked up to step 3");
    const earned = suitability(deadlift, makeProfile("no-directional-intolerance", "function-optimisation", { ladderProgress: { hinge: 4 } }), options);
    // P-6: Valsalva-heavy lifting stays a caution; every cap of 3 is met.
    expect(earned).toMatchObject({ action: "caution", ruleId: "P-6" });
  });

  it("P-2: trap-bar off blocks (hinge step 2) waits for the hinge ladder, then fits movement control", () => {
    const profile = makeProfile("no-directional-intolerance", "movement-control");
    expect(suitability(trapBarBlocks, profile, options)).toMatchObject({ action: "avoid", ruleId: "P-2" });
    expect(suitability(trapBarBlocks, { ...profile, ladderProgress: { hinge: 2 } }, options).action).toBe("ok");
  });

  it("T-1: an unlocked step still has to fit the stage's caps", () => {
    const profile = makeProfile("no-directional-intolerance", "symptom-modulation", { ladderProgress: { hinge: 2 } });
    expect(suitability(trapBarBlocks, profile, options)).toMatchObject({ action: "avoid", ruleId: "T-1", axis: "axialCompression" });
  });

  it("P-1: a high-demand ladder step is earned back only in function optimisation, whatever the caps", () => {
    const rackPull = makeExercise({ id: "rack-pull", spineDemand: demand({ axialCompression: 3, shear: 2 }), ladders: [{ ladder: "hinge", step: 3 }] });
    const generous = { ...options, caps: { ...DEFAULT_SUITABILITY_CAPS, "movement-control": DEFAULT_SUITABILITY_CAPS["function-optimisation"] } };
    const profile = makeProfile("no-directional-intolerance", "movement-control", { ladderProgress: { hinge: 3 } });
    expect(suitability(rackPull, profile, generous)).toMatchObject({ action: "avoid", ruleId: "P-1" });
    expect(suitability(rackPull, { ...profile, stage: "function-optimisation" }, options).action).toBe("ok");
  });

  it("P-3: axial-load sensitivity lowers the compression cap and makes at-cap loading a caution", () => {
    const plain = makeProfile("no-directional-intolerance", "function-optimisation");
    const sensitive = makeProfile("no-directional-intolerance", "function-optimisation", { flags: { axialLoadSensitive: true } });
    expect(suitability(backSquat, plain, options).action).toBe("ok");
    expect(suitability(backSquat, sensitive, options)).toMatchObject({ action: "avoid", ruleId: "P-3", axis: "axialCompression" });
    expect(suitability(gobletSquat, sensitive, options).action).toBe("ok");
    const movementControl = makeProfile("no-directional-intolerance", "movement-control", { flags: { axialLoadSensitive: true } });
    expect(suitability(gobletSquat, movementControl, options)).toMatchObject({ action: "caution", ruleId: "P-3" });
  });

  it("L-6: loaded flexion is avoided for a flexion-intolerant back, and returns as the flexion ladder is earned", () => {
    const early = makeProfile("flexion-intolerant", "movement-control", { ladderProgress: { "flexion-exposure": 1 } });
    const earlyDecision = suitability(jeffersonCurl, early, options);
    // P-1 (a high-demand step waits for function optimisation) decides; L-6 is among the reasons.
    expect(earlyDecision).toMatchObject({ action: "avoid", ruleId: "P-1" });
    expect(earlyDecision.reasons.find((r) => r.ruleId === "L-6")?.message).toBe(
      "flexion demand 3 is above the cap of 2 for an intolerant direction in movement control",
    );
    const later = makeProfile("flexion-intolerant", "function-optimisation", { ladderProgress: { "flexion-exposure": 1 } });
    // Cap 2 + 1 earned step = 3: at the cap on the intolerant axis, so a caution.
    expect(suitability(jeffersonCurl, later, options)).toMatchObject({ action: "caution", ruleId: "L-6", axis: "flexion" });
    // The same exercise is fine for an extension-intolerant back once the ladder allows it.
    const other = makeProfile("extension-intolerant", "function-optimisation", { ladderProgress: { "flexion-exposure": 1 } });
    expect(suitability(jeffersonCurl, other, options).action).toBe("ok");
  });

  it("L-6: repeated motion into the intolerant direction is a caution even below the cap", () => {
    const profile = makeProfile("flexion-intolerant", "function-optimisation");
    expect(suitability(catCamel, profile, options)).toMatchObject({ action: "caution", ruleId: "L-6", axis: "flexion" });
    expect(suitability(catCamel, makeProfile("flexion-intolerant", "symptom-modulation"), options)).toMatchObject({ action: "caution" });
    expect(suitability(jeffersonCurl, makeProfile("flexion-intolerant", "symptom-modulation"), options)).toMatchObject({ action: "avoid" });
  });

  it("S-7: radicular pain avoids neural tension and uses the symptom-modulation caps (T-4)", () => {
    const radicular = makeProfile("no-directional-intolerance", "function-optimisation", { flags: { radicular: true } });
    expect(suitability(sciaticNerveFloss, radicular, options)).toMatchObject({ action: "avoid", ruleId: "S-7" });
    expect(suitability(sciaticNerveFloss, makeProfile("no-directional-intolerance", "function-optimisation"), options).action).toBe("ok");
    expect(policyStage(radicular)).toBe("symptom-modulation");
    expect(suitability(backSquat, radicular, options)).toMatchObject({ action: "avoid", ruleId: "T-1" });
  });

  it("L-5: a peripheralising direction is excluded at any stage", () => {
    const profile = makeProfile("extension-intolerant", "function-optimisation", {
      peripheralising: ["extension"],
      ladderProgress: { "extension-exposure": 5 },
    });
    expect(suitability(gluteBridge, profile, options)).toMatchObject({ action: "avoid", ruleId: "L-5", axis: "extension" });
    expect(suitability(gobletSquat, profile, options).action).toBe("ok");
  });

  it("C-5: the preferred direction is the treatment from the first stage", () => {
    const pressUp = makeExercise({
      id: "prone-press-up",
      pattern: "trunk-extension",
      position: "prone",
      spineDemand: demand({ extension: 3, endRange: true, repeated: true }),
    });
    const prefersExtension = makeProfile("flexion-intolerant", "symptom-modulation", { preference: ["extension"] });
    expect(suitability(pressUp, prefersExtension, options)).toMatchObject({ action: "ok", ruleId: "T-1" });
    expect(spineCaps(prefersExtension)[1]).toEqual({ axis: "extension", cap: 3, loadedCap: 1, sensitivity: "preferred", ruleId: "C-5" });
    expect(sensitiveAxes(prefersExtension)).toEqual(["flexion"]);
    // Without the preference the same press-up is beyond the symptom-modulation cap.
    expect(suitability(pressUp, makeProfile("flexion-intolerant", "symptom-modulation"), options)).toMatchObject({ action: "avoid", ruleId: "T-1" });
  });

  it("C-6: an indeterminate direction is conservative on flexion and extension", () => {
    const profile = makeProfile("indeterminate", "symptom-modulation");
    expect(suitability(gluteBridge, profile, options)).toMatchObject({ action: "caution", ruleId: "C-6", axis: "extension" });
    const seatedCrunch = makeExercise({ id: "crunch", pattern: "trunk-flexion", spineDemand: demand({ flexion: 2, repeated: true }) });
    expect(suitability(seatedCrunch, profile, options)).toMatchObject({ action: "avoid", ruleId: "C-6", axis: "flexion" });
    expect(sensitiveAxes(profile)).toEqual(["flexion", "extension"]);
  });

  it("P-6: ballistic work is avoided until function optimisation, then a caution", () => {
    expect(suitability(kettlebellSwing, makeProfile("no-directional-intolerance", "movement-control"), options)).toMatchObject({
      action: "avoid",
      ruleId: "P-6",
    });
    expect(suitability(kettlebellSwing, makeProfile("no-directional-intolerance", "function-optimisation"), options).action).toBe("caution");
  });

  it("T-1: within every cap is ok, with one reason naming the stage rule", () => {
    const decision = suitability(gluteBridge, makeProfile("no-directional-intolerance", "symptom-modulation"), options);
    expect(decision).toMatchObject({ action: "ok", ruleId: "T-1", axis: null });
    expect(decision.reasons).toHaveLength(1);
    expect(decision.reasons[0]?.evidence).toContain("seed-003");
    expect(Object.isFrozen(decision)).toBe(true);
  });

  it("lists every reason, the most severe deciding", () => {
    const profile = makeProfile("flexion-intolerant", "symptom-modulation");
    const decision = suitability(deadlift, profile, options);
    expect(decision.action).toBe("avoid");
    const rules = decision.reasons.map((r) => r.ruleId);
    expect(rules).toEqual(expect.arrayContaining(["P-1", "P-6", "L-6", "T-1"]));
    expect(decision.ruleId).toBe("P-1");
  });
});

describe("spineCaps", () => {
  it("L-6: the intolerant cap rises one per earned exposure step, never above the general cap", () => {
    const caps = (progress: number) =>
      spineCaps(makeProfile("extension-intolerant", "movement-control", { ladderProgress: { "extension-exposure": progress } }))[1];
    expect(caps(0)).toEqual({ axis: "extension", cap: 1, sensitivity: "intolerant", ruleId: "L-6" });
    expect(caps(1)?.cap).toBe(2);
    expect(caps(5)?.cap).toBe(2);
  });

  it("reads the cap table from the options and rejects caps outside 0–3", () => {
    const strict = { ...DEFAULT_SUITABILITY_CAPS, "function-optimisation": DEFAULT_SUITABILITY_CAPS["symptom-modulation"] };
    expect(spineCaps(makeProfile("no-directional-intolerance", "function-optimisation"), { caps: strict })[0]?.cap).toBe(1);
    const broken = { ...DEFAULT_SUITABILITY_CAPS, "movement-control": { ...DEFAULT_SUITABILITY_CAPS["movement-control"], intolerant: 4 } };
    expect(() => suitability(gluteBridge, makeProfile("flexion-intolerant", "movement-control"), { caps: broken as never })).toThrow(
      /suitability: every cap must be a whole number from 0 to 3; the "movement-control" row has 4/,
    );
  });

  it("ignores malformed ladder progress (missing, negative, NaN) as step 0", () => {
    const profile = makeProfile("no-directional-intolerance", "movement-control", { ladderProgress: { hinge: Number.NaN } });
    expect(suitability(trapBarBlocks, profile, options).action).toBe("avoid");
    const negative = makeProfile("no-directional-intolerance", "movement-control", { ladderProgress: { hinge: -3 } });
    expect(suitability(trapBarBlocks, negative, options).action).toBe("avoid");
  });
});

describe("C-5: a preferred direction opens unloaded movement, not loaded end-range work", () => {
  const profile = {
    direction: { pattern: "extension-intolerant", intolerance: ["extension"], preference: ["flexion"], peripheralising: [] },
    stage: "symptom-modulation",
  } as const;

  it("C-5: loaded flexion (cable crunch) keeps the stage's general cap in symptom modulation", () => {
    const decision = suitability(getExercise("cable-crunch")!, profile);
    expect(decision.action).toBe("avoid");
    expect(decision.axis).toBe("flexion");
  });

  it("C-5: unloaded flexion in the preferred direction (cat-camel) is not avoided", () => {
    expect(suitability(getExercise("cat-camel")!, profile).action).not.toBe("avoid");
  });
});
