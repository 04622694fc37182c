/** The session check-in re-screen shared by nextDose and nextLadderStep (S-9); not exported. */
import { screenCheckIn } from "../screening/screen.js";
import type { SessionCheckIn } from "../screening/types.js";
import type { SessionSafetyCheck } from "./types.js";

/** Something that may carry a check-in: a screened result, or the raw answers to screen. */
export interface CarriesCheckIn {
  readonly safety?: SessionSafetyCheck;
  readonly checkIn?: SessionCheckIn;
}

/** The screened result of one carrier: its `safety`, else its `checkIn` run through `screenCheckIn`. */
function screened(carrier: CarriesCheckIn): SessionSafetyCheck | undefined {
  if (carrier.safety !== undefined) return carrier.safety;
  if (carrier.checkIn !== undefined) return screenCheckIn(carrier.checkIn);
  return undefined;
}

/**
 * S-9: the latest re-screen wins. The options' check-in (today's) comes first; otherwise the
 * most recent entry of the history that carries one.
 */
export function latestSafety(options: CarriesCheckIn, history: readonly CarriesCheckIn[]): SessionSafetyCheck | undefined {
  const fromOptions = screened(options);
  if (fromOptions !== undefined) return fromOptions;
  for (let i = history.length - 1; i >= 0; i--) {
    const found = screened(history[i]!);
    if (found !== undefined) return found;
  }
  return undefined;
}
