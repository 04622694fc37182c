import { describe, expect, it } from "vitest";
import { acwr, acwrByAthlete } from "../../src/load/index.js";

describe("acwrByAthlete", () => {
  it("A-3, A-6: the documented example — ratios by hand, and a missing day is unknown", () => {
    const columns = { athlete: ["ana", "ana", "ana", "ben", "ben", "ben"], day: Int32Array.from([0, 1, 2, 10, 11, 13]), load: Float64Array.from([100, 0, 200, 50, 50, 80]) };
    const result = acwrByAthlete(columns, { method: "coupled", acuteDays: 1, chronicDays: 3 });
    expect(Array.from(result.ratio)).toEqual([Number.NaN, Number.NaN, 2, Number.NaN, Number.NaN, Number.NaN]);
    expect(Array.from(result.reason, (code) => result.reasonCodes[code])).toEqual([
      "warming-up", "warming-up", null, "warming-up", "warming-up", "too-many-unknown-days",
    ]);
    expect([result.acute[2], result.chronic[2]]).toEqual([200, 100]);
    expect([result.method, result.decay, result.acuteDays, result.chronicDays, result.maxUnknownFraction]).toEqual(["coupled", "span", 1, 3, 0.2]);
  });

  it("A-3…A-5: each athlete's rows give exactly acwr of their calendar, in place or from shuffled rows", () => {
    const a = Array.from({ length: 90 }, (_, day) => (day % 11 === 5 ? Number.NaN : (day * 37) % 7 === 0 ? 0 : 150 + ((day * 13) % 17) * 20));
    const b = Array.from({ length: 60 }, (_, day) => (day % 3 === 0 ? 0 : 400 - day));
    const athlete = [...a.map(() => 7), ...b.map(() => "7")];
    const day = Int32Array.from([...a.map((_, t) => 1000 + t), ...b.map((_, t) => -30 + t)]);
    const load = Float64Array.from([...a, ...b]);
    for (const method of ["coupled", "uncoupled", "ewma"] as const) {
      const inPlace = acwrByAthlete({ athlete, day, load }, { method });
      const expected = [...acwr(a.map((value) => (Number.isNaN(value) ? null : value)), { method }), ...acwr(b, { method })];
      expected.forEach((point, i) => {
        expect(point.ratio === null ? Number.isNaN(inPlace.ratio[i]) : inPlace.ratio[i] === point.ratio).toBe(true);
        expect(point.acute === null ? Number.isNaN(inPlace.acute[i]) : inPlace.acute[i] === point.acute).toBe(true);
        expect(inPlace.reasonCodes[inPlace.reason[i] as number] ?? undefined).toBe(point.reason);
      });
      // The same rows reversed run the grouped path and give the same values, row for row.
      const reversed = acwrByAthlete({ athlete: [...athlete].reverse(), day: day.slice().reverse(), load: load.slice().reverse() }, { method });
      expect(Array.from(reversed.ratio).reverse()).toEqual(Array.from(inPlace.ratio));
      expect(Array.from(reversed.reason).reverse()).toEqual(Array.from(inPlace.reason));
    }
  });

  it("does not mutate its input", () => {
    const load = Float64Array.from([1, 2, Number.NaN, 4]);
    const day = Int32Array.from([3, 2, 1, 0]);
    acwrByAthlete({ athlete: [1, 1, 1, 1], day, load });
    expect(Array.from(load)).toEqual([1, 2, Number.NaN, 4]);
    expect(Array.from(day)).toEqual([3, 2, 1, 0]);
  });

  it("refuses columns of the wrong type or length, two rows on one day and bad loads, naming acwrByAthlete", () => {
    const ok = { athlete: ["a", "a"], day: Int32Array.from([0, 1]), load: Float64Array.from([1, 2]) };
    expect(() => acwrByAthlete({ ...ok, day: [0, 1] as never })).toThrow("acwrByAthlete: columns.day must be an Int32Array");
    expect(() => acwrByAthlete({ ...ok, load: [1, 2] as never })).toThrow("acwrByAthlete: columns.load must be a Float64Array");
    expect(() => acwrByAthlete({ ...ok, athlete: 5 as never })).toThrow(/columns.athlete must be an array-like/);
    expect(() => acwrByAthlete({ ...ok, athlete: ["a"] })).toThrow("acwrByAthlete: columns must have equal lengths, got athlete 1, day 2, load 2");
    expect(() => acwrByAthlete({ ...ok, day: Int32Array.from([4, 4]) })).toThrow('acwrByAthlete: athlete "a" has two rows (0 and 1) on day 4');
    expect(() => acwrByAthlete({ ...ok, load: Float64Array.from([1, -2]) })).toThrow(/^acwrByAthlete: row 1 has load -2/);
    // Rows are checked four at a time: the first bad row is still the one named, wherever it falls.
    const nine = { athlete: Array(9).fill("a"), day: Int32Array.from({ length: 9 }, (_, t) => t) };
    const loads = (bad: number, value: number) => Float64Array.from({ length: 9 }, (_, t) => (t === bad ? value : t === 2 ? Number.NaN : 100));
    for (const bad of [0, 3, 6, 8]) {
      expect(() => acwrByAthlete({ ...nine, load: loads(bad, Number.POSITIVE_INFINITY) })).toThrow(new RegExp(`^acwrByAthlete: row ${bad} has load Infinity`));
      expect(() => acwrByAthlete({ ...nine, load: loads(bad, 1e12 * 2) })).toThrow(new RegExp(`^acwrByAthlete: row ${bad} has load 2000000000000`));
    }
    expect(acwrByAthlete({ ...nine, load: loads(5, 1e12) }).ratio).toHaveLength(9);
    expect(() => acwrByAthlete(ok, { method: "median" as never })).toThrow(/^acwrByAthlete: method/);
    expect(() => acwrByAthlete(null as never)).toThrow(/^acwrByAthlete: columns must be an object/);
  });
});

