import { requireObject } from "../internal/guards.js";
import { scoreNrs } from "./scoreNrs.js";
import { scoreOdi } from "./scoreOdi.js";
import { scorePsfs } from "./scorePsfs.js";
import { scoreRmdq } from "./scoreRmdq.js";
import type { OutcomeAnswers, OutcomeScore } from "./types.js";

/**
 * Scores answers to any instrument, e.g. what {@link parseOutcomeAnswers} or
 * {@link fromQuestionnaireResponse} returned: {@link scoreRmdq}, {@link scorePsfs},
 * {@link scoreOdi} or {@link scoreNrs} by `instrument`.
 *
 * @param answers - answers to one instrument
 * @returns the score of that instrument
 * @throws TypeError when `answers` is not an object; RangeError for an unknown instrument, and as the scoring function throws
 * @example
 * ```ts
 * scoreOutcome({ instrument: "odi", sections: [1, 1, 1, 1, 1, 1, 1, 1, 1, null] }).score;
 * // => 20
 * ```
 * @category Outcomes
 */
export function scoreOutcome(answers: OutcomeAnswers): OutcomeScore {
  requireObject("scoreOutcome", "answers", answers);
  switch (answers.instrument) {
    case "rmdq":
      return scoreRmdq(answers.answers);
    case "psfs":
      return scorePsfs(answers.activities);
    case "odi":
      return scoreOdi(answers.sections);
    case "nrs":
      return scoreNrs(answers.nrs);
    default:
      throw new RangeError(`scoreOutcome: answers.instrument must be one of "rmdq", "psfs", "odi", "nrs", got ${String((answers as { instrument: unknown }).instrument)}`);
  }
}
