import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { acwrSettings, runAcwr } from "../../src/load/acwrValues.js";
import { acwr, acwrByAthlete, acwrValues, type AcwrMethod } from "../../src/load/index.js";
import { rollingKernel } from "../../src/load/rollingKernel.js";
import { close, naiveEwma, naiveRollingRatio } from "./oracle.js";

const day = fc.oneof(
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 2, arbitrary: fc.constant(0) },
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 1500 }) },
  // Fractional loads; sub-micro loads become 0 so that the naive quotient cannot overflow where the
  // kernel's algebraically equal one does (the never-NaN property below covers extreme values).
  { weight: 2, arbitrary: fc.double({ min: 0, max: 5000, noNaN: true, noDefaultInfinity: true }).map((load) => (load < 1e-6 ? 0 : load)) },
);
const series = (maxLength = 120) => fc.array(day, { maxLength });
const knownSeries = fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 1500 }), fc.double({ min: 0, max: 5000, noNaN: true })), {
  minLength: 28,
  maxLength: 100,
});
const method = fc.constantFrom<AcwrMethod>("coupled", "uncoupled", "ewma");
const windows = fc
  .record({ acuteDays: fc.integer({ min: 1, max: 10 }), extra: fc.integer({ min: 1, max: 30 }), maxUnknownFraction: fc.double({ min: 0, max: 1, noNaN: true }) })
  .map(({ acuteDays, extra, maxUnknownFraction }) => ({ acuteDays, chronicDays: acuteDays + extra, maxUnknownFraction }));
const toFloat64 = (loads: readonly (number | null)[]) => Float64Array.from(loads, (load) => (load === null ? Number.NaN : load));

test.prop([knownSeries])("A-7: on full windows the uncoupled ratio is exactly 3c/(4 − c) of the coupled ratio (7/28 days)", (loads) => {
  const coupled = acwr(loads, { method: "coupled" });
  const uncoupled = acwr(loads, { method: "uncoupled" });
  for (let t = 27; t < loads.length; t++) {
    const c = coupled[t]?.ratio ?? null;
    const u = uncoupled[t]?.ratio ?? null;
    if (c === null || u === null) {
      // Both vanish together only through a zero chronic load; a zero older window alone stops u.
      expect(u === null || c === null).toBe(true);
      continue;
    }
    // u = 3c/(4 − c), checked in its inverse form c = 4u/(3 + u), which stays well conditioned as c → 4.
    expect(close(c, (4 * u) / (3 + u), 1e-12)).toBe(true);
    if (c < 3.9) expect(close(u, (3 * c) / (4 - c), 1e-9)).toBe(true);
  }
});

test.prop([series(), method, windows])("A-3, A-4, A-6: the rolling ratios equal the naive windowed means", (loads, which, options) => {
  fc.pre(which !== "ewma");
  const points = acwr(loads, { method: which, ...options });
  // Sliding sums round like any running sum: after a large day leaves a window, a small
  // remaining sum carries an absolute error of about ε × the large day. The tolerance scales
  // with that conditioning (largest load ÷ chronic mean); for everyday data it is 1e-9.
  const largest = loads.reduce<number>((max, load) => Math.max(max, load ?? 0), 0);
  points.forEach((point, t) => {
    const expected = naiveRollingRatio(loads, t, which as "coupled" | "uncoupled", options);
    const conditioning = point.chronic !== null && point.chronic > 0 ? Math.max(1, largest / point.chronic) : 1;
    expect(close(point.ratio, expected, 1e-9 * conditioning)).toBe(true);
  });
});

test.prop([series(), windows])("A-5, A-6: the EWMA ratio equals the naive recursion, bit for bit", (loads, options) => {
  const oracle = naiveEwma(loads, options);
  const points = acwr(loads, { method: "ewma", ...options });
  points.forEach((point, t) => {
    expect(point.ratio).toBe(oracle.ratio[t]);
    if (point.ratio !== null) {
      expect(point.acute).toBe(oracle.acute[t]);
      expect(point.chronic).toBe(oracle.chronic[t]);
    }
  });
});

