/**
 * Boundary schemas of the load module and their never-throwing parsers.
 */
import * as z from "zod/mini";
import type { ParseIssue, ParseResult } from "../evidence/index.js";
import { deepFreeze } from "../internal/freeze.js";
import { isoDateString, supportedYear } from "../internal/isoDateSchema.js";
import { fail, parseWith } from "../internal/parse.js";
import { isKnownTimeZone } from "./calendar.js";
import type { AcwrOptions, DailyLoadsOptions, LoggedSession } from "./types.js";
import { MAX_LOAD_AU } from "./readSeries.js";
import { MAX_SESSION_MINUTES } from "./sessionLoad.js";

// Schemas are built inside pure IIFEs so that a bundle importing only the maths drops them.
const timeZoneField = () =>
  z
    .string({ error: "timeZone must be an IANA time-zone name such as Europe/London" })
    .check(z.minLength(1, { error: "timeZone must not be empty; use an IANA name such as Europe/London" }));

/**
 * The zod/mini schema of one logged session ({@link LoggedSession}); JSON-Schema compatible
 * (`z.toJSONSchema(loggedSessionSchema)`). Cross-field rules (one of `startedAt`/`date`, a load
 * or RPE with minutes, known time zones) are checked by {@link parseTrainingLog}.
 *
 * @example
 * ```ts
 * loggedSessionSchema.safeParse({ startedAt: "2026-03-02T18:30:00+01:00", rpe: 6, durationMinutes: 45 }).success;
 * // => true
 * ```
 * @category Load
 */
export const loggedSessionSchema = /* @__PURE__ */ (() =>
  z.object({
    startedAt: z.optional(
      z
        .iso.datetime({ offset: true, error: "startedAt must be an ISO date-time with an offset or Z, such as 2026-03-02T18:30:00+01:00" })
        .check(supportedYear("startedAt")),
    ),
    date: z.optional(isoDateString("date")),
    timeZone: z.optional(timeZoneField()),
    rpe: z.optional(
      z
        .number({ error: "rpe must be a finite number on the CR-10 scale (0–10)" })
        .check(
          z.gte(0, { error: "rpe must be at least 0 (CR-10 runs from 0 to 10)" }),
          z.lte(10, { error: "rpe must be at most 10 (CR-10 runs from 0 to 10)" })
        )
    ),
    durationMinutes: z.optional(
      z
        .number({ error: "durationMinutes must be a finite number of minutes" })
        .check(
          z.positive({ error: "durationMinutes must be greater than 0" }),
          z.lte(MAX_SESSION_MINUTES, { error: `durationMinutes must be at most ${MAX_SESSION_MINUTES} (a day)` })
        )
    ),
    loadAu: z.optional(
      z
        .number({ error: "loadAu must be a finite number of arbitrary units" })
        .check(
          z.gte(0, { error: "loadAu must be 0 or more (a load cannot be negative)" }),
          z.lte(MAX_LOAD_AU, { error: `loadAu must be at most ${MAX_LOAD_AU}` })
        )
    ),
    id: z.optional(z.string({ error: "id must be a string" })),
    note: z.optional(z.string({ error: "note must be a string" })),
  }))();

const sessionsSchema = /* @__PURE__ */ (() =>
  z.array(loggedSessionSchema, { error: "a training log is an array of sessions, or an object with a sessions array" }))();
/** The object form of a training log (internal: exported so the JSON Schema can describe it). */
export const logObjectSchema = /* @__PURE__ */ (() =>
  z.object(
    {
      timeZone: z.optional(timeZoneField()),
      sessions: z.array(loggedSessionSchema, { error: "sessions must be an array of sessions" }),
    },
    { error: "a training log is an array of sessions, or an object with a sessions array" }
  ))();

/**
 * The zod/mini schema of a training log: an array of sessions, or
 * `{ timeZone?, sessions }` whose `timeZone` applies to every session without its own.
 * JSON-Schema compatible (`z.toJSONSchema(trainingLogSchema)`), for the planner and the CLI.
 *
 * @example
 * ```ts
 * trainingLogSchema.safeParse({ timeZone: "Europe/London", sessions: [] }).success;
 * // => true
 * ```
 * @category Load
 */
