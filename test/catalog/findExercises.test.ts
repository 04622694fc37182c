import { describe, expect, it } from "vitest";
import { exercises, findExercises, foldSearchText, getExercise, saferAlternatives, suitability, sensitiveAxes } from "../../src/catalog/index.js";
import type { Exercise } from "../../src/catalog/types.js";
import { makeProfile } from "./arbitraries.js";

const ids = (list: readonly Exercise[]) => list.map((exercise) => exercise.id);

describe("findExercises on the built-in catalog", () => {
  it("filters by pattern and kit (a subset test; bodyweight is always at hand)", () => {
    const found = findExercises({ pattern: "hinge", equipment: ["kettlebell"] });
    expect(ids(found)).toContain("kettlebell-deadlift");
    expect(ids(found)).not.toContain("conventional-deadlift");
    for (const exercise of found) {
      for (const need of exercise.equipment) expect(typeof need === "string" ? [need] : need).toEqual(expect.arrayContaining([expect.stringMatching(/^(kettlebell|bodyweight)$/)]));
    }
  });

  it("meets a need of interchangeable kit with any one of it", () => {
    // Goblet squat, single-leg RDL and the farmer's carry take a kettlebell or a dumbbell.
    for (const kit of [["dumbbell"], ["kettlebell"]] as const) {
      const found = ids(findExercises({ equipment: kit }));
      expect(found).toEqual(expect.arrayContaining(["goblet-squat", "single-leg-romanian-deadlift", "farmers-carry"]));
      expect(found).not.toContain("jefferson-curl"); // also needs a box
    }
    expect(ids(findExercises({ equipment: ["dumbbell", "box"] }))).toContain("jefferson-curl");
    // An inverted row hangs from a bar in a rack, or from a suspension trainer.
    expect(ids(findExercises({ equipment: ["trx"] }))).toContain("inverted-row");
    expect(ids(findExercises({ equipment: ["rack", "barbell"] }))).toContain("inverted-row");
    expect(ids(findExercises({ equipment: ["rack"] }))).not.toContain("inverted-row");
  });

  it("searches names and aliases ignoring case, accents and punctuation", () => {
    expect(ids(findExercises({ text: "PALLÖF" }))).toContain("pallof-press");
    expect(ids(findExercises({ text: "deadlift trap" }))).toContain("trap-bar-deadlift");
    expect(ids(findExercises({ text: "kb deadlift" }))).toContain("kettlebell-deadlift");
    expect(findExercises({ text: "zzzz" })).toEqual([]);
    expect(foldSearchText("  Pallöf   PRESS—half-kneeling ")).toBe("pallof press half kneeling");
  });

  it("caps demand per axis", () => {
    const found = findExercises({ maxDemand: { axialCompression: 0, flexion: 1 } });
    expect(found.length).toBeGreaterThan(0);
    for (const exercise of found) {
      expect(exercise.spineDemand.axialCompression).toBe(0);
      expect(exercise.spineDemand.flexion).toBeLessThanOrEqual(1);
    }
  });

  it("keeps only what suits a profile", () => {
    const profile = makeProfile("flexion-intolerant", "symptom-modulation");
    const found = findExercises({ suitableFor: { profile } });
    expect(found.length).toBeGreaterThan(0);
    for (const exercise of found) expect(suitability(exercise, profile).action).toBe("ok");
    const wider = findExercises({ suitableFor: { profile, allow: ["ok", "caution"] } });
    expect(wider.length).toBeGreaterThanOrEqual(found.length);
    expect(ids(wider)).not.toContain("conventional-deadlift");
  });

  it("finds by muscle, primary only when asked", () => {
    const any = findExercises({ muscles: ["erector-spinae"] });
    const primary = findExercises({ muscles: ["erector-spinae"], muscleRole: "primary" });
    expect(primary.length).toBeLessThan(any.length);
    for (const exercise of primary) expect(exercise.primaryMuscles).toContain("erector-spinae");
  });

  it("never mutates the catalog", () => {
    const before = JSON.stringify(exercises);
    findExercises({ text: "squat", pattern: ["squat", "lunge"], suitableFor: { profile: makeProfile("indeterminate", "movement-control") } });
    expect(JSON.stringify(exercises)).toBe(before);
  });
});

describe("saferAlternatives on the built-in catalog", () => {
  const flexionIntolerant = makeProfile("flexion-intolerant", "movement-control", { ladderProgress: { hinge: 2 } });

  it("P-1, L-6: swaps the conventional deadlift for hinges that ask less flexion, hinges first", () => {
    const original = getExercise("conventional-deadlift") as Exercise;
    const alternatives = saferAlternatives("conventional-deadlift", flexionIntolerant);
    expect(alternatives.length).toBeGreaterThan(0);
    expect(alternatives[0]?.pattern).toBe("hinge");
    for (const alternative of alternatives) {
      expect(suitability(alternative, flexionIntolerant).action).not.toBe("avoid");
      for (const axis of sensitiveAxes(flexionIntolerant)) expect(alternative.spineDemand[axis]).toBeLessThanOrEqual(original.spineDemand[axis]);
    }
    expect(ids(alternatives)).toContain("trap-bar-deadlift-blocks");
  });

  it("P-3: swaps the low-bar back squat for loads in the hands when axial loading is sensitive", () => {
    const profile = makeProfile("no-directional-intolerance", "movement-control", {
      flags: { axialLoadSensitive: true },
      ladderProgress: { squat: 2 },
    });
    const alternatives = saferAlternatives("low-bar-back-squat", profile);
    expect(alternatives[0]?.pattern).toBe("squat");
    for (const alternative of alternatives) expect(["high-bar", "low-bar"]).not.toContain(alternative.loadPosition);
  });

  it("throws RangeError for an unknown ID", () => {
    expect(() => saferAlternatives("no-such-lift", flexionIntolerant)).toThrow(RangeError);
    expect(() => saferAlternatives("no-such-lift", flexionIntolerant)).toThrow('saferAlternatives: no exercise with the ID "no-such-lift" in the catalog');
  });
});
