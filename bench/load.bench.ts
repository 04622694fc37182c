// Benchmarks of the ACWR paths on 10^6 days (about 2,700 years of one athlete, or a squad of
// 40 over 68 years). Not a timed test: run with `npm run bench`; figures go to bench/RESULTS.md.
// Every case is compared with a plain summing loop over the same Float64Array in the same
// run — the memory-bound floor no ACWR pass can beat. bench/pandas_acwr.py uses the same
// generator and seed.
import { bench, describe } from "vitest";
import { acwr, acwrValues } from "../src/load/index.js";

export const DAYS = 1_000_000;
export const SEED = 20_260_302;

/** mulberry32: a tiny, portable PRNG (ported bit for bit in bench/pandas_acwr.py). */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state) >>> 0;
    t = ((t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t) >>> 0;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 2% unknown days (NaN), 40% rest days, otherwise RPE 3–9 × 30–90 minutes. */
export function generateLoads(days = DAYS, seed = SEED): Float64Array {
  const random = mulberry32(seed);
  const loads = new Float64Array(days);
  for (let day = 0; day < days; day++) {
    const draw = random();
    if (draw < 0.02) loads[day] = NaN;
    else if (draw < 0.42) loads[day] = 0;
    else loads[day] = (3 + Math.floor(random() * 7)) * (30 + 5 * Math.floor(random() * 13));
  }
  return loads;
}

const loads = generateLoads(process.env.BENCH_DAYS ? Number(process.env.BENCH_DAYS) : DAYS);
const asArray: (number | null)[] = Array.from(loads, (load) => (load === load ? load : null));
const out = new Float64Array(loads.length);
let sink = 0;

/**
 * The floor: one load and one add per day. A function of its array, like the kernels, so the
 * engine compiles it the same way (a loop over a module-level binding may reload the binding
 * on every day, and a slower floor would flatter every ratio to it).
 */
function plainSum(values: Float64Array): number {
  let total = 0;
  for (let day = 0; day < values.length; day++) total += values[day] as number;
  return total;
}

// The arithmetic every correct kernel must do, with none of the rules: the lower
// bounds that the ratios to the summing loop can be judged against. Same windows as the
// defaults (7 and 28 days), same array, same output buffer. They are not ACWRs: the first
// sliding sum ignores the start state and an unknown day poisons everything after it.

/** Two sliding sums, one division and one store per day. */
function slidingRatioArithmetic(values: Float64Array, into: Float64Array): void {
  let acute = 0;
  let chronic = 0;
  for (let day = 28; day < values.length; day++) {
    const today = values[day] as number;
    acute += today - (values[day - 7] as number);
    chronic += today - (values[day - 28] as number);
    into[day] = (acute * 28) / (chronic * 7);
  }
}

/** The same, with unknown days read as 0: the least any correct rolling kernel adds. */
function slidingRatioUnknownAsZero(values: Float64Array, into: Float64Array): void {
  let acute = 0;
  let chronic = 0;
  for (let day = 28; day < values.length; day++) {
    const today = values[day] as number;
    const leftAcute = values[day - 7] as number;
    const leftChronic = values[day - 28] as number;
    const known = today === today ? today : 0;
    acute += known - (leftAcute === leftAcute ? leftAcute : 0);
    chronic += known - (leftChronic === leftChronic ? leftChronic : 0);
    into[day] = (acute * 28) / (chronic * 7);
  }
}

/** The two EWMA recursions (a multiply-add chain each), one division and one store per day. */
function ewmaArithmetic(values: Float64Array, into: Float64Array): void {
  let acute = values[0] as number;
  let chronic = acute;
  for (let day = 1; day < values.length; day++) {
    const today = values[day] as number;
    acute = 0.25 * today + 0.75 * acute;
    chronic = (2 / 29) * today + (27 / 29) * chronic;
    into[day] = acute / chronic;
  }
}

// Every array case gets the same warm-up and measuring time, long enough for the engine to
// finish optimizing (the first calls run an on-stack-replaced version of each loop).
const ARRAY_CASE = { time: 1500, warmupTime: 300, warmupIterations: 30 } as const;

describe(`ACWR on ${loads.length.toLocaleString("en")} days`, () => {
  bench("floor: plain summing loop", () => {
    sink += plainSum(loads);
  }, ARRAY_CASE);
  bench("reference: two sliding sums and a division, no rules", () => {
    slidingRatioArithmetic(loads, out);
    sink += out[out.length - 1] as number;
  }, ARRAY_CASE);
  bench("reference: the same, unknown days read as 0", () => {
    slidingRatioUnknownAsZero(loads, out);
    sink += out[out.length - 1] as number;
  }, ARRAY_CASE);
  bench("reference: EWMA recursions and a division, no rules", () => {
    ewmaArithmetic(loads, out);
    sink += out[out.length - 1] as number;
  }, ARRAY_CASE);
  for (const method of ["coupled", "uncoupled", "ewma"] as const) {
    bench(`acwrValues ${method}, caller's buffer`, () => {
      acwrValues(loads, { method, out });
      sink += out[out.length - 1] as number;
    }, ARRAY_CASE);
    bench(`acwrValues ${method}, fresh array`, () => {
      sink += acwrValues(loads, { method })[loads.length - 1] as number;
    }, ARRAY_CASE);
  }
  for (const method of ["coupled", "uncoupled", "ewma"] as const) {
    bench(`acwr ${method} (object API)`, () => {
      sink += acwr(asArray, { method }).length;
    }, { iterations: 5 });
  }
});

// Keeps the engine from discarding the work.
export function benchSink(): number {
  return sink;
}
