/**
 * The rule on outcome answers that a shape cannot say (O-2: each PSFS activity once), for the
 * parsers, the FHIR mapper and callers who compose the zod schemas. No zod here.
 */
import type { ParseIssue } from "../evidence/index.js";
import { requireArray, requireObject } from "../internal/guards.js";
import { activityKey } from "./makeScore.js";
import type { OutcomeAnswers, PsfsActivity } from "./types.js";

/**
 * PSFS activities named twice (case and spaces ignored), which would count twice in the mean;
 * `pathOf` gives the path of the activity's name (not exported from the module).
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
 * The rules {@link parseOutcomeAnswers} checks after the shape (a PSFS activity named twice, O-2),
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
