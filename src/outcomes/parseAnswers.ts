/**
 * The parsers of outcome answers (O-1…O-3 and the NRS): every problem listed with its path,
 * never a throw. Written by hand (answerChecks.ts), not with the zod schemas of schema.ts, so an
 * app that parses and scores answers carries no zod.
 */
import type { ParseIssue, ParseResult } from "../evidence/index.js";
import { fail, unreadable } from "../internal/parse.js";
import { odiSectionsAt, outcomeAnswersAt, psfsActivitiesAt, rmdqAnswersAt, type Path } from "./answerChecks.js";
import { duplicateActivityIssues } from "./outcomeAnswersIssues.js";
import type { OdiAnswer, OutcomeAnswers, PsfsActivity } from "./types.js";

/**
 * Runs a check at the root and wraps its outcome; a getter or proxy that throws while the input
 * is read is bad input too.
 */
function parsed<T>(check: (issues: ParseIssue[], path: Path, input: unknown) => T, input: unknown): ParseResult<T> {
  const issues: ParseIssue[] = [];
  try {
    const value = check(issues, [], input);
    return issues.length > 0 ? fail(issues) : { ok: true, value };
  } catch (thrown) {
    return unreadable(thrown);
  }
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
  return parsed(rmdqAnswersAt, input);
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
  return parsed((issues, path, list) => {
    const activities = psfsActivitiesAt(issues, path, list);
    // Names twice are judged on activities whose shape is right.
    if (issues.length === 0) issues.push(...duplicateActivityIssues(activities, (index) => [index, "activity"]));
    return activities;
  }, input);
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
  return parsed(odiSectionsAt, input);
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
  return parsed(outcomeAnswersAt, input);
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
  return parsed((issues, _path, list) => {
    if (!Array.isArray(list) || list.length === 0) {
      issues.push({ path: [], message: "must be a non-empty array of outcome answers" });
      return [];
    }
    const series: OutcomeAnswers[] = [];
    // An index loop: a hole in a sparse list is an entry with no answers, not one skipped.
    for (let index = 0; index < list.length; index++) {
      const entry: unknown = list[index];
      series.push(outcomeAnswersAt(issues, [index], entry));
      // A missing date is reported with the entry's other problems, not after they are fixed.
      if (typeof entry !== "object" || entry === null || (entry as { date?: unknown }).date === undefined) issues.push({ path: [index, "date"], message: "date is needed in a series" });
    }
    return series;
  }, input);
}
