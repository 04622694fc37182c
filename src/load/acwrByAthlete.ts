/**
 * The ACWR of a whole population at once, from columns (athlete, day, load) as typed arrays.
 */
import { requireObject, requireOptions } from "../internal/guards.js";
import { acwrSettings, runAcwr, type AcwrSettings } from "./acwrValues.js";
import type { DecayConvention } from "./decay.js";
import { MAX_LOAD_AU } from "./readSeries.js";
import type { AcwrMethod, AcwrOptions, AcwrReasonCode } from "./types.js";

/**
 * The input of {@link acwrByAthlete}: one row per athlete-day, as parallel columns.
 * @category Load
 */
export interface AthleteColumns {
  /** Who each row belongs to (any string or number; `1` and `"1"` are different athletes). */
  readonly athlete: ArrayLike<string | number>;
  /** The row's calendar day as a whole day number (e.g. days since 1970-01-01). */
  readonly day: Int32Array;
  /** The row's load in AU, NaN for a day known to be unknown. */
  readonly load: Float64Array;
}

/**
 * The ACWR of every input row, as columns parallel to the input (NaN = no value, with the
 * reason in `reason`).
 * @category Load
 */
export interface AcwrColumns {
  readonly method: AcwrMethod;
  readonly decay: DecayConvention;
  readonly acuteDays: number;
  readonly chronicDays: number;
  readonly maxUnknownFraction: number;
  /** Acute load of each row (AU/day), NaN when its window is not usable. */
  readonly acute: Float64Array;
  /** Chronic load of each row (AU/day), NaN when its window is not usable. */
  readonly chronic: Float64Array;
  /** The ratio of each row, NaN when there is none. */
  readonly ratio: Float64Array;
  /** Why a row has no ratio: an index into `reasonCodes` (0 = it has one). */
  readonly reason: Uint8Array;
  /** The reason codes by index: `[null, "warming-up", "too-many-unknown-days", "zero-chronic"]`. */
  readonly reasonCodes: readonly (AcwrReasonCode | null)[];
}

const REASON_CODES: readonly (AcwrReasonCode | null)[] = Object.freeze([null, "warming-up", "too-many-unknown-days", "zero-chronic"]);

/**
 * The acute:chronic workload ratio of a whole population in one call: columns in, columns out
 * (A-3…A-6).
 *
 * Each athlete's rows form that athlete's calendar: a day between their first and last row with
 * no row is unknown, and the ratios are exactly those of {@link acwr} on that calendar, bit
 * for bit. Rows may come in any order; when they already come athlete by athlete on consecutive
 * days (the usual export), the kernel runs on the input in place, without copying. The result is
 * parallel to the input rows. Read it as a trend, not a verdict.
 *
 * @param columns - `athlete`, `day` (Int32Array) and `load` (Float64Array, NaN = unknown) of equal length; not mutated
 * @param options - the {@link AcwrOptions} (method default `"ewma"`), and `out`: buffers to write
 * the columns into ({@link AcwrColumnBuffers}), so that nothing is allocated
 * @returns `acute`, `chronic`, `ratio` (Float64Array, NaN = none) and `reason` (Uint8Array, an index
 * into `reasonCodes`), parallel to the input rows, with the conventions used; with `out`, views
 * of its first `load.length` entries
 * @throws TypeError naming `acwrByAthlete` when a column has the wrong type
 * @throws RangeError naming `acwrByAthlete` for columns of different lengths, an athlete with two
 * rows on one day, a load that is not NaN or 0…10¹², or invalid options
 * @example
 * ```ts
 * const columns = {
 *   athlete: ["ana", "ana", "ana", "ben", "ben", "ben"],
 *   day: Int32Array.from([0, 1, 2, 10, 11, 13]),
 *   load: Float64Array.from([100, 0, 200, 50, 50, 80]),
 * };
 * const result = acwrByAthlete(columns, { method: "coupled", acuteDays: 1, chronicDays: 3 });
 * Array.from(result.ratio);
 * // => [NaN, NaN, 2, NaN, NaN, NaN]
 * result.reasonCodes[result.reason[5]];
 * // => "too-many-unknown-days"
 * ```
 * @category Load
 */
