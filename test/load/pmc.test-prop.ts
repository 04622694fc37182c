import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { pmc, type DecayConvention } from "../../src/load/index.js";

// An oracle of a different shape: the closed form of the recursion. With k = 1 − λ,
// CTL_t = k^(t+1)·seed + Σ_{i ≤ t} λ·k^(t−i)·L_i over the days that count (carried unknown days
// are skipped: they neither add a load nor decay).
function closedForm(loads: readonly (number | null)[], lambda: number, seed: number, rest: boolean): number[] {
  const days = loads.map((load) => (load === null && rest ? 0 : load));
  return days.map((_, t) => {
    const counted = days.slice(0, t + 1).flatMap((load, i) => (load === null ? [] : [i]));
    const steps = (from: number) => counted.filter((i) => i > from).length;
    let value = (1 - lambda) ** counted.length * seed;
    for (const i of counted) value += lambda * (1 - lambda) ** steps(i) * (days[i] as number);
    return value;
  });
}

const lambdas: Record<DecayConvention, (days: number) => number> = {
  span: (n) => 2 / (n + 1),
  exponential: (n) => 1 - Math.exp(-1 / n),
  "half-life": (n) => 1 - 2 ** (-1 / n),
  linear: (n) => 1 / n,
};

const day = fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 2, arbitrary: fc.constant(0) }, { weight: 5, arbitrary: fc.integer({ min: 0, max: 2000 }) });
const options = fc.record({
  decay: fc.constantFrom<DecayConvention>("span", "exponential", "half-life", "linear"),
  ctlDays: fc.integer({ min: 1, max: 60 }),
  atlDays: fc.integer({ min: 1, max: 14 }),
  seedCtl: fc.integer({ min: 0, max: 500 }),
  seedAtl: fc.integer({ min: 0, max: 500 }),
  rampDays: fc.integer({ min: 1, max: 40 }),
  rest: fc.boolean(),
});

test.prop([fc.array(day, { maxLength: 80 }), options])("A-11, A-12, A-13: pmc equals the closed form of its recursion, for every decay, seed and unknown-day rule", (loads, o) => {
  const copy = [...loads];
  const chart = pmc(loads, {
    decay: o.decay,
    ctlDays: o.ctlDays,
    atlDays: o.atlDays,
    seed: { ctl: o.seedCtl, atl: o.seedAtl },
    rampDays: o.rampDays,
    unknownDays: o.rest ? "rest" : "carry",
  });
  expect(loads).toEqual(copy);
  const ctl = closedForm(loads, lambdas[o.decay](o.ctlDays), o.seedCtl, o.rest);
  const atl = closedForm(loads, lambdas[o.decay](o.atlDays), o.seedAtl, o.rest);
  const scale = Math.max(1, ...ctl, ...atl);
  for (let t = 0; t < loads.length; t++) {
    expect(Math.abs((chart.ctl[t] as number) - (ctl[t] as number))).toBeLessThan(1e-9 * scale);
    expect(Math.abs((chart.atl[t] as number) - (atl[t] as number))).toBeLessThan(1e-9 * scale);
    // TSB from the day before (the seeds before day 0); ramp against w days back (the seed before day 0).
    const before = t === 0 ? o.seedCtl - o.seedAtl : (chart.ctl[t - 1] as number) - (chart.atl[t - 1] as number);
    expect(chart.tsb[t]).toBe(before);
    expect(chart.rampRate[t]).toBe((chart.ctl[t] as number) - (t >= o.rampDays ? (chart.ctl[t - o.rampDays] as number) : o.seedCtl));
  }
});

test.prop([fc.array(fc.oneof(fc.constant(null), fc.double({ min: 0, max: 1e12, noNaN: true })), { maxLength: 200 })])(
  "A-11: no value is NaN or Infinity, and CTL and ATL stay within the range of the loads and the seed",
  (loads) => {
    const chart = pmc(loads);
    const known = loads.filter((load): load is number => load !== null);
    const high = Math.max(0, ...known);
    for (const column of [chart.ctl, chart.atl, chart.tsb, chart.rampRate]) expect(column.every(Number.isFinite)).toBe(true);
    for (const value of [...chart.ctl, ...chart.atl]) expect(value >= 0 && value <= high * (1 + 1e-12)).toBe(true);
  },
);
