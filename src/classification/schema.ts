/**
 * Boundary schemas for the classification inputs (zod/mini; JSON-Schema compatible).
 */
// A namespace import: `import { z }` defeats tree-shaking and bundles all of zod (427 kB vs 14 kB minified).
import * as z from "zod/mini";
import type { ParseIssue, ParseResult } from "../evidence/index.js";
import { parseWith } from "../internal/parse.js";
import { oneOf, optionalYesNo, painScore, record, withKeyPaths, yesNo } from "./fields.js";
import type { ClearingTestResult, ClearingTests, EnduranceTimes, LowerCrossedAnswers, SymptomHistory } from "./types.js";
import { requireArray, requireObject } from "../internal/guards.js";

const symptomLocationSchema = oneOf(["none", "back", "buttock", "thigh", "below-knee"]);

/**
 * Schema of one clearing test ({@link ClearingTestResult}).
 * @category Classification
 */
export const clearingTestResultSchema = record(
  {
    painNrs: painScore(),
    familiar: yesNo(),
    symptomsBefore: symptomLocationSchema,
    symptomsAfter: symptomLocationSchema,
    endPositionReached: yesNo(),
  },
  "a clearing test",
);

/**
 * Schema of {@link ClearingTests}: both clearing tests and the C-6 findings.
 * @category Classification
 */
export const clearingTestsSchema = record(
  {
    flexion: clearingTestResultSchema,
    extension: clearingTestResultSchema,
    lateralShift: optionalYesNo(),
    rotationProvokesPain: optionalYesNo(),
  },
  "the clearing tests",
);

const dailyActivitySchema = oneOf(["sitting", "slouching", "bending", "lifting", "standing", "walking", "arching", "overhead", "lying", "lying-prone"]);

/**
 * Schema of {@link SymptomHistory} (C-3).
 * @category Classification
 */
export const symptomHistorySchema = record(
  {
    worsenedBy: z.array(dailyActivitySchema, { error: "must be a list of activities" }),
    easedBy: z.array(dailyActivitySchema, { error: "must be a list of activities" }),
  },
  "the symptom history",
);

/**
 * Schema of {@link LowerCrossedAnswers} (C-7).
 * @category Classification
 */
export const lowerCrossedAnswersSchema = record(
  {
    anteriorPelvicTilt: yesNo(),
    weakGlutes: yesNo(),
    tightHipFlexors: yesNo(),
    liftsFeltInLowBack: yesNo(),
  },
  "the lower-crossed answers",
);

const holdSeconds = () =>
  z.number({ error: "must be a number of seconds" }).check(
    z.minimum(0, { error: "must be at least 0 seconds" }),
    z.maximum(3600, { error: "must be at most 3600 seconds (an hour)" }),
  );

/**
 * Schema of {@link EnduranceTimes} (E-1…E-3).
 * @category Classification
 */
export const enduranceTimesSchema = record(
  {
    flexorSeconds: holdSeconds(),
    extensorSeconds: holdSeconds(),
    leftSideBridgeSeconds: holdSeconds(),
    rightSideBridgeSeconds: holdSeconds(),
    sex: z.optional(oneOf(["male", "female"])),
  },
  "the endurance times",
);

/** Contradictions inside one clearing test, with paths under `prefix`. */
function clearingTestIssues(test: ClearingTestResult, prefix: readonly (string | number)[]): ParseIssue[] {
  const issues: ParseIssue[] = [];
  if (test.familiar && test.painNrs === 0) {
    issues.push({ path: [...prefix, "familiar"], message: "familiar pain was reported with a pain score of 0: give the score, or set familiar to false" });
  }
  return issues;
}

