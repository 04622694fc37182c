/**
 * The general rolling ACWR kernel, its ratio-only fast path, and what every
 * rolling kernel shares: the warm-up, the per-day verdict and the sums recomputed every
 * {@link RESYNC_DAYS} days. The fast kernels ({@link rollingValues}, {@link rollingColumns}) give
 * the same numbers bit for bit because they do the same operations in the same order. The fast
 * path lives here, beside the helpers its loop calls: a call to another module's function reads
 * the import on every call, and when the code runs unbundled (tsx, the benchmarks) the compiler
 * did not inline it there (acwrValues ran at half speed).
 */
import type { AcwrSettings } from "./acwrValues.js";
import { flagHistory, lowBits } from "./flagHistory.js";

/** Reason codes written by the kernels when asked for detail (0 = a ratio exists). */
export const REASON_WARMING_UP = 1;
export const REASON_UNKNOWN_DAYS = 2;
export const REASON_ZERO_CHRONIC = 3;

/** Running sums are recomputed from scratch this often, so rounding cannot drift. */
export const RESYNC_DAYS = 4096;

/** Per-day detail the object API and the columns need besides the ratio. */
export interface AcwrDetail {
  readonly acute: Float64Array;
  readonly chronic: Float64Array;
  readonly reason: Uint8Array;
}

/** Sum of the known loads of days from…to − 1, in index order. */
export function knownSum(loads: Float64Array, from: number, to: number): number {
  let sum = 0;
  for (let i = from; i < to; i++) {
    const value = loads[i] as number;
    if (value === value) sum += value;
  }
  return sum;
}

/** How many of days from…to − 1 are known (not NaN), or with `positive` have a load > 0. */
export function countDays(loads: Float64Array, from: number, to: number, positive: boolean): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const value = loads[i] as number;
    if (positive ? value > 0 : value === value) count++;
  }
  return count;
}

/**
 * rolling means of the known days. The acute window is days t−a+1…t; the chronic
 * window is t−c+1…t (coupled) or t−c+1…t−a (uncoupled, days 8–28 back with 7/28). Sums,
 * known-day counts and positive-day counts slide by one day per step; a window with no
 * positive day has a sum of exactly 0.
 */
export function rollingKernel(loads: Float64Array, settings: AcwrSettings, out: Float64Array, detail: AcwrDetail | undefined): void {
  const n = loads.length;
  const a = settings.acuteDays;
  const c = settings.chronicDays;
  const shift = settings.method === "coupled" ? 0 : a;
  const w = c - shift;
  const maxUnknownAcute = settings.maxUnknownAcute;
  const maxUnknownChronic = settings.maxUnknownChronic;
  rollingWarmUp(loads, n, a, c, shift, maxUnknownAcute, maxUnknownChronic, out, detail);
  if (n <= c) return;
  // The counts of both windows as they stand after day c − 1, the first full day.
  let acuteKnown = countDays(loads, c - a, c, false);
  let acutePositive = countDays(loads, c - a, c, true);
  let chronicKnown = countDays(loads, 0, c - shift, false);
  let chronicPositive = countDays(loads, 0, c - shift, true);

  // Steady state: every step adds day t to both windows and drops the day that left each.
  for (let blockStart = c; blockStart < n; blockStart += RESYNC_DAYS) {
    // Recompute the sums of the windows as they stand after day blockStart − 1.
    let acuteSum = knownSum(loads, blockStart - a, blockStart);
    let chronicSum = knownSum(loads, blockStart - c, blockStart - shift);
    const blockEnd = blockStart + RESYNC_DAYS < n ? blockStart + RESYNC_DAYS : n;
    for (let t = blockStart; t < blockEnd; t++) {
      const x = loads[t] as number;
      const y = loads[t - a] as number;
      const z = loads[t - shift] as number;
      const v = loads[t - c] as number;
      acuteSum += (x === x ? x : 0) - (y === y ? y : 0);
      chronicSum += (z === z ? z : 0) - (v === v ? v : 0);
      if (x !== x) acuteKnown--;
      if (y !== y) acuteKnown++;
      if (z !== z) chronicKnown--;
      if (v !== v) chronicKnown++;
      acutePositive += Number(x > 0) - Number(y > 0);
      chronicPositive += Number(z > 0) - Number(v > 0);
      const acuteOk = a - acuteKnown <= maxUnknownAcute;
      const chronicOk = w - chronicKnown <= maxUnknownChronic;
      writeRolling(t, acuteSum, acuteKnown, acutePositive, acuteOk, chronicSum, chronicKnown, chronicPositive, chronicOk, out, detail);
    }
  }
}

