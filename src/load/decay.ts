/**
 * EWMA decay conventions: the one place that turns a window length into a smoothing
 * factor λ, for the EWMA ratio and the performance-management chart.
 */

/**
 * How an exponentially weighted average turns its window length N (days) into the weight λ of
 * today's load, in EWMA_t = λ·L_t + (1 − λ)·EWMA_{t−1} (A-13). Peers disagree, and the choice
 * moves the numbers by several percent, so spinewise always names it:
 *
 * - `"span"`: λ = 2/(N + 1) — Williams 2017 and R `ACWR`; the default of the EWMA ratio (A-5).
 * - `"exponential"`: λ = 1 − e^(−1/N) — GoldenCheetah's PMC; the default of {@link pmc} (A-11).
 * - `"half-life"`: λ = 1 − e^(−ln 2/N) = 1 − 2^(−1/N) — Python `acwr`'s `half_life`: a day's
 *   weight halves every N days.
 * - `"linear"`: λ = 1/N — the form TrainingPeaks publishes for CTL and ATL.
 *
 * @category Load
 */
export type DecayConvention = "span" | "exponential" | "half-life" | "linear";

/** Every decay convention, in the order the docs list them. */
export const DECAY_CONVENTIONS: readonly DecayConvention[] = Object.freeze(["span", "exponential", "half-life", "linear"]);

/**
 * λ for a window of `days` under a convention. `days` is a number ≥ 1, checked by the
 * caller, so λ is in (0, 1].
 */
export function decayLambda(decay: DecayConvention, days: number): number {
  if (decay === "span") return 2 / (days + 1);
  if (decay === "linear") return 1 / days;
  // 1 − e^(−x) as −expm1(−x): exact to the last bit where 1 − Math.exp(−x) loses digits.
  return -Math.expm1((decay === "exponential" ? -1 : -Math.LN2) / days);
}

/** The formula of a convention, in words, for reasons and reports. */
export function decayFormula(decay: DecayConvention): string {
  if (decay === "span") return "λ = 2/(N + 1)";
  if (decay === "exponential") return "λ = 1 − e^(−1/N)";
  if (decay === "half-life") return "λ = 1 − e^(−ln 2/N)";
  return "λ = 1/N";
}

/**
 * Checks a decay option; errors name the public function.
 * @throws RangeError when `decay` is not one of the conventions
 */
export function checkDecay(functionName: string, decay: unknown): DecayConvention {
  if (!DECAY_CONVENTIONS.includes(decay as DecayConvention)) {
    throw new RangeError(`${functionName}: decay must be "span", "exponential", "half-life" or "linear", got ${JSON.stringify(decay)}`);
  }
  return decay as DecayConvention;
}
