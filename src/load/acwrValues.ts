/**
 * The ACWR settings, the choice of kernel, the EWMA kernels and the ratio-only fast kernels:
 * one pass over a Float64Array, no allocation per day. The object API ({@link acwr}) and the
 * columns ({@link acwrByAthlete}) run {@link runAcwr}, the typed-array fast path
 * ({@link acwrValues}) the ratio-only kernels; each fast kernel does the general kernel's
 * operations in the same order (rollingKernel.ts, ewmaKernel here), so all of them give the
 * same numbers bit for bit.
 */
import { checkDecay, decayLambda, type DecayConvention } from "./decay.js";
import { flagHistory, HISTORY_DAYS, lowBits } from "./flagHistory.js";
import { rollingColumns } from "./rollingColumns.js";
import { REASON_UNKNOWN_DAYS, REASON_WARMING_UP, REASON_ZERO_CHRONIC, rollingKernel, rollingValues, type AcwrDetail } from "./rollingKernel.js";
import type { AcwrMethod, AcwrOptions } from "./types.js";
import { requireOptions } from "../internal/guards.js";

/** Options after defaults and validation, with the unknown-day limits as whole counts. */
export interface AcwrSettings {
  readonly method: AcwrMethod;
  readonly acuteDays: number;
  readonly chronicDays: number;
  readonly maxUnknownFraction: number;
  /** The EWMA's decay convention and the λ of each average under it. */
  readonly decay: DecayConvention;
  readonly acuteLambda: number;
  readonly chronicLambda: number;
  /** Most unknown days the acute window may hold. */
  readonly maxUnknownAcute: number;
  /** Most unknown days the chronic window may hold (days 8–28 for the uncoupled ratio). */
  readonly maxUnknownChronic: number;
}

/**
 * Largest number of unknown days u with u ÷ windowDays ≤ fraction, capped so that at least one
 * day in the window is known (a mean of no days does not exist).
 */
function unknownLimit(windowDays: number, fraction: number): number {
  let limit = Math.floor(fraction * windowDays);
  while (limit + 1 <= windowDays && (limit + 1) / windowDays <= fraction) limit++;
  while (limit > 0 && limit / windowDays > fraction) limit--;
  return Math.min(limit, windowDays - 1);
}

/** Applies defaults and checks the options; errors name the public function. */
export function acwrSettings(functionName: string, options: AcwrOptions | undefined): AcwrSettings {
  // `acwr(series, "coupled")` must not quietly mean the EWMA defaults.
  requireOptions(functionName, options);
  const method = options?.method ?? "ewma";
  const acuteDays = options?.acuteDays ?? 7;
  const chronicDays = options?.chronicDays ?? 28;
  const maxUnknownFraction = options?.maxUnknownFraction ?? 0.2;
  if (method !== "ewma" && method !== "coupled" && method !== "uncoupled") {
    throw new RangeError(`${functionName}: method must be "ewma", "coupled" or "uncoupled", got ${JSON.stringify(method)}`);
  }
  if (!Number.isInteger(acuteDays) || acuteDays < 1) {
    throw new RangeError(`${functionName}: acuteDays must be a whole number ≥ 1, got ${String(acuteDays)}`);
  }
  if (!Number.isInteger(chronicDays) || chronicDays <= acuteDays || chronicDays > 100_000) {
    throw new RangeError(`${functionName}: chronicDays must be a whole number greater than acuteDays (${acuteDays}) and at most 100000, got ${String(chronicDays)}`);
  }
  if (typeof maxUnknownFraction !== "number" || !(maxUnknownFraction >= 0 && maxUnknownFraction <= 1)) {
    throw new RangeError(`${functionName}: maxUnknownFraction must be a number from 0 to 1, got ${String(maxUnknownFraction)}`);
  }
  // A-13: the decay is named; "span" (λ = 2/(N + 1)) is A-5's.
  const decay = checkDecay(functionName, options?.decay ?? "span");
  const chronicWindow = method === "uncoupled" ? chronicDays - acuteDays : chronicDays;
  return {
    method,
    acuteDays,
    chronicDays,
    maxUnknownFraction,
    decay,
    acuteLambda: decayLambda(decay, acuteDays),
    chronicLambda: decayLambda(decay, chronicDays),
    maxUnknownAcute: unknownLimit(acuteDays, maxUnknownFraction),
    maxUnknownChronic: unknownLimit(chronicWindow, maxUnknownFraction),
  };
}

