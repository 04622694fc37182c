import { describe, expect, it } from "vitest";
import { seededRandom } from "../../src/internal/random.js";

describe("seededRandom (A-17's resampling)", () => {
  it("gives mulberry32's first outputs for seed 0 and repeats for the same seed", () => {
    // mulberry32(0)'s first outputs × 2³², as the Python port in bench/pandas_acwr.py (exact integers) gives them.
    const random = seededRandom(0);
    const first = [random.next(), random.next(), random.next()];
    expect(first.map((value) => Math.round(value * 4294967296))).toEqual([1144304738, 1416247, 958946056]);
    const again = seededRandom(0);
    expect([again.next(), again.next(), again.next()]).toEqual(first);
    expect(seededRandom(1).next()).not.toBe(first[0]);
  });

  it("stays in range: next in [0, 1), below in 0 … bound − 1, normal finite with mean ≈ 0 and SD ≈ 1", () => {
    const random = seededRandom(20_260_302);
    let sum = 0;
    let squares = 0;
    for (let i = 0; i < 20_000; i++) {
      const u = random.next();
      expect(u >= 0 && u < 1).toBe(true);
      const k = random.below(7);
      expect(Number.isInteger(k) && k >= 0 && k < 7).toBe(true);
      const z = random.normal();
      expect(Number.isFinite(z)).toBe(true);
      sum += z;
      squares += z * z;
    }
    expect(Math.abs(sum / 20_000)).toBeLessThan(0.05);
    expect(Math.abs(Math.sqrt(squares / 20_000) - 1)).toBeLessThan(0.05);
  });
});
