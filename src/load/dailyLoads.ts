/**
 * From logged sessions to a calendar series of daily loads.
 */
import type { Reason } from "../evidence/index.js";
import { loadReason } from "./messages.js";
import {
  FIRST_ISO_DATE,
  formatIsoDate as isoDate,
  isSupportedDay,
  LAST_ISO_DATE,
  parseIsoDate,
  requireIsoDate,
} from "../internal/calendar.js";
import { isKnownTimeZone, localDayOf } from "./calendar.js";
import { sessionLoad } from "./sessionLoad.js";
import type { DailyLoadsOptions, DailySeries, LoadFinding, LoadFindingCode, LoggedSession } from "./types.js";
import { requireArray, requireObject } from "../internal/guards.js";
import { MAX_LOAD_AU } from "./readSeries.js";

/**
 * Sums logged sessions into one load per calendar day in the athlete's time zone.
 *
 * Why calendar days: the acute and chronic windows are spans of time, not counts of
 * sessions. A lifter who drops from seven sessions a week to three must see the drop; a
 * per-session average would hide it. Why the time zone: a session at 23:30 in London and
 * one at 00:30 the next morning fall on different days, and only the athlete's own zone
 * says which (DST changes included). Why `null`: a day with no record is unknown — maybe
 * rest, maybe an unlogged session — and counting it as 0 would invent a deload.
 * Pass `absentDays: "rest"` only when the log is complete by construction.
 *
 * Each session counts `loadAu` when present, else `rpe × durationMinutes`. A session
 * with its own `timeZone` (travel) is placed on its day in that zone; a session with `date`
 * is placed on that day as logged. Gaps, records that look duplicated, and records outside
 * `from`…`to` are reported in `findings` (duplicates are still summed; the log decides).
 *
 * @param sessions - logged sessions, typically from {@link parseTrainingLog}; not mutated
 * @param options - the IANA `timeZone`, what absent days mean, and an optional `from`/`to` range
 * @returns a frozen {@link DailySeries}; an empty log without `from`/`to` gives a series with
 * no days and empty `startDate`/`endDate`
 * @throws RangeError naming `dailyLoads` when the time zone is unknown, `absentDays` is not
 * `"unknown"` or `"rest"`, `from`/`to` are not ISO dates or `from` is after `to`, or a session
 * has a bad date or load. Dates, and the local day of each `startedAt`, must be real calendar
 * days from 1900-01-01 to 2200-12-31 (2026-02-30 is rejected, never read as 2 March).
 * @throws TypeError naming `dailyLoads` when `sessions` is not an array or `options` is not an
 * object, or a session has neither `startedAt` nor `date`, or neither `loadAu` nor `rpe` and
 * `durationMinutes`; a session that is not an object is the caller's contract (check untrusted
 * input with {@link parseTrainingLog})
 * @example
 * ```ts
 * const series = dailyLoads(
 *   [
 *     { startedAt: "2026-03-02T18:00:00Z", rpe: 6, durationMinutes: 45 },
 *     { startedAt: "2026-03-02T23:30:00-05:00", rpe: 4, durationMinutes: 30 },
 *     { date: "2026-03-05", loadAu: 0 },
 *   ],
 *   { timeZone: "Europe/London", absentDays: "unknown" },
 * );
 * series.dates;
 * // => ["2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05"]
 * series.loads;
 * // => [270, 120, null, 0]
 * series.findings.map((finding) => finding.code);
 * // => ["gap"]
 * ```
 * @category Load
 */
