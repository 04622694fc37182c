/**
 * Session load: the session-RPE method.
 */

/**
 * Session load in arbitrary units: session RPE (CR-10) × duration in minutes.
 *
 * The session-RPE method turns one question asked after training ("how hard was that,
 * 0–10?") and the session's length into a single internal-load number that can be summed
 * per day and compared across weeks (A-1, Foster 2001).
 *
 * @param rpe - session rating of perceived exertion on the CR-10 scale, 0–10
 * @param durationMinutes - session duration in minutes, > 0
 * @returns `rpe × durationMinutes`, in AU
 * @throws RangeError naming `sessionLoad` and the value when `rpe` is outside 0–10 or not
 * finite, or `durationMinutes` is not a finite number > 0
 * @example
 * ```ts
 * sessionLoad(6, 45);
 * // => 270
 * ```
 * @category Load
 */
export function sessionLoad(rpe: number, durationMinutes: number): number {
  // CR-10 runs from 0 (rest) to 10 (maximal).
  if (typeof rpe !== "number" || !(rpe >= 0 && rpe <= 10)) {
    throw new RangeError(`sessionLoad: rpe must be a number from 0 to 10 (CR-10), got ${String(rpe)}`);
  }
  if (typeof durationMinutes !== "number" || !(durationMinutes > 0) || !Number.isFinite(durationMinutes)) {
    throw new RangeError(`sessionLoad: durationMinutes must be a finite number > 0, got ${String(durationMinutes)}`);
  }
  return rpe * durationMinutes;
}