/**
 * The columns of the settings' method over `loads[0..n)`: the ratio into `out`, and the acute
 * and chronic means and the reason of every day into `detail`. The one computation behind
 * {@link acwrByAthlete} (the columns) and {@link acwr} (points read from the columns);
 * {@link acwrValues} runs the same arithmetic without the detail ({@link runRatios}).
 */
export function runAcwr(loads: Float64Array, settings: AcwrSettings, out: Float64Array, detail: AcwrDetail): void {
  const { method, acuteDays, chronicDays } = settings;
  if (method === "ewma") ewmaKernel(loads, settings, out, detail);
  else if (chronicDays > HISTORY_DAYS) rollingKernel(loads, settings, out, detail);
  else {
    // The fast kernels take plain numbers and arrays: no property reads for the compiler to guard.
    const shift = method === "coupled" ? 0 : acuteDays;
    rollingColumns(loads, out, detail.acute, detail.chronic, detail.reason, acuteDays, chronicDays, shift, settings.maxUnknownAcute, settings.maxUnknownChronic);
  }
}

/**
 * The ratios alone, for {@link acwrValues}: the same arithmetic as {@link runAcwr} (property
 * tests hold the two equal bit for bit), kept apart so that a bundle of acwrValues leaves out
 * the column kernels.
 */
function runRatios(loads: Float64Array, settings: AcwrSettings, out: Float64Array): void {
  const { acuteDays, chronicDays, maxUnknownAcute, maxUnknownChronic } = settings;
  if (chronicDays > HISTORY_DAYS) {
    // The fast kernels keep the flags of the last chronicDays + 1 days in the bits of one
    // integer, so they serve windows of up to 30 days (the default is 28); longer ones run the
    // general loops.
    if (settings.method === "ewma") ewmaKernel(loads, settings, out, undefined);
    else rollingKernel(loads, settings, out, undefined);
  } else if (settings.method === "ewma") {
    ewmaValues(loads, out, loads.length, acuteDays, chronicDays, maxUnknownAcute, maxUnknownChronic, settings.acuteLambda, settings.chronicLambda);
  } else {
    rollingValues(loads, out, loads.length, acuteDays, chronicDays, settings.method === "coupled" ? 0 : acuteDays, maxUnknownAcute, maxUnknownChronic);
  }
}

/**
 * EWMA_t = λ·L_t + (1 − λ)·EWMA_{t−1}, λ = 2/(N + 1) or another named decay, seeded with the first known day's
 * load. An unknown day carries both averages forward unchanged: it adds no information, and
 * decaying towards 0 would treat it as rest. The unknown-day limit is counted over
 * the last `acuteDays` and the last `chronicDays` days.
 */
function ewmaKernel(loads: Float64Array, settings: AcwrSettings, out: Float64Array, detail: AcwrDetail | undefined): void {
  const n = loads.length;
  const a = settings.acuteDays;
  const c = settings.chronicDays;
  const acuteLambda = settings.acuteLambda;
  const chronicLambda = settings.chronicLambda;
  const acuteKeep = 1 - acuteLambda;
  const chronicKeep = 1 - chronicLambda;
  const maxUnknownAcute = settings.maxUnknownAcute;
  const maxUnknownChronic = settings.maxUnknownChronic;
  let acute = NaN;
  let chronic = NaN;
  let seeded = false;
  let acuteUnknown = 0;
  let chronicUnknown = 0;

  const warm = n < c ? n : c;
  for (let t = 0; t < warm; t++) {
    const x = loads[t] as number;
    if (x === x) {
      if (seeded) {
        acute = acuteLambda * x + acuteKeep * acute;
        chronic = chronicLambda * x + chronicKeep * chronic;
      } else {
        acute = x;
        chronic = x;
        seeded = true;
      }
    } else {
      acuteUnknown++;
      chronicUnknown++;
    }
    if (t >= a && (loads[t - a] as number) !== (loads[t - a] as number)) acuteUnknown--;
    const acuteOk = t >= a - 1 && acuteUnknown <= maxUnknownAcute;
    if (t < c - 1) {
      out[t] = NaN;
      if (detail !== undefined) {
        detail.reason[t] = REASON_WARMING_UP;
        detail.acute[t] = acuteOk ? acute : NaN;
        detail.chronic[t] = NaN;
      }
      continue;
    }
    writeEwma(t, acute, chronic, acuteOk, chronicUnknown <= maxUnknownChronic, out, detail);
  }

  let t = warm;
  // A series whose first chronic window is all unknown is seeded by its first known day.
  for (; t < n && !seeded; t++) {
    const x = loads[t] as number;
    const xKnown = x === x;
    if (xKnown) {
      acute = x;
      chronic = x;
      seeded = true;
    }
    const y = loads[t - a] as number;
    const v = loads[t - c] as number;
    acuteUnknown += (xKnown ? 0 : 1) - (y === y ? 0 : 1);
    chronicUnknown += (xKnown ? 0 : 1) - (v === v ? 0 : 1);
    writeEwma(t, acute, chronic, acuteUnknown <= maxUnknownAcute, chronicUnknown <= maxUnknownChronic, out, detail);
  }
  for (; t < n; t++) {
    const x = loads[t] as number;
    if (x === x) {
      acute = acuteLambda * x + acuteKeep * acute;
      chronic = chronicLambda * x + chronicKeep * chronic;
    } else {
      acuteUnknown++;
      chronicUnknown++;
    }
    const y = loads[t - a] as number;
    const v = loads[t - c] as number;
    if (y !== y) acuteUnknown--;
    if (v !== v) chronicUnknown--;
    writeEwma(t, acute, chronic, acuteUnknown <= maxUnknownAcute, chronicUnknown <= maxUnknownChronic, out, detail);
  }
}

