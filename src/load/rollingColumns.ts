/**
 * The fast rolling kernel that writes every column (ratio, acute and chronic means, reason):
 * what {@link acwr} and {@link acwrByAthlete} run for chronic windows of up to
 * {@link HISTORY_DAYS} days.
 */
import { flagHistory, lowBits } from "./flagHistory.js";
import { countDays, knownSum, REASON_UNKNOWN_DAYS, REASON_ZERO_CHRONIC, RESYNC_DAYS, rollingWarmUp } from "./rollingKernel.js";

/**
 * {@link rollingKernel} with its detail, for chronic windows of up to {@link HISTORY_DAYS}
 * days: the same operations in the same order, so the same four columns bit for bit, in about
 * 7.6 instead of 10.2 ms per 10⁶ days with 4.7 % unknown (the kernels alone, bundled). The warm-up days are the general
 * kernel's own; the steady state runs one {@link rollingColumnsBlock} per {@link RESYNC_DAYS} days.
 */
export function rollingColumns(
  loads: Float64Array,
  ratioOut: Float64Array,
  acuteOut: Float64Array,
  chronicOut: Float64Array,
  reasonOut: Uint8Array,
  a: number,
  c: number,
  shift: number,
  maxUnknownAcute: number,
  maxUnknownChronic: number,
): void {
  const n = loads.length;
  // days 0 … c − 1 (warming up, then the first full day) as the general kernel writes them.
  rollingWarmUp(loads, n, a, c, shift, maxUnknownAcute, maxUnknownChronic, ratioOut, { acute: acuteOut, chronic: chronicOut, reason: reasonOut });
  // the sums are recomputed from scratch at the same days as in rollingKernel, so each
  // block starts from the loads alone. A function per block, not one loop over the series: a
  // function is compiled whole after a few blocks, where a long loop would first run as
  // on-stack-replacement code.
  for (let from = c; from < n; from += RESYNC_DAYS) {
    const to = from + RESYNC_DAYS < n ? from + RESYNC_DAYS : n;
    rollingColumnsBlock(loads, ratioOut, acuteOut, chronicOut, reasonOut, from, to, a, c, shift, maxUnknownAcute, maxUnknownChronic);
  }
}

/**
 * Days from … to − 1 (from ≥ c) of the rolling columns.: means of the known days;
 * a window with more unknown days than its limit has no mean, and no ratio; a chronic
 * window without a positive day, or a quotient that is not a finite number ≥ 0, gives no ratio.
 */
function rollingColumnsBlock(
  loads: Float64Array,
  ratioOut: Float64Array,
  acuteOut: Float64Array,
  chronicOut: Float64Array,
  reasonOut: Uint8Array,
  from: number,
  to: number,
  a: number,
  c: number,
  shift: number,
  maxUnknownAcute: number,
  maxUnknownChronic: number,
): void {
  // Whole numbers as int32 from here on, so that the compiler keeps every count untagged in a
  // register (without this it kept some as heap numbers and tested their type every day).
  a |= 0;
  c |= 0;
  shift |= 0;
  maxUnknownAcute |= 0;
  maxUnknownChronic |= 0;
  const w = (c - shift) | 0;
  // Read once per block, as int32: an imported binding is otherwise read through its module
  // cell, and converted from a tagged number, on every store.
  const unknownDays = REASON_UNKNOWN_DAYS | 0;
  const zeroChronic = REASON_ZERO_CHRONIC | 0;
  // The unknown and positive flags of the last c + 1 days live in the bits of two integers
  // (bit i = day t − i): the "any positive day" tests need no second look at the windows.
  const acuteBits = lowBits(a); // bits 0 … a − 1: the acute window
  const chronicBits = lowBits(c) & ~lowBits(shift); // bits shift … c − 1
  // The days whose flags change a window's unknown-day count today: t enters the acute window
  // and t − shift the chronic one; t − a and t − c leave them.
  const changeBits = 1 | (1 << a) | (1 << shift) | (1 << c);
  let unknown = flagHistory(loads, from, c, false);
  let positive = flagHistory(loads, from, c, true);
  let acuteSum = knownSum(loads, from - a, from);
  let chronicSum = knownSum(loads, from - c, from - shift);
  let acuteKnown = countDays(loads, from - a, from, false) | 0;
  let chronicKnown = countDays(loads, from - c, from - shift, false) | 0;
  // Bit 0: the acute window is within its unknown-day limit; bit 1: the chronic one.
  let usable = Number(a - acuteKnown <= maxUnknownAcute) | (Number(w - chronicKnown <= maxUnknownChronic) << 1);
  for (let t = from; t < to; t++) {
    const x = loads[t] as number;
    const y = loads[t - a] as number;
    const z = loads[t - shift] as number;
    const v = loads[t - c] as number;
    // Number(x > 0) compiles to a flag set, not a branch: rest days are common and random.
    positive = (positive << 1) | Number(x > 0);
    unknown <<= 1;
    if (x !== x) unknown |= 1;
    if ((unknown & changeBits) === 0) {
      // No unknown day enters or leaves a window today (most days, even with unknown days in
      // the windows): the four loads are numbers and the counts stay as they are.
      acuteSum += x - y;
      chronicSum += z - v;
    } else {
      // The same sums as the general kernel's, an unknown day counting 0, and new counts.
      acuteSum += (x === x ? x : 0) - (y === y ? y : 0);
      chronicSum += (z === z ? z : 0) - (v === v ? v : 0);
      acuteKnown = (acuteKnown - (unknown & 1) + ((unknown >>> a) & 1)) | 0;
      chronicKnown = (chronicKnown - ((unknown >>> shift) & 1) + ((unknown >>> c) & 1)) | 0;
      usable = Number(a - acuteKnown <= maxUnknownAcute) | (Number(w - chronicKnown <= maxUnknownChronic) << 1);
    }
    const acutePositive = (positive & acuteBits) !== 0;
    const chronicPositive = (positive & chronicBits) !== 0;
    if (usable === 3) {
      // rollingRatio's one division, then writeRolling's A-6 tests, in the same order.
      const ratio = acutePositive ? (acuteSum * chronicKnown) / (chronicSum * acuteKnown) : 0;
      if (chronicPositive && ratio >= 0 && ratio < Infinity) {
        ratioOut[t] = ratio;
        reasonOut[t] = 0;
      } else {
        ratioOut[t] = NaN;
        reasonOut[t] = zeroChronic;
      }
      acuteOut[t] = acutePositive ? acuteSum / acuteKnown : 0;
      chronicOut[t] = chronicPositive ? chronicSum / chronicKnown : 0;
    } else {
      ratioOut[t] = NaN;
      reasonOut[t] = unknownDays;
      acuteOut[t] = (usable & 1) !== 0 ? (acutePositive ? acuteSum / acuteKnown : 0) : NaN;
      chronicOut[t] = (usable & 2) !== 0 ? (chronicPositive ? chronicSum / chronicKnown : 0) : NaN;
    }
  }
}
