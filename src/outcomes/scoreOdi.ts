import { makeScore, rounded, unansweredItems } from "./makeScore.js";
import type { OdiAnswer, OutcomeScore } from "./types.js";

/** The number of ODI sections (O-3). */
export const ODI_SECTIONS = 10;

/**
 * Scores the Oswestry Disability Index, version 2.1a (O-3), from answers the caller holds.
 *
 * Each of the 10 sections is answered 0–5; the score is the sum ÷ (5 × the sections answered)
 * × 100, a percentage, higher meaning more disability. One unanswered section is allowed (the
 * sum is then out of 45); with more than one there is no score: `score` is `null` with the
 * reason code `too-many-missing-sections`. The questionnaire is licensed through Mapi Research
 * Trust: spinewise ships no item wording and scores answers held under the caller's own licence.
 *
 * @param sections - 10 answers in section order, each 0–5, `null` when unanswered
 * @returns the percentage (or `null`), its range 0–100, `higher-is-worse`, the unanswered sections and the reason
 * @throws TypeError when `sections` is not an array; RangeError when it does not hold 10 answers or an answer is not a whole number 0–5 or `null`
 * @example
 * ```ts
 * // Fairbank & Pynsent 2000: 16 points over all 10 sections is 32 %.
 * scoreOdi([2, 2, 2, 2, 2, 2, 1, 1, 1, 1]).score;
 * // => 32
 * scoreOdi([2, 2, 2, 2, 2, 2, 2, 2, null, null]).reasonCode;
 * // => "too-many-missing-sections"
 * ```
 * @category Outcomes
 */
export function scoreOdi(sections: readonly (OdiAnswer | null)[]): OutcomeScore {
  const missing = unansweredItems(
    "scoreOdi",
    "sections",
    sections,
    ODI_SECTIONS,
    (answer) => typeof answer === "number" && Number.isInteger(answer) && answer >= 0 && answer <= 5,
    "a whole number from 0 to 5",
  );
  if (missing.length > 1) {
    return makeScore(
      "odi",
      null,
      "outcomes.odi-incomplete",
      { count: missing.length, sections: ODI_SECTIONS, missing: missing.join(", ") },
      { missing, reasonCode: "too-many-missing-sections" },
    );
  }
  let sum = 0;
  for (const answer of sections) sum += answer ?? 0;
  const possible = 5 * (ODI_SECTIONS - missing.length);
  // O-3: the sum out of 5 × the sections answered, as a percentage.
  const percent = (sum * 100) / possible; // multiply first: 7 of 50 is 14, not 14.000000000000002
  const [section] = missing;
  return section === undefined
    ? makeScore("odi", percent, "outcomes.odi", { percent: rounded(percent), sum, possible }, { missing })
    : makeScore("odi", percent, "outcomes.odi-one-missing", { percent: rounded(percent), sum, possible, section }, { missing });
}
