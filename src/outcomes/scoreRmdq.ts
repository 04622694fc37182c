import { makeScore, unansweredItems } from "./makeScore.js";
import type { OutcomeScore } from "./types.js";

/** The number of RMDQ statements (O-1). */
export const RMDQ_ITEMS = 24;

/**
 * Scores the Roland–Morris Disability Questionnaire (O-1).
 *
 * The person ticks each of the 24 statements that describes them today; the score is the number
 * ticked, 0–24, higher meaning more disability. A statement marked "not applicable" counts as
 * not ticked (pass `false`). There is no standard rule for missing statements, so answers with
 * any `null` get no score: `score` is `null` with the reason code `incomplete-answers` and the
 * unanswered statements listed.
 *
 * @param answers - 24 answers in the questionnaire's order: `true` ticked, `false` not ticked, `null` unanswered
 * @returns the score (or `null`), its range 0–24, `higher-is-worse`, and the reason
 * @throws TypeError when `answers` is not an array; RangeError when it does not hold 24 answers or an answer is not a boolean or `null`
 * @example
 * ```ts
 * const ticked = [3, 6, 9, 13, 17, 18];
 * scoreRmdq(Array.from({ length: 24 }, (_, index) => ticked.includes(index + 1))).score;
 * // => 6
 * scoreRmdq([null, ...Array.from({ length: 23 }, () => false)]).reasonCode;
 * // => "incomplete-answers"
 * ```
 * @category Outcomes
 */
export function scoreRmdq(answers: readonly (boolean | null)[]): OutcomeScore {
  const missing = unansweredItems("scoreRmdq", "answers", answers, RMDQ_ITEMS, (answer) => typeof answer === "boolean", "true or false");
  if (missing.length > 0) {
    // O-1: the RMDQ has no standard rule for missing items; a guessed score would mislead.
    return makeScore(
      "rmdq",
      null,
      "outcomes.rmdq-incomplete",
      { count: missing.length, items: RMDQ_ITEMS, missing: missing.join(", ") },
      { missing, reasonCode: "incomplete-answers" },
    );
  }
  const ticked = answers.filter((answer) => answer === true).length;
  return makeScore("rmdq", ticked, "outcomes.rmdq", { ticked, items: RMDQ_ITEMS });
}
