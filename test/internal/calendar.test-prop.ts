import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import {
  addDays,
  daysBetween,
  FIRST_DAY,
  formatIsoDate,
  LAST_DAY,
  parseIsoDate,
  weekdayOf,
} from "../../src/internal/calendar.js";
import { dailyLoads } from "../../src/load/index.js";

// The oracle is JavaScript's own Date in UTC: a different implementation of the same calendar.
const MS_PER_DAY = 86_400_000;
const oracleFormat = (day: number) => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
const pad = (value: number, width: number) => String(value).padStart(width, "0");
const text = (year: number, month: number, day: number) => `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;

const supportedDay = fc.integer({ min: FIRST_DAY, max: LAST_DAY });
// Dates near the edges that matter (leap days, month and year ends, the range's ends) as often as anywhere.
const edgeDay = fc.oneof(
  supportedDay,
  fc.constantFrom("1900-02-28", "1900-03-01", "2000-02-29", "2024-02-29", "2100-02-28", "2100-03-01", "2026-12-31", "1900-01-01", "2200-12-31").map((date) => Date.parse(date) / MS_PER_DAY),
);
const isoDate = edgeDay.map(oracleFormat);

describe("one calendar", () => {
  test.prop([edgeDay])("formatIsoDate writes the date Date writes, and parseIsoDate reads it back", (day) => {
    expect(formatIsoDate(day)).toBe(oracleFormat(day));
    expect(parseIsoDate(oracleFormat(day))).toBe(day);
  });

  test.prop([fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })])(
    "a written date parses exactly when it is a real day from 1900 to 2200 (Date does not roll it over)",
    (year, month, day) => {
      const utc = new Date(0);
      utc.setUTCFullYear(year, month - 1, day);
      const real = month >= 1 && month <= 12 && day >= 1 && utc.getUTCFullYear() === year && utc.getUTCMonth() === month - 1 && utc.getUTCDate() === day;
      const expected = real && year >= 1900 && year <= 2200 ? Math.round(utc.getTime() / MS_PER_DAY) : null;
      expect(parseIsoDate(text(year, month, day))).toBe(expected);
    },
  );

  // The shape oracle is the regular expression parseIsoDate no longer runs (it reads digit by digit).
  const shape = /^\d{4}-\d{2}-\d{2}$/;
  const nearDate = fc.oneof(
    isoDate,
    // A real date with one character changed, removed or added: signs, spaces, other digits, letters.
    fc.tuple(isoDate, fc.nat(10), fc.constantFrom("", "+", "-", " ", "\n", "0", "9", "a", "٣", "０", "x1")).map(([date, at, put]) => date.slice(0, at) + put + date.slice(at + 1)),
    fc.tuple(isoDate, fc.nat(10), fc.constantFrom("+", "-", " ", "\n", "0")).map(([date, at, put]) => date.slice(0, at) + put + date.slice(at)),
    fc.string({ maxLength: 12 }),
  );
  test.prop([nearDate])("parseIsoDate reads only ASCII YYYY-MM-DD, and reads it as Date does", (date) => {
    const parsed = parseIsoDate(date);
    if (!shape.test(date)) expect(parsed).toBeNull();
    else if (parsed !== null) expect(oracleFormat(parsed)).toBe(date);
  });

  test.prop([isoDate, fc.integer({ min: -2000, max: 2000 })])("addDays moves as Date.UTC does, and stays in range or throws", (date, days) => {
    const [year, month, day] = date.split("-").map(Number) as [number, number, number];
    const expected = Date.UTC(year, month - 1, day + days) / MS_PER_DAY;
    if (expected < FIRST_DAY || expected > LAST_DAY) {
      expect(() => addDays(date, days)).toThrow(/^addDays: .* leaves the supported dates/);
    } else {
      expect(addDays(date, days)).toBe(oracleFormat(expected));
      expect(daysBetween(date, addDays(date, days))).toBe(days);
    }
  });

  test.prop([isoDate, isoDate])("daysBetween is the difference of the UTC midnights, antisymmetric, and addDays undoes it", (from, to) => {
    const between = daysBetween(from, to);
    expect(between).toBe((Date.parse(to) - Date.parse(from)) / MS_PER_DAY);
    expect(daysBetween(to, from) + between).toBe(0);
    expect(addDays(from, between)).toBe(to);
  });

  test.prop([isoDate])("weekdayOf is Date's getUTCDay with Monday = 1 … Sunday = 7", (date) => {
    expect(weekdayOf(date)).toBe(((new Date(date).getUTCDay() + 6) % 7) + 1);
  });
});

// Time zones: dailyLoads places each instant on its local day. The oracle shifts the instant by
// the zone's offset at that instant (Intl's "longOffset" name, a different reading of the zone
// data from the wall-clock parts dailyLoads uses) and takes the UTC date.
const ZONES = ["Europe/London", "America/New_York", "Australia/Sydney"] as const;

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

function offsetMinutes(zone: string, epochMs: number): number {
  let format = offsetFormats.get(zone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" });
    offsetFormats.set(zone, format);
  }
  const name = format
    .formatToParts(epochMs)
    .find((part) => part.type === "timeZoneName")?.value;
  const match = /^GMT(?:([+-])(\d{2}):(\d{2}))?$/.exec(name ?? "");
  if (match === null) throw new Error(`no offset for ${zone}: ${name}`);
  return match[1] === undefined ? 0 : (match[1] === "-" ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}

/** The instants (to the minute) at which each zone's offset changed, 1990–2100: the DST changes. */
const transitions: Record<(typeof ZONES)[number], number[]> = (() => {
  const found = { "Europe/London": [], "America/New_York": [], "Australia/Sydney": [] } as Record<(typeof ZONES)[number], number[]>;
  for (const zone of ZONES) {
    for (let year = 1990; year <= 2100; year++) {
      for (let month = 0; month < 12; month++) {
        let low = Date.UTC(year, month, 1);
        let high = Date.UTC(year, month + 1, 1);
        if (offsetMinutes(zone, low) === offsetMinutes(zone, high)) continue;
        while (high - low > 60_000) {
          const middle = low + Math.floor((high - low) / 120_000) * 60_000;
          if (offsetMinutes(zone, middle) === offsetMinutes(zone, low)) low = middle;
          else high = middle;
        }
        found[zone].push(high);
      }
    }
  }
  return found;
})();

describe("dailyLoads across DST changes", () => {
  test.prop([fc.constantFrom(...ZONES), fc.nat(), fc.integer({ min: -26 * 60, max: 26 * 60 })])(
    "A-2: an instant within a day of a DST change lands on the local day its zone's offset gives",
    (zone, pick, minutes) => {
      const changes = transitions[zone];
      const epochMs = changes[pick % changes.length]! + minutes * 60_000;
      const expected = oracleFormat(Math.floor((epochMs + offsetMinutes(zone, epochMs) * 60_000) / MS_PER_DAY));
      const series = dailyLoads([{ startedAt: new Date(epochMs).toISOString(), loadAu: 1 }], { timeZone: zone, absentDays: "unknown" });
      expect(series.dates).toEqual([expected]);
    },
  );

  test.prop([fc.constantFrom(...ZONES), fc.nat(), fc.array(fc.integer({ min: -3 * 24 * 60, max: 3 * 24 * 60 }), { minLength: 1, maxLength: 12 })])(
    "A-2: a series across a DST change has one entry per calendar day, 23- and 25-hour days included",
    (zone, pick, minutes) => {
      const changes = transitions[zone];
      const change = changes[pick % changes.length]!;
      const sessions = minutes.map((offset) => ({ startedAt: new Date(change + offset * 60_000).toISOString(), loadAu: 1 }));
      const series = dailyLoads(sessions, { timeZone: zone, absentDays: "rest" });
      const days = sessions.map(({ startedAt }) => {
        const epochMs = Date.parse(startedAt);
        return Math.floor((epochMs + offsetMinutes(zone, epochMs) * 60_000) / MS_PER_DAY);
      });
      const first = Math.min(...days);
      expect(series.dates).toEqual(Array.from({ length: Math.max(...days) - first + 1 }, (_, index) => oracleFormat(first + index)));
      expect(series.loads.reduce<number>((sum, load) => sum + (load ?? 0), 0)).toBe(sessions.length);
    },
  );
});
