import { describe, expect, it } from "vitest";
import {
  addDays,
  dayFromParts,
  daysBetween,
  daysInMonth,
  FIRST_DAY,
  FIRST_ISO_DATE,
  formatIsoDate,
  isIsoDate,
  isLeapYear,
  LAST_DAY,
  LAST_ISO_DATE,
  parseIsoDate,
  requireIsoDate,
  utcDayOf,
  weekdayName,
  weekdayOf,
  weekdayOfDay,
} from "../../src/internal/calendar.js";

/** Dates no calendar has, or that lie outside the supported range. */
const IMPOSSIBLE = [
  "2026-02-30", // the case: Date.UTC reads it as 2 March
  "2026-02-29", // 2026 is not a leap year
  "1900-02-29", // 1900 is divisible by 100, not by 400
  "2100-02-29",
  "2026-04-31",
  "2026-13-01",
  "2026-00-10",
  "2026-01-00",
  "2026-01-32",
  "0000-01-01", // year 0000
  "0001-01-01", // real, but outside 1900–2200
  "9999-12-31", // the issue's `--week-start 9999-12-31`
  "1899-12-31",
  "2201-01-01",
];
const MALFORMED = ["2026-1-05", "26-01-05", "2026/01/05", " 2026-01-05", "2026-01-05T00:00:00Z", "２０２６-01-05", "", "2026-01-05\n"];

describe("parseIsoDate", () => {
  it("counts days from 1970-01-01", () => {
    expect(parseIsoDate("1970-01-01")).toBe(0);
    expect(parseIsoDate("1970-01-02")).toBe(1);
    expect(parseIsoDate("1969-12-31")).toBe(-1);
    expect(parseIsoDate("2000-03-01")).toBe(11_017);
    expect(parseIsoDate(FIRST_ISO_DATE)).toBe(FIRST_DAY);
    expect(parseIsoDate(LAST_ISO_DATE)).toBe(LAST_DAY);
  });

  it("knows the leap days: 2000 and 2024 have 29 February, 1900 and 2100 do not", () => {
    expect(parseIsoDate("2000-02-29")).toBe(11_016);
    expect(parseIsoDate("2024-02-29")).toBe(19_782);
    expect(parseIsoDate("1900-02-29")).toBeNull();
    expect(parseIsoDate("2100-02-29")).toBeNull();
    expect([2000, 2024, 2096, 2104].every(isLeapYear)).toBe(true);
    expect([1900, 2100, 2200, 2026].some(isLeapYear)).toBe(false);
  });

  it("knows every month's last day", () => {
    const lengths2024 = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    lengths2024.forEach((length, index) => {
      const month = String(index + 1).padStart(2, "0");
      expect(daysInMonth(2024, index + 1)).toBe(length);
      expect(parseIsoDate(`2024-${month}-${length}`), `2024-${month}-${length}`).not.toBeNull();
      expect(parseIsoDate(`2024-${month}-${length + 1}`), `2024-${month}-${length + 1}`).toBeNull();
    });
  });

  it.each(IMPOSSIBLE)("rejects %s (impossible or outside 1900-01-01…2200-12-31)", (text) => {
    expect(parseIsoDate(text)).toBeNull();
    expect(isIsoDate(text)).toBe(false);
  });

  it.each(MALFORMED)("rejects the malformed %j", (text) => {
    expect(parseIsoDate(text)).toBeNull();
  });

  it("rejects what is not a string", () => {
    for (const value of [undefined, null, 20_260_105, new Date(0), ["2026-01-05"], { date: "2026-01-05" }, 1n]) {
      expect(parseIsoDate(value), String(value)).toBeNull();
    }
  });

  it("agrees with a naive day-by-day counter on every supported day", () => {
    // Independent of the era arithmetic: walk the calendar one day at a time.
    let year = 1900;
    let month = 1;
    let day = 1;
    const lengths = (y: number) => [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    for (let dayNumber = FIRST_DAY; dayNumber <= LAST_DAY; dayNumber++) {
      const text = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
      if (parseIsoDate(text) !== dayNumber || formatIsoDate(dayNumber) !== text) {
        expect({ text, parsed: parseIsoDate(text), formatted: formatIsoDate(dayNumber) }).toEqual({ text, parsed: dayNumber, formatted: text });
      }
      day++;
      if (day > lengths(year)[month - 1]!) {
        day = 1;
        month++;
        if (month > 12) {
          month = 1;
          year++;
        }
      }
    }
    expect([year, month, day]).toEqual([2201, 1, 1]);
  });
});

describe("formatIsoDate", () => {
  it("writes any day a four-digit year can, and throws beyond, naming itself and the value", () => {
    expect(formatIsoDate(0)).toBe("1970-01-01");
    expect(formatIsoDate(LAST_DAY + 1)).toBe("2201-01-01");
    expect(formatIsoDate(dayFromParts(1, 1, 1))).toBe("0001-01-01");
    expect(formatIsoDate(dayFromParts(9999, 12, 31))).toBe("9999-12-31");
    expect(() => formatIsoDate(dayFromParts(9999, 12, 31) + 1)).toThrow(/^formatIsoDate: dayNumber must be .*, got 2932897$/);
    expect(() => formatIsoDate(0.5)).toThrow(RangeError);
    expect(() => formatIsoDate(Number.NaN)).toThrow(/formatIsoDate: .*got NaN/);
  });
});

describe("addDays and daysBetween", () => {
  it("cross month, year and leap-day boundaries", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2024-02-28", 2)).toBe("2024-03-01");
    expect(addDays("2100-02-28", 1)).toBe("2100-03-01");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(addDays("2026-03-02", 0)).toBe("2026-03-02");
    expect(daysBetween("2024-01-01", "2025-01-01")).toBe(366);
    expect(daysBetween("2100-01-01", "2101-01-01")).toBe(365);
    expect(daysBetween("2026-03-09", "2026-03-02")).toBe(-7);
    expect(daysBetween(FIRST_ISO_DATE, LAST_ISO_DATE)).toBe(LAST_DAY - FIRST_DAY);
  });

  it("throw a RangeError naming the function and the value for an impossible date, a fractional count or a result out of range", () => {
    expect(() => addDays("2026-02-30", 1)).toThrow(/^addDays: date must be an ISO date .*, got "2026-02-30"$/);
    expect(() => addDays("2026-02-28", 1.5)).toThrow(/^addDays: days must be a whole number, got 1.5$/);
    expect(() => addDays(LAST_ISO_DATE, 1)).toThrow(/^addDays: 2200-12-31 \+ 1 days leaves the supported dates 1900-01-01…2200-12-31$/);
    expect(() => addDays(FIRST_ISO_DATE, -1)).toThrow(RangeError);
    expect(() => daysBetween("2026-01-01", "2100-02-29")).toThrow(/^daysBetween: to must be .*, got "2100-02-29"$/);
    expect(() => daysBetween("9999-12-31", "2026-01-01")).toThrow(/^daysBetween: from must be/);
  });
});

