import { describe, expect, it } from "vitest";
import { extendCatalog } from "../../src/catalog/extendCatalog.js";
import { parseExercise } from "../../src/catalog/schema.js";
import type { Exercise } from "../../src/catalog/types.js";
import { makeExercise } from "./arbitraries.js";

const bridge = makeExercise({ id: "glute-bridge", name: "Glute bridge", pattern: "bridge", sources: ["seed-000"] });
const hipThrust = makeExercise({ id: "barbell-hip-thrust", name: "Barbell hip thrust", pattern: "bridge", regressions: ["glute-bridge"] });
const base: readonly Exercise[] = [bridge, hipThrust];

function issuesOf(result: ReturnType<typeof parseExercise> | ReturnType<typeof extendCatalog>) {
  return result.ok ? [] : result.error.issues;
}

describe("parseExercise", () => {
  it("accepts a valid exercise and returns a deep-frozen copy", () => {
    const result = parseExercise(bridge);
    expect(result).toEqual({ ok: true, value: bridge });
    if (result.ok) {
      expect(result.value).not.toBe(bridge);
      expect(Object.isFrozen(result.value.spineDemand)).toBe(true);
      expect(Object.isFrozen(result.value.defaultDose)).toBe(true);
    }
    expect(Object.isFrozen(bridge)).toBe(false);
  });

  it("names every problem with its path and a human message", () => {
    const input = {
      ...bridge,
      id: "Glute Bridge",
      spineDemand: { ...bridge.spineDemand, flexion: 4, shear: 1.5 },
      sources: ["seed-999"],
      equipment: [],
      family: "legs",
      defaultDose: { kind: "reps", sets: 3, reps: { min: 12, max: 8 }, perSide: false },
      unknownKey: 1,
    };
    const issues = issuesOf(parseExercise(input));
    const byPath = Object.fromEntries(issues.map((issue) => [issue.path.join("."), issue.message]));
    expect(byPath["id"]).toBe('an exercise ID must be kebab-case, like "goblet-squat"');
    expect(byPath["spineDemand.flexion"]).toBe("flexion demand must be at most 3 (high)");
    expect(byPath["spineDemand.shear"]).toBe("shear demand must be a whole number from 0 to 3");
    expect(byPath["sources.0"]).toMatch(/^must be one of the citation IDs in the registry: seed-000, /);
    expect(byPath["equipment"]).toBe('equipment must list at least one item ("bodyweight" when none)');
    expect(byPath["family"]).toMatch(/^must be one of the exercise families: hinge, squat/);
    expect(byPath[""]).toBe("unknown field: unknownKey");
  });

  it("reads interchangeable equipment as a nested list, and names each problem in it", () => {
    const withKit = (equipment: unknown) => issuesOf(parseExercise({ ...bridge, equipment }));
    expect(withKit([["kettlebell", "dumbbell"], "box"])).toEqual([]);
    const kinds = /must be one of the equipment kinds: bodyweight, dowel, dumbbell/;
    const [unknownItems] = withKit([["kettlebell", "dumbel", "kettlbell"]]);
    expect(unknownItems?.path).toEqual(["equipment", 0]);
    expect(unknownItems?.message).toMatch(/^item 1 \("dumbel"\), item 2 \("kettlbell"\) must be one of the equipment kinds: /);
    const [unknownPiece] = withKit(["box", "dumbel"]);
    expect(unknownPiece?.path).toEqual(["equipment", 1]);
    expect(unknownPiece?.message).toMatch(kinds);
    expect(unknownPiece?.message).toMatch(/or a list of interchangeable ones$/);
    expect(withKit([["kettlebell"]])).toEqual([
      { path: ["equipment", 0], message: "a list of interchangeable equipment needs at least two items (write one item on its own)" },
    ]);
    expect(withKit([["kettlebell", "dumbbell"], "dumbbell"])).toEqual([
      { path: ["equipment", 0, 1], message: '"dumbbell" is needed outright (equipment.1), so listing it as an alternative adds nothing' },
    ]);
    expect(withKit(["box", ["dumbbell", "box", "dumbbell"], "box"])).toEqual([
      { path: ["equipment", 1, 1], message: '"box" is needed outright (equipment.0), so listing it as an alternative adds nothing' },
      { path: ["equipment", 1, 2], message: '"dumbbell" is listed twice in equipment (first at equipment.1.0)' },
      { path: ["equipment", 2], message: '"box" is listed twice in equipment (first at equipment.0)' },
    ]);
    // The same piece may stand in two lists: a bar in a rack, or a suspension trainer.
    expect(withKit([["rack", "trx"], ["barbell", "trx"]])).toEqual([]);
  });

  it("checks a rep range's order once the shape is right", () => {
    const input = { ...bridge, defaultDose: { kind: "reps", sets: 3, reps: { min: 12, max: 8 }, perSide: false } };
    expect(issuesOf(parseExercise(input))).toEqual([{ path: ["defaultDose", "reps", "max"], message: "reps min must not exceed max" }]);
  });

  it("rejects a dose of an unknown kind", () => {
    const issues = issuesOf(parseExercise({ ...bridge, defaultDose: { kind: "minutes", sets: 1 } }));
    expect(issues).toEqual([
      { path: ["defaultDose", "kind"], message: 'defaultDose must be an object whose kind is "reps", "hold", "distance" or "breaths"' },
    ]);
  });

  it("reports duplicates, self-links, muscles listed twice and two steps on one ladder", () => {
    const input = {
      ...bridge,
      aliases: ["bridge", "bridge"],
      regressions: ["glute-bridge"],
      primaryMuscles: ["glutes"],
      secondaryMuscles: ["glutes"],
      ladders: [
        { ladder: "hinge", step: 0 },
        { ladder: "hinge", step: 1 },
      ],
    };
    expect(issuesOf(parseExercise(input))).toEqual([
      { path: ["aliases", 1], message: '"bridge" is listed twice in aliases (first at index 0)' },
      { path: ["regressions", 0], message: "an exercise cannot list itself in regressions" },
      { path: ["secondaryMuscles", 0], message: '"glutes" is already a primary muscle' },
      { path: ["ladders", 1], message: 'the exercise is on the "hinge" ladder twice' },
    ]);
  });

  it("never throws on hostile input", () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error("no reading");
        },
        ownKeys() {
          throw new Error("no keys");
        },
      },
    );
    expect(parseExercise(hostile).ok).toBe(false);
    expect(issuesOf(parseExercise({ ...bridge, defaultDose: { ...bridge.defaultDose, setz: 3 } }))).toEqual([
      { path: ["defaultDose"], message: "unknown field: setz" },
    ]);
    expect(parseExercise(null)).toEqual({ ok: false, error: { issues: [{ path: [], message: "an exercise must be an object" }] } });
  });
});

