import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { citations, rules } from "../../src/evidence/index.js";
import { antiExtensionExercises } from "../../src/catalog/data/antiExtension.js";
import { antiLateralFlexionExercises } from "../../src/catalog/data/antiLateralFlexion.js";
import { antiRotationExercises } from "../../src/catalog/data/antiRotation.js";
import { breathingBracingExercises } from "../../src/catalog/data/breathingBracing.js";
import { bridgeThrustExercises } from "../../src/catalog/data/bridgeThrust.js";
import { carryExercises } from "../../src/catalog/data/carry.js";
import { hingeExercises } from "../../src/catalog/data/hinge.js";
import { builtInExercises } from "../../src/catalog/data/index.js";
import { lateralFlexionExercises } from "../../src/catalog/data/lateralFlexion.js";
import { mobilityExercises } from "../../src/catalog/data/mobility.js";
import { rotationExercises } from "../../src/catalog/data/rotation.js";
import { singleLegExercises } from "../../src/catalog/data/singleLeg.js";
import { spinalExtensionExercises } from "../../src/catalog/data/spinalExtension.js";
import { spinalFlexionExercises } from "../../src/catalog/data/spinalFlexion.js";
import { squatExercises } from "../../src/catalog/data/squat.js";
import { upperPullExercises } from "../../src/catalog/data/upperPull.js";
import { upperPushExercises } from "../../src/catalog/data/upperPush.js";
import { ladders } from "../../src/catalog/ladders.js";
import { parseExercise } from "../../src/catalog/schema.js";
import { SPINE_AXES, type Exercise, type ExerciseFamily, type SpineAxis } from "../../src/catalog/types.js";
import { EXERCISE_FAMILIES, LADDER_IDS } from "../../src/catalog/vocabulary.js";

const byId = new Map(builtInExercises.map((exercise) => [exercise.id, exercise]));

function exercise(id: string): Exercise {
  const found = byId.get(id);
  if (found === undefined) throw new Error(`no exercise "${id}" in the catalog`);
  return found;
}

/** Sum of the six axis scores: the "total demand" a regression may never exceed. */
function totalDemand(item: Exercise): number {
  return SPINE_AXES.reduce((sum, axis) => sum + item.spineDemand[axis], 0);
}

function demandOn(item: Exercise, axes: readonly SpineAxis[]): number {
  return axes.reduce((sum, axis) => sum + item.spineDemand[axis], 0);
}

// DOMAIN.md §5: every exercise the seeds name, matched by ID (written out here, not derived).
const DOMAIN_SECTION_5_IDS = [
  "glute-bridge",
  "banded-glute-bridge",
  "barbell-hip-thrust",
  "bulgarian-split-squat",
  "lateral-band-walk",
  "single-leg-romanian-deadlift",
  "step-up",
  "bird-dog",
  "kettlebell-deadlift",
  "trap-bar-deadlift",
  "trap-bar-deadlift-blocks",
  "rack-pull",
  "rkc-plank",
  "cable-pull-through",
  "jefferson-curl-bodyweight",
  "jefferson-curl",
  "half-kneeling-side-bend",
  "back-extension-neutral",
  "back-extension-flexion-extension",
  "half-kneeling-windmill",
  "cat-camel",
  "mcgill-curl-up",
  "prone-press-up",
  "wall-roll-down",
  "wall-dead-bug",
  "pallof-press",
  "farmers-carry",
  "side-bridge",
  "diaphragmatic-breathing",
  "balloon-breathing",
  "seated-thoracic-rotation",
  "quadruped-thread-the-needle",
  "foam-roller-thoracic-extension",
  "deep-lunge-hold",
  "ninety-ninety-hip-switch",
  "banded-hip-distraction",
  "knee-to-wall-ankle-mobility",
  "isometric-squat-hold",
  "conventional-deadlift",
  "barbell-row",
  "good-morning",
  "sit-up",
  "back-extension",
  "low-bar-back-squat",
  "leg-press",
  "front-squat",
  "goblet-squat",
  "split-squat",
  "reverse-lunge",
  "chest-supported-row",
  "suitcase-carry",
] as const;

