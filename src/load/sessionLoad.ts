/**
 * Session load: the session-RPE method.
 */
import { describeValue, requireNumberIn } from "../internal/guards.js";

/**
 * The longest session the load functions accept, in minutes: one day.
 *
 * @example
 * ```ts
 * MAX_SESSION_MINUTES;
 * // => 1440
 * ```
 * @category Load
 */
export const MAX_SESSION_MINUTES = 1_440;

/**
 * Session load in arbitrary units: session RPE (CR-10) × duration in minutes.
 *
 * The session-RPE method turns one question asked after training ("how hard was that,
 * 0–10?") and the session's length into a single internal-load number that can be summed
 * per day and compared across weeks (A-1, Foster 2001).
 *
 * @param rpe - session rating of perceived exertion on the CR-10 scale, 0–10
 * @param durationMinutes - session duration in minutes, > 0 and at most 1,440 (a day)
 * @returns `rpe × durationMinutes`, in AU (at most 14,400)
 * @throws RangeError naming `sessionLoad` and the value when `rpe` is not a number from 0 to 10,
 * or `durationMinutes` is not a number > 0 and at most 1,440
 * @example
 * ```ts
 * sessionLoad(6, 45);
 * // => 270
 * ```
 * @category Load
 */
export function sessionLoad(rpe: number, durationMinutes: number): number {
  // CR-10 runs from 0 (rest) to 10 (maximal).
  requireNumberIn("sessionLoad", "rpe", rpe, 0, 10);
  // a session cannot outlast the day it is logged on.
  if (typeof durationMinutes !== "number" || !(durationMinutes > 0 && durationMinutes <= MAX_SESSION_MINUTES)) {
    throw new RangeError(`sessionLoad: durationMinutes must be a number > 0 and at most ${MAX_SESSION_MINUTES} (a day), got ${describeValue(durationMinutes)}`);
  }
  return rpe * durationMinutes;
}
