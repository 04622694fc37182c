/**
 * ACWR zones per method.
 */
import type { AcwrMethod, Zone, ZoneThresholds } from "./types.js";
import { describeValue, requireKeyOf, requireObject } from "../internal/guards.js";

const COUPLED: ZoneThresholds = Object.freeze({ sweetSpotFrom: 0.8, cautionFrom: 1.3, dangerFrom: 1.5 });

/**
 * Translates a coupled-ratio threshold to the uncoupled ratio for the same acute and chronic
 * means.
 *
 * With acute mean A over `a` days and the mean U of the `c − a` older days, the coupled ratio
 * is r = c·A ÷ (a·A + (c − a)·U) and the uncoupled ratio is u = A ÷ U, so
 * u = (c − a)·r ÷ (c − a·r); with 7 and 28 days, u = 3r ÷ (4 − r). The identity holds on
 * windows with no unknown day. A coupled ratio of c ÷ a or more has no uncoupled counterpart
 * (the older days would need a negative load), so it is refused rather than answered with
 * `Infinity`.
 *
 * @param coupledRatio - a coupled ratio from 0 up to (not including) c ÷ a
 * @param acuteDays - acute window in days (default 7)
 * @param chronicDays - chronic window in days (default 28)
 * @returns the uncoupled ratio that corresponds to it, always finite
 * @throws RangeError naming `uncoupledFromCoupled` when the windows are not whole numbers with
 * 1 ≤ acuteDays < chronicDays ≤ 100000, or the ratio is negative, not a number, or c ÷ a or more
 * @example
 * ```ts
 * uncoupledFromCoupled(1.5);
 * // => 1.8
 * uncoupledFromCoupled(0.8);
 * // => 0.75
 * ```
 * @category Load
 */
export function uncoupledFromCoupled(coupledRatio: number, acuteDays = 7, chronicDays = 28): number {
  checkWindows("uncoupledFromCoupled", acuteDays, chronicDays);
  // at c ÷ a the older days would carry no load; past it, a negative one.
  if (typeof coupledRatio !== "number" || !(coupledRatio >= 0) || !(chronicDays - acuteDays * coupledRatio > 0)) {
    throw new RangeError(
      `uncoupledFromCoupled: coupledRatio must be a number from 0 up to (not including) chronicDays ÷ acuteDays = ${chronicDays / acuteDays}, got ${describeValue(coupledRatio)}`,
    );
  }
  return ((chronicDays - acuteDays) * coupledRatio) / (chronicDays - acuteDays * coupledRatio);
}

function checkWindows(functionName: string, acuteDays: number, chronicDays: number): void {
  if (!Number.isInteger(acuteDays) || !Number.isInteger(chronicDays) || acuteDays < 1 || chronicDays <= acuteDays || chronicDays > 100_000) {
    throw new RangeError(
      `${functionName}: need whole-day windows with 1 ≤ acuteDays < chronicDays ≤ 100000, got ${describeValue(acuteDays)} and ${describeValue(chronicDays)}`,
    );
  }
}

/**
 * The zone thresholds of each ACWR method for 7- and 28-day windows.
 *
 * - `coupled`: the published zones (Gabbett 2016): < 0.8 under-training, 0.8–1.3 sweet spot,
 *   1.3–1.5 caution, ≥ 1.5 danger.
 * - `uncoupled`: the same zones translated exactly by u = 3c ÷ (4 − c): 0.75, 1.444… (13/9), 1.8.
 * - `ewma`: no zones were published for the EWMA ratio; spinewise applies the coupled
 *   thresholds, which is a convention, not evidence.
 *
 * @example
 * ```ts
 * ACWR_ZONE_THRESHOLDS.uncoupled;
 * // => { sweetSpotFrom: 0.75, cautionFrom: 1.4444444444444444, dangerFrom: 1.8 }
 * ```
 * @category Load
 */
export const ACWR_ZONE_THRESHOLDS: Readonly<Record<AcwrMethod, ZoneThresholds>> = Object.freeze({
  coupled: COUPLED,
  // exact translations of 0.8, 1.3 and 1.5 (3·0.8/3.2, 3·1.3/2.7, 3·1.5/2.5).
  uncoupled: Object.freeze({ sweetSpotFrom: 0.75, cautionFrom: 13 / 9, dangerFrom: 1.8 }),
  // the EWMA ratio borrows the coupled zones (no zones were published for it).
  ewma: COUPLED,
});

