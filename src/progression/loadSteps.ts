/**
 * Available loads: the smallest step up and the nearest load at or below a target, for
 * barbells (plates in pairs), dumbbells, kettlebells or a fixed increment (P-9).
 */
import { describeValue, requireNumberIn, requireObject } from "../internal/guards.js";

/**
 * The loads a lifter can actually use. Loads are per implement (one dumbbell, one kettlebell,
 * the whole barbell).
 *
 * - `barbell`: the bar plus plates loaded in pairs; the smallest step is two of the smallest plate.
 * - `dumbbell`: fixed dumbbells from `minKg` to `maxKg` in steps of `stepKg`.
 * - `kettlebell`: the listed sizes.
 * - `fixed`: any whole multiple of `stepKg` (machines, cables, adjustable kit).
 * @category Progression
 */
export type LoadIncrements =
  | { readonly kind: "barbell"; readonly barKg?: number; readonly plateKg?: readonly number[] }
  | { readonly kind: "dumbbell"; readonly stepKg?: number; readonly minKg?: number; readonly maxKg?: number }
  | { readonly kind: "kettlebell"; readonly sizesKg?: readonly number[] }
  | { readonly kind: "fixed"; readonly stepKg: number };

/**
 * Common kettlebell sizes in kg (4 to 48).
 * @example
 * ```ts
 * KETTLEBELL_SIZES_KG[0];
 * // => 4
 * ```
 * @category Progression
 */
export const KETTLEBELL_SIZES_KG: readonly number[] = Object.freeze([4, 6, 8, 12, 16, 20, 24, 28, 32, 36, 40, 48]);

/**
 * Common barbell plates in kg, loaded in pairs.
 * @example
 * ```ts
 * BARBELL_PLATES_KG[0];
 * // => 1.25
 * ```
 * @category Progression
 */
export const BARBELL_PLATES_KG: readonly number[] = Object.freeze([1.25, 2.5, 5, 10, 15, 20, 25]);

// Work in grams so that 1.25 kg steps add up exactly.
const grams = (kg: number): number => Math.round(kg * 1000);
const kilograms = (g: number): number => g / 1000;

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

interface Grid {
  readonly startG: number;
  readonly stepG: number;
  readonly endG: number;
}

/** The heaviest load the step functions handle, in kg (a bound, so no sum of steps overflows). */
const MAX_LOAD_KG = 10_000;

function positive(fn: string, name: string, value: number): number {
  // Loads are counted in whole grams: a step below 1 g would be a step of 0.
  if (typeof value !== "number" || !(value >= 0.001 && value <= MAX_LOAD_KG)) {
    throw new RangeError(`${fn}: ${name} must be a number of kg from 0.001 to ${MAX_LOAD_KG}, got ${describeValue(value)}`);
  }
  return value;
}

/** Every kind but the kettlebell list is an evenly spaced grid of loads. */
function gridOf(fn: string, increments: LoadIncrements): Grid | readonly number[] {
  requireObject(fn, "increments", increments);
  switch (increments.kind) {
    case "barbell": {
      const bar = increments.barKg ?? 20;
      requireNumberIn(fn, "barKg", bar, 0, MAX_LOAD_KG);
      const plates = increments.plateKg ?? BARBELL_PLATES_KG;
      if (plates.length === 0) throw new RangeError(`${fn}: plateKg must list at least one plate`);
      const stepG = plates.map((plate) => grams(positive(fn, "every plate", plate))).reduce(gcd);
      return { startG: grams(bar), stepG: 2 * stepG, endG: Number.POSITIVE_INFINITY };
    }
    case "dumbbell": {
      const step = positive(fn, "stepKg", increments.stepKg ?? 2);
      const min = positive(fn, "minKg", increments.minKg ?? step);
      const max = increments.maxKg ?? Number.POSITIVE_INFINITY;
      if (!(max >= min)) throw new RangeError(`${fn}: maxKg must be at least minKg, got ${String(max)}`);
      return { startG: grams(min), stepG: grams(step), endG: max === Number.POSITIVE_INFINITY ? max : grams(max) };
    }
    case "kettlebell": {
      const sizes = increments.sizesKg ?? KETTLEBELL_SIZES_KG;
      if (sizes.length === 0) throw new RangeError(`${fn}: sizesKg must list at least one size`);
      return [...sizes.map((size) => grams(positive(fn, "every kettlebell size", size)))].sort((a, b) => a - b);
    }
    case "fixed": {
      const step = positive(fn, "stepKg", increments.stepKg);
      return { startG: grams(step), stepG: grams(step), endG: Number.POSITIVE_INFINITY };
    }
    default:
      throw new TypeError(`${fn}: unknown increments kind ${JSON.stringify((increments as { kind?: unknown }).kind)}`);
  }
}

