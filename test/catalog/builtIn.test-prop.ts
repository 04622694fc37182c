import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import {
  exercises,
  findExercises,
  ladders,
  saferAlternatives,
  sensitiveAxes,
  spineCaps,
  suitability,
  SPINE_AXES,
  type Exercise,
  type LadderId,
  type TrainingProfile,
} from "../../src/catalog/index.js";
import type { Direction } from "../../src/classification/types.js";
import { profile } from "./arbitraries.js";

// The same policy properties, over the real catalog and ladders instead of generated ones.
const builtIn = fc.constantFrom(...exercises);

test.prop([builtIn, profile])("built-in: never ok above a cap; every verdict explains itself", (exercise, person) => {
  const decision = suitability(exercise, person);
  for (const { axis, cap } of spineCaps(person)) if (exercise.spineDemand[axis] > cap) expect(decision.action).not.toBe("ok");
  expect(decision.reasons.length).toBeGreaterThan(0);
  for (const reason of decision.reasons) expect(reason.message.length).toBeGreaterThan(0);
});

test.prop([builtIn, profile])("built-in: a ladder step above the unlocked one is avoid", (exercise, person) => {
  if (exercise.ladders.some((m) => m.step > (person.ladderProgress?.[m.ladder] ?? 0))) {
    expect(suitability(exercise, person).action).toBe("avoid");
  }
});

test.prop([fc.constantFrom(...exercises.map((e) => e.id)), profile])(
  "built-in saferAlternatives: never avoid, never more on a sensitive axis, never the original",
  (id, person) => {
    const original = exercises.find((e) => e.id === id) as Exercise;
    const sensitive = sensitiveAxes(person);
    for (const alternative of saferAlternatives(id, person)) {
      expect(alternative.id).not.toBe(id);
      expect(suitability(alternative, person).action).not.toBe("avoid");
      for (const axis of sensitive) expect(alternative.spineDemand[axis]).toBeLessThanOrEqual(original.spineDemand[axis]);
    }
  },
);

const mirrorDirection = (d: Direction): Direction => (d === "flexion" ? "extension" : "flexion");
const mirrorLadder = (id: LadderId): LadderId =>
  id === "flexion-exposure" ? "extension-exposure" : id === "extension-exposure" ? "flexion-exposure" : id;

test.prop([builtIn, profile])(
  "built-in symmetry: swapping flexion and extension in the exercise, the person and the exposure ladders keeps the verdict",
  (exercise, person) => {
    const mirroredExercise: Exercise = {
      ...exercise,
      spineDemand: { ...exercise.spineDemand, flexion: exercise.spineDemand.extension, extension: exercise.spineDemand.flexion },
      ladders: exercise.ladders.map((m) => ({ ...m, ladder: mirrorLadder(m.ladder) })),
    };
    const pattern = person.direction.pattern;
    const progress: Partial<Record<LadderId, number>> = {};
    for (const [ladder, step] of Object.entries(person.ladderProgress ?? {}) as [LadderId, number][]) progress[mirrorLadder(ladder)] = step;
    const mirroredPerson: TrainingProfile = {
      ...person,
      direction: {
        pattern: pattern === "flexion-intolerant" ? "extension-intolerant" : pattern === "extension-intolerant" ? "flexion-intolerant" : pattern,
        intolerance: person.direction.intolerance.map(mirrorDirection),
        preference: person.direction.preference.map(mirrorDirection),
        peripheralising: person.direction.peripheralising.map(mirrorDirection),
      },
      ladderProgress: progress,
    };
    const mirroredLadders = ladders.map((ladder) => ({ ...ladder, id: mirrorLadder(ladder.id) }));
    expect(suitability(mirroredExercise, mirroredPerson, { ladders: mirroredLadders }).action).toBe(suitability(exercise, person).action);
  },
);

test.prop([
  fc.record(
    {
      text: fc.constantFrom("squat", "deadlift", "bridge", "press", "row", "carry", "Pallöf", ""),
      maxDemand: fc.dictionary(fc.constantFrom(...SPINE_AXES), fc.constantFrom(0, 1, 2, 3) as fc.Arbitrary<0 | 1 | 2 | 3>),
      suitableFor: fc.record({ profile }),
    },
    { requiredKeys: [] },
  ),
])("built-in findExercises never mutates the frozen catalog and returns a subset in catalog order", (query) => {
  const found = findExercises(query);
  let last = -1;
  for (const exercise of found) {
    const index = exercises.indexOf(exercise);
    expect(index).toBeGreaterThan(last);
    last = index;
  }
  expect(Object.isFrozen(exercises)).toBe(true);
});