/**
 * The fast path of {@link ewmaKernel} for chronic windows of up to {@link HISTORY_DAYS} days:
 * the same recursion in the same order, only the ratio stored. The days before
 * `chronicDays − 1` (no ratio yet) run a general loop; the steady state, which is almost every
 * day of a long series, runs a loop with no index-range tests.
 */
function ewmaValues(
  loads: Float64Array,
  out: Float64Array,
  n: number,
  a: number,
  c: number,
  maxUnknownAcute: number,
  maxUnknownChronic: number,
  acuteLambda: number,
  chronicLambda: number,
): void {
  const acuteKeep = 1 - acuteLambda;
  const chronicKeep = 1 - chronicLambda;
  // Every day before the first known one is unknown: no ratio (its windows are all unknown).
  let first = 0;
  while (first < n && (loads[first] as number) !== (loads[first] as number)) out[first++] = NaN;
  if (first === n) return;
  // both averages start at the first known day's load. Seeding outside the loop keeps
  // the loop's averages plain doubles, which the compiler keeps in registers.
  let acute = loads[first] as number;
  let chronic = acute;
  let acuteUnknown = first < a - 1 ? first : a - 1;
  let chronicUnknown = first < c - 1 ? first : c - 1;
  if (first < c - 1) out[first] = NaN;
  else writeEwma(first, acute, chronic, acuteUnknown <= maxUnknownAcute, chronicUnknown <= maxUnknownChronic, out, undefined);
  let t = first + 1;
  const warmEnd = n < c ? n : c;
  for (; t < warmEnd; t++) {
    const x = loads[t] as number;
    if (x === x) {
      acute = acuteLambda * x + acuteKeep * acute;
      chronic = chronicLambda * x + chronicKeep * chronic;
    } else {
      acuteUnknown++;
      chronicUnknown++;
    }
    if (t >= a && (loads[t - a] as number) !== (loads[t - a] as number)) acuteUnknown--;
    if (t < c - 1) out[t] = NaN;
    else writeEwma(t, acute, chronic, acuteUnknown <= maxUnknownAcute, chronicUnknown <= maxUnknownChronic, out, undefined);
  }
  // Steady state (t ≥ c): both windows are full, so no range tests. The unknown-day counts
  // are kept as "excess over the limit" (count − limit − 1), which is negative exactly when
  // the window is within its limit: one bitwise AND and one sign test check both
  // windows, where two comparisons would each cost a branch.
  let acuteExcess = acuteUnknown - maxUnknownAcute - 1;
  let chronicExcess = chronicUnknown - maxUnknownChronic - 1;
  // The unknown flags of the last days live in the bits of one integer (bit i = day t − i),
  // so the days leaving the windows are read from a register instead of being loaded again
  // from `loads` and tested for NaN. Kept in this function: a separate function gets inlined
  // here with slower code for the loop.
  let unknown = flagHistory(loads, t, c, false);
  // Bits 0 … c: every day whose flag can enter, be in, or leave a window today.
  const windowBits = lowBits(c + 1);
  for (; t < n; t++) {
    const x = loads[t] as number;
    unknown <<= 1;
    if (x === x) {
      acute = acuteLambda * x + acuteKeep * acute;
      chronic = chronicLambda * x + chronicKeep * chronic;
    } else {
      unknown |= 1;
    }
    const ratio = acute / chronic;
    if ((unknown & windowBits) === 0) {
      // No unknown day in either window, and none entering or leaving: the counts stay 0,
      // within any limit. Unknown days are rare and cluster in time, so this branch is
      // taken in long runs and predicts well. A-6: `ratio + ratio * 0` is the ratio when it
      // is finite and NaN otherwise (±Infinity · 0 is NaN), without a branch; the sign tests
      // stay for loads outside the documented range, where they decide.
      out[t] = chronic > 0 && ratio >= 0 ? ratio + ratio * 0 : NaN;
    } else {
      // Day t enters both windows; days t − a and t − c leave them (flags at bits a and c).
      acuteExcess += (unknown & 1) - ((unknown >>> a) & 1);
      chronicExcess += (unknown & 1) - ((unknown >>> c) & 1);
      out[t] = (acuteExcess & chronicExcess) < 0 && chronic > 0 && ratio >= 0 && ratio < Infinity ? ratio : NaN;
    }
  }
}

