import { requireArray, requireNumberIn, requireObject } from "../internal/guards.js";
import { makeScore, rounded } from "./makeScore.js";
import type { OutcomeScore, PsfsActivity } from "./types.js";

/** The most activities a PSFS holds (O-2: the original form 3, later forms 5). */
export const PSFS_MAX_ACTIVITIES = 5;

/**
 * Scores the Patient-Specific Functional Scale (O-2).
 *
 * The person names 1–5 activities they have difficulty with and rates each 0 (unable to do it)
 * to 10 (able to do it as before the problem); the score is the mean of the ratings, higher
 * meaning better function.
 *
 * @param activities - 1–5 activities, each with its name and a whole-number rating 0–10
 * @returns the mean (0–10), `higher-is-better`, the activities and the reason
 * @throws TypeError when `activities` is not an array or an activity is not an object with a name; RangeError for 0 or more than 5 activities, an empty name or a rating that is not a whole number 0–10
 * @example
 * ```ts
 * scorePsfs([
 *   { activity: "deadlift from the floor", score: 3 },
 *   { activity: "sit through a film", score: 6 },
 *   { activity: "put on socks", score: 9 },
 * ]).score;
 * // => 6
 * ```
 * @category Outcomes
 */
export function scorePsfs(activities: readonly PsfsActivity[]): OutcomeScore {
  requireArray("scorePsfs", "activities", activities);
  if (activities.length < 1 || activities.length > PSFS_MAX_ACTIVITIES) {
    throw new RangeError(`scorePsfs: activities must hold 1 to ${PSFS_MAX_ACTIVITIES} activities, got ${activities.length}`);
  }
  let sum = 0;
  activities.forEach((item, index) => {
    requireObject("scorePsfs", `activities[${index}]`, item);
    if (typeof item.activity !== "string") throw new TypeError(`scorePsfs: activities[${index}].activity must be a string`);
    if (item.activity.trim() === "") throw new RangeError(`scorePsfs: activities[${index}].activity must name the activity`);
    requireNumberIn("scorePsfs", `activities[${index}].score`, item.score, 0, 10, true);
    sum += item.score;
  });
  const mean = sum / activities.length;
  return activities.length === 1
    ? makeScore("psfs", mean, "outcomes.psfs-one", { mean: rounded(mean) }, { activities })
    : makeScore("psfs", mean, "outcomes.psfs-mean", { mean: rounded(mean), count: activities.length }, { activities });
}