export const trainingLogSchema = /* @__PURE__ */ (() => z.union([sessionsSchema, logObjectSchema]))();

/**
 * Reads a training log from untrusted input (JSON), returning the sessions or every problem
 * with its path. Never throws.
 *
 * Accepts an array of sessions, or `{ timeZone, sessions }` (the zone is copied onto every
 * session that has none). Reports: RPE outside 0–10, minutes ≤ 0 or over 1,440 (a day; also
 * the sessions logged on one day together), loads that are negative, non-finite or over 10¹²,
 * date-times without an offset, impossible dates, unknown IANA time zones, a session with
 * neither `startedAt` nor `date` (or both), a session with no load (`loadAu`, or `rpe` and
 * `durationMinutes`), and a `loadAu` that disagrees with `rpe × durationMinutes`.
 *
 * @param input - parsed JSON
 * @returns the frozen sessions, or every issue with its path
 * @example
 * ```ts
 * const result = parseTrainingLog([{ startedAt: "2026-03-02T18:30:00Z", rpe: 11, durationMinutes: 0 }]);
 * result.ok ? [] : result.error.issues.map((issue) => issue.path.join("."));
 * // => ["0.rpe", "0.durationMinutes"]
 * ```
 * @category Load
 */
export function parseTrainingLog(input: unknown): ParseResult<readonly LoggedSession[]> {
  if (Array.isArray(input)) {
    const result = parseWith(sessionsSchema, input);
    if (!result.ok) return withCrossFieldIssues(result.error.issues, input, []);
    const issues = checkSessions(result.value, []);
    if (issues.length > 0) return fail(issues);
    return { ok: true, value: deepFreeze(result.value.map(withoutUndefined)) };
  }
  if (input === null || typeof input !== "object") {
    return fail([{ path: [], message: "a training log is an array of sessions, or an object with a sessions array" }]);
  }
  const result = parseWith(logObjectSchema, input);
  if (!result.ok) {
    let zoneIssues: ParseIssue[] = [];
    let sessions: unknown;
    try {
      const { timeZone, sessions: raw } = input as { timeZone?: unknown; sessions?: unknown };
      sessions = raw;
      if (typeof timeZone === "string" && !isKnownTimeZone(timeZone)) zoneIssues = [unknownZone(["timeZone"], timeZone)];
    } catch {
      sessions = undefined;
    }
    return withCrossFieldIssues([...result.error.issues, ...zoneIssues], sessions, ["sessions"]);
  }
  const zone = result.value.timeZone;
  const issues = [
    ...(zone !== undefined && !isKnownTimeZone(zone) ? [unknownZone(["timeZone"], zone)] : []),
    ...checkSessions(result.value.sessions, ["sessions"]),
  ];
  if (issues.length > 0) return fail(issues);
  const sessions = result.value.sessions.map((session) =>
    withoutUndefined(zone !== undefined && session.timeZone === undefined ? { ...session, timeZone: zone } : session)
  );
  return { ok: true, value: deepFreeze(sessions) };
}

/**
 * When the schema fails, the cross-field rules are still checked on the raw sessions (as far
 * as their fields have the right types), so that one pass reports every problem.
 */
function withCrossFieldIssues(issues: readonly ParseIssue[], sessions: unknown, prefix: readonly (string | number)[]): ParseResult<never> {
  if (!Array.isArray(sessions)) return fail(issues);
  let extra: ParseIssue[] = [];
  try {
    const typed = sessions.map((session: unknown) => {
      if (session === null || typeof session !== "object") return undefined;
      const record = session as Record<string, unknown>;
      const text = (key: string) =>
        typeof record[key] === "string" ? (record[key] as string) : record[key] === undefined ? undefined : "";
      const number = (key: string) =>
        typeof record[key] === "number" ? (record[key] as number) : record[key] === undefined ? undefined : NaN;
      return {
        startedAt: text("startedAt"),
        date: text("date"),
        timeZone: text("timeZone"),
        rpe: number("rpe"),
        durationMinutes: number("durationMinutes"),
        loadAu: number("loadAu"),
      };
    });
    extra = typed.flatMap((session, index) =>
      session === undefined
        ? []
        : checkSessions([session], []).map((issue) => ({ path: [...prefix, index, ...issue.path.slice(1)], message: issue.message }))
    );
  } catch {
    extra = [];
  }
  // Fields of the wrong type were reported by the schema already; keep only new findings.
  const seen = new Set(issues.map((issue) => issue.path.join("\u0000")));
  return fail([...issues, ...extra.filter((issue) => !seen.has(issue.path.join("\u0000")))]);
}