function writeEwma(
  t: number,
  acute: number,
  chronic: number,
  acuteOk: boolean,
  chronicOk: boolean,
  out: Float64Array,
  detail: AcwrDetail | undefined,
): void {
  let ratio = NaN;
  let code = REASON_UNKNOWN_DAYS;
  if (acuteOk && chronicOk) {
    ratio = acute / chronic;
    code = 0;
    if (!(chronic > 0) || !(ratio >= 0 && ratio < Infinity)) {
      ratio = NaN;
      code = REASON_ZERO_CHRONIC;
    }
  }
  out[t] = ratio;
  if (detail !== undefined) {
    detail.reason[t] = code;
    detail.acute[t] = acuteOk ? acute : NaN;
    detail.chronic[t] = chronicOk ? chronic : NaN;
  }
}

/**
 * The acute:chronic workload ratio of every day, as a Float64Array: the fast path for
 * whole-team, multi-year batches.
 *
 * The same numbers as {@link acwr}, bit for bit, without building an object per day: one
 * pass, O(n), nothing allocated per day. Here **NaN means undefined** — an unknown day in the
 * input, and a day without a ratio in the output (warming up, too many unknown days, or a
 * chronic load of 0; A-6). Use {@link acwr} to learn which. Pass `out` to write into your own
 * buffer: nothing is allocated at all, which matters at a million days (a fresh 8 MB result
 * costs more in page faults than the arithmetic).
 *
 * Daily loads are expected to be NaN or finite numbers ≥ 0 (AU); they are not checked here.
 * Coupled and uncoupled ratios are rolling means of the known days; the EWMA ratio
 * carries both averages through an unknown day unchanged. Read the result with the
 * evidence's limits in mind: trends, not verdicts.
 *
 * @param loads - daily loads in AU, one per calendar day, NaN for an unknown day; not mutated
 * @param options - the {@link AcwrOptions} (default method `"ewma"`, 7 and 28 days, 20%
 * unknown at most) and an optional `out` buffer of at least `loads.length` entries
 * @returns `out` when given (entries past `loads.length` untouched), otherwise a new array
 * @throws RangeError naming `acwrValues` for invalid options, an `out` shorter than `loads`,
 * or an `out` that shares memory with `loads`
 * @throws TypeError naming `acwrValues` when `loads` or `out` is not a Float64Array, or
 * `options` is given but not an object
 * @example
 * ```ts
 * const loads = new Float64Array(35).fill(300);
 * const out = new Float64Array(35);
 * acwrValues(loads, { method: "coupled", out }) === out;
 * // => true
 * [out[26], out[27], out[34]];
 * // => [NaN, 1, 1]
 * ```
 * @category Load
 */
export function acwrValues(loads: Float64Array, options?: AcwrOptions & { readonly out?: Float64Array }): Float64Array {
  if (!(loads instanceof Float64Array)) throw new TypeError(`acwrValues: loads must be a Float64Array, got ${describe(loads)}`);
  const settings = acwrSettings("acwrValues", options);
  const given = options?.out;
  let out: Float64Array;
  if (given === undefined) {
    out = new Float64Array(loads.length);
  } else {
    if (!(given instanceof Float64Array)) throw new TypeError(`acwrValues: out must be a Float64Array, got ${describe(given)}`);
    if (given.length < loads.length) {
      throw new RangeError(`acwrValues: out holds ${given.length} entries but loads has ${loads.length}`);
    }
    if (
      given.buffer === loads.buffer &&
      given.byteOffset < loads.byteOffset + loads.byteLength &&
      loads.byteOffset < given.byteOffset + given.byteLength
    ) {
      throw new RangeError("acwrValues: out shares memory with loads; the windows still need the days it would overwrite");
    }
    out = given;
  }
  runRatios(loads, settings, out);
  return out;
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (typeof value === "object") return (value as object).constructor?.name ?? "object";
  return typeof value;
}
