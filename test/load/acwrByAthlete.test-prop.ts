import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { acwr, acwrByAthlete, type AcwrMethod } from "../../src/load/index.js";

const day = fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constant(undefined) }, { weight: 2, arbitrary: fc.constant(0) }, { weight: 5, arbitrary: fc.integer({ min: 1, max: 1500 }) });
// Per athlete: a first day and a calendar where undefined = no row at all, null = a NaN row.
const athletes = fc.array(fc.record({ first: fc.integer({ min: -500, max: 500 }), days: fc.array(day, { minLength: 1, maxLength: 70 }) }), { minLength: 1, maxLength: 4 });

test.prop([athletes, fc.constantFrom<AcwrMethod>("coupled", "uncoupled", "ewma"), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 20 }), fc.boolean()])(
  "A-2…A-6: acwrByAthlete equals acwr on each athlete's calendar, bit for bit, whatever the row order",
  (people, method, acuteDays, extra, shuffle) => {
    const rows = people.flatMap(({ first, days }, a) =>
      days.flatMap((value, t) => (value === undefined ? [] : [{ athlete: a % 2 === 0 ? `p${a}` : a, day: first + t, load: value === null ? Number.NaN : value }])),
    );
    if (shuffle) rows.reverse();
    const options = { method, acuteDays, chronicDays: acuteDays + extra };
    const result = acwrByAthlete({ athlete: rows.map((row) => row.athlete), day: Int32Array.from(rows, (row) => row.day), load: Float64Array.from(rows, (row) => row.load) }, options);
    rows.forEach((row, i) => {
      const person = people[typeof row.athlete === "number" ? row.athlete : Number(row.athlete.slice(1))];
      const own = rows.filter((other) => other.athlete === row.athlete).map((other) => other.day);
      const start = Math.min(...own);
      const calendar: (number | null)[] = Array(Math.max(...own) - start + 1).fill(null);
      for (const other of rows) if (other.athlete === row.athlete && !Number.isNaN(other.load)) calendar[other.day - start] = other.load;
      const point = acwr(calendar, options)[row.day - start];
      expect(person).toBeDefined();
      if (point?.ratio === null) expect(Number.isNaN(result.ratio[i])).toBe(true);
      else expect(result.ratio[i]).toBe(point?.ratio);
      expect(result.reasonCodes[result.reason[i] as number] ?? undefined).toBe(point?.reason);
      // The acute and chronic columns too: NaN exactly where the point has null.
      expect(result.acute[i]).toBe(point?.acute ?? Number.NaN);
      expect(result.chronic[i]).toBe(point?.chronic ?? Number.NaN);
    });
  },
);