/**
 * The zone thresholds for one method and any pair of windows.
 *
 * For the default 7 and 28 days this is {@link ACWR_ZONE_THRESHOLDS}; for other windows the
 * uncoupled thresholds are translated with {@link uncoupledFromCoupled}. A coupled threshold
 * of c ÷ a or more has no uncoupled counterpart (with a = 20 and c = 28, 1.5 is past
 * 28 ÷ 20 = 1.4): no uncoupled ratio reaches it, so it is `Number.MAX_VALUE` — finite, so that
 * it survives JSON, and above every ratio.
 *
 * @param method - the ACWR method
 * @param acuteDays - acute window in days (default 7)
 * @param chronicDays - chronic window in days (default 28)
 * @returns the three lower bounds, all finite
 * @throws RangeError naming `zoneThresholds` for an unknown method, or windows that are not whole
 * numbers with 1 ≤ acuteDays < chronicDays ≤ 100000
 * @example
 * ```ts
 * zoneThresholds("uncoupled", 7, 21).dangerFrom;
 * // => 2
 * ```
 * @category Load
 */
export function zoneThresholds(method: AcwrMethod, acuteDays = 7, chronicDays = 28): ZoneThresholds {
  requireKeyOf("zoneThresholds", "method", method, ACWR_ZONE_THRESHOLDS);
  checkWindows("zoneThresholds", acuteDays, chronicDays);
  if (method !== "uncoupled" || (acuteDays === 7 && chronicDays === 28)) return ACWR_ZONE_THRESHOLDS[method];
  // a coupled threshold no coupled ratio reaches (c ÷ a or more) has no uncoupled counterpart either.
  const translate = (coupled: number): number => (coupled * acuteDays < chronicDays ? uncoupledFromCoupled(coupled, acuteDays, chronicDays) : Number.MAX_VALUE);
  return Object.freeze({
    sweetSpotFrom: translate(COUPLED.sweetSpotFrom),
    cautionFrom: translate(COUPLED.cautionFrom),
    dangerFrom: translate(COUPLED.dangerFrom),
  });
}

/**
 * The zone an ACWR value falls in for its method.
 *
 * Zones are a way to read a trend, not a verdict on injury risk: they come from team-sport
 * cohorts and are contested. The thresholds differ by method because the uncoupled
 * ratio runs higher than the coupled one for the same loads.
 *
 * @param ratio - the ratio, or `null`
 * @param method - the method that produced it
 * @param thresholds - the thresholds to use; defaults to the method's 7/28-day table
 * @returns the zone, or `null` when `ratio` is `null` or not a finite number ≥ 0
 * @throws RangeError naming `acwrZone` for an unknown method
 * @throws TypeError naming `acwrZone` when `thresholds` is not an object (its three numbers are
 * the caller's contract)
 * @example
 * ```ts
 * acwrZone(1.6, "coupled");
 * // => "danger"
 * acwrZone(1.6, "uncoupled");
 * // => "caution"
 * acwrZone(null, "ewma");
 * // => null
 * ```
 * @category Load
 */
export function acwrZone(ratio: number | null, method: AcwrMethod, thresholds?: ZoneThresholds): Zone | null {
  requireKeyOf("acwrZone", "method", method, ACWR_ZONE_THRESHOLDS);
  if (thresholds !== undefined) requireObject("acwrZone", "thresholds", thresholds);
  return zoneOf(ratio, thresholds ?? ACWR_ZONE_THRESHOLDS[method]);
}

/** {@link acwrZone} without the argument checks, for the per-day loop of `acwr`. */
export function zoneOf(ratio: number | null, thresholds: ZoneThresholds): Zone | null {
  if (typeof ratio !== "number" || !(ratio >= 0) || ratio === Infinity) return null;
  if (ratio < thresholds.sweetSpotFrom) return "under-training";
  if (ratio < thresholds.cautionFrom) return "sweet-spot";
  if (ratio < thresholds.dangerFrom) return "caution";
  return "danger";
}