export function dailyLoads(sessions: readonly LoggedSession[], options: DailyLoadsOptions): DailySeries {
  requireArray("dailyLoads", "sessions", sessions);
  requireObject("dailyLoads", "options", options);
  const { timeZone, absentDays } = options;
  if (typeof timeZone !== "string" || !isKnownTimeZone(timeZone)) {
    throw new RangeError(`dailyLoads: unknown IANA time zone ${JSON.stringify(timeZone)}`);
  }
  if (absentDays !== "unknown" && absentDays !== "rest") {
    throw new RangeError(`dailyLoads: absentDays must be "unknown" or "rest", got ${JSON.stringify(absentDays)}`);
  }
  const fromDay = options.from === undefined ? undefined : rangeDay(options.from, "from");
  const toDay = options.to === undefined ? undefined : rangeDay(options.to, "to");
  if (fromDay !== undefined && toDay !== undefined && fromDay > toDay) {
    throw new RangeError(`dailyLoads: from (${options.from}) is after to (${options.to})`);
  }

  const dayOfZone = new Map<string, (epochMs: number) => number>();
  const days = new Array<number>(sessions.length);
  const loads = new Array<number>(sessions.length);
  let firstDay = Infinity;
  let lastDay = -Infinity;
  sessions.forEach((session, index) => {
    const day = sessionDay(session, index, timeZone, dayOfZone);
    days[index] = day;
    loads[index] = sessionLoadOf(session, index);
    if (day < firstDay) firstDay = day;
    if (day > lastDay) lastDay = day;
  });

  let start = fromDay ?? firstDay;
  let end = toDay ?? lastDay;
  const findings: LoadFinding[] = [];
  if (!Number.isFinite(start) || !Number.isFinite(end)) {
    return freezeSeries({ startDate: "", endDate: "", timeZone, absentDays, dates: [], loads: [], findings });
  }
  // One bound given and every session beyond it: the series is that one day, the sessions reported outside it.
  if (start > end) {
    if (fromDay === undefined) start = end;
    else end = start;
  }

  const length = end - start + 1;
  const daily: (number | null)[] = new Array<number | null>(length).fill(null);
  const seenInstant = new Map<number, number>();
  const seenDateLoad = new Map<string, number>();
  const seenId = new Map<string, number>();
  for (let index = 0; index < sessions.length; index++) {
    const session = sessions[index] as LoggedSession;
    const day = days[index] as number;
    const load = loads[index] as number;
    if (day < start || day > end) {
      findings.push(
        finding(loadReason("A-2", "load.outside-range", { index, date: isoDate(day), from: isoDate(start), to: isoDate(end) }), "info", day, day, [index]),
      );
      continue;
    }
    daily[day - start] = (daily[day - start] ?? 0) + load;
    const duplicateOf = duplicateIndex(session, index, day, load, seenInstant, seenDateLoad, seenId);
    if (duplicateOf !== undefined) {
      findings.push(
        finding(loadReason("A-2", "load.duplicate", { first: duplicateOf, second: index, date: isoDate(day) }), "warning", day, day, [duplicateOf, index]),
      );
    }
  }

  // a run of days with no record is reported once, as unknown or as rest.
  for (let offset = 0; offset < length; offset++) {
    if (daily[offset] !== null) continue;
    let runEnd = offset;
    while (runEnd + 1 < length && daily[runEnd + 1] === null) runEnd++;
    const count = runEnd - offset + 1;
    const span = count === 1 ? isoDate(start + offset) : `${isoDate(start + offset)}…${isoDate(start + runEnd)}`;
    if (absentDays === "rest") {
      for (let day = offset; day <= runEnd; day++) daily[day] = 0;
      findings.push(finding(loadReason("A-2", "load.absent-as-rest", { days: count, span }), "info", start + offset, start + runEnd, undefined));
    } else {
      findings.push(
        finding(loadReason("A-2", "load.gap", { days: count, span }), "warning", start + offset, start + runEnd, undefined),
      );
    }
    offset = runEnd;
  }

  const dates = new Array<string>(length);
  for (let offset = 0; offset < length; offset++) dates[offset] = isoDate(start + offset);
  return freezeSeries({ startDate: isoDate(start), endDate: isoDate(end), timeZone, absentDays, dates, loads: daily, findings });
}

function rangeDay(value: string, name: "from" | "to"): number {
  return requireIsoDate("dailyLoads", name, value);
}

