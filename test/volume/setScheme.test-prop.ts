import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { setScheme } from "../../src/volume/index.js";

const range = fc
  .tuple(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 0, max: 15 }))
  .map(([min, width]) => ({ min, max: min + width }));

/** Brute force: the fewest sets, each within the range, whose total reaches the target. */
function fewestSetsOracle(target: number, min: number, max: number): number {
  // reachable[t] = the totals reachable with exactly n sets, capped at the target.
  let reachable = new Set<number>([0]);
  for (let n = 1; n <= target; n += 1) {
    const next = new Set<number>();
    for (const total of reachable) for (let reps = min; reps <= max; reps += 1) next.add(Math.min(target, total + reps));
    if (next.has(target)) return n;
    reachable = next;
  }
  throw new Error("unreachable");
}

test.prop([fc.integer({ min: 1, max: 200 }), range])("V-3/V-4: every set lies inside the range", (target, repRange) => {
  const scheme = setScheme(target, repRange);
  fc.pre(scheme.ok);
  if (!scheme.ok) return;
  for (const reps of scheme.sets) {
    expect(reps).toBeGreaterThanOrEqual(repRange.min);
    expect(reps).toBeLessThanOrEqual(repRange.max);
    expect(Number.isInteger(reps)).toBe(true);
  }
});

test.prop([fc.integer({ min: 1, max: 200 }), range])("V-3/V-4: the total reaches the target, and exceeds it only when n × min does", (target, repRange) => {
  const scheme = setScheme(target, repRange);
  if (!scheme.ok) {
    expect(target).toBeLessThan(repRange.min);
    expect(scheme.code).toBe("target-below-range");
    return;
  }
  const total = scheme.sets.reduce((sum, reps) => sum + reps, 0);
  expect(total).toBe(scheme.totalRepsPerSide);
  expect(total).toBeGreaterThanOrEqual(target);
  expect(total).toBe(Math.max(target, scheme.setCount * repRange.min));
  expect(scheme.overshootReps).toBe(total - target);
  expect(scheme.setCount).toBe(scheme.sets.length);
});

test.prop([fc.integer({ min: 1, max: 60 }), range])("V-3/V-4: no scheme with fewer sets exists (brute-force oracle)", (target, repRange) => {
  fc.pre(target >= repRange.min);
  const scheme = setScheme(target, repRange);
  expect(scheme.ok).toBe(true);
  if (scheme.ok) expect(scheme.setCount).toBe(fewestSetsOracle(target, repRange.min, repRange.max));
});

test.prop([fc.integer({ min: 1, max: 500 }), range])("V-3/V-4: reps are spread evenly (sets differ by at most 1, largest first)", (target, repRange) => {
  const scheme = setScheme(target, repRange);
  fc.pre(scheme.ok);
  if (!scheme.ok) return;
  expect(Math.max(...scheme.sets) - Math.min(...scheme.sets)).toBeLessThanOrEqual(1);
  expect([...scheme.sets].sort((a, b) => b - a)).toEqual(scheme.sets);
});

test.prop([fc.integer({ min: 1, max: 500 }), range])("setScheme is deterministic and leaves its range untouched", (target, repRange) => {
  const copy = { ...repRange };
  const first = setScheme(target, repRange);
  expect(setScheme(target, repRange)).toEqual(first);
  expect(repRange).toEqual(copy);
});

test.prop([fc.integer({ min: 1, max: 500 }), fc.integer({ min: 2, max: 30 }), fc.integer({ min: 1, max: 29 })])(
  "an empty range is refused whatever the target",
  (target, min, below) => {
    fc.pre(below < min);
    expect(setScheme(target, { min, max: below })).toMatchObject({ ok: false, code: "empty-range" });
  },
);
