import { fc } from "@fast-check/vitest";
import type { Direction, DirectionPattern } from "../../src/classification/types.js";
import { citations } from "../../src/evidence/index.js";
import { STAGES } from "../../src/staging/types.js";
import {
  BODY_POSITIONS,
  DOMINANCES,
  EQUIPMENT,
  EXERCISE_FAMILIES,
  EXERCISE_TAGS,
  LADDER_IDS,
  LATERALITIES,
  LOAD_POSITIONS,
  MOVEMENT_PATTERNS,
  MUSCLES,
} from "../../src/catalog/vocabulary.js";
import type {
  DefaultDose,
  DemandScore,
  EquipmentNeed,
  Exercise,
  Ladder,
  LadderProgress,
  SpineDemand,
  TrainingProfile,
} from "../../src/catalog/types.js";
import type { CitationId } from "../../src/evidence/index.js";

export const demandScore: fc.Arbitrary<DemandScore> = fc.constantFrom(0, 1, 2, 3);

export const spineDemand: fc.Arbitrary<SpineDemand> = fc.record({
  flexion: demandScore,
  extension: demandScore,
  lateralFlexion: demandScore,
  rotation: demandScore,
  axialCompression: demandScore,
  shear: demandScore,
  endRange: fc.boolean(),
  repeated: fc.boolean(),
});

const kebabWord = fc.stringMatching(/^[a-z][a-z0-9]{0,6}$/);
export const exerciseId: fc.Arbitrary<string> = fc.array(kebabWord, { minLength: 1, maxLength: 3 }).map((words) => words.join("-"));

const range = (max: number) =>
  fc.tuple(fc.integer({ min: 1, max }), fc.integer({ min: 1, max })).map(([a, b]) => ({ min: Math.min(a, b), max: Math.max(a, b) }));

export const defaultDose: fc.Arbitrary<DefaultDose> = fc.oneof(
  fc.record({ kind: fc.constant("reps" as const), sets: fc.integer({ min: 1, max: 6 }), reps: range(20), perSide: fc.boolean() }),
  fc.record({ kind: fc.constant("hold" as const), sets: fc.integer({ min: 1, max: 6 }), holdSeconds: range(60), perSide: fc.boolean() }),
  fc.record({ kind: fc.constant("distance" as const), sets: fc.integer({ min: 1, max: 6 }), distanceMeters: range(60), perSide: fc.boolean() }),
  fc.record({ kind: fc.constant("breaths" as const), sets: fc.integer({ min: 1, max: 6 }), breaths: range(12) }),
);

const citationIds = Object.keys(citations) as CitationId[];

/** A schema-valid exercise with no links (links need a catalog). */
export const exercise: fc.Arbitrary<Exercise> = fc
  .record({
    id: exerciseId,
    name: fc.string({ minLength: 1, maxLength: 30 }),
    aliases: fc.uniqueArray(fc.string({ minLength: 1, maxLength: 20 }), { maxLength: 2 }),
    family: fc.constantFrom(...EXERCISE_FAMILIES),
    pattern: fc.constantFrom(...MOVEMENT_PATTERNS),
    dominance: fc.constantFrom(...DOMINANCES),
    laterality: fc.constantFrom(...LATERALITIES),
    position: fc.constantFrom(...BODY_POSITIONS),
    loadPosition: fc.constantFrom(...LOAD_POSITIONS),
    implements: fc.integer({ min: 0, max: 2 }),
    // Sometimes the first two pieces are interchangeable (one need that either meets).
    equipment: fc
      .tuple(fc.uniqueArray(fc.constantFrom(...EQUIPMENT), { minLength: 1, maxLength: 3 }), fc.boolean())
      .map(([items, group]): EquipmentNeed[] => (group && items.length >= 2 ? [[items[0]!, items[1]!], ...items.slice(2)] : items)),
    spineDemand,
    tags: fc.uniqueArray(fc.constantFrom(...EXERCISE_TAGS), { maxLength: 2 }),
    muscles: fc.uniqueArray(fc.constantFrom(...MUSCLES), { minLength: 1, maxLength: 4 }),
    primaryCount: fc.integer({ min: 1, max: 4 }),
    defaultDose,
    cues: fc.array(fc.string({ minLength: 1, maxLength: 20 }), { maxLength: 2 }).map((cues) => [...new Set(cues)]),
    // An app's exercise may have a setup and a cue, or neither (both optional outside the built-in data).
    words: fc.option(fc.record({ setup: fc.string({ minLength: 1, maxLength: 110 }), cue: fc.string({ minLength: 1, maxLength: 110 }) }), { nil: undefined }),
    ladders: fc.uniqueArray(fc.record({ ladder: fc.constantFrom(...LADDER_IDS), step: fc.integer({ min: 0, max: 5 }) }), {
      maxLength: 2,
      selector: (membership) => membership.ladder,
    }),
    sources: fc.uniqueArray(fc.constantFrom(...citationIds), { maxLength: 2 }),
  })
  .map(({ muscles, primaryCount, words, ...rest }) => ({
    ...rest,
    ...words,
    primaryMuscles: muscles.slice(0, primaryCount),
    secondaryMuscles: muscles.slice(primaryCount),
    regressions: [],
    progressions: [],
    substitutes: [],
  }));