describe("acwrByAthlete into the caller's buffers", () => {
  const columns = { athlete: [1, 1, 1, 1, 1], day: Int32Array.from([0, 1, 2, 3, 4]), load: Float64Array.from([100, 200, 0, 300, 100]) };
  const buffers = () => ({ acute: new Float64Array(7).fill(-1), chronic: new Float64Array(7).fill(-1), ratio: new Float64Array(7).fill(-1), reason: new Uint8Array(7).fill(9) });

  it("writes the same columns into the buffers, leaves entries past the rows alone, and allocates no result column", () => {
    const out = buffers();
    const result = acwrByAthlete(columns, { method: "coupled", acuteDays: 2, chronicDays: 3, out });
    const fresh = acwrByAthlete(columns, { method: "coupled", acuteDays: 2, chronicDays: 3 });
    expect(Array.from(result.ratio)).toEqual(Array.from(fresh.ratio));
    expect(result.ratio.buffer).toBe(out.ratio.buffer);
    expect([out.ratio[5], out.ratio[6], out.reason[6]]).toEqual([-1, -1, 9]);
    expect(Array.from(out.reason.subarray(0, 5))).toEqual(Array.from(fresh.reason));
  });

  it("refuses buffers of the wrong type, too short, or sharing memory with the loads", () => {
    expect(() => acwrByAthlete(columns, { out: { ...buffers(), ratio: new Float32Array(7) as never } })).toThrow("acwrByAthlete: options.out.ratio must be a Float64Array");
    expect(() => acwrByAthlete(columns, { out: { ...buffers(), acute: new Float64Array(4) } })).toThrow("acwrByAthlete: options.out.acute holds 4 entries but the columns have 5");
    expect(() => acwrByAthlete(columns, { out: { ...buffers(), chronic: columns.load } })).toThrow("acwrByAthlete: options.out.chronic shares memory with an input column");
  });
});
