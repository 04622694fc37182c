import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as catalog from "../../src/catalog/index.js";
import { builtInExercises } from "../../src/catalog/data/index.js";
import { exercises, extendCatalog, getExercise, parseExercise, type Exercise } from "../../src/catalog/index.js";
import { evaluateCheck, exampleChecks } from "../tsdocExamples.js";

const MAX_LENGTH = 110;

/** Two exercises are variants when one links the other as a regression, progression or substitute. */
function variants(a: Exercise, b: Exercise): boolean {
  const links = (from: Exercise, to: Exercise) => [...from.regressions, ...from.progressions, ...from.substitutes].includes(to.id);
  return links(a, b) || links(b, a);
}

describe("setup and cue: a printed plan can be followed without a coach", () => {
  it("every built-in exercise has a one-line setup and one key cue of at most 110 characters, in full sentences", () => {
    expect(exercises.length).toBe(builtInExercises.length);
    for (const exercise of exercises) {
      for (const text of [exercise.setup, exercise.cue]) {
        expect(typeof text, exercise.id).toBe("string");
        expect(text!.length, `${exercise.id}: ${text}`).toBeLessThanOrEqual(MAX_LENGTH);
        expect(text, exercise.id).toMatch(/^[A-Z0-9"][^\n]*[.!?]$/);
      }
      // The cue adds something: it is not a copy of the setup or of a longer cue.
      expect(exercise.cue, exercise.id).not.toBe(exercise.setup);
      expect(exercise.cues, exercise.id).not.toContain(exercise.setup);
    }
  });

  it("no two exercises share a cue unless one is a variant of the other", () => {
    const byCue = new Map<string, Exercise[]>();
    for (const exercise of exercises) byCue.set(exercise.cue!, [...(byCue.get(exercise.cue!) ?? []), exercise]);
    for (const [cue, sharing] of byCue) {
      for (const [index, a] of sharing.entries()) {
        for (const b of sharing.slice(index + 1)) expect(variants(a, b), `${a.id} and ${b.id} share "${cue}"`).toBe(true);
      }
    }
  });

  it("L-1, L-2: no setup or cue carries a pain rule (the plan states them once, with the ceiling)", () => {
    for (const exercise of exercises) {
      for (const text of [exercise.setup!, exercise.cue!]) {
        expect(text, exercise.id).not.toMatch(/stop before anything hurts/i);
        expect(text, exercise.id).not.toMatch(/\b(pain|painful|hurts?|symptoms?)\b/i);
      }
    }
  });

  it("P-2: the loaded hinges and squats cue the brace or the back position", () => {
    const loaded = exercises.filter(
      (exercise) => (exercise.pattern === "hinge" || exercise.pattern === "squat") && exercise.spineDemand.axialCompression + exercise.spineDemand.shear >= 3,
    );
    expect(loaded.length).toBeGreaterThanOrEqual(20);
    for (const exercise of loaded) {
      expect(exercise.cue, exercise.id).toMatch(/brac|flat|neutral|back angle|back shape|whole back|tailbone|pelvis|ribs/i);
    }
  });

  it("P-5: the drills trained outside neutral do not ask for a neutral or flat back", () => {
    const outsideNeutral = exercises.filter((exercise) => exercise.spineDemand.endRange && exercise.spineDemand.repeated);
    expect(outsideNeutral.map((exercise) => exercise.id)).toEqual(expect.arrayContaining(["jefferson-curl", "back-extension-flexion-extension", "kettlebell-windmill"]));
    for (const id of [...outsideNeutral.map((exercise) => exercise.id), "half-kneeling-side-bend", "half-kneeling-windmill"]) {
      expect(getExercise(id)?.cue, id).not.toMatch(/neutral|flat back|back flat/i);
    }
  });

  it("walking is named plainly, its pace one you can still talk at ('brisk walking' stays an alias)", () => {
    const walking = getExercise("walking");
    expect(walking?.name).toBe("Walking");
    expect(walking?.aliases).toContain("brisk walking");
    expect(walking?.cue).toMatch(/lets you talk/);
  });
});

describe("setup and cue in apps' own exercises (extendCatalog)", () => {
  const { setup: _setup, cue: _cue, ...bare } = getExercise("goblet-squat")!;

  it("are optional: an exercise without them still joins the catalog", () => {
    const result = extendCatalog([{ ...bare, id: "heel-elevated-goblet-squat" }]);
    expect(result.ok).toBe(true);
    expect(result.ok && result.value.at(-1)?.cue).toBeUndefined();
  });

  it("are kept when given, and checked like the built-in ones (text, at most 110 characters)", () => {
    const own = { ...bare, id: "heel-elevated-goblet-squat", setup: "Heels on a plate, weight at the chest.", cue: "Sit straight down between the heels." };
    const result = extendCatalog([own]);
    expect(result.ok && result.value.at(-1)?.cue).toBe(own.cue);
    const tooLong = parseExercise({ ...own, setup: "x".repeat(111), cue: 3 });
    expect(tooLong.ok ? [] : tooLong.error.issues).toEqual([
      { path: ["setup"], message: "setup must be at most 110 characters" },
      { path: ["cue"], message: "cue must be text" },
    ]);
  });
});

describe("docs/catalog.md", () => {
  const checks = exampleChecks("docs/catalog.md", readFileSync(new URL("../../docs/catalog.md", import.meta.url), "utf8"));

  it("shows a setup and a cue, and every example on the page gives what it says", () => {
    expect(checks.filter((check) => /\.(setup|cue)$/.test(check.expression)).length).toBe(2);
    for (const check of checks) expect(evaluateCheck(check, { ...catalog }), check.expression).toEqual(check.expected);
  });
});
