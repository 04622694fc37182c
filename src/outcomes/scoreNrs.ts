import { requireNumberIn } from "../internal/guards.js";
import { makeScore } from "./makeScore.js";
import type { OutcomeScore } from "./types.js";

/**
 * Scores a pain rating on the 0–10 numeric rating scale as an outcome measure, so it can be
 * compared over time with the same rules as the questionnaires (O-4: 2 points or 30 %).
 *
 * @param nrs - pain 0 (none) to 10 (worst imaginable), a whole number
 * @returns the score, its range 0–10, `higher-is-worse`, and the reason
 * @throws RangeError when `nrs` is not a whole number from 0 to 10
 * @example
 * ```ts
 * scoreNrs(4).score;
 * // => 4
 * scoreNrs(4).direction;
 * // => "higher-is-worse"
 * ```
 * @category Outcomes
 */
export function scoreNrs(nrs: number): OutcomeScore {
  requireNumberIn("scoreNrs", "nrs", nrs, 0, 10, true);
  return makeScore("nrs", nrs, "outcomes.nrs", { nrs });
}