/**
 * The contradictions {@link parseClearingTests} checks after the shape (familiar pain at
 * 0/10), for callers that compose {@link clearingTestsSchema} into a larger schema.
 *
 * @param tests - clearing tests whose shape is already valid
 * @param prefix - the path of the tests inside the larger document
 * @returns every contradiction with its path
 * @throws TypeError naming `clearingTestsIssues` when `tests` is not an object or `prefix` is not
 * an array; the shape inside is the caller's contract (it is what the schema checked)
 * @example
 * ```ts
 * const quiet = { painNrs: 0, familiar: false, symptomsBefore: "back", symptomsAfter: "back", endPositionReached: true } as const;
 * clearingTestsIssues({ flexion: { ...quiet, familiar: true }, extension: quiet }, ["clearingTests"])[0]?.path;
 * // => ["clearingTests", "flexion", "familiar"]
 * ```
 * @category Classification
 */
export function clearingTestsIssues(tests: ClearingTests, prefix: readonly (string | number)[] = []): ParseIssue[] {
  requireObject("clearingTestsIssues", "tests", tests);
  requireArray("clearingTestsIssues", "prefix", prefix);
  return [...clearingTestIssues(tests.flexion, [...prefix, "flexion"]), ...clearingTestIssues(tests.extension, [...prefix, "extension"])];
}

/**
 * Validates the two clearing tests at the boundary (C-1…C-6). Never throws.
 *
 * @param input - untrusted data, e.g. parsed JSON
 * @returns the typed tests, or every issue with its path (a pain score outside 0–10, a
 * non-integer score, an unknown symptom location, familiar pain at 0/10, …)
 * @example
 * ```ts
 * const quiet = { painNrs: 0, familiar: false, symptomsBefore: "back", symptomsAfter: "back", endPositionReached: true };
 * parseClearingTests({ flexion: { ...quiet, familiar: true }, extension: quiet });
 * // => { ok: false, error: { issues: [{ path: ["flexion", "familiar"], message: "familiar pain was reported with a pain score of 0: …" }] } }
 * ```
 * @category Classification
 */
export function parseClearingTests(input: unknown): ParseResult<ClearingTests> {
  return parseWith<ClearingTests>(withKeyPaths(clearingTestsSchema), input, (tests) => clearingTestsIssues(tests));
}

/**
 * Validates a symptom history at the boundary (C-3). Never throws.
 *
 * @param input - untrusted data
 * @returns the typed history, or every issue with its path (an unknown activity, or one
 * listed as both worsening and easing)
 * @example
 * ```ts
 * parseSymptomHistory({ worsenedBy: ["sitting"], easedBy: ["sitting"] }).ok;
 * // => false
 * ```
 * @category Classification
 */
export function parseSymptomHistory(input: unknown): ParseResult<SymptomHistory> {
  return parseWith<SymptomHistory>(withKeyPaths(symptomHistorySchema), input, (history) =>
    history.easedBy.flatMap((activity, index) =>
      history.worsenedBy.includes(activity)
        ? [{ path: ["easedBy", index], message: `"${activity}" is listed as both worsening and easing the pain` }]
        : [],
    ),
  );
}

/**
 * Validates the lower-crossed answers at the boundary (C-7). Never throws.
 *
 * @param input - untrusted data
 * @returns the typed answers, or every issue with its path
 * @example
 * ```ts
 * parseLowerCrossedAnswers({ anteriorPelvicTilt: true, weakGlutes: false, tightHipFlexors: false, liftsFeltInLowBack: "yes" }).ok;
 * // => false
 * ```
 * @category Classification
 */
export function parseLowerCrossedAnswers(input: unknown): ParseResult<LowerCrossedAnswers> {
  return parseWith<LowerCrossedAnswers>(withKeyPaths(lowerCrossedAnswersSchema), input);
}

/**
 * Validates endurance hold times at the boundary (E-1…E-3). Never throws.
 *
 * @param input - untrusted data
 * @returns the typed times, or every issue with its path (negative or non-numeric seconds)
 * @example
 * ```ts
 * parseEnduranceTimes({ flexorSeconds: -1, extensorSeconds: 100, leftSideBridgeSeconds: 60, rightSideBridgeSeconds: 60 }).ok;
 * // => false
 * ```
 * @category Classification
 */
export function parseEnduranceTimes(input: unknown): ParseResult<EnduranceTimes> {
  return parseWith<EnduranceTimes>(withKeyPaths(enduranceTimesSchema), input);
}