export function acwrByAthlete(columns: AthleteColumns, options?: Partial<AcwrOptions> & { readonly out?: AcwrColumnBuffers }): AcwrColumns {
  requireObject("acwrByAthlete", "columns", columns);
  requireOptions("acwrByAthlete", options);
  const { athlete, day, load } = columns;
  if (athlete === null || typeof athlete !== "object" || typeof athlete.length !== "number") throw new TypeError("acwrByAthlete: columns.athlete must be an array-like of strings or numbers");
  if (!(day instanceof Int32Array)) throw new TypeError("acwrByAthlete: columns.day must be an Int32Array");
  if (!(load instanceof Float64Array)) throw new TypeError("acwrByAthlete: columns.load must be a Float64Array");
  const n = load.length;
  if (athlete.length !== n || day.length !== n) {
    throw new RangeError(`acwrByAthlete: columns must have equal lengths, got athlete ${athlete.length}, day ${day.length}, load ${n}`);
  }
  const settings = acwrSettings("acwrByAthlete", { ...options, method: options?.method ?? "ewma" });
  const bad = firstOutOfRange(load, MAX_LOAD_AU);
  if (bad >= 0) throw new RangeError(`acwrByAthlete: row ${bad} has load ${load[bad]}; use NaN for an unknown day, or a number from 0 to ${MAX_LOAD_AU} AU`);
  const result = outputs(options?.out, n, [athlete, day, load]);
  if (!runInPlace(athlete, day, load, settings, result)) runGrouped(athlete, day, load, settings, result);
  return Object.freeze({
    method: settings.method,
    decay: settings.decay,
    acuteDays: settings.acuteDays,
    chronicDays: settings.chronicDays,
    maxUnknownFraction: settings.maxUnknownFraction,
    ...result,
    reasonCodes: REASON_CODES,
  });
}

/**
 * The first row whose load is neither NaN nor within 0…max, or −1. NaN fails both comparisons,
 * so one test finds every such load; four rows per test (the usual answer is "none") run this
 * pass over a million rows in about 60 % of the time of one row per test.
 */
function firstOutOfRange(load: Float64Array, max: number): number {
  const n = load.length;
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    const v0 = load[i] as number;
    const v1 = load[i + 1] as number;
    const v2 = load[i + 2] as number;
    const v3 = load[i + 3] as number;
    if (v0 < 0 || v0 > max || v1 < 0 || v1 > max || v2 < 0 || v2 > max || v3 < 0 || v3 > max) break;
  }
  for (; i < n; i++) {
    const value = load[i] as number;
    if (value < 0 || value > max) return i;
  }
  return -1;
}

/**
 * Buffers for the result columns of {@link acwrByAthlete}, each at least as long as the input
 * (entries past it are left alone). Reusing them allocates nothing: at a million rows, four
 * fresh columns cost more in page faults than a third of the arithmetic.
 * @category Load
 */
export interface AcwrColumnBuffers {
  readonly acute: Float64Array;
  readonly chronic: Float64Array;
  readonly ratio: Float64Array;
  readonly reason: Uint8Array;
}

type Outputs = AcwrColumnBuffers;

/** The caller's buffers, checked, or fresh ones. */
function outputs(given: AcwrColumnBuffers | undefined, n: number, inputs: readonly unknown[]): Outputs {
  if (given === undefined) return { acute: new Float64Array(n), chronic: new Float64Array(n), ratio: new Float64Array(n), reason: new Uint8Array(n) };
  requireObject("acwrByAthlete", "options.out", given);
  for (const [name, kind] of [["acute", Float64Array], ["chronic", Float64Array], ["ratio", Float64Array], ["reason", Uint8Array]] as const) {
    const buffer: unknown = given[name];
    if (!(buffer instanceof kind)) throw new TypeError(`acwrByAthlete: options.out.${name} must be a ${kind.name}`);
    if (buffer.length < n) throw new RangeError(`acwrByAthlete: options.out.${name} holds ${buffer.length} entries but the columns have ${n}`);
    // The kernel still reads loads the outputs would overwrite.
    if (inputs.some((input) => ArrayBuffer.isView(input) && input.buffer === buffer.buffer)) throw new RangeError(`acwrByAthlete: options.out.${name} shares memory with an input column`);
  }
  return { acute: given.acute.subarray(0, n), chronic: given.chronic.subarray(0, n), ratio: given.ratio.subarray(0, n), reason: given.reason.subarray(0, n) };
}

