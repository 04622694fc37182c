/**
 * Boundary schemas for the safety gate (zod/mini; JSON-Schema compatible).
 */
// A namespace import: `import { z }` defeats tree-shaking and bundles all of zod (427 kB vs 14 kB minified).
import * as z from "zod/mini";
import type { ParseIssue, ParseResult } from "../evidence/index.js";
import { parseWith } from "../internal/parse.js";
import { requireArray, requireObject } from "../internal/guards.js";
import { isoDateString } from "../internal/isoDateSchema.js";
import { oneOf, optionalYesNo, record, wholeNumber, withKeyPaths, yesNo } from "../classification/fields.js";
import { clearingTestsIssues, clearingTestsSchema } from "../classification/schema.js";
import { nightPainSchema } from "../staging/schema.js";
import { RED_FLAG_QUESTIONS } from "./questions.js";
import type { ClearableFeature, Clearance, ScreeningInput, SessionCheckIn } from "./types.js";

/** A red-flag answer: yes, no, or "unknown" ("don't know", which S-13 counts as unanswered). */
const answer = () =>
  z.optional(
    z.union([z.boolean(), z.literal("unknown")], { error: 'must be true, false or "unknown" (don\'t know; an unanswered question stops the plan, S-13)' }),
  );

/** Details, `null` for none, or "unknown" (S-13). */
const described = <T extends z.core.SomeType>(details: T) => z.optional(z.union([details, z.null(), z.literal("unknown")]));

const CLEARABLE = [...RED_FLAG_QUESTIONS.map((item) => item.key), "firstEpisode", "improvingSinceOnset"] as unknown as [ClearableFeature, ...ClearableFeature[]];

/**
 * Schema of {@link Clearance} (S-12): a clinician's clearance of named red-flag features.
 * @category Screening
 */
export const clearanceSchema = record(
  {
    date: isoDateString("the clearance date", "must be a date written YYYY-MM-DD"),
    clearedBy: z.string({ error: "must name who cleared it" }).check(
      z.trim(),
      z.minLength(1, { error: "must name who cleared it" }),
      z.maxLength(200, { error: "must be at most 200 characters" }),
    ),
    covers: z.array(oneOf(CLEARABLE), { error: "must be a list of red-flag answer keys" }).check(
      z.minLength(1, { error: "must name at least one red-flag answer it covers (S-12 lifts only what it names)" }),
    ),
    assessedEmergency: optionalYesNo(),
    note: z.optional(z.string({ error: "must be text" }).check(z.maxLength(2000, { error: "must be at most 2000 characters" }))),
  },
  "the clearance",
);

const clearancesSchema = z.optional(z.array(clearanceSchema, { error: "clearances must be a list" }));

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
  bladderDysfunction: answer(),
  saddleNumbness: answer(),
  bowelDysfunction: answer(),
  newSexualDysfunction: answer(),
  legSymptoms: described(legSymptomsSchema),
  footDrop: answer(),
  worseningLegWeakness: answer(),
  gaitDisturbance: answer(),
  fever: answer(),
  ivDrugUse: answer(),
  immunosuppression: answer(),
  recentSpinalProcedure: answer(),
  recentInfection: answer(),
  cancerHistory: answer(),
  unexplainedWeightLoss: answer(),
  nightPain: described(nightPainSchema),
  significantTrauma: answer(),
  minorTraumaOrStrenuousLift: answer(),
  osteoporosis: answer(),
  longTermCorticosteroids: answer(),
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
    clearances: clearancesSchema,
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
    date: z.optional(isoDateString("the check-in date", "must be a date written YYYY-MM-DD")),
    clearances: clearancesSchema,
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
 * @throws TypeError naming the function when `input` is not an object or `prefix` not a list
 * @example
 * ```ts
 * screeningInputIssues({ ageYears: 30, onsetAgeYears: 31 }, ["screening"])[0]?.path;
 * // => ["screening", "onsetAgeYears"]
 * ```
 * @category Screening
 */
export function screeningInputIssues(input: ScreeningInput, prefix: readonly (string | number)[] = []): ParseIssue[] {
  requireObject("screeningInputIssues", "input", input);
  requireArray("screeningInputIssues", "prefix", prefix);
  const issues: ParseIssue[] = [];
  const age = input.ageYears;
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
 * non-integer age, an onset age above the current age, …). Unanswered red-flag questions are not
 * parse issues: {@link screen} answers them with `incomplete-screening` and the questions (S-13)
 * @example
 * ```ts
 * parseScreeningInput({ ageYears: 30, onsetAgeYears: 31 });
 * // => { ok: false, error: { issues: [{ path: ["onsetAgeYears"], message: "the age at onset (31) is above the current age (30)" }] } }
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
  return parseWith<SessionCheckIn>(withKeyPaths(sessionCheckInSchema), input, (value) =>
    // S-12: a clearance covers what was reported on or before its date, so the check-in needs one.
    value.clearances !== undefined && value.clearances.length > 0 && value.date === undefined
      ? [{ path: ["date"], message: "give the check-in's date: a clearance is matched to the date of what it covers (S-12)" }]
      : [],
  );
}

/**
 * Validates a clinician's clearance at the boundary (S-12). Never throws.
 *
 * @param input - untrusted data
 * @returns the typed clearance, or every issue with its path
 * @example
 * ```ts
 * parseClearance({ date: "2026-11-20", clearedBy: "Dr A. Patel (GP)", covers: ["cancerHistory"] }).ok;
 * // => true
 * ```
 * @category Screening
 */
export function parseClearance(input: unknown): ParseResult<Clearance> {
  return parseWith<Clearance>(withKeyPaths(clearanceSchema), input);
}
