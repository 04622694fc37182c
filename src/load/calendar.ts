/**
 * The load module's time zones. Day arithmetic is the shared calendar's
 * (`internal/calendar.ts`, day numbers since 1970-01-01); a calendar day is a label, and the
 * zone only decides which label an instant gets.
 */
import { dayFromParts } from "../internal/calendar.js";

/** Whether the runtime's `Intl` knows an IANA time-zone name. */
export function isKnownTimeZone(timeZone: string): boolean {
  // Building a formatter is the costly part of checking a zone, and a zone the engine knows
  // stays known: remember the ones that passed (the planner checks the same zone every call).
  if (knownZones.has(timeZone)) return true;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
  } catch {
    return false;
  }
  if (knownZones.size >= 256) knownZones.clear();
  knownZones.add(timeZone);
  return true;
}

const knownZones = /* @__PURE__ */ new Set<string>();

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
    // Astronomical year numbering: 1 BC is year 0.
    return dayFromParts(beforeCommonEra ? 1 - year : year, month, day);
  };
}
