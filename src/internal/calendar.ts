/**
 * The one calendar of spinewise (not exported publicly). Dates at every boundary are ISO
 * `YYYY-MM-DD` strings on the proleptic Gregorian calendar; arithmetic runs on **day numbers**,
 * whole days since 1970-01-01 (negative before it), which carry no time zone: a calendar day is
 * a label, and only the load module's zone logic decides which label an instant gets (A-2).
 *
 * Supported dates run from 1900-01-01 to 2200-12-31 (design): wide enough for any training
 * history and plan, narrow enough that a series spanning the whole range stays small (a log
 * from 0001 to 9999 once took minutes to fold). Everything that reads a date rejects one
 * outside that range, or one that does not exist (2026-02-30, 2100-02-29, year 0000), the same
 * way everywhere: `parseIsoDate` gives `null`, typed helpers throw a `RangeError` naming the
 * function and the value. Pure integer arithmetic (no `Date`), so results never depend on the
 * host's zone or on `Date`'s own leniency (`Date.UTC(2026, 1, 30)` is 2 March).
 */

/** The first supported date. */
export const FIRST_ISO_DATE = "1900-01-01";
/** The last supported date. */
export const LAST_ISO_DATE = "2200-12-31";
/** The first supported day number (1900-01-01). */
export const FIRST_DAY = -25_567;
/** The last supported day number (2200-12-31). */
export const LAST_DAY = 84_370;

/** What every date must be, for messages: "must be {ISO_DATE_RULE}". */
export const ISO_DATE_RULE = `an ISO date written YYYY-MM-DD: a real calendar date from ${FIRST_ISO_DATE} to ${LAST_ISO_DATE}`;

