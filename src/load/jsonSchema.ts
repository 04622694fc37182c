/**
 * JSON Schemas of the load module's inputs, generated from the schemas the parsers run, with
 * the rules across fields stated for whoever builds a form or a log exporter from them.
 */
import { jsonSchemaDocument, type JsonSchemaNode } from "../internal/jsonSchema.js";
import { acwrOptionsSchema, dailyLoadsOptionsSchema, loggedSessionSchema, trainingLogSchema } from "./schema.js";

const TIME_ZONE_RULE = (at: string): string =>
  `${at}timeZone is an IANA time-zone name that the JavaScript runtime knows (Intl), such as Europe/London or America/New_York.`;

/**
 * The JSON Schema keywords of a logged session wherever it is embedded: exactly one of
 * `startedAt` and `date`, `rpe` with `durationMinutes`, and a load (`loadAu`, or RPE × minutes,
 * A-1); no other keys.
 */
export function loadJsonAdjust(zodSchema: unknown, json: JsonSchemaNode): void {
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
  });
}
