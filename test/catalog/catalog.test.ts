import { describe, expect, it } from "vitest";
import {
  catalogJson,
  catalogJsonSchema,
  exerciseJsonSchema,
  exercises,
  getExercise,
  ladders,
  parseExercise,
  suitability,
  type Exercise,
  type LadderId,
  type TrainingProfile,
} from "../../src/catalog/index.js";
import { STAGES } from "../../src/staging/types.js";
import type { Direction, DirectionPattern } from "../../src/classification/types.js";
import { validator } from "../schemas/ajv.js";
import { intoleranceOf } from "./arbitraries.js";

/** The seven lifts of P-1 (seed 000 #4), by catalog ID. */
export const P1_LIFTS = [
  "conventional-deadlift",
  "barbell-row",
  "good-morning",
  "sit-up",
  "back-extension",
  "low-bar-back-squat",
  "leg-press",
] as const;

const PATTERNS: readonly DirectionPattern[] = [
  "flexion-intolerant",
  "extension-intolerant",
  "multidirectional",
  "no-directional-intolerance",
  "indeterminate",
];

function isDeepFrozen(value: unknown): boolean {
  if (value === null || typeof value !== "object") return true;
  return Object.isFrozen(value) && Object.values(value).every(isDeepFrozen);
}

/** Every combination of pattern, flags and peripheralisation for one stage and ladder progress. */
function* profiles(stage: TrainingProfile["stage"], ladderProgress: Partial<Record<LadderId, number>>): Generator<TrainingProfile> {
  for (const pattern of PATTERNS) {
    for (const radicular of [false, true]) {
      for (const axialLoadSensitive of [false, true]) {
        for (const peripheralising of [[], ["flexion"], ["extension"]] as Direction[][]) {
          yield {
            direction: { pattern, intolerance: [...new Set([...intoleranceOf(pattern), ...peripheralising])], preference: [], peripheralising },
            stage,
            ladderProgress,
            flags: { radicular, axialLoadSensitive },
          };
        }
      }
    }
  }
}

describe("the built-in catalog", () => {
  it("is deep-frozen and holds unique IDs", () => {
    expect(Object.isFrozen(exercises)).toBe(true);
    expect(isDeepFrozen(exercises)).toBe(true);
    expect(new Set(exercises.map((exercise) => exercise.id)).size).toBe(exercises.length);
    expect(isDeepFrozen(ladders)).toBe(true);
  });

  it("round-trips through JSON and parseExercise unchanged", () => {
    const json = JSON.parse(catalogJson()) as unknown[];
    expect(json).toHaveLength(exercises.length);
    json.forEach((item, index) => {
      const result = parseExercise(item);
      if (!result.ok) throw new Error(`${exercises[index]?.id}: ${JSON.stringify(result.error.issues)}`);
      expect(result.value).toEqual(exercises[index]);
    });
  });

  it("satisfies its own JSON Schema, checked by an independent validator", () => {
    const schema = catalogJsonSchema();
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(validator(schema)(JSON.parse(catalogJson()))).toEqual([]);
  });

  it("has a JSON Schema requiring every field of an exercise and rejecting bad data", () => {
    const schema = exerciseJsonSchema();
    const sample = exercises[0] as Exercise;
    // Every built-in exercise has a setup and a cue; an app's own exercise may leave them out.
    const optional = new Set<string>(["setup", "cue"]);
    expect([...(schema.required as string[])].sort()).toEqual(Object.keys(sample).filter((key) => !optional.has(key)).sort());
    const broken = { ...sample, spineDemand: { ...sample.spineDemand, flexion: 4 }, extra: true } as unknown;
    expect(validator(schema)(broken)).toEqual(["/ must NOT have additional properties (extra)", "/spineDemand/flexion must be <= 3"]);
    const noId = { ...sample } as Record<string, unknown>;
    delete noId.id;
    expect(validator(schema)(noId)).toEqual(["/ must have required property 'id'"]);
  });

  it("getExercise finds by ID and returns undefined otherwise", () => {
    const first = exercises[0] as Exercise;
    expect(getExercise(first.id)).toBe(first);
    expect(getExercise("no-such-exercise")).toBeUndefined();
    expect(getExercise(first.id, [])).toBeUndefined();
  });
});

describe("P-1: the seven lifts are earned back, never handed out", () => {
  it("all seven are in the catalog and on a ladder", () => {
    for (const id of P1_LIFTS) {
      const lift = getExercise(id);
      expect(lift, id).toBeDefined();
      expect(lift?.ladders.length, id).toBeGreaterThan(0);
    }
  });

  it("P-1: each is avoid for every profile below function optimisation, whatever the ladder progress", () => {
    for (const id of P1_LIFTS) {
      const lift = getExercise(id) as Exercise;
      for (const stage of STAGES.filter((s) => s !== "function-optimisation")) {
        for (const steps of [0, 1, 3, 10]) {
          const progress = Object.fromEntries(ladders.map((ladder) => [ladder.id, steps]));
          for (const profile of profiles(stage, progress)) {
            expect(suitability(lift, profile).action, `${id} ${stage} ${JSON.stringify(profile)}`).toBe("avoid");
          }
        }
      }
    }
  });

  it("P-1: in function optimisation each is avoid until its ladder step is unlocked", () => {
    for (const id of P1_LIFTS) {
      const lift = getExercise(id) as Exercise;
      for (const membership of lift.ladders) {
        for (let unlocked = 0; unlocked < membership.step; unlocked += 1) {
          const progress = Object.fromEntries(ladders.map((ladder) => [ladder.id, ladder.id === membership.ladder ? unlocked : 10]));
          for (const profile of profiles("function-optimisation", progress)) {
            expect(suitability(lift, profile).action, `${id} at step ${unlocked}`).toBe("avoid");
          }
        }
      }
    }
  });

  it("P-1: each can return (not avoid) for a back with no directional intolerance once every step is earned", () => {
    const progress = Object.fromEntries(ladders.map((ladder) => [ladder.id, 10]));
    const profile: TrainingProfile = {
      direction: { pattern: "no-directional-intolerance", intolerance: [], preference: [], peripheralising: [] },
      stage: "function-optimisation",
      ladderProgress: progress,
    };
    for (const id of P1_LIFTS) expect(suitability(getExercise(id) as Exercise, profile).action, id).not.toBe("avoid");
  });
});