describe("weekdays (ISO: 1 = Monday … 7 = Sunday)", () => {
  it("names known days", () => {
    expect(weekdayOf("1970-01-01")).toBe(4); // a Thursday
    expect(weekdayOf("2026-03-02")).toBe(1);
    expect(weekdayOf("2026-03-08")).toBe(7);
    expect(weekdayOf("2000-02-29")).toBe(2);
    expect(weekdayOf(FIRST_ISO_DATE)).toBe(1);
    expect(weekdayName("2026-03-02")).toBe("Mon");
    expect(weekdayName("2026-03-08")).toBe("Sun");
    expect(weekdayOfDay(-1)).toBe(3);
    expect(weekdayOfDay(FIRST_DAY - 7_000_000)).toBe(1);
  });

  it("throw a RangeError naming the function for an impossible date", () => {
    expect(() => weekdayOf("2026-02-30")).toThrow(/^weekdayOf: date must be/);
    expect(() => weekdayName("0000-01-01")).toThrow(/^weekdayName: date must be/);
  });
});

describe("requireIsoDate and utcDayOf", () => {
  it("names the caller, the argument and the value, whatever the value is", () => {
    expect(requireIsoDate("planWeek", "weekStart", "2026-03-02")).toBe(20_514);
    expect(() => requireIsoDate("planWeek", "weekStart", "2026-02-30")).toThrow(
      'planWeek: weekStart must be an ISO date written YYYY-MM-DD: a real calendar date from 1900-01-01 to 2200-12-31, got "2026-02-30"',
    );
    expect(() => requireIsoDate("f", "x", 1n)).toThrow(/^f: x must be .*, got 1$/);
    expect(() => requireIsoDate("f", "x", Object.create(null))).toThrow(/^f: x must be .*, got object$/);
    expect(() => requireIsoDate("f", "x", undefined)).toThrow(/got undefined$/);
  });

  it("reads the UTC calendar day of an instant", () => {
    expect(utcDayOf(Date.parse("2026-03-02T23:59:59.999Z"))).toBe(20_514);
    expect(utcDayOf(Date.parse("1969-12-31T23:00:00Z"))).toBe(-1);
  });
});
