import type { Ladder } from "../../src/catalog/types.js";
import type { DoseExercise, ExerciseLog, PainReport } from "../../src/progression/index.js";

/** Ladders shaped like the catalog's (test fixtures, independent of the catalog data). */
export const hingeLadder: Ladder = {
  id: "hinge",
  name: "Hinge",
  goal: "the conventional deadlift",
  steps: ["kettlebell-deadlift", "trap-bar-deadlift-blocks", "trap-bar-deadlift", "rack-pull", "deadlift"],
  ruleIds: ["P-1", "P-2"],
  sources: ["seed-000"],
};
export const flexionLadder: Ladder = {
  id: "flexion-exposure",
  name: "Flexion exposure",
  goal: "loaded spinal flexion",
  steps: ["cat-camel", "wall-roll-down", "jefferson-curl"],
  ruleIds: ["L-6"],
  sources: ["seed-001"],
};
export const fixtureLadders: readonly Ladder[] = [hingeLadder, flexionLadder];

export const green: PainReport = { baselineNrs: 1, duringNrs: 2, afterNrs: 1, nextMorningNrs: 1 };
export const amber: PainReport = { baselineNrs: 1, duringNrs: 4, afterNrs: 3, nextMorningNrs: 1 };
export const red: PainReport = { baselineNrs: 1, duringNrs: 6, afterNrs: 5, nextMorningNrs: 2 };
export const flare: PainReport = { baselineNrs: 1, duringNrs: 2, afterNrs: 2, nextMorningNrs: 3 };
export const peripheralised: PainReport = { baselineNrs: 1, duringNrs: 2, nextMorningNrs: 1, spread: "peripheralised" };

export const gobletSquat: DoseExercise = {
  id: "goblet-squat",
  spineDemand: { flexion: 1, extension: 0, axialCompression: 1 },
  regressions: ["box-squat"],
  progressions: ["front-squat"],
  equipment: ["kettlebell"],
};
export const backSquat: DoseExercise = {
  id: "low-bar-back-squat",
  spineDemand: { flexion: 1, extension: 1, axialCompression: 3 },
  regressions: ["goblet-squat"],
  equipment: ["barbell", "rack"],
};
export const gluteBridge: DoseExercise = {
  id: "glute-bridge",
  spineDemand: { flexion: 0, extension: 0, axialCompression: 0 },
  regressions: [],
  progressions: ["single-leg-glute-bridge"],
  equipment: ["bodyweight", "mat"],
};
export const jeffersonCurl: DoseExercise = {
  id: "jefferson-curl",
  spineDemand: { flexion: 3, extension: 0, axialCompression: 1 },
  regressions: ["wall-roll-down"],
  equipment: ["kettlebell"],
};

/** A session of `sets` identical sets. */
export function session(
  date: string,
  exerciseId: string,
  pain: PainReport,
  sets: number,
  reps: number,
  loadKg: number | null,
  extra: Partial<ExerciseLog> = {},
): ExerciseLog {
  return { date, exerciseId, pain, sets: Array.from({ length: sets }, () => ({ reps, loadKg })), ...extra };
}

