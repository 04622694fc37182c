/**
 * Training monotony and strain.
 */
import { loadReason } from "./messages.js";
import { rounded } from "./rounded.js";
import type { MonotonyOptions, MonotonyResult } from "./types.js";
import { requireOptions } from "../internal/guards.js";
import { MAX_LOAD_AU } from "./readSeries.js";

/**
 * Monotony and strain of a week, with the mean, the SD and the reason when monotony does not
 * exist (A-8, Foster 1998).
 *
 * Monotony is the week's mean daily load divided by its standard deviation: the same load
 * every day gives a high value, hard and easy days mixed give a low one. Strain is the weekly
 * load multiplied by monotony. When every day has the same load the SD is 0 and the ratio does
 * not exist; spinewise returns `null` with `reason: "zero-variation"` instead of Infinity or NaN.
 * The SD convention matters (a 7-day sample SD is about 8% larger); the population SD (÷ n) is
 * the default and is always stated in the reasons.
 *
 * @param week - the daily loads in AU, normally the 7 days of one week (rest days as 0); not mutated
 * @param options - `sd: "population"` (default) or `"sample"`
 * @returns weekly load, mean, SD, monotony and strain, with rule A-8 and its reasons
 * @throws RangeError naming `monotonyDetail` when the week has fewer than 2 days or a load that
 * is not a number from 0 to 10¹² AU, or `sd` is not `"population"` or `"sample"`
 * @throws TypeError naming `monotonyDetail` when `options` is given but not an object
 * @example
 * ```ts
 * const result = monotonyDetail([300, 0, 300, 0, 300, 0, 300]);
 * [result.weeklyLoadAu, result.monotony?.toFixed(3), result.strain?.toFixed(0)];
 * // => [1200, "1.155", "1386"]
 * monotonyDetail([200, 200, 200, 200, 200, 200, 200]).reason;
 * // => "zero-variation"
 * ```
 * @category Load
 */
export function monotonyDetail(week: readonly number[], options?: MonotonyOptions): MonotonyResult {
  return compute("monotonyDetail", week, options);
}

/**
 * Training monotony of a week: mean daily load ÷ SD of the daily loads.
 *
 * A bare number for charts and tables; `null` when every day had the same load (SD = 0). Use
 * {@link monotonyDetail} to get the reason and the numbers behind it.
 *
 * @param week - the daily loads in AU, normally the 7 days of one week; not mutated
 * @param options - `sd: "population"` (default) or `"sample"`
 * @returns monotony, or `null` when the SD is 0
 * @throws RangeError naming `monotony` for fewer than 2 days, a load that is not a number from 0
 * to 10¹² AU, or an unknown `sd`
 * @throws TypeError naming `monotony` when `options` is given but not an object
 * @example
 * ```ts
 * monotony([300, 0, 300, 0, 300, 0, 300])?.toFixed(3);
 * // => "1.155"
 * monotony([300, 0, 300, 0, 300, 0, 300], { sd: "sample" })?.toFixed(3);
 * // => "1.069"
 * monotony([300, 0, 300, 0, 300, 0, 300], { ddof: 1 })?.toFixed(3);
 * // => "1.069"
 * ```
 * @category Load
 */
export function monotony(week: readonly number[], options?: MonotonyOptions): number | null {
  return compute("monotony", week, options).monotony;
}

/**
 * Training strain of a week: weekly load × monotony.
 *
 * High strain means a lot of load delivered the same way every day. `null` when monotony is
 * `null` (SD = 0); {@link monotonyDetail} gives the reason.
 *
 * @param week - the daily loads in AU, normally the 7 days of one week; not mutated
 * @param options - `sd: "population"` (default) or `"sample"`
 * @returns strain in AU, or `null` when the SD is 0
 * @throws RangeError naming `strain` for fewer than 2 days, a load that is not a number from 0 to
 * 10¹² AU, or an unknown `sd`
 * @throws TypeError naming `strain` when `options` is given but not an object
 * @example
 * ```ts
 * strain([300, 0, 300, 0, 300, 0, 300])?.toFixed(0);
 * // => "1386"
 * ```
 * @category Load
 */
export function strain(week: readonly number[], options?: MonotonyOptions): number | null {
  return compute("strain", week, options).strain;
}

function compute(functionName: string, week: readonly number[], options: MonotonyOptions | undefined): MonotonyResult {
  requireOptions(functionName, options);
  // A-8: numpy's and pandas' `ddof` (0 = population, 1 = sample; Python `acwr` uses 1) names the same choice.
  const ddof = options?.ddof;
  if (ddof !== undefined && ddof !== 0 && ddof !== 1) throw new RangeError(`${functionName}: ddof must be 0 (population SD) or 1 (sample SD), got ${JSON.stringify(ddof)}`);
  const fromDdof = ddof === undefined ? undefined : ddof === 0 ? "population" : "sample";
  if (options?.sd !== undefined && fromDdof !== undefined && options.sd !== fromDdof) {
    throw new RangeError(`${functionName}: sd ${JSON.stringify(options.sd)} and ddof ${ddof} name different SD conventions; give one`);
  }
  const convention = options?.sd ?? fromDdof ?? "population";
  if (convention !== "population" && convention !== "sample") {
    throw new RangeError(`${functionName}: sd must be "population" or "sample", got ${JSON.stringify(convention)}`);
  }
  if (!Array.isArray(week) || week.length < 2) {
    throw new RangeError(`${functionName}: needs the daily loads of at least 2 days (normally 7), got ${Array.isArray(week) ? week.length : typeof week}`);
  }
  let total = 0;
  let lowest = Infinity;
  let highest = -Infinity;
  week.forEach((load, day) => {
    if (typeof load !== "number" || !(load >= 0 && load <= MAX_LOAD_AU)) {
      throw new RangeError(`${functionName}: day ${day} has load ${String(load)}; loads are numbers from 0 to ${MAX_LOAD_AU} AU`);
    }
    total += load;
    if (load < lowest) lowest = load;
    if (load > highest) highest = load;
  });
  const days = week.length;
  const meanAu = total / days;
  let squares = 0;
  // Equal loads have an SD of exactly 0; computing it would leave rounding noise instead.
  if (lowest !== highest) for (const load of week) squares += (load - meanAu) * (load - meanAu);
  const sdAu = Math.sqrt(squares / (convention === "population" ? days : days - 1));
  if (lowest === highest || !(sdAu > 0)) {
    return Object.freeze({
      weeklyLoadAu: total,
      meanAu,
      sdAu: 0,
      monotony: null,
      strain: null,
      reason: "zero-variation",
      ruleId: "A-8",
      reasons: Object.freeze([loadReason("A-8", "load.monotony-undefined", { mean: rounded(meanAu, 2) })]),
    } satisfies MonotonyResult);
  }
  const value = meanAu / sdAu;
  const strainAu = total * value;
  return Object.freeze({
    weeklyLoadAu: total,
    meanAu,
    sdAu,
    monotony: value,
    strain: strainAu,
    ruleId: "A-8",
    reasons: Object.freeze([
      loadReason("A-8", `load.monotony-${convention}`, {
        monotony: rounded(value, 2),
        mean: rounded(meanAu, 2),
        sd: rounded(sdAu, 2),
        strain: rounded(strainAu, 2),
        total: rounded(total, 2),
      }),
    ]),
  } satisfies MonotonyResult);
}