function sessionDay(
  session: LoggedSession,
  index: number,
  timeZone: string,
  dayOfZone: Map<string, (epochMs: number) => number>,
): number {
  if (session.date !== undefined) {
    return requireIsoDate("dailyLoads", `session ${index} date`, session.date);
  }
  if (session.startedAt === undefined) throw new TypeError(`dailyLoads: session ${index} has neither startedAt nor date`);
  const epochMs = Date.parse(session.startedAt);
  // Date.parse reads 2026-02-30T… as 2 March: the written date must exist too.
  if (!Number.isFinite(epochMs) || parseIsoDate(session.startedAt.slice(0, 10)) === null) {
    throw new RangeError(`dailyLoads: session ${index} has startedAt ${JSON.stringify(session.startedAt)}, not an ISO date-time on a real calendar date from ${FIRST_ISO_DATE} to ${LAST_ISO_DATE}`);
  }
  const zone = session.timeZone ?? timeZone;
  let dayOf = dayOfZone.get(zone);
  if (dayOf === undefined) {
    if (!isKnownTimeZone(zone)) throw new RangeError(`dailyLoads: session ${index} has unknown IANA time zone ${JSON.stringify(zone)}`);
    dayOf = localDayOf(zone);
    dayOfZone.set(zone, dayOf);
  }
  const day = dayOf(epochMs);
  if (!isSupportedDay(day)) {
    throw new RangeError(`dailyLoads: session ${index} has startedAt ${JSON.stringify(session.startedAt)}, whose local date in ${zone} falls outside the supported dates ${FIRST_ISO_DATE}…${LAST_ISO_DATE}`);
  }
  return day;
}

function sessionLoadOf(session: LoggedSession, index: number): number {
  if (session.loadAu !== undefined) {
    if (!(session.loadAu >= 0 && session.loadAu <= MAX_LOAD_AU)) {
      throw new RangeError(`dailyLoads: session ${index} has loadAu ${String(session.loadAu)}; a load is a number from 0 to ${MAX_LOAD_AU} AU`);
    }
    return session.loadAu;
  }
  if (session.rpe === undefined || session.durationMinutes === undefined) {
    throw new TypeError(`dailyLoads: session ${index} needs loadAu, or rpe and durationMinutes`);
  }
  try {
    return sessionLoad(session.rpe, session.durationMinutes);
  } catch (error) {
    throw new RangeError(`dailyLoads: session ${index}: ${(error as Error).message}`);
  }
}

function duplicateIndex(
  session: LoggedSession,
  index: number,
  day: number,
  load: number,
  seenInstant: Map<number, number>,
  seenDateLoad: Map<string, number>,
  seenId: Map<string, number>,
): number | undefined {
  let duplicateOf: number | undefined;
  if (session.id !== undefined) {
    duplicateOf = seenId.get(session.id);
    if (duplicateOf === undefined) seenId.set(session.id, index);
  }
  if (duplicateOf === undefined && session.date === undefined && session.startedAt !== undefined) {
    // One athlete cannot start two sessions at the same instant.
    const instant = Date.parse(session.startedAt);
    duplicateOf = seenInstant.get(instant);
    if (duplicateOf === undefined) seenInstant.set(instant, index);
  } else if (duplicateOf === undefined && session.date !== undefined) {
    const key = `${day}:${load}`;
    duplicateOf = seenDateLoad.get(key);
    if (duplicateOf === undefined) seenDateLoad.set(key, index);
  }
  return duplicateOf;
}

function finding(
  why: Reason,
  severity: LoadFinding["severity"],
  fromDay: number,
  toDay: number,
  path: readonly (string | number)[] | undefined,
): LoadFinding {
  const base = why as Reason & { readonly code: LoadFindingCode };
  return { ...base, severity, fromDate: isoDate(fromDay), toDate: isoDate(toDay), ...(path === undefined ? {} : { path }) };
}

function freezeSeries(series: DailySeries): DailySeries {
  for (const item of series.findings) {
    if (item.path !== undefined) Object.freeze(item.path);
    Object.freeze(item);
  }
  Object.freeze(series.findings);
  Object.freeze(series.dates);
  Object.freeze(series.loads);
  return Object.freeze(series);
}