/** ISO 8601 weekday: 1 = Monday … 7 = Sunday (the numbering `weekOverWeekChange` takes). */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** Short English weekday names, Monday first: `WEEKDAY_NAMES[weekday - 1]`. */
export const WEEKDAY_NAMES = Object.freeze(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"] as const);

/** A short weekday name. */
export type WeekdayName = (typeof WEEKDAY_NAMES)[number];

const MS_PER_DAY = 86_400_000;
const DASH = 0x2d;
const ZERO = 0x30;

/** The number written by the ASCII digits `text[from…to)`, or -1 when any is not a digit. */
function digits(text: string, from: number, to: number): number {
  let value = 0;
  for (let index = from; index < to; index++) {
    const digit = text.charCodeAt(index) - ZERO;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}
// Day numbers of 0001-01-01 and 9999-12-31: what a four-digit year can write.
const FIRST_WRITABLE_DAY = -719_162;
const LAST_WRITABLE_DAY = 2_932_896;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Whether a Gregorian year has 29 February (every 4th year, but not centuries unless divisible by 400). */
export function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** Days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

/**
 * Day number of a year, month (1–12) and day of month, with no range check: the caller
 * guarantees a real date (the zone logic reads parts from `Intl`). Eras of 400 years repeat
 * exactly (146,097 days), so the count is exact integer arithmetic for any year.
 */
export function dayFromParts(year: number, month: number, day: number): number {
  // Count years from March so that the leap day is the last day of the counted year.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** Year, month (1–12) and day of month of a day number (the inverse of {@link dayFromParts}). */
export function partsOfDay(dayNumber: number): { readonly year: number; readonly month: number; readonly day: number } {
  const shifted = dayNumber + 719_468;
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Whether a day number is a whole day within the supported range. */
export function isSupportedDay(dayNumber: number): boolean {
  return Number.isInteger(dayNumber) && dayNumber >= FIRST_DAY && dayNumber <= LAST_DAY;
}

/**
 * Day number of an ISO `YYYY-MM-DD` date, or `null` when the value is not a string of that
 * shape, names a day that does not exist (2026-02-30, 1900-02-29) or lies outside
 * 1900-01-01…2200-12-31.
 */
export function parseIsoDate(text: unknown): number | null {
  // Read digit by digit: a regular expression's match array is an allocation per date, and a
  // year of journal replay reads tens of thousands of dates.
  if (typeof text !== "string" || text.length !== 10 || text.charCodeAt(4) !== DASH || text.charCodeAt(7) !== DASH) return null;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 7);
  const day = digits(text, 8, 10);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  const dayNumber = dayFromParts(year, month, day);
  return isSupportedDay(dayNumber) ? dayNumber : null;
}

/** Whether a value is a supported ISO date (see {@link parseIsoDate}). */
export function isIsoDate(value: unknown): value is string {
  return parseIsoDate(value) !== null;
}

/**
 * Day number of a date a typed function was given.
 * @throws RangeError naming `fn`, the argument and the value when it is not a supported ISO date
 */
export function requireIsoDate(fn: string, name: string, value: unknown): number {
  const dayNumber = parseIsoDate(value);
  if (dayNumber === null) throw new RangeError(`${fn}: ${name} must be ${ISO_DATE_RULE}, got ${show(value)}`);
  return dayNumber;
}

/**
 * The ISO `YYYY-MM-DD` date of a day number. Any day a four-digit year can write is
 * formatted (0001-01-01…9999-12-31), so a computed edge such as the end of the calendar week
 * holding 2200-12-31 still has a label; only dates read as input are held to the supported range.
 * @throws RangeError when the day number is not a whole number in that span
 */
export function formatIsoDate(dayNumber: number): string {
  if (!(Number.isInteger(dayNumber) && dayNumber >= FIRST_WRITABLE_DAY && dayNumber <= LAST_WRITABLE_DAY)) {
    throw new RangeError(`formatIsoDate: dayNumber must be a whole number of days from ${FIRST_WRITABLE_DAY} (0001-01-01) to ${LAST_WRITABLE_DAY} (9999-12-31), got ${show(dayNumber)}`);
  }
  const { year, month, day } = partsOfDay(dayNumber);
  return `${String(year).padStart(4, "0")}-${month < 10 ? "0" : ""}${month}-${day < 10 ? "0" : ""}${day}`;
}

/**
 * The date `days` calendar days after `date` (before it when negative).
 * @throws RangeError when `date` is not a supported ISO date, `days` is not a whole number, or
 *   the result leaves 1900-01-01…2200-12-31
 */
export function addDays(date: string, days: number): string {
  const start = requireIsoDate("addDays", "date", date);
  if (!Number.isSafeInteger(days)) throw new RangeError(`addDays: days must be a whole number, got ${show(days)}`);
  const end = start + days;
  if (end < FIRST_DAY || end > LAST_DAY) {
    throw new RangeError(`addDays: ${date} ${days < 0 ? "-" : "+"} ${Math.abs(days)} days leaves the supported dates ${FIRST_ISO_DATE}…${LAST_ISO_DATE}`);
  }
  return formatIsoDate(end);
}

/**
 * Calendar days from `from` to `to`: positive when `to` is later, 0 on the same day.
 * @throws RangeError when either is not a supported ISO date
 */
export function daysBetween(from: string, to: string): number {
  return requireIsoDate("daysBetween", "to", to) - requireIsoDate("daysBetween", "from", from);
}

/** ISO weekday of a day number (1970-01-01, day 0, was a Thursday). */
export function weekdayOfDay(dayNumber: number): Weekday {
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1 as Weekday;
}

/**
 * ISO weekday of a date: 1 = Monday … 7 = Sunday.
 * @throws RangeError when `date` is not a supported ISO date
 */
export function weekdayOf(date: string): Weekday {
  return weekdayOfDay(requireIsoDate("weekdayOf", "date", date));
}

/**
 * Short English weekday name of a date ("Mon" … "Sun").
 * @throws RangeError when `date` is not a supported ISO date
 */
export function weekdayName(date: string): WeekdayName {
  return WEEKDAY_NAMES[weekdayOfDay(requireIsoDate("weekdayName", "date", date)) - 1]!;
}

/** Day number of the UTC calendar day an instant (milliseconds since the epoch) falls on. */
export function utcDayOf(epochMs: number): number {
  return Math.floor(epochMs / MS_PER_DAY);
}

/** A value for an error message, whatever it is (`JSON.stringify` throws on a bigint). */
function show(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint" || value === undefined || value === null) return String(value);
  return typeof value;
}
