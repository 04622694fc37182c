import { describe, expect, it } from "vitest";
import { checkSessionStructure, type PerformedSet } from "../../src/volume/index.js";
import { fixtureCatalog } from "./fixtures.js";

const catalog = fixtureCatalog;

const seedPlan = {
  blocks: [
    { block: "single-leg" as const, exerciseIds: ["single-leg-romanian-deadlift", "step-up"] },
    { block: "split-stance" as const, exerciseIds: ["kickstand-romanian-deadlift", "split-squat"] },
    { block: "bilateral" as const, exerciseIds: ["trap-bar-deadlift-blocks", "isometric-squat-hold"] },
  ],
};

function pairOfSides(exerciseId: string, reps: number): PerformedSet[] {
  return [
    { exerciseId, side: "left", reps, rir: 2 },
    { exerciseId, side: "right", reps, rir: 2 },
  ];
}

describe("checkSessionStructure on a plan", () => {
  it("V-1/V-2: the seed 000 session has no findings", () => {
    expect(checkSessionStructure(seedPlan, { catalog })).toEqual([]);
  });

  it("V-1: blocks without labels are read from each exercise's laterality", () => {
    const unlabelled = { blocks: seedPlan.blocks.map((block) => ({ exerciseIds: block.exerciseIds })) };
    expect(checkSessionStructure(unlabelled, { catalog })).toEqual([]);
  });

  it("V-1: bilateral work before single-leg work is reported at the offending exercises", () => {
    const findings = checkSessionStructure(
      { blocks: [seedPlan.blocks[2]!, seedPlan.blocks[0]!, seedPlan.blocks[1]!] },
      { catalog },
    );
    expect(findings.map((f) => [f.ruleId, f.path])).toEqual([
      ["V-1", ["blocks", 1, "exerciseIds", 0]],
      ["V-1", ["blocks", 1, "exerciseIds", 1]],
      ["V-1", ["blocks", 2, "exerciseIds", 0]],
      ["V-1", ["blocks", 2, "exerciseIds", 1]],
    ]);
    expect(findings[0]!.message).toBe(
      "single-leg work (Single-leg Romanian deadlift) comes after bilateral work (Isometric bodyweight squat hold): single-leg first, split-stance next, bilateral last",
    );
    expect(findings[0]!.evidence).toEqual(["seed-000"]);
    expect(findings.every((f) => f.severity === "warning")).toBe(true);
  });

  it("V-1: a bilateral lift placed in the single-leg block is reported", () => {
    const findings = checkSessionStructure(
      { blocks: [{ block: "single-leg", exerciseIds: ["trap-bar-deadlift-blocks", "step-up"] }, seedPlan.blocks[1]!, seedPlan.blocks[2]!] },
      { catalog },
    );
    expect(findings.map((f) => [f.ruleId, f.path, f.message])).toContainEqual([
      "V-1",
      ["blocks", 0, "exerciseIds", 0],
      "Trap-bar deadlift off blocks is bilateral work placed in the single-leg block",
    ]);
  });

  it("V-2: a block without a hip-dominant movement is reported at the block", () => {
    const findings = checkSessionStructure(
      { blocks: [{ block: "single-leg", exerciseIds: ["step-up"] }, seedPlan.blocks[1]!, seedPlan.blocks[2]!] },
      { catalog },
    );
    expect(findings.map((f) => [f.ruleId, f.path, f.message])).toEqual([
      ["V-2", ["blocks", 0], "the single-leg block has no hip-dominant movement"],
    ]);
  });

  it("V-2: two knee-dominant movements and no hip one: a warning and a note", () => {
    const findings = checkSessionStructure(
      { blocks: [seedPlan.blocks[0]!, seedPlan.blocks[1]!, { block: "bilateral", exerciseIds: ["goblet-squat", "isometric-squat-hold"] }] },
      { catalog },
    );
    expect(findings.map((f) => [f.ruleId, f.severity, f.message])).toEqual([
      ["V-2", "warning", "the bilateral block has no hip-dominant movement"],
      ["V-2", "info", "the bilateral block has 2 knee-dominant movements; V-2 asks for one"],
    ]);
  });

  it("V-2: a mixed-dominance movement fills the empty slot", () => {
    const findings = checkSessionStructure(
      { blocks: [seedPlan.blocks[0]!, seedPlan.blocks[1]!, { exerciseIds: ["kettlebell-swing-mixed", "goblet-squat"] }] },
      { catalog },
    );
    expect(findings).toEqual([]);
  });

  it("V-2: a missing block is reported unless blocks are optional", () => {
    const plan = { blocks: [seedPlan.blocks[0]!, seedPlan.blocks[2]!] };
    expect(checkSessionStructure(plan, { catalog }).map((f) => [f.ruleId, f.path, f.message])).toEqual([
      ["V-2", ["blocks"], "no split-stance block: it needs one hip-dominant and one knee-dominant movement"],
    ]);
    expect(checkSessionStructure(plan, { catalog, requireAllBlocks: false })).toEqual([]);
  });

  it("V-6: an alternating movement is reported once", () => {
    const findings = checkSessionStructure(
      { blocks: [{ exerciseIds: ["single-leg-romanian-deadlift", "alternating-reverse-lunge"] }, seedPlan.blocks[1]!, seedPlan.blocks[2]!] },
      { catalog },
    );
    expect(findings.map((f) => [f.ruleId, f.path])).toEqual([["V-6", ["blocks", 0, "exerciseIds", 1]]]);
  });

  it("V-6: movements that alternate by nature (a band walk) are not reported", () => {
    const findings = checkSessionStructure({ blocks: [{ exerciseIds: ["lateral-band-walk"] }] }, { catalog, requireAllBlocks: false });
    expect(findings.map((f) => f.ruleId)).toEqual(["V-2"]);
  });

  it("core and upper-body work (dominance none) is not leg work and is left out", () => {
    const plan = { blocks: [{ exerciseIds: ["pallof-press"] }, ...seedPlan.blocks] };
    expect(checkSessionStructure(plan, { catalog })).toEqual([]);
  });

  it("unknown exercise IDs are reported, never thrown", () => {
    const findings = checkSessionStructure({ blocks: [{ exerciseIds: ["moon-squat", "moon-squat"] }, ...seedPlan.blocks] }, { catalog });
    expect(findings.map((f) => [f.ruleId, f.path, f.message])).toEqual([
      ["V-1", ["blocks", 0, "exerciseIds", 0], 'unknown exercise "moon-squat": its block and dominance cannot be checked'],
    ]);
  });
});

