/**
 * Calendar-day arithmetic for the load module. Days are counted as whole days since
 * 1970-01-01 on the proleptic Gregorian calendar, which is time-zone free: a calendar day is
 * a label, and the zone only decides which label an instant gets.
 */

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day number of an ISO `YYYY-MM-DD` date, or `undefined` when it is not a real date. */
export function dayNumber(isoDate: string): number | undefined {
  const match = ISO_DATE.exec(isoDate);
  if (match === null) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return Math.round(date.getTime() / MS_PER_DAY);
}

/** The ISO `YYYY-MM-DD` date of a day number. */
export function isoDate(day: number): string {
  const date = new Date(day * MS_PER_DAY);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + 1;
  const dayOfMonth = date.getUTCDate();
  return `${String(year).padStart(4, "0")}-${month < 10 ? "0" : ""}${month}-${dayOfMonth < 10 ? "0" : ""}${dayOfMonth}`;
}

/** ISO weekday of a day number: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function isoWeekday(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** Whether the runtime's `Intl` knows an IANA time-zone name. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return true;
  } catch {
    return false;
  }
}

/**
 * Returns a function giving the local calendar day number of an instant in a time zone.
 * The formatter is built once per zone; `formatToParts` with the Gregorian calendar and Latin
 * digits gives the zone's wall-clock date, DST rules included, without any date library.
 * @throws RangeError when `Intl` does not know the zone
 */
export function localDayOf(timeZone: string): (epochMs: number) => number {
  const formatter = new Intl.DateTimeFormat("en-US", {
    timeZone,
    calendar: "gregory",
    numberingSystem: "latn",
    era: "short",
    year: "numeric",
    month: "numeric",
    day: "numeric",
  });
  return (epochMs) => {
    let year = 0;
    let month = 0;
    let day = 0;
    let beforeCommonEra = false;
    for (const part of formatter.formatToParts(epochMs)) {
      if (part.type === "year") year = Number(part.value);
      else if (part.type === "month") month = Number(part.value);
      else if (part.type === "day") day = Number(part.value);
      else if (part.type === "era") beforeCommonEra = part.value === "BC" || part.value === "B";
    }
    const date = new Date(0);
    // Astronomical year numbering: 1 BC is year 0.
    date.setUTCFullYear(beforeCommonEra ? 1 - year : year, month - 1, day);
    return Math.round(date.getTime() / MS_PER_DAY);
  };
}