// P-1: the seven lifts avoided while symptomatic.
const P1_LIFTS = [
  "conventional-deadlift",
  "barbell-row",
  "good-morning",
  "sit-up",
  "back-extension",
  "low-bar-back-squat",
  "leg-press",
] as const;

// P-5: the seed 001 outside-neutral drills.
const SEED_001_DRILLS = [
  "jefferson-curl-bodyweight",
  "jefferson-curl",
  "half-kneeling-side-bend",
  "back-extension-flexion-extension",
  "half-kneeling-windmill",
] as const;

const FAMILY_FILES: readonly (readonly [ExerciseFamily, readonly Exercise[]])[] = [
  ["hinge", hingeExercises],
  ["squat", squatExercises],
  ["single-leg", singleLegExercises],
  ["bridge-thrust", bridgeThrustExercises],
  ["carry", carryExercises],
  ["anti-extension", antiExtensionExercises],
  ["anti-rotation", antiRotationExercises],
  ["anti-lateral-flexion", antiLateralFlexionExercises],
  ["spinal-flexion", spinalFlexionExercises],
  ["spinal-extension", spinalExtensionExercises],
  ["lateral-flexion", lateralFlexionExercises],
  ["rotation", rotationExercises],
  ["mobility", mobilityExercises],
  ["breathing-bracing", breathingBracingExercises],
  ["upper-pull", upperPullExercises],
  ["upper-push", upperPushExercises],
];