/**
 * The common layout — athletes one after another, each on consecutive days — runs the kernel
 * on subarrays of the input and the outputs, with nothing copied. Returns false (having
 * written nothing) when the rows are laid out otherwise.
 */
function runInPlace(athlete: ArrayLike<string | number>, day: Int32Array, load: Float64Array, settings: AcwrSettings, out: Outputs): boolean {
  const n = load.length;
  if (n === 0) return true;
  const starts: number[] = [0];
  const seen = new Set<string | number>();
  // The previous row's athlete and the day it expects next are kept in locals, seeded from row
  // 0 (an `undefined` start would make every comparison a generic one): one read of each
  // column per row.
  let previous = athlete[0] as string | number;
  let nextDay = (day[0] as number) + 1;
  seen.add(previous);
  let i = 1;
  while (i < n) {
    // Four rows per test while they continue the same athlete's days (almost every row).
    while (
      i + 4 <= n &&
      athlete[i] === previous &&
      athlete[i + 1] === previous &&
      athlete[i + 2] === previous &&
      athlete[i + 3] === previous &&
      day[i] === nextDay &&
      day[i + 1] === nextDay + 1 &&
      day[i + 2] === nextDay + 2 &&
      day[i + 3] === nextDay + 3
    ) {
      i += 4;
      nextDay += 4;
    }
    if (i === n) break;
    const who = athlete[i] as string | number;
    const today = day[i] as number;
    if (who !== previous) {
      if (seen.has(who)) return false;
      seen.add(who);
      starts.push(i);
      previous = who;
    } else if (today !== nextDay) {
      return false;
    }
    nextDay = today + 1;
    i++;
  }
  starts.push(n);
  for (let k = 0; k + 1 < starts.length; k++) {
    const from = starts[k] as number;
    const to = starts[k + 1] as number;
    runAcwr(load.subarray(from, to), settings, out.ratio.subarray(from, to), {
      acute: out.acute.subarray(from, to),
      chronic: out.chronic.subarray(from, to),
      reason: out.reason.subarray(from, to),
    });
  }
  return true;
}

/** Any other layout: each athlete's rows sorted by day onto their own calendar, then scattered back. */
function runGrouped(athlete: ArrayLike<string | number>, day: Int32Array, load: Float64Array, settings: AcwrSettings, out: Outputs): void {
  const groups = new Map<string | number, number[]>();
  for (let i = 0; i < load.length; i++) {
    const who = athlete[i] as string | number;
    const rows = groups.get(who);
    if (rows === undefined) groups.set(who, [i]);
    else rows.push(i);
  }
  for (const [who, rows] of groups) {
    rows.sort((a, b) => (day[a] as number) - (day[b] as number));
    const first = day[rows[0] as number] as number;
    const span = (day[rows[rows.length - 1] as number] as number) - first + 1;
    // a day of the athlete's calendar without a row is unknown.
    const calendar = new Float64Array(span).fill(NaN);
    for (let k = 0; k < rows.length; k++) {
      const row = rows[k] as number;
      if (k > 0 && day[row] === day[rows[k - 1] as number]) {
        throw new RangeError(`acwrByAthlete: athlete ${JSON.stringify(who)} has two rows (${rows[k - 1]} and ${row}) on day ${day[row]}`);
      }
      calendar[(day[row] as number) - first] = load[row] as number;
    }
    const detail = { acute: new Float64Array(span), chronic: new Float64Array(span), reason: new Uint8Array(span) };
    const ratio = new Float64Array(span);
    runAcwr(calendar, settings, ratio, detail);
    for (const row of rows) {
      const t = (day[row] as number) - first;
      out.ratio[row] = ratio[t] as number;
      out.acute[row] = detail.acute[t] as number;
      out.chronic[row] = detail.chronic[t] as number;
      out.reason[row] = detail.reason[t] as number;
    }
  }
}
