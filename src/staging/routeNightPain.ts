import type { NightPain, NightPainRoute } from "./types.js";
import { requireObject } from "../internal/guards.js";

/**
 * Routes night pain by kind (T-5).
 *
 * Night pain eased by changing position is mechanical: it is a staging input (T-1, T-2).
 * Night pain that no position eases is a flag for the safety gate (S-4, S-6). Waking in the
 * second half of the night with morning stiffness that eases with movement is the
 * inflammatory pattern and goes to the inflammatory screen (S-8). The screen still counts
 * inflammatory night pain that no position eases as a flag, and staging still counts how
 * often any night pain happens: safety first.
 *
 * @param nightPain - the night pain, or `null`/`undefined` when there is none
 * @returns `none`, `positional`, `non-positional` or `inflammatory`
 * @throws TypeError naming `routeNightPain` when `nightPain` is neither an object nor
 * `null`/`undefined`; the answers inside are the caller's contract
 * @example
 * ```ts
 * routeNightPain({ frequency: "occasional", easedByChangingPosition: true, secondHalfOfNight: false, morningStiffnessEasesWithMovement: false });
 * // => "positional"
 * ```
 * @category Staging
 */
export function routeNightPain(nightPain: NightPain | null | undefined): NightPainRoute {
  if (nightPain === null || nightPain === undefined) return "none";
  requireObject("routeNightPain", "nightPain", nightPain);
  // T-5: the inflammatory pattern is checked first so that S-8 sees it.
  if (nightPain.secondHalfOfNight && nightPain.morningStiffnessEasesWithMovement) return "inflammatory";
  if (!nightPain.easedByChangingPosition) return "non-positional";
  return "positional";
}
