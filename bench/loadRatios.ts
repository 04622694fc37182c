// The kernels against the right floor (issue 16, items 8–10), one process, interleaved:
// 10^6 days with 5% unknown days and runs of zeros; every case warmed up (≥ 15 calls) before
// it is timed, then R rounds in which every case runs once, in an order that rotates each
// round; the best and the median of the rounds are reported, and ratios are taken between
// bests of the same process. Not part of `npm test`: run with `npx tsx bench/loadRatios.ts
// [--rounds R] [--days N]`; figures go to bench/RESULTS.md with the machine.
// bench/pandas_population.py uses the same generator and seeds.
import { cpus, loadavg, totalmem } from "node:os";
import { acwr, acwrByAthlete, acwrValues } from "../src/load/index.js";

const argument = (name: string, fallback: number): number => {
  const at = process.argv.indexOf(`--${name}`);
  return at < 0 ? fallback : Number(process.argv[at + 1]);
};
const DAYS = argument("days", 1_000_000);
const ROUNDS = argument("rounds", 30);
const SEED = 20_261_205;

/** mulberry32, as in bench/load.bench.ts and bench/pandas_population.py. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state) >>> 0;
    t = ((t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t) >>> 0;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 5% unknown days, 40% rest days, a break of 10–19 zero days starting on 0.5% of days, else RPE 3–9 × 30–90 min. */
export function generate(days: number, seed: number): Float64Array {
  const random = mulberry32(seed);
  const loads = new Float64Array(days);
  for (let day = 0; day < days; day++) {
    const draw = random();
    if (draw < 0.005) {
      const length = 10 + Math.floor(random() * 10);
      for (let k = 0; k < length && day < days; k++, day++) loads[day] = 0;
      day--;
    } else if (draw < 0.055) loads[day] = NaN;
    else if (draw < 0.455) loads[day] = 0;
    else loads[day] = (3 + Math.floor(random() * 7)) * (30 + 5 * Math.floor(random() * 13));
  }
  return loads;
}

const loads = generate(DAYS, SEED);
const out = new Float64Array(DAYS);
// A population of the same size: 1000 athletes × 1000 days, athlete by athlete (the usual export).
const ATHLETES = 1000;
const perAthlete = DAYS / ATHLETES;
const population = {
  athlete: Int32Array.from({ length: DAYS }, (_, i) => Math.floor(i / perAthlete)),
  day: Int32Array.from({ length: DAYS }, (_, i) => i % perAthlete),
  load: loads,
};
const single = { athlete: new Int32Array(DAYS), day: Int32Array.from({ length: DAYS }, (_, i) => i), load: loads };
const asArray = Array.from(loads, (load) => (load === load ? load : null));
// The caller's column buffers, reused across calls (nothing allocated per call).
const buffers = { acute: new Float64Array(DAYS), chronic: new Float64Array(DAYS), ratio: new Float64Array(DAYS), reason: new Uint8Array(DAYS) };
let sink = 0;

/** Reference: unknown read as 0, two sliding sums, one division, one store per day (7/28 days). */
function rollingArithmetic(values: Float64Array, into: Float64Array): void {
  let acute = 0;
  let chronic = 0;
  for (let day = 0; day < values.length; day++) {
    const today = values[day] as number;
    const known = today === today ? today : 0;
    const leftAcute = day >= 7 ? (values[day - 7] as number) : 0;
    const leftChronic = day >= 28 ? (values[day - 28] as number) : 0;
    acute += known - (leftAcute === leftAcute ? leftAcute : 0);
    chronic += known - (leftChronic === leftChronic ? leftChronic : 0);
    into[day] = (acute * 28) / (chronic * 7);
  }
}

/** Reference: the two EWMA recursions, one division and one store per day. */
function ewmaArithmetic(values: Float64Array, into: Float64Array): void {
  let acute = 0;
  let chronic = 0;
  for (let day = 0; day < values.length; day++) {
    const today = values[day] as number;
    acute = 0.25 * today + 0.75 * acute;
    chronic = (2 / 29) * today + (27 / 29) * chronic;
    into[day] = acute / chronic;
  }
}

