/**
 * The performance-management chart: fitness (CTL), fatigue (ATL), form (TSB) and ramp rate
 * (A-11, A-12, A-13).
 */
import type { Reason, RuleId } from "../evidence/index.js";
import { loadReason } from "./messages.js";
import { rounded } from "./rounded.js";
import { requireNumberIn, requireOneOf, requireOptions } from "../internal/guards.js";
import { checkDecay, decayFormula, decayLambda, type DecayConvention } from "./decay.js";
import { MAX_LOAD_AU, readSeries } from "./readSeries.js";
import type { DailySeries } from "./types.js";

/**
 * Which day's CTL and ATL the form (TSB) of day t subtracts (A-11).
 *
 * - `"previous-day"`: TSB_t = CTL_{t−1} − ATL_{t−1}, "yesterday's fitness − yesterday's
 *   fatigue" — GoldenCheetah's default and TrainingPeaks' definition: the form you start day t with.
 * - `"same-day"`: TSB_t = CTL_t − ATL_t, after day t's load (GoldenCheetah's "SB today").
 *
 * @category Load
 */
export type TsbDay = "previous-day" | "same-day";

/**
 * What {@link pmc} does with an unknown day (`null`, or NaN in a Float64Array).
 *
 * - `"carry"` (default): CTL and ATL stay as they were — an unknown day brings no information,
 *   and decaying them would treat it as rest, exactly as the EWMA ratio does.
 * - `"rest"`: the day counts as load 0 and both decay, as in GoldenCheetah, where a day with no
 *   ride is a day of no stress. Say so only when the log is complete.
 *
 * @category Load
 */
export type PmcUnknownDays = "carry" | "rest";

/**
 * Options of {@link pmc}. Every default is GoldenCheetah's.
 * @category Load
 */
export interface PmcOptions {
  /** Decay convention of both averages. Default `"exponential"`; TrainingPeaks publishes `"linear"`. */
  readonly decay?: DecayConvention;
  /** Time constant τ of fitness (CTL), in days, ≥ 1. Default 42. */
  readonly ctlDays?: number;
  /** Time constant τ of fatigue (ATL), in days, ≥ 1. Default 7. */
  readonly atlDays?: number;
  /**
   * CTL and ATL on the day before the first day. One number seeds both (GoldenCheetah's
   * seasons); `{ ctl, atl }` seeds them apart (WKO). Default 0. The seed day's own load is not
   * added: it has none.
   */
  readonly seed?: number | { readonly ctl: number; readonly atl: number };
  /** Which day's CTL − ATL is day t's form. Default `"previous-day"`. */
  readonly tsb?: TsbDay;
  /** Ramp-rate window w in days, a whole number ≥ 1. Default `atlDays` rounded (7); TrainingPeaks also shows 28 and 90. */
  readonly rampDays?: number;
  /** What an unknown day does. Default `"carry"`. */
  readonly unknownDays?: PmcUnknownDays;
}

/**
 * The chart of {@link pmc}: one value per day in each column, in the input's order, and the
 * conventions that produced them, named. No value is NaN or Infinity.
 * @category Load
 */
export interface PmcResult {
  readonly ruleId: RuleId;
  readonly decay: DecayConvention;
  readonly ctlDays: number;
  readonly atlDays: number;
  /** λ of CTL under `decay`. */
  readonly ctlLambda: number;
  /** λ of ATL under `decay`. */
  readonly atlLambda: number;
  /** CTL and ATL on the day before the first day. */
  readonly seed: { readonly ctl: number; readonly atl: number };
  readonly tsbDay: TsbDay;
  readonly rampDays: number;
  readonly unknownDays: PmcUnknownDays;
  /** The calendar days, when the input was a {@link DailySeries}. */
  readonly dates?: readonly string[];
  /** Fitness: chronic training load, AU/day. */
  readonly ctl: readonly number[];
  /** Fatigue: acute training load, AU/day. */
  readonly atl: readonly number[];
  /** Form: training stress balance, CTL − ATL of the day `tsbDay` names. */
  readonly tsb: readonly number[];
  /** Ramp rate: CTL_t − CTL_{t−w}, AU/day per `rampDays` days. */
  readonly rampRate: readonly number[];
  /** The conventions in words: when unknown days were carried. */
  readonly reasons: readonly Reason[];
}

/**
 * Fitness (CTL), fatigue (ATL), form (TSB) and ramp rate of every day: the
 * performance-management chart of GoldenCheetah and TrainingPeaks, with every convention
 * an option and named in the result.
 *
 * CTL_t = CTL_{t−1} + λ_c·(L_t − CTL_{t−1}) and ATL_t likewise, with time constants 42 and 7
 * days; λ = 1 − e^(−1/τ) (`"exponential"`, GoldenCheetah) by default, or 1/τ (`"linear"`, the
 * form TrainingPeaks publishes; its ATL is about 7% off the exponential one) or another
 * {@link DecayConvention}. Both start from a seed (0) on the day before the first day. Form on
 * day t is yesterday's CTL − ATL by default. The ramp rate is CTL_t − CTL_{t−w}, w = 7, and in
 * the first w days CTL_t minus the seed. Like the ACWR, this is a model of load, not of
 * injury risk.
 *
 * @param series - a {@link DailySeries} (the result then carries its dates), daily loads in AU
 * with `null` for unknown days, or a Float64Array with NaN for them; not mutated
 * @param options - the {@link PmcOptions}
 * @returns the columns `ctl`, `atl`, `tsb` and `rampRate` and the conventions used
 * @throws RangeError naming `pmc` for invalid options or a load that is not unknown or 0…10¹²
 * @throws TypeError naming `pmc` when `series` or `options` has the wrong type
 * @example
 * ```ts
 * const chart = pmc([100, 0, 50]);
 * chart.ctl.map((value) => value.toFixed(4));
 * // => ["2.3528", "2.2975", "3.4198"]
 * chart.tsb.map((value) => value.toFixed(4));
 * // => ["0.0000", "-10.9594", "-9.2426"]
 * pmc([100, 0, 50], { decay: "linear" }).atl[0].toFixed(4);
 * // => "14.2857"
 * ```
 * @category Load
 */