function checkSessions(sessions: readonly LoggedSession[], prefix: readonly (string | number)[]): ParseIssue[] {
  const issues: ParseIssue[] = [];
  sessions.forEach((session, index) => {
    const at = [...prefix, index];
    if (session.startedAt === undefined && session.date === undefined) {
      issues.push({ path: at, message: "a session needs startedAt (an ISO date-time) or date (YYYY-MM-DD)" });
    } else if (session.startedAt !== undefined && session.date !== undefined) {
      issues.push({ path: [...at, "date"], message: "give startedAt or date, not both (they could name different days)" });
    }
    if (session.timeZone !== undefined && session.timeZone !== "" && !isKnownTimeZone(session.timeZone))
      issues.push(unknownZone([...at, "timeZone"], session.timeZone));
    const hasRpe = session.rpe !== undefined;
    const hasMinutes = session.durationMinutes !== undefined;
    if (hasRpe !== hasMinutes) {
      issues.push({
        path: [...at, hasRpe ? "durationMinutes" : "rpe"],
        message: hasRpe
          ? "rpe needs durationMinutes to give a session load (A-1)"
          : "durationMinutes needs rpe to give a session load (A-1)",
      });
    } else if (!hasRpe && session.loadAu === undefined) {
      issues.push({ path: at, message: "a session needs loadAu, or rpe and durationMinutes (A-1); log a rest day as loadAu 0" });
    } else if (hasRpe && session.loadAu !== undefined) {
      const computed = (session.rpe as number) * (session.durationMinutes as number);
      if (
        Number.isFinite(computed) &&
        Number.isFinite(session.loadAu) &&
        Math.abs(computed - session.loadAu) > 1e-9 * Math.max(1, computed)
      ) {
        issues.push({
          path: [...at, "loadAu"],
          message: `loadAu ${session.loadAu} disagrees with rpe × durationMinutes = ${computed} (A-1)`,
        });
      }
    }
  });
  return [...issues, ...overfullDays(sessions, prefix)];
}

/**
 * a day holds 1,440 minutes, however many sessions it is split into. The day is the one
 * the session was logged on: its `date`, or the date `startedAt` names at its own offset.
 */
function overfullDays(sessions: readonly LoggedSession[], prefix: readonly (string | number)[]): ParseIssue[] {
  const days = new Map<string, { minutes: number; indices: number[] }>();
  sessions.forEach((session, index) => {
    const day = session.date ?? session.startedAt?.slice(0, 10);
    if (day === undefined || typeof session.durationMinutes !== "number") return;
    const entry = days.get(day) ?? { minutes: 0, indices: [] };
    entry.minutes += session.durationMinutes;
    entry.indices.push(index);
    days.set(day, entry);
  });
  const issues: ParseIssue[] = [];
  for (const [day, { minutes, indices }] of days) {
    // A single session over a day is the schema's issue already.
    if (minutes <= MAX_SESSION_MINUTES || indices.length < 2) continue;
    issues.push({
      path: [...prefix, indices[indices.length - 1] as number, "durationMinutes"],
      message: `the sessions logged on ${day} (${indices.join(", ")}) add up to ${minutes} minutes; a day has ${MAX_SESSION_MINUTES}`,
    });
  }
  return issues;
}

function unknownZone(path: readonly (string | number)[], timeZone: string): ParseIssue {
  return { path, message: `unknown IANA time zone ${JSON.stringify(timeZone)}; use a name such as Europe/London or America/New_York` };
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}

