import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { builtInExercises } from "../../src/catalog/data/index.js";
import { ladders } from "../../src/catalog/ladders.js";
import { parseExercise } from "../../src/catalog/schema.js";
import { SPINE_AXES, type Exercise, type SpineAxis } from "../../src/catalog/types.js";

const byId = new Map(builtInExercises.map((exercise) => [exercise.id, exercise]));

function exercise(id: string): Exercise {
  const found = byId.get(id);
  if (found === undefined) throw new Error(`no exercise "${id}" in the catalog`);
  return found;
}

function totalDemand(item: Exercise): number {
  return SPINE_AXES.reduce((sum, axis) => sum + item.spineDemand[axis], 0);
}

function demandOn(item: Exercise, axes: readonly SpineAxis[]): number {
  return axes.reduce((sum, axis) => sum + item.spineDemand[axis], 0);
}

const anyExercise = fc.constantFrom(...builtInExercises);
const anyLadder = fc.constantFrom(...ladders);
/** Choices for a random walk: at each step, which outgoing link to follow (by index, modulo). */
const walkChoices = fc.array(fc.nat({ max: 1000 }), { minLength: 1, maxLength: 40 });

/** Follows `links` from `start`, picking by the given choices, until a dead end or the choices run out. */
function walk(start: Exercise, links: "regressions" | "progressions", choices: readonly number[]): Exercise[] {
  const path = [start];
  let current = start;
  for (const choice of choices) {
    const next = current[links];
    if (next.length === 0) break;
    current = exercise(next[choice % next.length] ?? "");
    path.push(current);
  }
  return path;
}

test.prop([anyExercise, walkChoices])("L-6: walking down regressions never raises total spine demand", (start, choices) => {
  const path = walk(start, "regressions", choices);
  for (let index = 1; index < path.length; index += 1) {
    expect(totalDemand(path[index] as Exercise)).toBeLessThanOrEqual(totalDemand(path[index - 1] as Exercise));
  }
});

test.prop([anyExercise, walkChoices])("L-6: walking up progressions never lowers total spine demand", (start, choices) => {
  const path = walk(start, "progressions", choices);
  for (let index = 1; index < path.length; index += 1) {
    expect(totalDemand(path[index] as Exercise)).toBeGreaterThanOrEqual(totalDemand(path[index - 1] as Exercise));
  }
});

test.prop([anyExercise, walkChoices])("progression chains are acyclic: a walk never returns to an exercise it left", (start, choices) => {
  const path = walk(start, "progressions", choices);
  expect(new Set(path.map((item) => item.id)).size).toBe(path.length);
});

test.prop([anyExercise, walkChoices])("regression chains are acyclic and every exercise reached resolves", (start, choices) => {
  const path = walk(start, "regressions", choices);
  expect(new Set(path.map((item) => item.id)).size).toBe(path.length);
  for (const item of path) expect(byId.get(item.id)).toBe(item);
});

test.prop([anyLadder, fc.nat(), fc.nat()])(
  "P-1, P-2: on any ladder a later step never asks less of the key axes than an earlier one",
  (ladder, first, second) => {
    const lower = Math.min(first, second) % ladder.steps.length;
    const upper = Math.max(lower, Math.max(first, second) % ladder.steps.length);
    const axes = ladder.keyAxes ?? SPINE_AXES;
    expect(demandOn(exercise(ladder.steps[lower] ?? ""), axes)).toBeLessThanOrEqual(demandOn(exercise(ladder.steps[upper] ?? ""), axes));
  },
);

test.prop([anyLadder, fc.nat()])("a ladder step knows its own place on the ladder", (ladder, index) => {
  const step = index % ladder.steps.length;
  expect(exercise(ladder.steps[step] ?? "").ladders).toContainEqual({ ladder: ladder.id, step });
});

test.prop([anyExercise])("every catalog entry passes the exercise schema and comes back equal", (item) => {
  const result = parseExercise(item);
  expect(result.ok).toBe(true);
  if (result.ok) expect(result.value).toEqual(item);
});

test.prop([anyExercise])("every entry is plain JSON data with scores 0–3 and ordered dose ranges", (item) => {
  expect(JSON.parse(JSON.stringify(item))).toEqual(item);
  for (const axis of SPINE_AXES) {
    expect(Number.isInteger(item.spineDemand[axis])).toBe(true);
    expect(item.spineDemand[axis]).toBeGreaterThanOrEqual(0);
    expect(item.spineDemand[axis]).toBeLessThanOrEqual(3);
  }
  const dose = item.defaultDose;
  const range = dose.kind === "reps" ? dose.reps : dose.kind === "hold" ? dose.holdSeconds : dose.kind === "distance" ? dose.distanceMeters : dose.breaths;
  expect(range.min).toBeLessThanOrEqual(range.max);
});

test.prop([anyExercise, anyExercise])("regression and progression are converse relations", (first, second) => {
  expect(first.regressions.includes(second.id)).toBe(second.progressions.includes(first.id));
  expect(first.progressions.includes(second.id)).toBe(second.regressions.includes(first.id));
});
