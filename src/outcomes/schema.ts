/**
 * Boundary schemas for outcome answers (zod/mini; JSON-Schema compatible), and the parsers that
 * list every problem with its path (O-1…O-3).
 *
 * Module-level values in this module are built inside `/* @__PURE__ *\/ (() => …)()`: the build
 * puts the whole module in one shared chunk, and a bundler can drop only what it knows is pure, so
 * an app that scores without parsing does not carry zod (about 7 kB).
 */
// A namespace import: `import { z }` defeats tree-shaking and bundles all of zod.
import * as z from "zod/mini";
import type { ParseIssue, ParseResult } from "../evidence/index.js";
import { ISO_DATE_RULE, isIsoDate } from "../internal/calendar.js";
import { requireArray, requireObject } from "../internal/guards.js";
import { fail, parseWith } from "../internal/parse.js";
import { painScore, record, wholeNumber, withKeyPaths } from "../internal/zodFields.js";
import { activityKey } from "./makeScore.js";
import { ODI_SECTIONS } from "./scoreOdi.js";
import { PSFS_MAX_ACTIVITIES } from "./scorePsfs.js";
import { RMDQ_ITEMS } from "./scoreRmdq.js";
import type { OdiAnswer, OutcomeAnswers, PsfsActivity } from "./types.js";

/**
 * Schema of RMDQ answers (O-1): 24 entries, `true` ticked, `false` not ticked, `null` unanswered.
 * @category Outcomes
 */
export const rmdqAnswersSchema = /* @__PURE__ */ (() =>
  z
    .array(z.nullable(z.boolean({ error: "must be true (ticked), false (not ticked) or null (unanswered)" })), { error: "must be an array of 24 answers" })
    .check(z.length(RMDQ_ITEMS, { error: `must hold ${RMDQ_ITEMS} answers, one per statement (null when unanswered)` })))();

/**
 * Schema of one PSFS activity (O-2): its name and a whole-number rating 0–10.
 * @category Outcomes
 */
export const psfsActivitySchema = /* @__PURE__ */ (() =>
  record(
    {
      activity: z.string({ error: "must name the activity" }).check(
        z.refine((text) => /\S/.test(text), { error: "must name the activity (not blank)" }),
        z.maxLength(200, { error: "must be at most 200 characters" }),
      ),
      score: wholeNumber("score", 0, 10),
    },
    "a PSFS activity",
  ))();

/**
 * Schema of the PSFS activities (O-2): 1–5 of them.
 * @category Outcomes
 */
export const psfsActivitiesSchema = /* @__PURE__ */ (() =>
  z
    .array(psfsActivitySchema, { error: "must be an array of 1 to 5 activities" })
    .check(
      z.minLength(1, { error: "must name at least 1 activity" }),
      z.maxLength(PSFS_MAX_ACTIVITIES, { error: `must name at most ${PSFS_MAX_ACTIVITIES} activities` }),
    ))();

/**
 * Schema of ODI answers (O-3): 10 entries, each a whole number 0–5 or `null` when unanswered.
 * @category Outcomes
 */
export const odiSectionsSchema = /* @__PURE__ */ (() =>
  z
    // The check holds answers to 0–5, which is what OdiAnswer says.
    .array(z.nullable(wholeNumber("a section's answer", 0, 5) as unknown as z.ZodMiniType<OdiAnswer>), { error: "must be an array of 10 answers" })
    .check(z.length(ODI_SECTIONS, { error: `must hold ${ODI_SECTIONS} answers, one per section (null when unanswered)` })))();

// The one calendar's check (internal/calendar.ts), which outcomeTrend bundles anyway: lighter
// than zod's ISO format, which would cost this entry most of a kilobyte. The JSON Schema states
// the format and range (jsonSchema.ts).
/** The date of an answers object (jsonSchema.ts gives it its format). */
export const answersDateSchema = /* @__PURE__ */ (() =>
  z.string({ error: `date must be ${ISO_DATE_RULE}` }).check(z.refine(isIsoDate, { error: `date must be ${ISO_DATE_RULE}` })))();
