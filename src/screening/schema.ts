/**
 * Boundary schemas for the safety gate (zod/mini; JSON-Schema compatible).
 */
// A namespace import: `import { z }` defeats tree-shaking and bundles all of zod (427 kB vs 14 kB minified).
import * as z from "zod/mini";
import type { ParseIssue, ParseResult } from "../evidence/index.js";
import { parseWith } from "../internal/parse.js";
import { oneOf, optionalYesNo, record, wholeNumber, withKeyPaths, yesNo } from "../classification/fields.js";
import { clearingTestsIssues, clearingTestsSchema } from "../classification/schema.js";
import { nightPainSchema } from "../staging/schema.js";
import type { ScreeningInput, SessionCheckIn } from "./types.js";

/**
 * Schema of {@link LegSymptoms} (S-1, S-2, S-7).
 * @category Screening
 */
export const legSymptomsSchema = record(
  {
    legs: oneOf(["one", "both"]),
    reach: oneOf(["above-knee", "below-knee"]),
    numbness: yesNo(),
    weakness: yesNo(),
    worsening: yesNo(),
  },
  "the leg symptoms",
);

/**
 * Schema of {@link InflammatoryFeatures} (S-8).
 * @category Screening
 */
export const inflammatoryFeaturesSchema = record(
  {
    buttockPain: optionalYesNo(),
    improvesWithMovement: optionalYesNo(),
    improvesWithNsaidsWithin48Hours: optionalYesNo(),
    firstDegreeRelativeWithSpondyloarthritis: optionalYesNo(),
    arthritis: optionalYesNo(),
    enthesitis: optionalYesNo(),
    psoriasis: optionalYesNo(),
  },
  "the inflammatory features",
);

const redFlagShape = {
  bladderDysfunction: optionalYesNo(),
  saddleNumbness: optionalYesNo(),
  bowelDysfunction: optionalYesNo(),
  newSexualDysfunction: optionalYesNo(),
  legSymptoms: z.optional(z.nullable(legSymptomsSchema)),
  footDrop: optionalYesNo(),
  worseningLegWeakness: optionalYesNo(),
  gaitDisturbance: optionalYesNo(),
  fever: optionalYesNo(),
  ivDrugUse: optionalYesNo(),
  immunosuppression: optionalYesNo(),
  recentSpinalProcedure: optionalYesNo(),
  recentInfection: optionalYesNo(),
  cancerHistory: optionalYesNo(),
  unexplainedWeightLoss: optionalYesNo(),
  nightPain: z.optional(z.nullable(nightPainSchema)),
  significantTrauma: optionalYesNo(),
  minorTraumaOrStrenuousLift: optionalYesNo(),
  osteoporosis: optionalYesNo(),
  longTermCorticosteroids: optionalYesNo(),
};

/**
 * Schema of {@link ScreeningInput} (S-1…S-11). Unknown fields are reported, so that a
 * misspelt symptom is never silently dropped.
 * @category Screening
 */
export const screeningInputSchema = record(
  {
    ...redFlagShape,
    ageYears: z.optional(wholeNumber("age", 0, 120)),
    firstEpisode: optionalYesNo(),
    durationWeeks: z.optional(wholeNumber("duration in weeks", 0, 6500)),
    improvingSinceOnset: optionalYesNo(),
    onsetAgeYears: z.optional(wholeNumber("age at onset", 0, 120)),
    inflammatoryFeatures: z.optional(inflammatoryFeaturesSchema),
    clearingTests: z.optional(clearingTestsSchema),
  },
  "the screening input",
);

/**
 * Schema of {@link SessionCheckIn} (S-9).
 * @category Screening
 */
export const sessionCheckInSchema = record(
  {
    ...redFlagShape,
    date: z.optional(z.iso.date({ error: "must be a date written YYYY-MM-DD" })),
  },
  "the check-in",
);

/**
 * The contradictions {@link parseScreeningInput} checks after the shape (a first episode
 * without an age, an onset age above the current age, …), for callers that compose
 * {@link screeningInputSchema} into a larger schema.
 *
 * @param input - a screening input whose shape is already valid
 * @param prefix - the path of the input inside the larger document
 * @returns every contradiction with its path
 * @example
 * ```ts
 * screeningInputIssues({ ageYears: 30, onsetAgeYears: 31 }, ["screening"])[0]?.path;
 * // => ["screening", "onsetAgeYears"]
 * ```
 * @category Screening
 */
export function screeningInputIssues(input: ScreeningInput, prefix: readonly (string | number)[] = []): ParseIssue[] {
  const issues: ParseIssue[] = [];
  const age = input.ageYears;
  if (input.firstEpisode === true && age === undefined) {
    issues.push({ path: ["ageYears"], message: "a first episode was reported without an age: the age decides whether it is a flag (S-5, S-6)" });
  }
  if (age !== undefined && input.onsetAgeYears !== undefined && input.onsetAgeYears > age) {
    issues.push({ path: ["onsetAgeYears"], message: `the age at onset (${input.onsetAgeYears}) is above the current age (${age})` });
  }
  if (age !== undefined && input.durationWeeks !== undefined && input.durationWeeks > (age + 1) * 52.18) {
    issues.push({ path: ["durationWeeks"], message: `${input.durationWeeks} weeks is longer than a ${age}-year-old has lived` });
  }
  if (input.improvingSinceOnset !== undefined && input.durationWeeks === undefined) {
    issues.push({ path: ["durationWeeks"], message: "give the duration in weeks so that improvement (or its absence) can be judged (S-6)" });
  }
  if (input.clearingTests !== undefined) issues.push(...clearingTestsIssues(input.clearingTests, ["clearingTests"]));
  return issues.map((issue) => ({ path: [...prefix, ...issue.path], message: issue.message }));
}

/**
 * Validates the intake answers of the safety gate at the boundary (S-1…S-11). Never throws.
 *
 * @param input - untrusted data, e.g. parsed JSON
 * @returns the typed input, or every issue with its path (an unknown or misspelt field, a
 * non-integer age, a first episode without an age, an onset age above the current age, …)
 * @example
 * ```ts
 * parseScreeningInput({ firstEpisode: true });
 * // => { ok: false, error: { issues: [{ path: ["ageYears"], message: "a first episode was reported without an age: …" }] } }
 * ```
 * @category Screening
 */
export function parseScreeningInput(input: unknown): ParseResult<ScreeningInput> {
  return parseWith<ScreeningInput>(withKeyPaths(screeningInputSchema), input, (value) => screeningInputIssues(value));
}

/**
 * Validates a session check-in at the boundary (S-9). Never throws.
 *
 * @param input - untrusted data
 * @returns the typed check-in, or every issue with its path
 * @example
 * ```ts
 * parseSessionCheckIn({ date: "2026-11-22", saddleNumbnes: true }).ok;
 * // => false
 * ```
 * @category Screening
 */
export function parseSessionCheckIn(input: unknown): ParseResult<SessionCheckIn> {
  return parseWith<SessionCheckIn>(withKeyPaths(sessionCheckInSchema), input);
}