describe("catalog integrity: identity and size", () => {
  it("holds at least 110 exercises (the issue asks for 100)", () => {
    expect(builtInExercises.length).toBeGreaterThanOrEqual(110);
  });

  it("gives every exercise a unique kebab-case ID", () => {
    const ids = builtInExercises.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it("never uses one name or alias for two exercises, so a search by name is unambiguous", () => {
    const owner = new Map<string, string>();
    for (const item of builtInExercises) {
      for (const label of new Set([item.name, ...item.aliases].map((text) => text.toLowerCase()))) {
        expect(owner.get(label) ?? item.id, label).toBe(item.id);
        owner.set(label, item.id);
      }
    }
  });

  it("puts each family in its own file, in a fixed order, and concatenates them in that order", () => {
    expect(FAMILY_FILES.map(([family]) => family)).toEqual([...EXERCISE_FAMILIES]);
    for (const [family, items] of FAMILY_FILES) {
      expect(items.length, family).toBeGreaterThan(0);
      for (const item of items) expect(item.family, item.id).toBe(family);
    }
    expect(builtInExercises.map((item) => item.id)).toEqual(FAMILY_FILES.flatMap(([, items]) => items.map((item) => item.id)));
  });

  it("passes the exercise schema for every entry", () => {
    for (const item of builtInExercises) {
      const result = parseExercise(item);
      expect(result.ok ? [] : result.error.issues, item.id).toEqual([]);
    }
  });

  it("is plain JSON data (survives a JSON round trip unchanged)", () => {
    expect(JSON.parse(JSON.stringify(builtInExercises))).toEqual(builtInExercises);
  });
});

describe("catalog integrity: DOMAIN §5 and the P-1 lifts", () => {
  it("contains every exercise named in DOMAIN.md §5", () => {
    const missing = DOMAIN_SECTION_5_IDS.filter((id) => !byId.has(id));
    expect(missing).toEqual([]);
  });

  it("P-1: puts each of the seven lifts on a ladder as its last or second-to-last step, never the first", () => {
    for (const id of P1_LIFTS) {
      const memberships = exercise(id).ladders;
      expect(memberships.length, id).toBeGreaterThan(0);
      const late = memberships.some(({ ladder, step }) => {
        const steps = ladders.find((candidate) => candidate.id === ladder)?.steps ?? [];
        return step > 0 && step >= steps.length - 2;
      });
      expect(late, id).toBe(true);
    }
  });

  it("P-1: each lift asks at least as much of its ladder's key axes as every step below it, and more than the first", () => {
    for (const id of P1_LIFTS) {
      for (const { ladder, step } of exercise(id).ladders) {
        const found = ladders.find((candidate) => candidate.id === ladder);
        const keyAxes = found?.keyAxes ?? SPINE_AXES;
        const own = demandOn(exercise(id), keyAxes);
        const below = (found?.steps ?? []).slice(0, step).map((lower) => demandOn(exercise(lower), keyAxes));
        for (const demand of below) expect(demand, `${ladder} below ${id}`).toBeLessThanOrEqual(own);
        expect(own, id).toBeGreaterThan(below[0] ?? own);
      }
    }
  });
});

describe("catalog integrity: links", () => {
  it("resolves every regression, progression and substitute, and never links an exercise to itself", () => {
    for (const item of builtInExercises) {
      for (const linked of [...item.regressions, ...item.progressions, ...item.substitutes]) {
        expect(byId.has(linked), `${item.id} → ${linked}`).toBe(true);
        expect(linked, item.id).not.toBe(item.id);
      }
    }
  });

  it("names a linked exercise in at most one of regressions, progressions and substitutes", () => {
    for (const item of builtInExercises) {
      const all = [...item.regressions, ...item.progressions, ...item.substitutes];
      expect(new Set(all).size, item.id).toBe(all.length);
    }
  });

  it("keeps regression and progression links mutual", () => {
    for (const item of builtInExercises) {
      for (const easier of item.regressions) expect(exercise(easier).progressions, `${easier} ↑ ${item.id}`).toContain(item.id);
      for (const harder of item.progressions) expect(exercise(harder).regressions, `${harder} ↓ ${item.id}`).toContain(item.id);
    }
  });

  it("never points a regression up or a progression down in total spine demand", () => {
    for (const item of builtInExercises) {
      for (const easier of item.regressions) expect(totalDemand(exercise(easier)), `${item.id} ↓ ${easier}`).toBeLessThanOrEqual(totalDemand(item));
      for (const harder of item.progressions) expect(totalDemand(exercise(harder)), `${item.id} ↑ ${harder}`).toBeGreaterThanOrEqual(totalDemand(item));
    }
  });

  it("links only exercises with the same intent: the same movement pattern or a shared primary muscle", () => {
    for (const item of builtInExercises) {
      for (const linked of [...item.regressions, ...item.progressions, ...item.substitutes]) {
        const other = exercise(linked);
        const sameIntent = other.pattern === item.pattern || other.primaryMuscles.some((muscle) => item.primaryMuscles.includes(muscle));
        expect(sameIntent, `${item.id} ↔ ${linked}`).toBe(true);
      }
    }
  });

  it("has no cycle in the progression graph", () => {
    const state = new Map<string, "visiting" | "done">();
    const cycles: string[] = [];
    const visit = (id: string, path: readonly string[]): void => {
      if (state.get(id) === "done") return;
      if (state.get(id) === "visiting") {
        cycles.push([...path, id].join(" → "));
        return;
      }
      state.set(id, "visiting");
      for (const next of exercise(id).progressions) visit(next, [...path, id]);
      state.set(id, "done");
    };
    for (const item of builtInExercises) visit(item.id, []);
    expect(cycles).toEqual([]);
  });
});

describe("catalog integrity: ladders", () => {
  it("defines each ladder ID of the vocabulary exactly once", () => {
    expect(ladders.map((ladder) => ladder.id).sort()).toEqual([...LADDER_IDS].sort());
  });

  it("resolves every step, repeats none, names known rules and sources, and lists key axes", () => {
    for (const ladder of ladders) {
      expect(ladder.steps.length, ladder.id).toBeGreaterThanOrEqual(3);
      expect(new Set(ladder.steps).size, ladder.id).toBe(ladder.steps.length);
      for (const step of ladder.steps) expect(byId.has(step), `${ladder.id}: ${step}`).toBe(true);
      for (const ruleId of ladder.ruleIds) expect(rules[ruleId], ruleId).toBeDefined();
      for (const source of ladder.sources) expect(Object.keys(citations)).toContain(source);
      expect(ladder.keyAxes?.length ?? 0, ladder.id).toBeGreaterThan(0);
    }
  });

  it("orders the steps by non-decreasing demand on the ladder's key axes", () => {
    for (const ladder of ladders) {
      const demands = ladder.steps.map((step) => demandOn(exercise(step), ladder.keyAxes ?? SPINE_AXES));
      expect(demands, ladder.id).toEqual([...demands].sort((a, b) => a - b));
    }
  });

  it("ends every ladder on a step that asks strictly more than its first step", () => {
    for (const ladder of ladders) {
      const axes = ladder.keyAxes ?? SPINE_AXES;
      const first = demandOn(exercise(ladder.steps[0] ?? ""), axes);
      const last = demandOn(exercise(ladder.steps.at(-1) ?? ""), axes);
      expect(last, ladder.id).toBeGreaterThan(first);
    }
  });

  it("agrees with each exercise's ladder membership, both ways", () => {
    for (const ladder of ladders) {
      ladder.steps.forEach((step, index) => {
        expect(exercise(step).ladders, `${ladder.id}[${index}]`).toContainEqual({ ladder: ladder.id, step: index });
      });
    }
    for (const item of builtInExercises) {
      for (const { ladder, step } of item.ladders) {
        expect(ladders.find((candidate) => candidate.id === ladder)?.steps[step], `${item.id} on ${ladder}`).toBe(item.id);
      }
    }
  });

  it("P-2: the hinge ladder reaches the trap bar off blocks and the rack pull before anything from the floor", () => {
    const steps = ladders.find((ladder) => ladder.id === "hinge")?.steps ?? [];
    expect(steps.slice(0, 2)).toEqual(["dowel-hip-hinge", "kettlebell-deadlift"]);
    expect(steps.indexOf("trap-bar-deadlift-blocks")).toBeLessThan(steps.indexOf("trap-bar-deadlift"));
    expect(steps.indexOf("rack-pull")).toBeLessThan(steps.indexOf("trap-bar-deadlift"));
    expect(steps.indexOf("trap-bar-deadlift")).toBeLessThan(steps.indexOf("conventional-deadlift"));
  });

  it("P-3: the squat ladder moves the load from the hands to the front and only then onto the back", () => {
    const steps = ladders.find((ladder) => ladder.id === "squat")?.steps ?? [];
    const positions = steps.map((step) => exercise(step).loadPosition);
    expect(positions).toEqual(["none", "goblet", "front-rack", "high-bar", "high-bar", "low-bar"]);
  });
});

describe("catalog integrity: demand scores", () => {
  it("scores every axis with a whole number from 0 to 3", () => {
    for (const item of builtInExercises) {
      for (const axis of SPINE_AXES) expect([0, 1, 2, 3], `${item.id}.${axis}`).toContain(item.spineDemand[axis]);
    }
  });

  it("P-1: the conventional deadlift is loaded hard on flexion, compression and shear", () => {
    const deadlift = exercise("conventional-deadlift").spineDemand;
    expect(deadlift.flexion).toBeGreaterThanOrEqual(2);
    expect(deadlift.axialCompression).toBe(3);
    expect(deadlift.shear).toBe(3);
  });

  it("P-2: the trap bar off blocks asks less than from the floor on every loaded axis", () => {
    const blocks = exercise("trap-bar-deadlift-blocks").spineDemand;
    const floor = exercise("trap-bar-deadlift").spineDemand;
    for (const axis of ["flexion", "axialCompression", "shear"] as const) expect(blocks[axis]).toBeLessThan(floor[axis]);
  });

  it("P-3: the bar on the back compresses more than a load in the hands", () => {
    expect(exercise("low-bar-back-squat").spineDemand.axialCompression).toBe(3);
    expect(exercise("goblet-squat").spineDemand.axialCompression).toBeLessThanOrEqual(2);
    expect(exercise("dumbbell-squat").spineDemand.axialCompression).toBeLessThan(exercise("high-bar-back-squat").spineDemand.axialCompression);
    expect(exercise("belt-squat").spineDemand.axialCompression).toBe(0);
  });

  it("P-4: accommodating resistance lowers shear at the floor compared with the straight-weight lift", () => {
    for (const [accommodating, straight] of [
      ["banded-trap-bar-deadlift", "trap-bar-deadlift"],
      ["chained-trap-bar-deadlift", "trap-bar-deadlift"],
      ["banded-box-squat", "box-squat"],
      ["chained-box-squat", "box-squat"],
    ] as const) {
      expect(exercise(accommodating).spineDemand.shear, accommodating).toBeLessThan(exercise(straight).spineDemand.shear);
    }
  });

  it("C-4: the prone press-up is end-range, repeated extension with no compression", () => {
    expect(exercise("prone-press-up").spineDemand).toMatchObject({ extension: 3, axialCompression: 0, endRange: true, repeated: true });
  });

  it("L-6: the flexion drills grade from cat-camel to the Jefferson curl", () => {
    expect(exercise("cat-camel").spineDemand).toMatchObject({ flexion: 1, extension: 1, repeated: true, axialCompression: 0 });
    expect(exercise("mcgill-curl-up").spineDemand.flexion).toBe(1);
    expect(exercise("jefferson-curl-bodyweight").spineDemand).toMatchObject({ flexion: 3, endRange: true });
    expect(exercise("jefferson-curl").spineDemand).toMatchObject({ flexion: 3, endRange: true });
    expect(exercise("sit-up").spineDemand).toMatchObject({ flexion: 3, repeated: true });
  });

  it("scores isometric anti-movement holds low on the axis they resist (the spine stays neutral)", () => {
    expect(exercise("plank").spineDemand.extension).toBe(0);
    expect(exercise("rkc-plank").spineDemand.extension).toBe(0);
    expect(exercise("side-bridge").spineDemand.lateralFlexion).toBe(0);
    expect(exercise("bird-dog").spineDemand.rotation).toBe(0);
    expect(exercise("pallof-press").spineDemand.rotation).toBeLessThanOrEqual(1);
  });

  it("marks end range only on exercises that score 3 on some axis", () => {
    for (const item of builtInExercises) {
      if (item.spineDemand.endRange) expect(Math.max(...SPINE_AXES.map((axis) => item.spineDemand[axis])), item.id).toBe(3);
    }
  });

  it("uses tags only for what the vector cannot say", () => {
    const tagged = (tag: string) => builtInExercises.filter((item) => item.tags.some((t) => t === tag)).map((item) => item.id);
    expect(tagged("neural-tension").sort()).toEqual(["hamstring-floss", "seated-slump-nerve-glide"]);
    expect(tagged("ballistic").sort()).toEqual(["kettlebell-swing", "medicine-ball-rotational-throw"]);
    expect(tagged("valsalva-heavy")).toContain("conventional-deadlift");
    expect(tagged("valsalva-heavy")).toContain("overhead-press");
  });
});

describe("catalog integrity: doses, cues and sources", () => {
  it("gives every dose at least one set and a range whose min does not exceed its max", () => {
    for (const item of builtInExercises) {
      const dose = item.defaultDose;
      expect(dose.sets, item.id).toBeGreaterThanOrEqual(1);
      const range = dose.kind === "reps" ? dose.reps : dose.kind === "hold" ? dose.holdSeconds : dose.kind === "distance" ? dose.distanceMeters : dose.breaths;
      expect(range.min, item.id).toBeGreaterThanOrEqual(1);
      expect(range.min, item.id).toBeLessThanOrEqual(range.max);
    }
  });

  it("T-1 and T-2: the glute bridge is dosed 8–15 reps and the bird dog 8–12 per side (seed 003)", () => {
    expect(exercise("glute-bridge").defaultDose).toMatchObject({ kind: "reps", reps: { min: 8, max: 15 } });
    expect(exercise("bird-dog").defaultDose).toMatchObject({ kind: "reps", reps: { min: 8, max: 12 }, perSide: true });
  });

  it("P-5: the seed 001 drills start at 3 sets of 6–8", () => {
    for (const id of SEED_001_DRILLS) {
      expect(exercise(id).defaultDose, id).toMatchObject({ kind: "reps", sets: 3, reps: { min: 6, max: 8 } });
      expect(exercise(id).sources, id).toContain("seed-001");
    }
  });

  it("V-3, V-4, V-5: single-leg strength 4–8, split stance 8–15 per leg, bilateral finishers 3 × 20+", () => {
    for (const id of ["step-up", "single-leg-romanian-deadlift", "single-leg-box-squat"]) {
      expect(exercise(id).defaultDose, id).toMatchObject({ kind: "reps", reps: { min: 4, max: 8 }, perSide: true });
    }
    for (const id of ["split-squat", "bulgarian-split-squat", "reverse-lunge"]) {
      expect(exercise(id).defaultDose, id).toMatchObject({ kind: "reps", reps: { min: 8, max: 15 }, perSide: true });
    }
    expect(exercise("trap-bar-deadlift-blocks").defaultDose).toMatchObject({ kind: "reps", sets: 3, reps: { min: 20 } });
    expect(exercise("isometric-squat-hold").defaultDose).toMatchObject({ kind: "hold", sets: 3 });
  });

  it("V-6: every single-leg and split-stance exercise is dosed per side", () => {
    for (const item of builtInExercises) {
      if (item.laterality === "unilateral" || item.laterality === "split-stance") {
        expect("perSide" in item.defaultDose && item.defaultDose.perSide, item.id).toBe(true);
      }
    }
  });

  it("P-6: tempo and pause variants carry a tempo", () => {
    for (const item of builtInExercises.filter((candidate) => /^(tempo|pause)-/.test(candidate.id))) {
      expect(item.defaultDose.kind === "reps" ? item.defaultDose.tempo : undefined, item.id).toMatch(/^\d-\d-\d-\d$/);
    }
  });

  it("gives every exercise two to four cues in full sentences", () => {
    for (const item of builtInExercises) {
      expect(item.cues.length, item.id).toBeGreaterThanOrEqual(2);
      expect(item.cues.length, item.id).toBeLessThanOrEqual(4);
      for (const cue of item.cues) expect(cue, item.id).toMatch(/^[A-Z0-9"].*[.!?]$/);
    }
  });

  it("cites only known sources and tags the seed lifts with their seed", () => {
    const known = new Set(Object.keys(citations));
    for (const item of builtInExercises) for (const source of item.sources) expect(known.has(source), `${item.id}: ${source}`).toBe(true);
    for (const id of P1_LIFTS) expect(exercise(id).sources, id).toContain("seed-000");
    expect(exercise("kettlebell-deadlift").sources).toContain("seed-003");
    expect(exercise("rkc-plank").sources).toContain("seed-004");
  });

  it("keeps primary and secondary muscles apart and gives every exercise a primary muscle", () => {
    for (const item of builtInExercises) {
      expect(item.primaryMuscles.length, item.id).toBeGreaterThan(0);
      for (const muscle of item.secondaryMuscles) expect(item.primaryMuscles, item.id).not.toContain(muscle);
    }
  });

  it("counts implements consistently with the load (bodyweight has none)", () => {
    for (const item of builtInExercises) {
      if (item.loadPosition === "none" && item.equipment.flat().every((kit) => ["bodyweight", "mat", "wall", "box", "bench", "dowel", "foam-roller", "pull-up-bar", "back-extension-bench", "ghd", "medicine-ball", "ab-wheel"].includes(kit))) {
        expect(item.implements, item.id).toBe(0);
      }
      if (item.implements === 0) expect(item.loadPosition, item.id).toBe("none");
    }
  });
});

describe("docs/catalog.md matches the data", () => {
  const doc = readFileSync(new URL("../../docs/catalog.md", import.meta.url), "utf8");
  const axisLabel: Record<SpineAxis, string> = {
    flexion: "flexion",
    extension: "extension",
    lateralFlexion: "lateral flexion",
    rotation: "rotation",
    axialCompression: "compression",
    shear: "shear",
  };

  it("states the catalog's size where the example shows it", () => {
    expect(doc).toContain(`ships a catalog of ${builtInExercises.length} exercises`);
    expect(doc).toContain(`exercises.length;\n// => ${builtInExercises.length}`);
    expect(doc).toContain(`getExercise("trap-bar-deadlift-blocks")?.spineDemand;\n// => ${JSON.stringify(exercise("trap-bar-deadlift-blocks").spineDemand).replaceAll(",", ", ").replaceAll(":", ": ").replace("{", "{ ").replace("}", " }").replaceAll('"', "")}`);
    expect(doc).toContain("(./suitability.md)");
  });

  it("shows every ladder step in order with its key-axis scores", () => {
    for (const ladder of ladders) {
      const axes = ladder.keyAxes ?? SPINE_AXES;
      expect(doc).toContain(`### ${ladder.name} (\`${ladder.id}\`)`);
      expect(doc).toContain(`| Step | Exercise | ${axes.map((axis) => axisLabel[axis]).join(" | ")} | Key-axis sum |`);
      ladder.steps.forEach((step, index) => {
        const item = exercise(step);
        const scores = axes.map((axis) => item.spineDemand[axis]);
        const sum = scores.reduce<number>((total, score) => total + score, 0);
        expect(doc).toContain(`| ${index} | ${item.name} (\`${step}\`) | ${scores.join(" | ")} | ${sum} |`);
      });
    }
  });

  it("lists every exercise in the at-a-glance table with its current vector and tags", () => {
    for (const item of builtInExercises) {
      const demand = item.spineDemand;
      const scores = SPINE_AXES.map((axis) => demand[axis]).join(" | ");
      const row = `| \`${item.id}\` | ${item.name} | ${scores} | ${demand.endRange ? "yes" : ""} | ${demand.repeated ? "yes" : ""} | ${item.tags.join(", ")} |`;
      expect(doc, item.id).toContain(row);
    }
  });

  it("quotes the P-1 lifts' and the seed 001 drills' vectors as they are in the data", () => {
    const rows: readonly (readonly [string, string])[] = [
      ["Conventional deadlift", "conventional-deadlift"],
      ["Barbell row", "barbell-row"],
      ["Good morning", "good-morning"],
      ["Full-range sit-up (and full-range crunch)", "sit-up"],
      ["Back extension (loaded, full range)", "back-extension"],
      ["Low-bar back squat", "low-bar-back-squat"],
      ["Leg press", "leg-press"],
      ["Jefferson curl, bodyweight", "jefferson-curl-bodyweight"],
      ["Jefferson curl, loaded", "jefferson-curl"],
      ["Half-kneeling side bend", "half-kneeling-side-bend"],
      ["Back extension through flexion-extension", "back-extension-flexion-extension"],
      ["Half-kneeling windmill", "half-kneeling-windmill"],
    ];
    for (const [label, id] of rows) {
      const vector = SPINE_AXES.map((axis) => exercise(id).spineDemand[axis]).join(" ");
      expect(doc, id).toContain(`| ${label} | ${vector} |`);
    }
  });
});