const date = /* @__PURE__ */ (() =>
  z.optional(answersDateSchema))();
// `instrument` is checked before the shape is chosen (see answersOf); a string here keeps the
// strict objects from calling it unknown.
const instrument = /* @__PURE__ */ (() =>
  z.string())();

/**
 * Schemas of the answers to each instrument (O-1…O-3 and the NRS), with an optional ISO date;
 * {@link outcomeAnswersSchema} joins them into one.
 * @category Outcomes
 */
export const outcomeAnswerShapes = /* @__PURE__ */ (() =>
  Object.freeze({
    rmdq: record({ instrument, answers: rmdqAnswersSchema, date }, "RMDQ answers"),
    psfs: record({ instrument, activities: psfsActivitiesSchema, date }, "PSFS answers"),
    odi: record({ instrument, sections: odiSectionsSchema, date }, "ODI answers"),
    nrs: record({ instrument, nrs: painScore(), date }, "an NRS answer"),
  }))();

/**
 * PSFS activities named twice (case and spaces ignored), which would count twice in the mean;
 * `pathOf` gives the path of the activity's name.
 */
export function duplicateActivityIssues(activities: readonly PsfsActivity[], pathOf: (index: number) => (string | number)[]): ParseIssue[] {
  const seen = new Set<string>();
  const issues: ParseIssue[] = [];
  activities.forEach((item, index) => {
    const name = activityKey(item.activity);
    if (seen.has(name)) issues.push({ path: pathOf(index), message: `"${item.activity}" is named twice: name each activity once` });
    seen.add(name);
  });
  return issues;
}

/**
 * The rules {@link parseOutcomeAnswers} checks after the shape (a PSFS activity named twice),
 * for callers that compose {@link outcomeAnswersSchema} into a larger schema.
 *
 * @param answers - answers whose shape is already valid
 * @param prefix - the path of the answers inside the larger document
 * @returns every problem with its path
 * @throws TypeError when `answers` is not an object or `prefix` is not an array
 * @example
 * ```ts
 * outcomeAnswersIssues({ instrument: "psfs", activities: [{ activity: "Squat", score: 4 }, { activity: "squat", score: 5 }] })[0]?.path;
 * // => ["activities", 1, "activity"]
 * ```
 * @category Outcomes
 */
export function outcomeAnswersIssues(answers: OutcomeAnswers, prefix: readonly (string | number)[] = []): ParseIssue[] {
  requireObject("outcomeAnswersIssues", "answers", answers);
  requireArray("outcomeAnswersIssues", "prefix", prefix);
  return answers.instrument === "psfs" ? duplicateActivityIssues(answers.activities, (index) => [...prefix, "activities", index, "activity"]) : [];
}

/**
 * Validates RMDQ answers at the boundary (O-1). Never throws.
 *
 * @param input - untrusted data, e.g. parsed JSON
 * @returns the 24 answers, or every problem with its path
 * @example
 * ```ts
 * parseRmdqAnswers([true, "yes"]).ok;
 * // => false
 * ```
 * @category Outcomes
 */
export function parseRmdqAnswers(input: unknown): ParseResult<readonly (boolean | null)[]> {
  return parseWith<readonly (boolean | null)[]>(rmdqAnswersSchema, input);
}

/**
 * Validates PSFS activities at the boundary (O-2). Never throws.
 *
 * @param input - untrusted data, e.g. parsed JSON
 * @returns 1–5 activities, or every problem with its path (a blank name, a rating outside 0–10, an activity named twice, …)
 * @example
 * ```ts
 * parsePsfsActivities([{ activity: "deadlift", score: 11 }]);
 * // => { "ok": false, "error": { "issues": [{ "path": [0, "score"], "message": "score must be at most 10" }] } }
 * ```
 * @category Outcomes
 */
export function parsePsfsActivities(input: unknown): ParseResult<readonly PsfsActivity[]> {
  return parseWith<readonly PsfsActivity[]>(withKeyPaths(psfsActivitiesSchema), input, (value) => duplicateActivityIssues(value, (index) => [index, "activity"]));
}

