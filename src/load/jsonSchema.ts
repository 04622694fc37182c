/**
 * JSON Schemas of the load module's inputs, generated from the schemas the parsers run, with
 * the rules across fields stated for whoever builds a form or a log exporter from them.
 */
import { adjustAll, describeFields, jsonSchemaDocument, type JsonSchemaNode } from "../internal/jsonSchema.js";
import { acwrOptionsSchema, dailyLoadsOptionsSchema, loggedSessionSchema, logObjectSchema, trainingLogSchema } from "./schema.js";

const ZONE = "An IANA time-zone name the JavaScript runtime knows, such as Europe/London";

/** What each field of the load module's documents means, wherever they are embedded. */
const describeLoad = /* @__PURE__ */ (() =>
  adjustAll(
    describeFields(
      loggedSessionSchema,
      {
        startedAt: "When the session started: an ISO date-time with an offset or Z, such as 2026-03-02T18:30:00+01:00 (years 1900–2200). Give startedAt or date, not both.",
        date: "The athlete's local day of the session, YYYY-MM-DD, when no clock time is logged (years 1900–2200). Give startedAt or date, not both.",
        timeZone: `${ZONE}: the zone the athlete was in for this session (travel); it places startedAt on a calendar day (A-2) and wins over the log's.`,
        rpe: "Session RPE on the CR-10 scale, 0–10 (A-1): how hard the whole session was. Comes with durationMinutes.",
        durationMinutes: "Session length in minutes, above 0 and at most 1440 (A-1). Comes with rpe.",
        loadAu: "Session load in arbitrary units (AU), 0 to 1e12: rpe × durationMinutes when both are given (A-1). 0 records a rest day (A-2).",
        id: "The caller's identifier for the record; two records with one id are reported.",
        note: "Free text kept with the record.",
      },
      "One training session and its load (A-1).",
    ),
    describeFields(logObjectSchema, {
      timeZone: `${ZONE}: the zone of every session that gives none (A-2).`,
      sessions: "The sessions, in any order.",
    }),
    describeFields(
      dailyLoadsOptionsSchema,
      {
        timeZone: `${ZONE}: whose calendar days the series uses (A-2).`,
        absentDays: "What a day with no record is (A-2): unknown (the day's load is null: nobody knows whether the athlete trained) or rest (load 0, the caller says so).",
        from: "First day of the series, YYYY-MM-DD. Omitted: the first logged day.",
        to: "Last day of the series, YYYY-MM-DD, inclusive and on or after from. Omitted: the last logged day.",
      },
    ),
    describeFields(
      acwrOptionsSchema,
      {
        method: "Which ratio: ewma (exponentially weighted, A-5), coupled (7-day mean ÷ 28-day mean including the acute week, A-3) or uncoupled (÷ days 8–28 back, A-4).",
        acuteDays: "Acute window in days, a whole number of at least 1 (N of the acute EWMA). Default 7.",
        chronicDays: "Chronic window in days, a whole number greater than acuteDays and at most 100000 (N of the chronic EWMA). Default 28.",
        maxUnknownFraction: "Largest fraction of unknown days, 0–1, a window may hold before the ratio is null (A-6); applied to each window separately. Default 0.2.",
        decay: "How the EWMA turns a window into weights (A-13): span (λ = 2/(N + 1), A-5; the default), exponential, half-life or linear. The rolling ratios ignore it.",
      },
    ),
  ))();

const TIME_ZONE_RULE = (at: string): string =>
  `${at}timeZone is an IANA time-zone name that the JavaScript runtime knows (Intl), such as Europe/London or America/New_York.`;

/**
 * The JSON Schema keywords of a logged session wherever it is embedded: exactly one of
 * `startedAt` and `date`, `rpe` with `durationMinutes`, and a load (`loadAu`, or RPE × minutes,
 * A-1); no other keys.
 */
export function loadJsonAdjust(zodSchema: unknown, json: JsonSchemaNode): void {
  describeLoad(zodSchema, json);
  if (zodSchema !== loggedSessionSchema) return;
  json["oneOf"] = [{ required: ["startedAt"] }, { required: ["date"] }];
  json["dependentRequired"] = { rpe: ["durationMinutes"], durationMinutes: ["rpe"] };
  json["anyOf"] = [{ required: ["loadAu"] }, { required: ["rpe"] }];
  // parseTrainingLog drops unknown keys, but the command line reports them (a misspelt
  // `timezone` would be lost): a form never writes one.
  json["additionalProperties"] = false;
}