const cases: Record<string, () => void> = {
  "reference: rolling arithmetic": () => {
    rollingArithmetic(loads, out);
    sink += out[DAYS - 1] as number;
  },
  "reference: EWMA arithmetic": () => {
    ewmaArithmetic(loads, out);
    sink += out[DAYS - 1] as number;
  },
  "acwrValues coupled": () => {
    acwrValues(loads, { method: "coupled", out });
    sink += out[DAYS - 1] as number;
  },
  "acwrValues uncoupled": () => {
    acwrValues(loads, { method: "uncoupled", out });
    sink += out[DAYS - 1] as number;
  },
  "acwrValues ewma": () => {
    acwrValues(loads, { method: "ewma", out });
    sink += out[DAYS - 1] as number;
  },
  "columnar (acwrByAthlete, 1 athlete) coupled": () => {
    sink += acwrByAthlete(single, { method: "coupled" }).ratio[DAYS - 1] as number;
  },
  "columnar (acwrByAthlete, 1 athlete) uncoupled": () => {
    sink += acwrByAthlete(single, { method: "uncoupled" }).ratio[DAYS - 1] as number;
  },
  "columnar (acwrByAthlete, 1 athlete) ewma": () => {
    sink += acwrByAthlete(single, { method: "ewma" }).ratio[DAYS - 1] as number;
  },
  "columnar, caller's buffers, coupled": () => {
    sink += acwrByAthlete(single, { method: "coupled", out: buffers }).ratio[DAYS - 1] as number;
  },
  "columnar, caller's buffers, uncoupled": () => {
    sink += acwrByAthlete(single, { method: "uncoupled", out: buffers }).ratio[DAYS - 1] as number;
  },
  "columnar, caller's buffers, ewma": () => {
    sink += acwrByAthlete(single, { method: "ewma", out: buffers }).ratio[DAYS - 1] as number;
  },
  "acwrByAthlete 1000 × 1000 coupled, caller's buffers": () => {
    sink += acwrByAthlete(population, { method: "coupled", out: buffers }).ratio[DAYS - 1] as number;
  },
  "acwrByAthlete 1000 × 1000 ewma, caller's buffers": () => {
    sink += acwrByAthlete(population, { method: "ewma", out: buffers }).ratio[DAYS - 1] as number;
  },
  "acwrByAthlete 1000 × 1000 coupled": () => {
    sink += acwrByAthlete(population, { method: "coupled" }).ratio[DAYS - 1] as number;
  },
  "acwrByAthlete 1000 × 1000 ewma": () => {
    sink += acwrByAthlete(population, { method: "ewma" }).ratio[DAYS - 1] as number;
  },
};

const names = Object.keys(cases);
for (const name of names) for (let i = 0; i < 15; i++) (cases[name] as () => void)();
const times = new Map<string, number[]>(names.map((name) => [name, []]));
for (let round = 0; round < ROUNDS; round++) {
  for (let k = 0; k < names.length; k++) {
    const name = names[(round + k) % names.length] as string;
    const start = performance.now();
    (cases[name] as () => void)();
    times.get(name)?.push(performance.now() - start);
  }
}
// The object API, fewer rounds (it builds a million objects per call).
const objectTimes: number[] = [];
for (let i = 0; i < 3; i++) acwr(asArray, { method: "ewma" });
for (let i = 0; i < 5; i++) {
  const start = performance.now();
  sink += acwr(asArray, { method: "ewma" }).length;
  objectTimes.push(performance.now() - start);
}

const best = (values: readonly number[]) => Math.min(...values);
const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
const unknown = loads.reduce((count, load) => count + (load === load ? 0 : 1), 0);
console.log(`node ${process.version}, ${cpus()[0]?.model ?? "?"} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, load average ${loadavg().map((value) => value.toFixed(1)).join(" ")}`);
console.log(`${DAYS} days, ${unknown} unknown (${((unknown / DAYS) * 100).toFixed(1)}%), ${ROUNDS} interleaved rounds after 15 warm-up calls each`);
const ref = { rolling: best(times.get("reference: rolling arithmetic") ?? []), ewma: best(times.get("reference: EWMA arithmetic") ?? []) };
for (const name of names) {
  const values = times.get(name) ?? [];
  const against = name.includes("ewma") || name.includes("EWMA") ? ref.ewma : ref.rolling;
  console.log(`${name.padEnd(52)} best ${best(values).toFixed(2).padStart(8)} ms  median ${median(values).toFixed(2).padStart(8)} ms  × reference ${(best(values) / against).toFixed(2)}`);
}
console.log(`${"acwr ewma (object API), 5 calls".padEnd(52)} best ${best(objectTimes).toFixed(1).padStart(8)} ms  median ${median(objectTimes).toFixed(1).padStart(8)} ms`);
console.log(`check: ewma defined ${acwrValues(loads).filter((value) => value === value).length}, coupled sum ${acwrValues(loads, { method: "coupled" }).reduce((sum, value) => (value === value ? sum + value : sum), 0).toFixed(6)}, uncoupled sum ${acwrValues(loads, { method: "uncoupled" }).reduce((sum, value) => (value === value ? sum + value : sum), 0).toFixed(6)}; sink ${String(sink).length > 0 ? "kept" : ""}`);
