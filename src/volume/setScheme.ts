import type { RepRange, SetScheme } from "./types.js";

/** Longer schemes are certainly a unit or typing mistake; refusing keeps memory bounded. */
const MAX_SETS = 1000;

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

function checkWholeNumber(name: string, value: unknown): number {
  if (typeof value !== "number") throw new TypeError(`setScheme: ${name} must be a number, got ${typeof value}`);
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new RangeError(`setScheme: ${name} must be a whole number of 1 or more, got ${String(value)}`);
  }
  return value;
}

/**
 * Turns a per-side rep target into the fewest sets inside a rep range, reps spread as evenly
 * as possible.
 *
 * Seed 000 prescribes volume as a target and a range (V-3: toward 50 reps per leg in sets of
 * 4–8; V-4: toward 60 reps per leg in sets of 8–15); a lifter needs the sets. The rule:
 * the fewest sets is `n = ceil(target / max)` (n − 1 sets of at most `max` reps cannot reach
 * the target); the target is then spread over the n sets as evenly as possible (the first
 * `target mod n` sets get one rep more), which keeps every set at or above `min` whenever
 * `target ≥ n × min`. Otherwise every set is at `min` and the total exceeds the target by
 * `overshootReps` (e.g. 17 reps at 10–12: two sets of 10).
 *
 * Impossible requests are refused with a reason, not guessed: an empty range (`min > max`),
 * or a target below the range's minimum (one set would already overshoot; lower the range
 * or raise the target).
 *
 * @param targetRepsPerSide - the total reps to reach on each side, a whole number ≥ 1
 * @param repRange - whole reps per set, `min ≥ 1`
 * @returns the scheme (`ok: true`, sets largest first) or a refusal with `code` and `reason`
 * @throws TypeError when an argument is not a number; RangeError when the target or a bound
 *   is not a whole number ≥ 1, or when the scheme would need more than 1000 sets
 * @example
 * ```ts
 * const singleLeg = setScheme(50, { min: 4, max: 8 });
 * if (singleLeg.ok) singleLeg.sets;
 * // => [8, 7, 7, 7, 7, 7, 7]
 * setScheme(60, { min: 8, max: 15 });
 * // => { ok: true, sets: [15, 15, 15, 15], setCount: 4, totalRepsPerSide: 60, overshootReps: 0, … }
 * setScheme(3, { min: 4, max: 8 });
 * // => { ok: false, code: "target-below-range", reason: "3 reps per side is below the range's minimum of 4: …", … }
 * ```
 * @category Volume
 */
export function setScheme(targetRepsPerSide: number, repRange: RepRange): SetScheme {
  const target = checkWholeNumber("targetRepsPerSide", targetRepsPerSide);
  if (repRange === null || typeof repRange !== "object") {
    throw new TypeError(`setScheme: repRange must be an object { min, max }, got ${repRange === null ? "null" : typeof repRange}`);
  }
  const min = checkWholeNumber("repRange.min", repRange.min);
  const max = checkWholeNumber("repRange.max", repRange.max);
  const range: RepRange = Object.freeze({ min, max });
  if (min > max) {
    return Object.freeze({
      ok: false,
      code: "empty-range",
      reason: `the rep range ${min}–${max} is empty (its minimum is above its maximum)`,
      targetRepsPerSide: target,
      repRange: range,
    });
  }
  if (target < min) {
    return Object.freeze({
      ok: false,
      code: "target-below-range",
      reason: `${plural(target, "rep")} per side is below the range's minimum of ${min}: even one set would overshoot the target; lower the range or raise the target`,
      targetRepsPerSide: target,
      repRange: range,
    });
  }
  // V-3/V-4: n − 1 sets of at most `max` reps total less than the target, so n is the fewest.
  const setCount = Math.ceil(target / max);
  if (setCount > MAX_SETS) {
    throw new RangeError(`setScheme: ${target} reps at most ${max} per set needs ${setCount} sets; at most ${MAX_SETS} are supported`);
  }
  const sets: number[] = [];
  let explanation: string;
  if (target >= setCount * min) {
    const base = Math.floor(target / setCount);
    const larger = target - base * setCount;
    for (let i = 0; i < setCount; i += 1) sets.push(i < larger ? base + 1 : base);
    const spread = larger === 0 ? `${plural(setCount, "set")} of ${base}` : `${plural(larger, "set")} of ${base + 1} and ${setCount - larger} of ${base}`;
    explanation = `fewest sets = ceil(${target} / ${max}) = ${setCount}; ${target} reps spread as evenly as possible: ${spread}`;
  } else {
    for (let i = 0; i < setCount; i += 1) sets.push(min);
    explanation = `fewest sets = ceil(${target} / ${max}) = ${setCount}; ${setCount} sets of at least ${min} total ${setCount * min}, ${setCount * min - target} more than the target`;
  }
  const totalRepsPerSide = sets.reduce((sum, reps) => sum + reps, 0);
  return Object.freeze({
    ok: true,
    targetRepsPerSide: target,
    repRange: range,
    sets: Object.freeze(sets),
    setCount,
    totalRepsPerSide,
    overshootReps: totalRepsPerSide - target,
    explanation,
  });
}