/**
 * The smallest available load strictly above `loadKg`: the smallest step of double
 * progression (P-9).
 *
 * @param loadKg - the current load in kg (0 for none yet)
 * @param increments - the loads the lifter has
 * @returns the next load in kg, or `null` when nothing heavier is available
 * @throws RangeError naming `nextLoadStep` when `loadKg` is not a number from 0 to 10,000 kg, or
 *   the increments are invalid (a kind it does not know, or a load outside 0–10,000 kg)
 * @throws TypeError naming `nextLoadStep` when `increments` is not an object
 * @example
 * ```ts
 * nextLoadStep(60, { kind: "barbell" });
 * // => 62.5
 * nextLoadStep(16, { kind: "kettlebell" });
 * // => 20
 * nextLoadStep(48, { kind: "kettlebell" });
 * // => null
 * ```
 * @category Progression
 */
export function nextLoadStep(loadKg: number, increments: LoadIncrements): number | null {
  requireNumberIn("nextLoadStep", "loadKg", loadKg, 0, MAX_LOAD_KG);
  const grid = gridOf("nextLoadStep", increments);
  const current = grams(loadKg);
  if (Array.isArray(grid)) {
    const next = (grid as readonly number[]).find((size) => size > current);
    return next === undefined ? null : kilograms(next);
  }
  const { startG, stepG, endG } = grid as Grid;
  const next = current < startG ? startG : startG + (Math.floor((current - startG) / stepG) + 1) * stepG;
  return next > endG ? null : kilograms(next);
}

/**
 * The heaviest available load at or below `targetKg` (used to round a regression down).
 *
 * @param targetKg - the load aimed at, in kg
 * @param increments - the loads the lifter has
 * @returns the load in kg, or `null` when even the lightest available load is heavier
 * @throws RangeError naming `roundDownToAvailableLoad` when `targetKg` is not a number from 0 to
 *   10,000 kg, or the increments are invalid (a kind it does not know, or a load outside
 *   0–10,000 kg)
 * @throws TypeError naming `roundDownToAvailableLoad` when `increments` is not an object
 * @example
 * ```ts
 * roundDownToAvailableLoad(80 * 0.8, { kind: "barbell" });
 * // => 62.5
 * roundDownToAvailableLoad(12.8, { kind: "kettlebell" });
 * // => 12
 * roundDownToAvailableLoad(3, { kind: "kettlebell" });
 * // => null
 * ```
 * @category Progression
 */
export function roundDownToAvailableLoad(targetKg: number, increments: LoadIncrements): number | null {
  requireNumberIn("roundDownToAvailableLoad", "targetKg", targetKg, 0, MAX_LOAD_KG);
  const grid = gridOf("roundDownToAvailableLoad", increments);
  // A hair of tolerance so that 64.0000001 g-rounding noise does not drop a whole step.
  const target = Math.floor(targetKg * 1000 + 1e-6);
  if (Array.isArray(grid)) {
    let best: number | null = null;
    for (const size of grid as readonly number[]) if (size <= target) best = size;
    return best === null ? null : kilograms(best);
  }
  const { startG, stepG, endG } = grid as Grid;
  if (target < startG) return null;
  const top = Math.min(target, endG);
  return kilograms(startG + Math.floor((top - startG) / stepG) * stepG);
}
