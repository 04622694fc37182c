/**
 * A number for a reason's params, rounded to some decimals; one too large to scale keeps its
 * value, so rounding never turns a finite load into Infinity. Not exported from the module.
 */
export function rounded(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  return Number.isFinite(value * scale) ? Math.round(value * scale) / scale : value;
}