test.prop([series(150), method, windows])("acwrValues gives the same numbers as acwr, NaN where acwr has null", (loads, which, options) => {
  const points = acwr(loads, { method: which, ...options });
  const values = acwrValues(toFloat64(loads), { method: which, ...options });
  expect(values.length).toBe(points.length);
  points.forEach((point, t) => {
    if (point.ratio === null) expect(Number.isNaN(values[t])).toBe(true);
    else expect(values[t]).toBe(point.ratio);
  });
});

test.prop([
  fc.oneof(
    series(200),
    fc.array(fc.constant(0), { maxLength: 80 }),
    fc.array(fc.constant(null), { maxLength: 80 }),
    fc.array(fc.oneof(fc.constant(null), fc.double({ min: 0, max: 1e12, noNaN: true })), { maxLength: 80 }),
    fc.array(fc.constantFrom(0, Number.MIN_VALUE, 1e-300, 1e12, null), { maxLength: 80 }),
  ),
  method,
  windows,
])("A-6: the object API never yields NaN or Infinity, and every null ratio has a reason", (loads, which, options) => {
  for (const point of acwr(loads, { method: which, ...options })) {
    for (const value of [point.acute, point.chronic, point.ratio]) {
      if (value !== null) expect(Number.isFinite(value)).toBe(true);
    }
    if (point.ratio === null) {
      expect(point.reason).toBeDefined();
      expect(point.zone).toBeNull();
    } else {
      expect(point.ratio).toBeGreaterThanOrEqual(0);
      expect(point.reason).toBeUndefined();
      expect(point.zone).not.toBeNull();
    }
  }
});

test.prop([series(), method])("acwr and acwrValues are deterministic and never mutate their input; out is the returned buffer", (loads, which) => {
  const frozen = Object.freeze([...loads]);
  const first = acwr(frozen, { method: which });
  expect(acwr(frozen, { method: which })).toEqual(first);
  const input = toFloat64(loads);
  const before = input.slice();
  const out = new Float64Array(loads.length + 3);
  expect(acwrValues(input, { method: which, out })).toBe(out);
  expect(Array.from(input)).toEqual(Array.from(before));
  expect(Array.from(acwrValues(input, { method: which }))).toEqual(Array.from(out.subarray(0, loads.length)));
});

test.prop([fc.integer({ min: 28, max: 200 }), fc.integer({ min: 1, max: 3000 }), method])(
  "A-3, A-4, A-5: a constant load gives a ratio of 1 from the end of the warm-up on",
  (days, load, which) => {
    const points = acwr(Array.from({ length: days }, () => load), { method: which });
    const warmingUp = points.slice(0, 27).every((point) => point.reason === "warming-up");
    const ones = points.slice(27).every((point) => point.ratio !== null && Math.abs(point.ratio - 1) < 1e-12);
    expect(warmingUp && ones).toBe(true);
  },
);

/**
 * A series from a seed, in runs: unknown days (long enough to cross every A-6 limit), zeros,
 * extreme loads (sub-normal, 1e-300 and 10¹² days, where the A-6 Infinity and sign guards
 * decide) and everyday loads; short ones for the warm-up, long ones past one and past two of
 * the days where the sliding sums are recomputed (every 4,096 days).
 */
const runSeries = fc.record({
  seed: fc.integer(),
  length: fc.oneof(fc.integer({ min: 0, max: 120 }), fc.integer({ min: 4000, max: 4200 }), fc.integer({ min: 8193, max: 12_000 })),
  unknownPercent: fc.integer({ min: 0, max: 30 }),
});

/** The loads of a {@link runSeries} record, built in the test so that a failure prints the record, not 10⁴ loads. */
function seriesOf({ seed, length, unknownPercent }: { seed: number; length: number; unknownPercent: number }): (number | null)[] {
  let state = seed >>> 0;
  const next = () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
  const extreme = [Number.MIN_VALUE, 1e-300, 1e12];
  const loads: (number | null)[] = [];
  while (loads.length < length) {
    const draw = next() * 100;
    // Mostly short runs, now and then one as long as a chronic window.
    const run = 1 + Math.floor(next() ** 3 * 40);
    for (let k = 0; k < run && loads.length < length; k++) {
      if (draw < unknownPercent / 3) loads.push(null);
      else if (draw < unknownPercent / 3 + 15) loads.push(0);
      else if (draw < unknownPercent / 3 + 17) loads.push(extreme[Math.floor(next() * 3)] as number);
      else {
        const day = next() * 100;
        loads.push(day < unknownPercent ? null : day < unknownPercent + 35 ? 0 : Math.round(next() * 900) + next());
      }
    }
  }
  return loads;
}