/**
 * Days 0 … min(n, c) − 1 of a rolling ratio: the windows fill, and A-6 gives no ratio until the
 * chronic window is full (day c − 1). Every rolling kernel starts here, so the warm-up days
 * (the acute mean of a partial series, the first full day's sums) are the same bit for bit.
 */
export function rollingWarmUp(
  loads: Float64Array,
  n: number,
  a: number,
  c: number,
  shift: number,
  maxUnknownAcute: number,
  maxUnknownChronic: number,
  out: Float64Array,
  detail: AcwrDetail | undefined,
): void {
  const w = c - shift;
  let acuteSum = 0;
  let acuteKnown = 0;
  let acutePositive = 0;
  let chronicKnown = 0;
  let chronicPositive = 0;
  const warm = n < c ? n : c;
  for (let t = 0; t < warm; t++) {
    const x = loads[t] as number;
    if (x === x) {
      acuteSum += x;
      acuteKnown++;
      if (x > 0) acutePositive++;
    }
    if (t >= a) {
      const y = loads[t - a] as number;
      if (y === y) {
        acuteSum -= y;
        acuteKnown--;
        if (y > 0) acutePositive--;
      }
    }
    if (t >= shift) {
      const z = loads[t - shift] as number;
      if (z === z) {
        chronicKnown++;
        if (z > 0) chronicPositive++;
      }
    }
    const acuteOk = t >= a - 1 && a - acuteKnown <= maxUnknownAcute;
    if (t < c - 1) {
      out[t] = NaN;
      if (detail !== undefined) {
        detail.reason[t] = REASON_WARMING_UP;
        detail.acute[t] = acuteOk ? (acutePositive === 0 ? 0 : acuteSum / acuteKnown) : NaN;
        detail.chronic[t] = NaN;
      }
      continue;
    }
    // The first full day sums its windows afresh, as every later block does.
    const acuteFresh = knownSum(loads, t - a + 1, t + 1);
    const chronicFresh = knownSum(loads, t - c + 1, t + 1 - shift);
    const chronicOk = w - chronicKnown <= maxUnknownChronic;
    writeRolling(t, acuteFresh, acuteKnown, acutePositive, acuteOk, chronicFresh, chronicKnown, chronicPositive, chronicOk, out, detail);
  }
}

/**
 * Day t of the rolling ratio (A-6: no ratio over too many unknown days or a chronic window
 * without a positive day, and never NaN/Infinity), and with `detail` its means and reason.
 */
export function writeRolling(
  t: number,
  acuteSum: number,
  acuteKnown: number,
  acutePositive: number,
  acuteOk: boolean,
  chronicSum: number,
  chronicKnown: number,
  chronicPositive: number,
  chronicOk: boolean,
  out: Float64Array,
  detail: AcwrDetail | undefined,
): void {
  let ratio = NaN;
  let code = REASON_UNKNOWN_DAYS;
  if (acuteOk && chronicOk) {
    ratio = rollingRatio(acuteSum, acuteKnown, acutePositive, chronicSum, chronicKnown);
    code = 0;
    if (chronicPositive === 0 || !(ratio >= 0 && ratio < Infinity)) {
      ratio = NaN;
      code = REASON_ZERO_CHRONIC;
    }
  }
  out[t] = ratio;
  if (detail === undefined) return;
  detail.reason[t] = code;
  detail.acute[t] = acuteOk ? (acutePositive === 0 ? 0 : acuteSum / acuteKnown) : NaN;
  detail.chronic[t] = chronicOk ? (chronicPositive === 0 ? 0 : chronicSum / chronicKnown) : NaN;
}

/**
 * Mean of the acute window ÷ mean of the chronic window, as one division:
 * (acuteSum ÷ acuteKnown) ÷ (chronicSum ÷ chronicKnown) = (acuteSum · chronicKnown) ÷
 * (chronicSum · acuteKnown). Three divisions per day would be the slowest part of the pass.
 */
export function rollingRatio(acuteSum: number, acuteKnown: number, acutePositive: number, chronicSum: number, chronicKnown: number): number {
  return acutePositive === 0 ? 0 : (acuteSum * chronicKnown) / (chronicSum * acuteKnown);
}

