/**
 * The zod/mini field for an ISO date at a boundary, held to the one calendar's range
 * (`internal/calendar.ts`), so every parser rejects the same dates with the same messages.
 */
import * as z from "zod/mini";
import { FIRST_ISO_DATE, LAST_ISO_DATE } from "./calendar.js";

// The supported years (1900–2200) as a pattern, so that a JSON Schema built from the field
// states them too. A string that is not date-shaped passes here: the format check reports it once.
const SUPPORTED_YEAR = /^(?:(?!\d{4}-)|19\d\d-|2[01]\d\d-|2200-)/;

/** The message for a date-shaped value outside the supported range. */
export function dateRangeMessage(name: string): string {
  return `${name} must be from ${FIRST_ISO_DATE} to ${LAST_ISO_DATE}`;
}

/** The check that a date or date-time string (`YYYY-MM-DD…`) starts in a supported year. */
export function supportedYear(name: string) {
  return z.regex(SUPPORTED_YEAR, { error: dateRangeMessage(name) });
}

/**
 * An ISO `YYYY-MM-DD` string naming a real calendar day (zod's format check knows month
 * lengths and leap years) from 1900-01-01 to 2200-12-31.
 */
export function isoDateString(name: string, formatMessage = `${name} must be a real calendar date written YYYY-MM-DD`) {
  return z.iso.date({ error: formatMessage }).check(supportedYear(name));
}
