import { describe, expect, it } from "vitest";
import { dailyLoads, pmc } from "../../src/load/index.js";

// The worked table of docs/load.md, computed by hand (bc -l, 40 digits) from the published
// formulas: λ = 1 − e^(−1/τ), CTL_t = CTL_{t−1} + λ·(L_t − CTL_{t−1}), seeds 0 the day before,
// TSB_t = CTL_{t−1} − ATL_{t−1}, ramp_t = CTL_t − CTL_{t−7} (the seed before the first day).
const LOADS = [100, 0, 50, 120, 0, 0, 80, 90, 60];
const TABLE = {
  ctl: [
    2.35283133477567699051, 2.29747318187665405238, 3.41983318033323085103, 6.16276787540010739947, 6.01776834173820442232, 5.87618040253957730405,
    7.62018885656122021060, 9.55844686667307274646, 10.74525153454151100886,
  ],
  atl: [
    13.31221002498183724971, 11.54006066748956797039, 16.65992856691395440446, 30.41677591605262673398, 26.36763082327960789668,
    22.85751642947277898742, 30.46444385587210300181, 38.38994212931938706043, 41.26671841958450817105,
  ],
  tsb: [
    0, -10.95937869020616025919, -9.24258748561291391801, -13.24009538658072355343, -24.25400804065251933450, -20.34986248154140347436,
    -16.98133602693320168337, -22.84425499931088279121, -28.83149526264631431396,
  ],
  rampRate: [
    2.35283133477567699051, 2.29747318187665405238, 3.41983318033323085103, 6.16276787540010739947, 6.01776834173820442232, 5.87618040253957730405,
    7.62018885656122021060, 7.20561553189739575595, 8.44777835266485695647,
  ],
};
// The same loads with TrainingPeaks' published linear decay, λ = 1/τ (bc -l).
const LINEAR = {
  ctl: [2.38095238095238095238, 2.32426303854875283447, 3.45939963286902062412, 6.23417583208642489498, 6.08574307417960525462, 5.94084442955628131999, 7.70415765742398890761, 9.66358247510437012409, 10.86206860664950416876],
  atl: [14.28571428571428571428, 12.24489795918367346939, 17.63848396501457725948, 32.26155768429820907955, 27.65276372939846492533, 23.70236891091296993600, 31.74488763792540280228, 40.06704654679320240196, 42.91461132582274491596],
};

function expectColumn(actual: readonly number[], expected: readonly number[]): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((value, day) => expect(Math.abs(value - (expected[day] as number))).toBeLessThan(1e-12));
}

