import { describe, expect, it } from "vitest";
import { exercises } from "../../src/catalog/exercises.js";
import { blockTargets, checkSessionStructure, LEG_BLOCKS, setScheme } from "../../src/volume/index.js";

describe("blockTargets", () => {
  it("V-1: three blocks in order: single-leg, split-stance, bilateral", () => {
    expect(blockTargets.map((target) => [target.order, target.block, target.laterality])).toEqual([
      [1, "single-leg", "unilateral"],
      [2, "split-stance", "split-stance"],
      [3, "bilateral", "bilateral"],
    ]);
    expect(blockTargets.map((target) => target.block)).toEqual(LEG_BLOCKS);
  });

  it("V-3: single-leg work is heavy, 4–8 reps toward 50 per leg: 7 sets for the block", () => {
    expect(blockTargets[0]).toMatchObject({
      repRange: { min: 4, max: 8 },
      repsCountedPer: "side",
      targetRepsPerSide: 50,
      blockSets: [8, 7, 7, 7, 7, 7, 7],
      load: "heavy",
      sides: "one-side-then-the-other",
    });
  });

  it("V-4: split-stance work is 8–15 reps toward 60 per leg: 4 sets of 15", () => {
    expect(blockTargets[1]).toMatchObject({ repRange: { min: 8, max: 15 }, targetRepsPerSide: 60, blockSets: [15, 15, 15, 15], load: "moderate" });
  });

  it("V-5: bilateral finishers are two movements × 3 sets of 20+, light, maximal effort", () => {
    const finishers = blockTargets[2]!;
    expect(finishers).toMatchObject({ repRange: { min: 20, max: null }, repsCountedPer: "set", targetRepsPerSide: null, load: "light", effort: "maximal" });
    expect(finishers.slots.map((slot) => slot.sets)).toEqual([
      [20, 20, 20],
      [20, 20, 20],
    ]);
    expect(finishers.blockSets).toEqual(finishers.slots.flatMap((slot) => slot.sets));
  });

  it("V-3/V-4: every set count agrees with setScheme, and the slots share the block's target", () => {
    for (const target of blockTargets) {
      if (target.targetRepsPerSide === null || target.repRange.max === null) continue;
      const range = { min: target.repRange.min, max: target.repRange.max };
      const block = setScheme(target.targetRepsPerSide, range);
      expect(block.ok && block.sets).toEqual(target.blockSets);
      const shares = target.slots.map((slot) => slot.targetRepsPerSide ?? 0);
      expect(shares.reduce((a, b) => a + b, 0)).toBe(target.targetRepsPerSide);
      for (const slot of target.slots) {
        const scheme = setScheme(slot.targetRepsPerSide!, range);
        expect(scheme.ok && scheme.sets).toEqual(slot.sets);
      }
    }
  });

  it("V-2: each block has one hip- and one knee-dominant slot", () => {
    for (const target of blockTargets) expect(target.slots.map((slot) => slot.dominance)).toEqual(["hip", "knee"]);
  });

  it("cites its rules and seed 000, and says how to load each block", () => {
    expect(blockTargets.map((target) => target.ruleIds)).toEqual([
      ["V-1", "V-2", "V-3", "V-6"],
      ["V-1", "V-2", "V-4", "V-6"],
      ["V-1", "V-2", "V-5"],
    ]);
    for (const target of blockTargets) {
      expect(target.sources).toEqual(["seed-000"]);
      expect(target.loadGuidance.length).toBeGreaterThan(40);
    }
  });

  it("is deeply frozen", () => {
    expect(Object.isFrozen(blockTargets)).toBe(true);
    expect(Object.isFrozen(blockTargets[0]!.slots[0]!.sets)).toBe(true);
    expect(Object.isFrozen(blockTargets[2]!.repRange)).toBe(true);
  });

  it("every example is a built-in exercise that fits its block and slot", () => {
    const byId = new Map(exercises.map((exercise) => [exercise.id, exercise]));
    for (const target of blockTargets) {
      for (const slot of target.slots) {
        expect(slot.examples.length).toBeGreaterThan(0);
        for (const id of slot.examples) {
          const exercise = byId.get(id);
          expect(exercise, id).toBeDefined();
          expect(exercise!.laterality, id).toBe(target.laterality);
          expect([slot.dominance, "mixed"], id).toContain(exercise!.dominance);
        }
      }
    }
  });

  it("V-1/V-2: a plan of the first examples passes checkSessionStructure with the built-in catalog", () => {
    const plan = { blocks: blockTargets.map((target) => ({ block: target.block, exerciseIds: target.slots.map((slot) => slot.examples[0]!) })) };
    expect(checkSessionStructure(plan)).toEqual([]);
  });
});
