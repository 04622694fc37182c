/**
 * The unknown and positive flags of the last days, kept in the bits of one integer, for the
 * fast ACWR kernels: the days leaving a window are read from a register instead of being loaded
 * again and tested for NaN.
 */

/** Longest chronic window whose flags (plus the day leaving it) fit in one 32-bit integer. */
export const HISTORY_DAYS = 30;

/** An integer with bits 0 … count − 1 set (0 ≤ count ≤ 31). */
export function lowBits(count: number): number {
  // `-1 >>> 32` would shift by 0 (shift counts are taken mod 32), hence the special case.
  return count === 0 ? 0 : -1 >>> (32 - count);
}

/**
 * Flags of days start − 1 … start − days as bits 0 … days − 1 (bit i = day start − 1 − i): the
 * unknown days (NaN), or with `positive` the days with a load > 0.
 */
export function flagHistory(loads: Float64Array, start: number, days: number, positive: boolean): number {
  let bits = 0;
  for (let i = 0; i < days; i++) {
    const value = loads[start - 1 - i] as number;
    if (positive ? value > 0 : value !== value) bits |= 1 << i;
  }
  return bits;
}
