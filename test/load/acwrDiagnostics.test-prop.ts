import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { acwr, acwrDiagnostics, type AcwrMethod } from "../../src/load/index.js";

const day = fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 2, arbitrary: fc.constant(0) }, { weight: 6, arbitrary: fc.integer({ min: 1, max: 1500 }) });
const method = fc.constantFrom<AcwrMethod>("coupled", "uncoupled", "ewma");
const small = { acuteDays: 3, chronicDays: 9, acuteGrid: [2, 3], chronicGrid: [6, 9], resamples: 8 } as const;

function ranks(values: readonly number[]): number[] {
  // Naive average ranks: 1 + (number below) + (ties − 1)/2.
  return values.map((value) => 1 + values.filter((other) => other < value).length + (values.filter((other) => other === value).length - 1) / 2);
}
function pearson(x: readonly number[], y: readonly number[]): number | null {
  const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const mx = mean(x);
  const my = mean(y);
  const cov = x.reduce((sum, value, i) => sum + (value - mx) * ((y[i] as number) - my), 0);
  const sx = x.reduce((sum, value) => sum + (value - mx) ** 2, 0);
  const sy = y.reduce((sum, value) => sum + (value - my) ** 2, 0);
  return sx > 0 && sy > 0 ? cov / Math.sqrt(sx * sy) : null;
}

test.prop([fc.array(day, { maxLength: 60 }), method, fc.integer({ min: 0, max: 2 ** 32 - 1 })])(
  "A-17: the correlations equal naive Pearson and Spearman of (acute, ratio); nothing is NaN; the input is not mutated",
  (loads, which, seed) => {
    const copy = [...loads];
    const report = acwrDiagnostics(loads, { method: which, seed, ...small, events: loads.length > 0 ? [loads.length - 1] : [] });
    expect(loads).toEqual(copy);
    const points = acwr(loads, { method: which, acuteDays: 3, chronicDays: 9 }).filter((point) => point.ratio !== null);
    const x = points.map((point) => point.acute as number);
    const y = points.map((point) => point.ratio as number);
    expect(report.rescaling.days).toBe(points.length);
    const expectedPearson = points.length < 3 ? null : pearson(x, y);
    const expectedSpearman = points.length < 3 ? null : pearson(ranks(x), ranks(y));
    if (expectedPearson === null || expectedSpearman === null) expect(report.rescaling.spearman).toBeNull();
    else {
      expect(report.rescaling.pearson).toBeCloseTo(expectedPearson, 9);
      expect(report.rescaling.spearman).toBeCloseTo(expectedSpearman, 9);
    }
    JSON.stringify(report, (_, value) => {
      if (typeof value === "number") expect(Number.isFinite(value)).toBe(true);
      return value;
    });
  },
);

test.prop([fc.array(fc.integer({ min: 0, max: 1500 }), { minLength: 20, maxLength: 60 }), fc.integer({ min: 2, max: 50 })])(
  "A-17: scaling every load by a constant leaves the ratio, its rank correlation and the flags unchanged",
  (loads, factor) => {
    const a = acwrDiagnostics(loads, { method: "coupled", ...small, seed: 5 });
    const b = acwrDiagnostics(loads.map((load) => load * factor), { method: "coupled", ...small, seed: 5 });
    if (a.rescaling.spearman === null) expect(b.rescaling.spearman).toBeNull();
    else expect(b.rescaling.spearman).toBeCloseTo(a.rescaling.spearman, 9);
    expect(b.windowSensitivity.map((pair) => pair.flaggedDays)).toEqual(a.windowSensitivity.map((pair) => pair.flaggedDays));
  },
);