/**
 * Validates ODI answers at the boundary (O-3). Never throws.
 *
 * @param input - untrusted data, e.g. parsed JSON
 * @returns the 10 answers, or every problem with its path
 * @example
 * ```ts
 * parseOdiSections([0, 1, 2, 3, 4, 5, null, 1, 1, 6]);
 * // => { "ok": false, "error": { "issues": [{ "path": [9], "message": "a section's answer must be at most 5" }] } }
 * ```
 * @category Outcomes
 */
export function parseOdiSections(input: unknown): ParseResult<readonly (OdiAnswer | null)[]> {
  return parseWith<readonly (OdiAnswer | null)[]>(odiSectionsSchema, input);
}

/** Parses one answers object: the instrument first, then that instrument's shape, paths under `prefix`. */
function answersOf(input: unknown, prefix: readonly (string | number)[]): ParseResult<OutcomeAnswers> {
  const given = typeof input === "object" && input !== null && !Array.isArray(input) ? (input as { instrument?: unknown }).instrument : undefined;
  const known = typeof given === "string" && Object.hasOwn(outcomeAnswerShapes, given) ? (given as OutcomeAnswers["instrument"]) : undefined;
  if (known === undefined) {
    const message = given === undefined && (typeof input !== "object" || input === null || Array.isArray(input)) ? "outcome answers must be an object with an instrument" : 'instrument must be one of "rmdq", "psfs", "odi", "nrs"';
    return fail([{ path: given === undefined && message.startsWith("outcome") ? [...prefix] : [...prefix, "instrument"], message }]);
  }
  const result = parseWith<OutcomeAnswers>(withKeyPaths(outcomeAnswerShapes[known] as unknown as z.ZodMiniType<OutcomeAnswers>), input, (value) => outcomeAnswersIssues(value));
  return result.ok ? result : fail(result.error.issues.map((issue) => ({ path: [...prefix, ...issue.path], message: issue.message })));
}

/**
 * Validates answers to one instrument at the boundary (O-1…O-3 and the NRS). Never throws.
 *
 * @param input - untrusted data, e.g. parsed JSON: `{ instrument, …answers, date? }`
 * @returns the typed answers, or every problem with its path
 * @example
 * ```ts
 * parseOutcomeAnswers({ instrument: "nrs", nrs: 4, date: "2026-03-02" });
 * // => { "ok": true, "value": { "instrument": "nrs", "nrs": 4, "date": "2026-03-02" } }
 * ```
 * @category Outcomes
 */
export function parseOutcomeAnswers(input: unknown): ParseResult<OutcomeAnswers> {
  return answersOf(input, []);
}

/**
 * Validates a list of dated answers at the boundary, e.g. an intake's RMDQ and a re-test four
 * weeks later. Every entry needs its date. Never throws.
 *
 * @param input - untrusted data: a non-empty array of `{ instrument, …answers, date }`
 * @returns the typed answers in the given order, or every problem with its path
 * @example
 * ```ts
 * parseOutcomeSeries([{ instrument: "nrs", nrs: 4 }]);
 * // => { "ok": false, "error": { "issues": [{ "path": [0, "date"], "message": "date is needed in a series" }] } }
 * ```
 * @category Outcomes
 */
export function parseOutcomeSeries(input: unknown): ParseResult<readonly OutcomeAnswers[]> {
  if (!Array.isArray(input) || input.length === 0) return fail([{ path: [], message: "must be a non-empty array of outcome answers" }]);
  const values: OutcomeAnswers[] = [];
  const issues: ParseIssue[] = [];
  input.forEach((entry: unknown, index) => {
    const result = answersOf(entry, [index]);
    if (!result.ok) issues.push(...result.error.issues);
    // A missing date is reported with the entry's other problems, not after they are fixed.
    const dated = typeof entry === "object" && entry !== null && (entry as { date?: unknown }).date !== undefined;
    if (!dated) issues.push({ path: [index, "date"], message: "date is needed in a series" });
    if (result.ok && dated) values.push(result.value);
  });
  return issues.length > 0 ? fail(issues) : { ok: true, value: values };
}