/** The rules of a logged session, with the path of one session under `at`. */
export function loggedSessionRules(at: string): string[] {
  return [
    `Each session ${at}gives exactly one of startedAt (an ISO date-time with an offset) and date (the local day) (also the oneOf keyword).`,
    `rpe and durationMinutes come together (dependentRequired); a session without them gives loadAu (anyOf). A rest day is loadAu 0.`,
    `A session that gives loadAu with rpe and durationMinutes has loadAu = rpe × durationMinutes (A-1), to a relative 1e-9.`,
    `The sessions ${at}logged on one day (the same date, or the same date at the start of startedAt) add up to at most 1440 durationMinutes (A-1: a day has 1440 minutes).`,
    TIME_ZONE_RULE(`A session's `),
    "A session has no keys beyond its properties (additionalProperties false): parseTrainingLog drops unknown keys, but the command line reports them, because a misspelt key such as timezone would otherwise be lost.",
  ];
}

/**
 * The JSON Schema (draft 2020-12) of a training log, as {@link parseTrainingLog} reads it: an array
 * of sessions, or `{ timeZone?, sessions }`.
 *
 * @returns a fresh JSON Schema object, `$id` `https://spinewise.dev/schemas/training-log.json`
 * @example
 * ```ts
 * (trainingLogJsonSchema().anyOf as { type: string }[]).map((branch) => branch.type);
 * // => ["array", "object"]
 * ```
 * @category Load
 */
export function trainingLogJsonSchema(): Record<string, unknown> {
  const schema = jsonSchemaDocument(trainingLogSchema, {
    name: "training-log",
    title: "spinewise training log",
    summary:
      "Training sessions with their load (session RPE × minutes, or arbitrary units), as read by parseTrainingLog and the command line: an array of sessions, or an object { timeZone, sessions } whose timeZone applies to every session without its own.",
    rules: [...loggedSessionRules(""), TIME_ZONE_RULE("The log's "), "The log object has no keys beyond timeZone and sessions."],
    adjust: [loadJsonAdjust],
  });
  for (const branch of schema["anyOf"] as JsonSchemaNode[]) if (branch["type"] === "object") branch["additionalProperties"] = false;
  return schema;
}

/**
 * The JSON Schema (draft 2020-12) of the options of {@link dailyLoads}, as
 * {@link parseDailyLoadsOptions} reads them.
 *
 * @returns a fresh JSON Schema object, `$id` `https://spinewise.dev/schemas/daily-loads-options.json`
 * @example
 * ```ts
 * dailyLoadsOptionsJsonSchema().required;
 * // => ["timeZone", "absentDays"]
 * ```
 * @category Load
 */
export function dailyLoadsOptionsJsonSchema(): Record<string, unknown> {
  return jsonSchemaDocument(dailyLoadsOptionsSchema, {
    name: "daily-loads-options",
    title: "spinewise daily-loads options",
    summary: "How a training log becomes a daily series (A-2): the athlete's time zone, what a day with no session means, and an optional date range. Read by parseDailyLoadsOptions.",
    rules: [TIME_ZONE_RULE(""), "from is on or before to when both are given."],
    adjust: [loadJsonAdjust],
  });
}

/**
 * The JSON Schema (draft 2020-12) of {@link AcwrOptions}, as {@link parseAcwrOptions} reads them (A-3…A-7).
 *
 * @returns a fresh JSON Schema object, `$id` `https://spinewise.dev/schemas/acwr-options.json`
 * @example
 * ```ts
 * acwrOptionsJsonSchema().required;
 * // => ["method"]
 * ```
 * @category Load
 */
export function acwrOptionsJsonSchema(): Record<string, unknown> {
  return jsonSchemaDocument(acwrOptionsSchema, {
    name: "acwr-options",
    title: "spinewise ACWR options",
    summary: "How the acute:chronic workload ratio is computed (A-3…A-7), as read by parseAcwrOptions.",
    rules: ["chronicDays (default 28) is greater than acuteDays (default 7)."],
    adjust: [loadJsonAdjust],
  });
}
