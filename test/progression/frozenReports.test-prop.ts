/**
 * painResponse remembers its answers to frozen reports at the default thresholds (a journal's
 * reports are frozen, and the planner asks nextDose about the same logs for every candidate):
 * responses and dose decisions must be those of fresh, unfrozen copies, on the first call and on
 * later ones, for plain and axially loaded exercises alike (L-1, L-2, L-5).
 */
import { describe, expect } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { getExercise } from "../../src/catalog/index.js";
import { deepFreeze } from "../../src/internal/freeze.js";
import { nextDose, painResponse } from "../../src/progression/index.js";
import { logsFor, prescription } from "./arbitraries.js";

const stages = fc.constantFrom("movement-control" as const, "function-optimisation" as const);

describe("painResponse and nextDose on frozen reports (L-1, L-2, L-5)", () => {
  test.prop([prescription.chain((p) => logsFor(p).map((logs) => ({ p, logs }))), stages])(
    "L-1, L-2, L-5: frozen reports give the decisions of unfrozen copies, first time and again",
    ({ p, logs }, stage) => {
      const frozen = deepFreeze(structuredClone(logs));
      for (const [index, log] of frozen.entries()) {
        for (const options of [{}, { axiallyLoaded: true }, { ceilingNrs: 2 }]) {
          expect(painResponse(log.pain, options)).toEqual(painResponse(structuredClone(logs[index]!.pain), options));
          expect(painResponse(log.pain, options)).toEqual(painResponse(structuredClone(logs[index]!.pain), options));
        }
      }
      const fresh = nextDose(structuredClone(logs), p, { stage });
      expect(nextDose(frozen, p, { stage })).toEqual(fresh);
      expect(nextDose(frozen, p, { stage })).toEqual(fresh);
      // The same reports for an axially loaded exercise are judged against the lower ceiling (L-1).
      const exercise = getExercise(p.exerciseId)!;
      const axial = { ...exercise, spineDemand: { ...exercise.spineDemand, axialCompression: 3 as const } };
      expect(nextDose(frozen, p, { stage, exercise: axial })).toEqual(nextDose(structuredClone(logs), p, { stage, exercise: axial }));
    },
  );
});
