/**
 * The planner hands `nextDose` each exercise's own logs and the latest log carrying a check-in
 * (S-9), not the whole history: every decision must be the one the whole history gives
 * (L-1…L-5, P-5…P-9, S-9).
 */
import { describe, expect } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { getExercise } from "../../src/catalog/index.js";
import { doseHistory } from "../../src/program/doseHistory.js";
import { nextDose } from "../../src/progression/index.js";
import { painModelCase, WEEK_START } from "./historyArbitraries.js";

describe("doseHistory: the logs nextDose reads (S-9, L-1…L-5)", () => {
  test.prop([painModelCase(), fc.constantFrom("movement-control", "function-optimisation", "symptom-modulation" as const)], { numRuns: process.env.CI ? 2_000 : 200 })(
    "S-9, L-1…L-5: for every exercise, nextDose on its own logs and the latest check-in decides as on the whole history",
    ({ exerciseLogs }, stage) => {
      const history = doseHistory(exerciseLogs, { stage, direction: { peripheralising: [] }, today: WEEK_START });
      if (history === undefined) return;
      expect([...history.forDose.keys()].sort()).toEqual([...history.byExercise.keys()].sort());
      for (const [exerciseId, own] of history.byExercise) {
        const exercise = getExercise(exerciseId);
        const prescription = { exerciseId, sets: own.at(-1)!.sets.length || 1, reps: { min: 8, max: 10 } };
        const options = { stage, today: WEEK_START, exercise };
        expect(nextDose(history.forDose.get(exerciseId)!, prescription, options)).toEqual(nextDose(history.logs, prescription, options));
      }
    },
  );
});