/** Windows up to the fast kernels' 30 days, the defaults among them, and every kind of unknown-day limit. */
const fastWindows = fc.oneof(
  fc.constant({}),
  fc
    .record({
      acuteDays: fc.integer({ min: 1, max: 10 }),
      extra: fc.integer({ min: 1, max: 20 }),
      maxUnknownFraction: fc.oneof(fc.constantFrom(0, 0.2, 1), fc.double({ min: 0, max: 1, noNaN: true })),
    })
    .map(({ acuteDays, extra, maxUnknownFraction }) => ({ acuteDays, chronicDays: acuteDays + extra, maxUnknownFraction })),
);

/** The general kernels' four columns: rollingKernel for the rolling methods, ewmaKernel (runAcwr with detail) for the EWMA. */
function generalColumns(loads: Float64Array, which: AcwrMethod, options: object) {
  const n = loads.length;
  const columns = { ratio: new Float64Array(n), acute: new Float64Array(n), chronic: new Float64Array(n), reason: new Uint8Array(n) };
  const settings = acwrSettings("test", { method: which, ...options });
  if (which === "ewma") runAcwr(loads, settings, columns.ratio, columns);
  else rollingKernel(loads, settings, columns.ratio, columns);
  return columns;
}

/** The first day on which two columns differ (Object.is: NaN is NaN, 0 is not −0), or null. */
function firstDifference(expected: ArrayLike<number>, actual: ArrayLike<number>): { day: number; expected: number; actual: number } | null {
  if (expected.length !== actual.length) return { day: Math.min(expected.length, actual.length), expected: expected.length, actual: actual.length };
  for (let t = 0; t < expected.length; t++) {
    if (!Object.is(expected[t], actual[t])) return { day: t, expected: expected[t] as number, actual: actual[t] as number };
  }
  return null;
}

const CODES = [undefined, "warming-up", "too-many-unknown-days", "zero-chronic"] as const;
const orNaN = (value: number | null) => (value === null ? Number.NaN : value);

test.prop([runSeries, method, fastWindows], { numRuns: process.env.CI ? 300 : 60 })(
  "A-3…A-6: acwr, acwrValues and acwrByAthlete give the general kernel's ratio, acute, chronic and reason bit for bit (warm-up, unknown-day limits, extreme loads, recomputed sums)",
  (record, which, options) => {
    const loads = seriesOf(record);
    const input = toFloat64(loads);
    const n = loads.length;
    const expected = generalColumns(input, which, options);
    // The columnar call: the fast kernel with detail (chronic windows of up to 30 days).
    const columns = acwrByAthlete({ athlete: new Int32Array(n), day: Int32Array.from({ length: n }, (_, t) => t), load: input }, { method: which, ...options });
    expect(firstDifference(expected.ratio, columns.ratio)).toBeNull();
    expect(firstDifference(expected.acute, columns.acute)).toBeNull();
    expect(firstDifference(expected.chronic, columns.chronic)).toBeNull();
    expect(firstDifference(expected.reason, columns.reason)).toBeNull();
    // The ratio-only fast kernel.
    expect(firstDifference(expected.ratio, acwrValues(input, { method: which, ...options }))).toBeNull();
    // The object API: null where the columns hold NaN, the reason by its code.
    const points = acwr(loads, { method: which, ...options });
    expect(firstDifference(expected.ratio, points.map((point) => orNaN(point.ratio)))).toBeNull();
    expect(firstDifference(expected.acute, points.map((point) => orNaN(point.acute)))).toBeNull();
    expect(firstDifference(expected.chronic, points.map((point) => orNaN(point.chronic)))).toBeNull();
    expect(points.findIndex((point, t) => point.reason !== CODES[expected.reason[t] as number])).toBe(-1);
  },
);
