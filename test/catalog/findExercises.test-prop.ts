import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { findExercises, foldSearchText, type ExerciseQuery } from "../../src/catalog/findExercises.js";
import { suitability } from "../../src/catalog/suitability.js";
import { deepFrozenCopy } from "../../src/catalog/frozenCopy.js";
import {
  DOMINANCES,
  EQUIPMENT,
  EXERCISE_FAMILIES,
  EXERCISE_TAGS,
  LADDER_IDS,
  LATERALITIES,
  MOVEMENT_PATTERNS,
  MUSCLES,
  SUITABILITY_ACTIONS,
} from "../../src/catalog/vocabulary.js";
import { SPINE_AXES, type Exercise } from "../../src/catalog/types.js";
import { catalog, demandScore, ladders, profile } from "./arbitraries.js";

const oneOrMany = <T>(values: readonly T[]) => fc.oneof(fc.constantFrom(...values), fc.uniqueArray(fc.constantFrom(...values), { maxLength: 3 }));

const query = (texts: fc.Arbitrary<string>) =>
  fc.record(
    {
      pattern: oneOrMany(MOVEMENT_PATTERNS),
      dominance: oneOrMany(DOMINANCES),
      laterality: oneOrMany(LATERALITIES),
      family: oneOrMany(EXERCISE_FAMILIES),
      equipment: fc.uniqueArray(fc.constantFrom(...EQUIPMENT), { maxLength: 10 }),
      muscles: fc.uniqueArray(fc.constantFrom(...MUSCLES), { maxLength: 4 }),
      muscleRole: fc.constantFrom("primary" as const, "any" as const),
      maxDemand: fc.record(
        { flexion: demandScore, extension: demandScore, lateralFlexion: demandScore, rotation: demandScore, axialCompression: demandScore, shear: demandScore },
        { requiredKeys: [] },
      ),
      endRange: fc.boolean(),
      repeated: fc.boolean(),
      excludeTags: fc.uniqueArray(fc.constantFrom(...EXERCISE_TAGS)),
      ladder: fc.constantFrom(...LADDER_IDS),
      suitableFor: fc.record({ profile, allow: fc.subarray([...SUITABILITY_ACTIONS]) }),
      text: texts,
    },
    { requiredKeys: [] },
  );

/** The same filter written the slow, obvious way. */
function oracle(q: ExerciseQuery, list: readonly Exercise[], ladderData: Parameters<typeof suitability>[2]): Exercise[] {
  const asList = <T>(value: T | readonly T[] | undefined): readonly T[] | undefined =>
    value === undefined ? undefined : Array.isArray(value) ? (value as readonly T[]) : [value as T];
  const out: Exercise[] = [];
  for (const e of list) {
    const checks: boolean[] = [
      asList(q.pattern)?.includes(e.pattern) ?? true,
      asList(q.dominance)?.includes(e.dominance) ?? true,
      asList(q.laterality)?.includes(e.laterality) ?? true,
      asList(q.family)?.includes(e.family) ?? true,
      // Every need met: a piece of kit at hand, or any one of a list of interchangeable pieces.
      q.equipment === undefined ||
        e.equipment.every((need) => (typeof need === "string" ? [need] : need).some((item) => item === "bodyweight" || q.equipment?.includes(item))),
      q.muscles === undefined ||
        q.muscles.some((m) => e.primaryMuscles.includes(m) || (q.muscleRole !== "primary" && e.secondaryMuscles.includes(m))),
      q.maxDemand === undefined || SPINE_AXES.every((axis) => (q.maxDemand?.[axis] ?? 3) >= e.spineDemand[axis]),
      q.endRange === undefined || q.endRange === e.spineDemand.endRange,
      q.repeated === undefined || q.repeated === e.spineDemand.repeated,
      q.excludeTags === undefined || e.tags.every((tag) => !q.excludeTags?.includes(tag)),
      q.ladder === undefined || e.ladders.some((m) => m.ladder === q.ladder),
      q.suitableFor === undefined || (q.suitableFor.allow ?? ["ok"]).includes(suitability(e, q.suitableFor.profile, ladderData).action),
    ];
    if (q.text !== undefined) {
      const words = foldSearchText(q.text).split(" ").filter(Boolean);
      const fields = [e.name, e.id, ...e.aliases].map((f) => foldSearchText(f).split(" "));
      checks.push(words.length === 0 || fields.some((fieldWords) => words.every((w) => fieldWords.some((fw) => fw.startsWith(w)))));
    }
    if (checks.every(Boolean)) out.push(e);
  }
  return out;
}

test.prop([catalog, query(fc.string({ maxLength: 6 })), ladders])(
  "findExercises equals a naive filter, keeps catalog order and never mutates",
  (list, q, ladderData) => {
    const frozen = deepFrozenCopy(list);
    const withOptions: ExerciseQuery = q.suitableFor ? { ...q, suitableFor: { ...q.suitableFor, options: { ladders: ladderData } } } : q;
    const found = findExercises(withOptions, frozen);
    expect(found.map((e) => e.id)).toEqual(oracle(withOptions, frozen, { ladders: ladderData }).map((e) => e.id));
    expect(found.every((e) => frozen.includes(e))).toBe(true);
    expect(found).not.toBe(frozen);
  },
);

test.prop([catalog, fc.nat(), fc.constantFrom("upper", "lower", "accents")])(
  "text search finds an exercise by any word of its name, whatever the case or accents",
  (list, pick, variant) => {
    const target = list[pick % list.length] as Exercise;
    const word = foldSearchText(target.name).split(" ").find(Boolean);
    if (word === undefined) return;
    const typed = variant === "upper" ? word.toUpperCase() : variant === "accents" ? word.replace(/e/g, "é").replace(/a/g, "à") : word;
    expect(findExercises({ text: typed }, list)).toContain(target);
  },
);

test.prop([catalog])("an empty query returns the whole catalog in order", (list) => {
  expect(findExercises({}, list)).toEqual(list);
});