export function pmc(series: DailySeries | readonly (number | null)[] | Float64Array, options?: PmcOptions): PmcResult {
  requireOptions("pmc", options);
  const decay = checkDecay("pmc", options?.decay ?? "exponential");
  const ctlDays = options?.ctlDays ?? 42;
  const atlDays = options?.atlDays ?? 7;
  requireNumberIn("pmc", "ctlDays", ctlDays, 1, 100_000);
  requireNumberIn("pmc", "atlDays", atlDays, 1, 100_000);
  const rampDays = options?.rampDays ?? Math.max(1, Math.round(atlDays));
  requireNumberIn("pmc", "rampDays", rampDays, 1, 100_000, true);
  const tsbDay = options?.tsb ?? "previous-day";
  requireOneOf("pmc", "tsb", tsbDay, ["previous-day", "same-day"] as const);
  const unknownDays = options?.unknownDays ?? "carry";
  requireOneOf("pmc", "unknownDays", unknownDays, ["carry", "rest"] as const);
  const seed = readSeed(options?.seed);
  const { loads, dates } = readSeries("pmc", series, true);

  const ctlLambda = decayLambda(decay, ctlDays);
  const atlLambda = decayLambda(decay, atlDays);
  const n = loads.length;
  const ctl = new Array<number>(n);
  const atl = new Array<number>(n);
  const tsb = new Array<number>(n);
  const rampRate = new Array<number>(n);
  let ctlBefore = seed.ctl;
  let atlBefore = seed.atl;
  let unknownCount = 0;
  for (let t = 0; t < n; t++) {
    let load = loads[t] as number;
    if (load !== load) {
      unknownCount++;
      load = unknownDays === "rest" ? 0 : NaN;
    }
    // CTL_t = CTL_{t−1} + λ·(L_t − CTL_{t−1}); an unknown day carried leaves both as they were.
    const ctlToday = load === load ? ctlBefore + ctlLambda * (load - ctlBefore) : ctlBefore;
    const atlToday = load === load ? atlBefore + atlLambda * (load - atlBefore) : atlBefore;
    ctl[t] = ctlToday;
    atl[t] = atlToday;
    tsb[t] = tsbDay === "previous-day" ? ctlBefore - atlBefore : ctlToday - atlToday;
    // CTL_t − CTL_{t−w}; the seed stands for every day before the first.
    rampRate[t] = ctlToday - (t >= rampDays ? (ctl[t - rampDays] as number) : seed.ctl);
    ctlBefore = ctlToday;
    atlBefore = atlToday;
  }

  const reasons = [
    loadReason("A-11", tsbDay === "previous-day" ? "load.pmc" : "load.pmc-same-day", { ctlDays, atlDays, ctl: seed.ctl, atl: seed.atl }),
    loadReason("A-13", "load.decay", { decay, formula: decayFormula(decay), ctlLambda: rounded(ctlLambda, 6), atlLambda: rounded(atlLambda, 6) }),
    loadReason("A-12", "load.ramp-rate", { days: rampDays }),
  ];
  if (unknownCount > 0) {
    reasons.push(loadReason("A-2", unknownDays === "carry" ? "load.unknown-carried" : "load.unknown-as-rest", { days: unknownCount }));
  }
  return Object.freeze({
    ruleId: "A-11",
    decay,
    ctlDays,
    atlDays,
    ctlLambda,
    atlLambda,
    seed,
    tsbDay,
    rampDays,
    unknownDays,
    ...(dates === undefined ? {} : { dates }),
    ctl,
    atl,
    tsb,
    rampRate,
    reasons: Object.freeze(reasons),
  } satisfies PmcResult);
}

function readSeed(seed: PmcOptions["seed"]): { readonly ctl: number; readonly atl: number } {
  if (seed === undefined) return Object.freeze({ ctl: 0, atl: 0 });
  if (typeof seed === "number") {
    requireNumberIn("pmc", "seed", seed, 0, MAX_LOAD_AU);
    return Object.freeze({ ctl: seed, atl: seed });
  }
  requireOptions("pmc", seed, "seed");
  requireNumberIn("pmc", "seed.ctl", seed.ctl, 0, MAX_LOAD_AU);
  requireNumberIn("pmc", "seed.atl", seed.atl, 0, MAX_LOAD_AU);
  return Object.freeze({ ctl: seed.ctl, atl: seed.atl });
}