/** A catalog of generated exercises with unique IDs. */
export const catalog: fc.Arbitrary<Exercise[]> = fc.uniqueArray(exercise, { minLength: 1, maxLength: 25, selector: (e) => e.id });

const PATTERNS: readonly DirectionPattern[] = [
  "flexion-intolerant",
  "extension-intolerant",
  "multidirectional",
  "no-directional-intolerance",
  "indeterminate",
];

/** The intolerance list a classifier would report for a pattern. */
export function intoleranceOf(pattern: DirectionPattern): Direction[] {
  if (pattern === "flexion-intolerant") return ["flexion"];
  if (pattern === "extension-intolerant") return ["extension"];
  if (pattern === "multidirectional") return ["flexion", "extension"];
  return [];
}

export const ladderProgress: fc.Arbitrary<LadderProgress> = fc.dictionary(
  fc.constantFrom(...LADDER_IDS),
  fc.integer({ min: 0, max: 6 }),
  { maxKeys: 8 },
) as fc.Arbitrary<LadderProgress>;

export const profile: fc.Arbitrary<TrainingProfile> = fc
  .record({
    pattern: fc.constantFrom(...PATTERNS),
    stage: fc.constantFrom(...STAGES),
    ladderProgress: fc.option(ladderProgress, { nil: undefined }),
    radicular: fc.boolean(),
    axialLoadSensitive: fc.boolean(),
    peripheralising: fc.subarray<Direction>(["flexion", "extension"]),
    preference: fc.subarray<Direction>(["flexion", "extension"]),
  })
  .map(({ pattern, stage, ladderProgress: progress, radicular, axialLoadSensitive, peripheralising, preference }) => ({
    direction: {
      pattern,
      intolerance: [...new Set([...intoleranceOf(pattern), ...peripheralising])],
      // C-5: a preference is a direction that relieves, so never one that provokes.
      preference: preference.filter((direction) => !intoleranceOf(pattern).includes(direction) && !peripheralising.includes(direction)),
      peripheralising: radicular ? peripheralising : [],
    },
    stage,
    ...(progress === undefined ? {} : { ladderProgress: progress }),
    flags: { radicular, axialLoadSensitive },
  }));

/** Ladders of up to six steps for every ladder ID (IDs are placeholders; only lengths matter to the gate). */
export const ladders: fc.Arbitrary<Ladder[]> = fc
  .tuple(...LADDER_IDS.map(() => fc.integer({ min: 1, max: 6 })))
  .map((lengths) =>
    LADDER_IDS.map((id, index) => ({
      id,
      name: id,
      goal: id,
      steps: Array.from({ length: lengths[index] ?? 1 }, (_, step) => `${id}-step-${step}`),
      ruleIds: ["P-1"],
      sources: ["seed-000"],
    })),
  );

/** A minimal valid exercise for example tests. */
export function makeExercise(overrides: Partial<Exercise> & Pick<Exercise, "id">): Exercise {
  return {
    name: overrides.id,
    aliases: [],
    family: "hinge",
    pattern: "hinge",
    dominance: "hip",
    laterality: "bilateral",
    position: "standing",
    loadPosition: "none",
    implements: 0,
    equipment: ["bodyweight"],
    spineDemand: { flexion: 0, extension: 0, lateralFlexion: 0, rotation: 0, axialCompression: 0, shear: 0, endRange: false, repeated: false },
    tags: [],
    primaryMuscles: ["glutes"],
    secondaryMuscles: [],
    defaultDose: { kind: "reps", sets: 3, reps: { min: 8, max: 12 }, perSide: false },
    cues: [],
    regressions: [],
    progressions: [],
    substitutes: [],
    ladders: [],
    sources: [],
    ...overrides,
  };
}

/** A profile with the classifier's lists filled in from the pattern. */
export function makeProfile(
  pattern: DirectionPattern,
  stage: TrainingProfile["stage"],
  extra: Partial<Pick<TrainingProfile, "ladderProgress" | "flags">> & { peripheralising?: Direction[]; preference?: Direction[] } = {},
): TrainingProfile {
  const { peripheralising = [], preference = [], ...rest } = extra;
  return {
    direction: { pattern, intolerance: [...new Set([...intoleranceOf(pattern), ...peripheralising])], preference, peripheralising },
    stage,
    ...rest,
  };
}