/**
 * The fast path of {@link rollingKernel} for chronic windows of up to {@link HISTORY_DAYS}
 * days: the same arithmetic, only the ratio stored. Kept as its own function so that the
 * engine compiles it for exactly this use.
 */
export function rollingValues(
  loads: Float64Array,
  out: Float64Array,
  n: number,
  a: number,
  c: number,
  shift: number,
  maxUnknownAcute: number,
  maxUnknownChronic: number,
): void {
  const w = c - shift;
  // days 0 … c − 1 (warming up, then the first full day) as the general kernel writes them.
  rollingWarmUp(loads, n, a, c, shift, maxUnknownAcute, maxUnknownChronic, out, undefined);
  if (n <= c) return;
  // The counts of both windows as they stand after day c − 1, the first full day.
  const acuteKnown = countDays(loads, c - a, c, false);
  const chronicKnown = countDays(loads, 0, c - shift, false);

  // The unknown and positive flags of the last c + 1 days live in the bits of two integers
  // (bit i = day t − i), so the counts and the "any positive day" tests need no second look
  // at the days leaving the windows.
  const acuteBits = lowBits(a); // bits 0 … a − 1: the acute window
  const chronicBits = lowBits(c) & ~lowBits(shift); // bits shift … c − 1
  // The days that enter or leave a window today: t and t − shift enter, t − a and t − c leave.
  const movingBits = 1 | (1 << a) | (1 << shift) | (1 << c);
  let unknown = flagHistory(loads, c, c, false);
  let positive = flagHistory(loads, c, c, true);
  let acuteUnknown = a - acuteKnown;
  let chronicUnknown = w - chronicKnown;
  // The known-day counts and the A-6 verdict change only when an unknown day enters or leaves
  // a window (about one day in seven at 5 % unknown days, where "no unknown day anywhere in the
  // windows" holds on fewer than one day in four): kept between those days.
  let acuteKnownDays = a - acuteUnknown;
  let chronicKnownDays = w - chronicUnknown;
  let withinLimits = acuteUnknown <= maxUnknownAcute && chronicUnknown <= maxUnknownChronic;
  for (let blockStart = c; blockStart < n; blockStart += RESYNC_DAYS) {
    // the sums are recomputed from scratch at the same days as in rollingKernel.
    let acuteSum = knownSum(loads, blockStart - a, blockStart);
    let chronicSum = knownSum(loads, blockStart - c, blockStart - shift);
    const blockEnd = blockStart + RESYNC_DAYS < n ? blockStart + RESYNC_DAYS : n;
    for (let t = blockStart; t < blockEnd; t++) {
      const x = loads[t] as number;
      const y = loads[t - a] as number;
      const z = loads[t - shift] as number;
      const v = loads[t - c] as number;
      // Number(…) compiles to a flag set, not a branch: rest days are common and random.
      positive = (positive << 1) | Number(x > 0);
      unknown = (unknown << 1) | Number(x !== x);
      if ((unknown & movingBits) === 0) {
        // Every day entering or leaving is a number: the sums slide without NaN tests and the
        // counts stay. The same operations, in the same order, as below.
        acuteSum += x - y;
        chronicSum += z - v;
      } else {
        acuteUnknown += (unknown & 1) - ((unknown >>> a) & 1);
        chronicUnknown += ((unknown >>> shift) & 1) - ((unknown >>> c) & 1);
        acuteSum += (x === x ? x : 0) - (y === y ? y : 0);
        chronicSum += (z === z ? z : 0) - (v === v ? v : 0);
        acuteKnownDays = a - acuteUnknown;
        chronicKnownDays = w - chronicUnknown;
        withinLimits = acuteUnknown <= maxUnknownAcute && chronicUnknown <= maxUnknownChronic;
      }
      // rollingRatio, written out: (acuteSum ÷ acuteKnown) ÷ (chronicSum ÷ chronicKnown) as one division.
      const ratio = (positive & acuteBits) === 0 ? 0 : (acuteSum * chronicKnownDays) / (chronicSum * acuteKnownDays);
      // no ratio over too many unknown days or a chronic window without a positive day,
      // and never NaN/Infinity.
      out[t] = withinLimits && (positive & chronicBits) !== 0 && ratio >= 0 && ratio < Infinity ? ratio : NaN;
    }
  }
}

