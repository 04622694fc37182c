import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { acwr, acwrValues, type DecayConvention } from "../../src/load/index.js";
import { close, naiveEwma } from "./oracle.js";

const day = fc.oneof(
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 2, arbitrary: fc.constant(0) },
  { weight: 5, arbitrary: fc.integer({ min: 0, max: 1500 }) },
);
const options = fc
  .record({
    acuteDays: fc.integer({ min: 1, max: 10 }),
    extra: fc.integer({ min: 1, max: 30 }),
    maxUnknownFraction: fc.double({ min: 0, max: 1, noNaN: true }),
    decay: fc.constantFrom<DecayConvention>("span", "exponential", "half-life", "linear"),
  })
  .map(({ acuteDays, extra, maxUnknownFraction, decay }) => ({ acuteDays, chronicDays: acuteDays + extra, maxUnknownFraction, decay }));

test.prop([fc.array(day, { maxLength: 150 }), options])(
  "A-5, A-13: under every decay the EWMA ratio equals the naive recursion with that λ, and acwrValues equals acwr bit for bit",
  (loads, o) => {
    const oracle = naiveEwma(loads, o);
    const points = acwr(loads, { method: "ewma", ...o });
    const values = acwrValues(Float64Array.from(loads, (load) => (load === null ? Number.NaN : load)), { method: "ewma", ...o });
    points.forEach((point, t) => {
      // λ is the same number written two ways (1 − e^(−x) and −expm1(−x)), so not bit for bit.
      expect(close(point.ratio, oracle.ratio[t] ?? null, 1e-12)).toBe(true);
      if (point.ratio === null) expect(Number.isNaN(values[t])).toBe(true);
      else expect(values[t]).toBe(point.ratio);
    });
  },
);