describe("extendCatalog", () => {
  it("merges valid exercises after the base catalog into a new frozen catalog", () => {
    const custom = makeExercise({ id: "frog-pump", name: "Frog pump", pattern: "bridge", regressions: ["glute-bridge"], substitutes: ["hip-airplane"] });
    const airplane = makeExercise({ id: "hip-airplane", name: "Hip airplane", pattern: "single-leg-hinge" });
    const result = extendCatalog([custom, airplane], base);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.map((exercise) => exercise.id)).toEqual(["glute-bridge", "barbell-hip-thrust", "frog-pump", "hip-airplane"]);
      expect(Object.isFrozen(result.value)).toBe(true);
      expect(Object.isFrozen(result.value[2]?.regressions)).toBe(true);
    }
    expect(base).toHaveLength(2);
  });

  it("reports duplicate IDs within the custom list and against the catalog", () => {
    const twin = makeExercise({ id: "frog-pump" });
    const result = extendCatalog([twin, twin, makeExercise({ id: "glute-bridge" })], base);
    expect(issuesOf(result)).toEqual([
      { path: [1, "id"], message: 'the ID "frog-pump" is already used by custom exercise 0' },
      { path: [2, "id"], message: 'the ID "glute-bridge" is already in the catalog' },
    ]);
  });

  it("reports links to unknown exercises with their path", () => {
    const result = extendCatalog([makeExercise({ id: "frog-pump", progressions: ["barbell-hip-thrust", "hip-thrustt"] })], base);
    expect(issuesOf(result)).toEqual([{ path: [0, "progressions", 1], message: 'unknown exercise ID "hip-thrustt" in progressions' }]);
  });

  it("prefixes schema issues with the index of the exercise", () => {
    const bad = { ...makeExercise({ id: "frog-pump" }), spineDemand: { ...bridge.spineDemand, rotation: -1 } };
    expect(issuesOf(extendCatalog([makeExercise({ id: "ok-one" }), bad], base))).toEqual([
      { path: [1, "spineDemand", "rotation"], message: "rotation demand must be at least 0 (none)" },
    ]);
  });

  it("asks for an array", () => {
    expect(issuesOf(extendCatalog({ id: "frog-pump" }, base))).toEqual([{ path: [], message: "custom exercises must be an array of exercises" }]);
  });

  it("an empty list returns the base catalog as a frozen copy", () => {
    const result = extendCatalog([], base);
    expect(result).toEqual({ ok: true, value: base });
  });
});