describe("checkSessionStructure on a log", () => {
  const seedLog = {
    sets: [
      { exerciseId: "step-up", side: "left" as const, reps: 5, warmup: true },
      ...pairOfSides("single-leg-romanian-deadlift", 8),
      ...pairOfSides("step-up", 7),
      ...pairOfSides("split-squat", 15),
      ...pairOfSides("kickstand-romanian-deadlift", 15),
      { exerciseId: "trap-bar-deadlift-blocks", side: "both" as const, reps: 20, rir: 0 },
      { exerciseId: "isometric-squat-hold", side: "both" as const, reps: 1, holdSeconds: 30, rir: 0 },
    ],
  };

  it("V-1/V-2/V-6: a log of the seed 000 session has no findings", () => {
    expect(checkSessionStructure(seedLog, { catalog })).toEqual([]);
  });

  it("V-1: a set of single-leg work after the finishers is reported once per exercise", () => {
    const log = { sets: [...seedLog.sets, ...pairOfSides("step-up", 6)] };
    expect(checkSessionStructure(log, { catalog }).map((f) => [f.ruleId, f.path])).toEqual([["V-1", ["sets", 11]]]);
  });

  it("V-6: a unilateral set logged on both sides is reported at the set", () => {
    const log = { sets: [...seedLog.sets.slice(0, 5), { exerciseId: "step-up", side: "both" as const, reps: 12 }, ...seedLog.sets.slice(5)] };
    const findings = checkSessionStructure(log, { catalog });
    expect(findings.map((f) => [f.ruleId, f.path])).toEqual([["V-6", ["sets", 5]]]);
    expect(findings[0]!.message).toContain("do all reps on one side, then the other");
  });

  it("V-6: an alternating lunge logged on both sides is reported once, as alternating", () => {
    const log = { sets: [{ exerciseId: "alternating-reverse-lunge", side: "both" as const, reps: 12 }, { exerciseId: "alternating-reverse-lunge", side: "both" as const, reps: 12 }] };
    const findings = checkSessionStructure(log, { catalog, requireAllBlocks: false });
    expect(findings.filter((f) => f.ruleId === "V-6").map((f) => [f.path, f.message])).toEqual([
      [["sets", 0], "Alternating reverse lunge alternates sides: do all reps on one side, then the other"],
    ]);
  });

  it("warm-up sets out of order are not structure problems", () => {
    const log = { sets: [{ exerciseId: "goblet-squat", side: "both" as const, reps: 10, warmup: true }, ...seedLog.sets] };
    expect(checkSessionStructure(log, { catalog })).toEqual([]);
  });

  it("V-2: a missing block in a log points at the sets", () => {
    const log = { sets: seedLog.sets.slice(0, 5) };
    expect(checkSessionStructure(log, { catalog }).map((f) => [f.ruleId, f.path])).toEqual([
      ["V-2", ["sets"]],
      ["V-2", ["sets"]],
    ]);
  });
});