describe("pmc", () => {
  it("A-11, A-12: the worked table (GoldenCheetah's defaults) to 1e-12", () => {
    const chart = pmc(LOADS);
    expectColumn(chart.ctl, TABLE.ctl);
    expectColumn(chart.atl, TABLE.atl);
    expectColumn(chart.tsb, TABLE.tsb);
    expectColumn(chart.rampRate, TABLE.rampRate);
    expect([chart.decay, chart.ctlDays, chart.atlDays, chart.tsbDay, chart.rampDays, chart.unknownDays]).toEqual(["exponential", 42, 7, "previous-day", 7, "carry"]);
    expect(chart.seed).toEqual({ ctl: 0, atl: 0 });
    expect(chart.ctlLambda).toBeCloseTo(0.0235283133477567699, 16);
    expect(chart.atlLambda).toBeCloseTo(0.1331221002498183725, 16);
    expect(chart.reasons.map((reason) => reason.ruleId)).toEqual(["A-11", "A-13", "A-12"]);
  });

  it("A-11, A-13: linear decay is TrainingPeaks' λ = 1/τ; its ATL runs about 7% above the exponential one", () => {
    const chart = pmc(LOADS, { decay: "linear" });
    expectColumn(chart.ctl, LINEAR.ctl);
    expectColumn(chart.atl, LINEAR.atl);
    expect(chart.atlLambda).toBe(1 / 7);
    expect((chart.atl[0] as number) / (TABLE.atl[0] as number)).toBeCloseTo(1.0731, 4);
    expect(chart.reasons.find((reason) => reason.ruleId === "A-13")?.message).toContain("linear: λ = 1/N");
  });

  it("A-11: form on request is today's CTL − ATL", () => {
    const chart = pmc(LOADS, { tsb: "same-day" });
    chart.tsb.forEach((value, day) => expect(value).toBe((chart.ctl[day] as number) - (chart.atl[day] as number)));
    expect(chart.tsbDay).toBe("same-day");
  });

  it("A-11: one seed for both (GoldenCheetah), or CTL and ATL apart (WKO); the seed day's load is not added", () => {
    const both = pmc([0, 0], { seed: 50 });
    const lambdaCtl = -Math.expm1(-1 / 42);
    expect(both.ctl[0]).toBeCloseTo(50 * (1 - lambdaCtl), 12);
    expect(both.tsb[0]).toBe(0);
    const apart = pmc([60], { seed: { ctl: 60, atl: 80 } });
    expect(apart.ctl[0]).toBe(60);
    expect(apart.tsb[0]).toBe(-20);
    expect(apart.seed).toEqual({ ctl: 60, atl: 80 });
    // Constant load at the seed is a fixed point of both recursions.
    expect(pmc(Array(50).fill(60), { seed: 60 }).ctl.every((value) => value === 60)).toBe(true);
  });

  it("A-12: the ramp window is an option; day t < w compares with the seed", () => {
    const loads = Array.from({ length: 40 }, (_, day) => (day % 3 === 0 ? 0 : 100 + day));
    const chart = pmc(loads, { rampDays: 28, seed: 10 });
    expect(chart.rampRate[27]).toBe((chart.ctl[27] as number) - 10);
    expect(chart.rampRate[28]).toBe((chart.ctl[28] as number) - (chart.ctl[0] as number));
    expect(chart.rampRate[39]).toBe((chart.ctl[39] as number) - (chart.ctl[11] as number));
    expect(pmc(loads, { atlDays: 10 }).rampDays).toBe(10);
  });

  it("A-2, A-11: an unknown day carries CTL and ATL by default, or counts as rest when asked", () => {
    const carried = pmc([100, null, 50]);
    expect(carried.ctl[1]).toBe(carried.ctl[0]);
    expect(carried.atl[1]).toBe(carried.atl[0]);
    expect(carried.reasons.at(-1)?.ruleId).toBe("A-2");
    const rest = pmc([100, null, 50], { unknownDays: "rest" });
    expectColumn(rest.ctl, pmc([100, 0, 50]).ctl);
    expect(pmc(Float64Array.from([100, Number.NaN, 50])).ctl).toEqual(carried.ctl);
  });

  it("A-11: a DailySeries gives its dates; an empty series gives empty columns", () => {
    const series = dailyLoads(
      [
        { date: "2026-03-02", loadAu: 100 },
        { date: "2026-03-04", loadAu: 50 },
      ],
      { timeZone: "UTC", absentDays: "rest" },
    );
    const chart = pmc(series);
    expect(chart.dates).toEqual(["2026-03-02", "2026-03-03", "2026-03-04"]);
    expectColumn(chart.ctl, TABLE.ctl.slice(0, 3));
    const empty = pmc([]);
    expect([empty.ctl, empty.atl, empty.tsb, empty.rampRate]).toEqual([[], [], [], []]);
    expect("dates" in empty).toBe(false);
  });

  it("refuses invalid options and loads, naming pmc", () => {
    expect(() => pmc([1], { decay: "ema" as never })).toThrow(/^pmc: decay must be/);
    expect(() => pmc([1], { ctlDays: 0 })).toThrow(RangeError);
    expect(() => pmc([1], { atlDays: Number.NaN })).toThrow(/pmc: atlDays/);
    expect(() => pmc([1], { rampDays: 2.5 })).toThrow(/pmc: rampDays must be a whole number/);
    expect(() => pmc([1], { tsb: "today" as never })).toThrow(/pmc: tsb must be one of/);
    expect(() => pmc([1], { unknownDays: "zero" as never })).toThrow(/pmc: unknownDays/);
    expect(() => pmc([1], { seed: -1 })).toThrow(/pmc: seed must be/);
    expect(() => pmc([1], { seed: { ctl: 1 } as never })).toThrow(/pmc: seed.atl/);
    expect(() => pmc([1, -5])).toThrow("pmc: day 1 has load -5; use null for an unknown day, or a number from 0 to 1000000000000 AU");
    expect(() => pmc(Float64Array.from([1, Number.POSITIVE_INFINITY]))).toThrow("pmc: day 1 has load Infinity; use NaN for an unknown day");
    expect(() => pmc("100" as never)).toThrow(TypeError);
    expect(() => pmc([1], 7 as never)).toThrow(/pmc: options must be an object/);
  });

  it("does not mutate its input and freezes its result", () => {
    const loads = [100, null, 50];
    const copy = [...loads];
    const chart = pmc(loads);
    expect(loads).toEqual(copy);
    expect(Object.isFrozen(chart)).toBe(true);
  });
});