/**
 * The zod/mini schema of {@link DailyLoadsOptions}; JSON-Schema compatible.
 * @example
 * ```ts
 * dailyLoadsOptionsSchema.safeParse({ timeZone: "UTC", absentDays: "rest" }).success;
 * // => true
 * ```
 * @category Load
 */
export const dailyLoadsOptionsSchema = /* @__PURE__ */ (() =>
  z.object({
    timeZone: timeZoneField(),
    absentDays: z.enum(["unknown", "rest"], { error: 'absentDays must be "unknown" or "rest"' }),
    from: z.optional(isoDateString("from")),
    to: z.optional(isoDateString("to")),
  }))();

/**
 * Reads {@link dailyLoads} options from untrusted input: a known IANA time zone, what absent
 * days mean, and an ordered `from`/`to`. Never throws.
 *
 * @param input - parsed JSON or command-line flags
 * @returns the options, or every issue with its path
 * @example
 * ```ts
 * const result = parseDailyLoadsOptions({ timeZone: "Mars/Olympus_Mons", absentDays: "unknown" });
 * result.ok ? [] : result.error.issues.map((issue) => issue.path);
 * // => [["timeZone"]]
 * ```
 * @category Load
 */
export function parseDailyLoadsOptions(input: unknown): ParseResult<DailyLoadsOptions> {
  return parseWith(dailyLoadsOptionsSchema, input, (options) => {
    const issues: ParseIssue[] = [];
    if (!isKnownTimeZone(options.timeZone)) issues.push(unknownZone(["timeZone"], options.timeZone));
    if (options.from !== undefined && options.to !== undefined && options.from > options.to) {
      issues.push({ path: ["to"], message: `to (${options.to}) is before from (${options.from})` });
    }
    return issues;
  });
}

/**
 * The zod/mini schema of {@link AcwrOptions}; JSON-Schema compatible.
 * @example
 * ```ts
 * acwrOptionsSchema.safeParse({ method: "uncoupled" }).success;
 * // => true
 * ```
 * @category Load
 */
export const acwrOptionsSchema = /* @__PURE__ */ (() =>
  z.object({
    method: z.enum(["ewma", "coupled", "uncoupled"], { error: 'method must be "ewma", "coupled" or "uncoupled"' }),
    acuteDays: z.optional(
      z.int({ error: "acuteDays must be a whole number of days" }).check(z.gte(1, { error: "acuteDays must be at least 1" }))
    ),
    chronicDays: z.optional(
      z.int({ error: "chronicDays must be a whole number of days" }).check(z.lte(100_000, { error: "chronicDays must be at most 100000" }))
    ),
    maxUnknownFraction: z.optional(
      z
        .number({ error: "maxUnknownFraction must be a number" })
        .check(z.gte(0, { error: "maxUnknownFraction must be at least 0" }), z.lte(1, { error: "maxUnknownFraction must be at most 1" }))
    ),
    // the EWMA's decay convention, named.
    decay: z.optional(z.enum(["span", "exponential", "half-life", "linear"], { error: 'decay must be "span", "exponential", "half-life" or "linear"' })),
  }))();

/**
 * Reads {@link AcwrOptions} from untrusted input; checks that the chronic window is longer
 * than the acute one. Never throws.
 *
 * @param input - parsed JSON or command-line flags
 * @returns the options, or every issue with its path
 * @example
 * ```ts
 * const result = parseAcwrOptions({ method: "coupled", acuteDays: 28, chronicDays: 7 });
 * result.ok ? "" : result.error.issues[0]?.message;
 * // => "chronicDays (7) must be greater than acuteDays (28)"
 * ```
 * @category Load
 */
export function parseAcwrOptions(input: unknown): ParseResult<AcwrOptions> {
  return parseWith(acwrOptionsSchema, input, (options) => {
    const acuteDays = options.acuteDays ?? 7;
    const chronicDays = options.chronicDays ?? 28;
    return chronicDays > acuteDays
      ? []
      : [{ path: ["chronicDays"], message: `chronicDays (${chronicDays}) must be greater than acuteDays (${acuteDays})` }];
  });
}
