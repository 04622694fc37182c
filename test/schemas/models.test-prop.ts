/**
 * The other direction from documents that owe nothing to the JSON Schema: the modules' own
 * arbitraries (the intakes, check-ins, logs, exercises and journals the rest of the suite feeds
 * the library) give documents; each one its parser accepts must be valid for the schema, checked
 * by ajv. The one documented exception is applied first (`answered`: the schema asks for every
 * red-flag answer, the parser lets the safety gate name the missing ones, S-13).
 *
 * Runs per schema: fast-check's global count (1,000 under CI), a tenth for the schemas whose
 * documents are whole journals, histories or catalogs.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { catalog, exercise } from "../catalog/arbitraries.js";
import { generateJournal } from "../journal/generateJournal.js";
import { exerciseLogs, intake, planOptions, trainingLog, weeks } from "../program/arbitraries.js";
import { ladderHistory, painReport, prescription } from "../progression/arbitraries.js";
import {
  clearingTests,
  enduranceTimes,
  lowerCrossedAnswers,
  screeningInput,
  sessionCheckIn,
  stagingInput,
  symptomHistory,
} from "../screening/arbitraries.js";
import { validator } from "./ajv.js";
import { DOCUMENTS } from "./documents.js";

interface Model {
  readonly documents: fc.Arbitrary<unknown>;
  /** The share of runs of a full count for this schema (whole journals and catalogs cost more). */
  readonly share?: number;
}

const MODELS: Readonly<Record<string, Model>> = {
  intake: { documents: intake() },
  screening: { documents: screeningInput() },
  "check-in": { documents: sessionCheckIn() },
  "clearing-tests": { documents: clearingTests() },
  "symptom-history": { documents: symptomHistory() },
  "lower-crossed": { documents: lowerCrossedAnswers() },
  "endurance-times": { documents: enduranceTimes() },
  "staging-input": { documents: stagingInput() },
  "pain-report": { documents: painReport },
  prescription: { documents: prescription },
  "exercise-logs": { documents: exerciseLogs() },
  "ladder-exposures": { documents: ladderHistory(6) },
  "week-summaries": { documents: weeks() },
  "training-log": { documents: trainingLog() },
  exercise: { documents: exercise },
  catalog: { documents: catalog, share: 0.1 },
  "plan-history": { documents: planOptions().map((options) => options.history ?? {}), share: 0.1 },
  journal: { documents: fc.integer({ min: 1, max: 2 ** 31 - 1 }).map((seed) => generateJournal({ weeks: 2, seed }).journal), share: 0.1 },
};

const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
const { numRuns = 100 } = fc.readConfigureGlobal();

describe.each(Object.entries(MODELS))("the %s schema and the module's own documents", (name, model) => {
  const document = DOCUMENTS.find((item) => item.name === name)!;
  const validate = validator(document.schema());

  it("S-13: a document the parser accepts, from the module's arbitraries, is valid for the schema (every red-flag question answered)", () => {
    let parsed = 0;
    let runs = 0;
    fc.assert(
      fc.property(model.documents, (value) => {
        runs += 1;
        const json = asJson(value);
        if (!document.parse(json).ok) return;
        parsed += 1;
        const answered = document.answered === undefined ? json : document.answered(asJson(json));
        expect(validate(answered), JSON.stringify(json)).toEqual([]);
      }),
      { numRuns: Math.max(10, Math.round(numRuns * (model.share ?? 1))) },
    );
    // The arbitraries are built to be valid: most documents parse, or the property says little.
    expect(parsed).toBeGreaterThan(runs / 2);
  });
});

it("every schema with a module arbitrary is covered here, and the rest by the agreement property", () => {
  expect(Object.keys(MODELS).filter((name) => !DOCUMENTS.some((document) => document.name === name))).toEqual([]);
  expect(Object.keys(MODELS).length).toBeGreaterThanOrEqual(18);
});
