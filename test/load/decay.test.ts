import { describe, expect, it } from "vitest";
import { acwr, acwrValues, explainAcwrPoint, monotony, monotonyDetail, parseAcwrOptions, type DecayConvention } from "../../src/load/index.js";

// Loads 100, 200, 0 with 2- and 3-day EWMAs; the day-2 ratio by hand (bc -l) for each decay:
// span λ = 2/3 and 1/2 → 20/27; linear λ = 1/2 and 1/3 → 27/32.
const WORKED: Record<DecayConvention, number> = {
  span: 20 / 27,
  exponential: 0.919030078775015307336,
  "half-life": 0.954851540719530842498,
  linear: 27 / 32,
};

describe("decay conventions of the EWMA ratio (A-13)", () => {
  for (const decay of ["span", "exponential", "half-life", "linear"] as const) {
    it(`A-13: ${decay} gives the ratio computed by hand from its λ`, () => {
      const options = { method: "ewma", acuteDays: 2, chronicDays: 3, decay } as const;
      const point = acwr([100, 200, 0], options)[2];
      expect(point?.ratio).toBeCloseTo(WORKED[decay], 14);
      expect(acwrValues(Float64Array.from([100, 200, 0]), options)[2]).toBe(point?.ratio);
    });
  }

  it("A-5, A-13: span is the default and gives the same numbers as before the option existed", () => {
    const loads = Array.from({ length: 60 }, (_, day) => (day % 4 === 0 ? 0 : 200 + day));
    expect(acwr(loads, { method: "ewma", decay: "span" })).toEqual(acwr(loads, { method: "ewma" }));
  });

  it("A-13: the rolling ratios ignore the decay", () => {
    const loads = Array.from({ length: 40 }, (_, day) => 100 + (day % 5) * 20);
    expect(acwr(loads, { method: "coupled", decay: "linear" })).toEqual(acwr(loads, { method: "coupled" }));
  });

  it("A-13: explanations name the decay and its formula", () => {
    const points = acwr([...Array(28).fill(300)], { method: "ewma", decay: "half-life" });
    const message = explainAcwrPoint(points[27] as never, { method: "ewma", decay: "half-life" })[0]?.message;
    expect(message).toContain("decay half-life, λ = 1 − e^(−ln 2/N)");
    expect(explainAcwrPoint(points[27] as never, { method: "ewma" })[0]?.message).toContain("decay span, λ = 2/(N + 1)");
  });

  it("A-13: an unknown decay is refused by the functions and the parser", () => {
    expect(() => acwr([1], { method: "ewma", decay: "pandas" as never })).toThrow(/^acwr: decay must be "span", "exponential", "half-life" or "linear"/);
    expect(() => acwrValues(new Float64Array(1), { method: "ewma", decay: "pandas" as never })).toThrow(/^acwrValues: decay/);
    const parsed = parseAcwrOptions({ method: "ewma", decay: "pandas" });
    expect(parsed.ok ? [] : parsed.error.issues.map((issue) => [issue.path, issue.message])).toEqual([[["decay"], 'decay must be "span", "exponential", "half-life" or "linear"']]);
    expect(parseAcwrOptions({ method: "ewma", decay: "exponential" }).ok).toBe(true);
  });
});

describe("monotony's SD convention as ddof (A-8)", () => {
  const week = [300, 0, 300, 0, 300, 0, 300];

  it("A-8: ddof 0 is the population SD and ddof 1 the sample SD (Python acwr), about 7% lower", () => {
    expect(monotony(week, { ddof: 0 })).toBe(monotony(week));
    expect(monotony(week, { ddof: 1 })).toBe(monotony(week, { sd: "sample" }));
    expect((monotony(week, { ddof: 1 }) as number) / (monotony(week) as number)).toBeCloseTo(Math.sqrt(6 / 7), 15);
    expect(monotonyDetail(week, { ddof: 1 }).reasons[0]?.message).toContain("sample SD (ddof 1)");
    expect(monotonyDetail(week).reasons[0]?.message).toContain("population SD (ddof 0)");
  });

  it("A-8: sd and ddof may both be given when they agree; otherwise, or for another ddof, a RangeError", () => {
    expect(monotony(week, { sd: "sample", ddof: 1 })).toBe(monotony(week, { ddof: 1 }));
    expect(() => monotony(week, { sd: "population", ddof: 1 })).toThrow('monotony: sd "population" and ddof 1 name different SD conventions; give one');
    expect(() => monotony(week, { ddof: 2 as never })).toThrow("monotony: ddof must be 0 (population SD) or 1 (sample SD), got 2");
  });
});
