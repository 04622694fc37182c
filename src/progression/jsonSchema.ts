/**
 * JSON Schemas of the progression inputs, generated from the schemas the parsers run, with the
 * rules across fields stated for whoever builds a form or a logbook from them.
 */
import * as z from "zod/mini";
import { jsonSchemaDocument, type JsonSchemaNode } from "../internal/jsonSchema.js";
import { screeningJsonAdjust } from "../screening/jsonSchema.js";
import { exerciseLogSchema, ladderExposureSchema, painReportSchema, prescriptionSchema, weeklyCheckInSchema, weekSummarySchema } from "./schema.js";

/**
 * The JSON Schema keywords of the progression schemas wherever they are embedded: a prescription
 * gives exactly one of `reps` and `holdSeconds`, and a logged check-in asks every red-flag question.
 */
export function progressionJsonAdjust(zodSchema: unknown, json: JsonSchemaNode): void {
  if (zodSchema === prescriptionSchema) json["oneOf"] = [{ required: ["reps"] }, { required: ["holdSeconds"] }];
  else screeningJsonAdjust(zodSchema, json);
}

/** The S-13 rule of a check-in carried by a logged session or exposure, with its path under `at`. */
export function loggedCheckInRules(at: string): string[] {
  return [
    `${at}checkIn answers every red-flag question (S-13; its required list): true, false, or "unknown" for don't know. The parser accepts a check-in with answers left out; the safety gate then reads it as an incomplete screening and gives no training output.`,
  ];
}

/**
 * The JSON Schema (draft 2020-12) of a pain report, as {@link parsePainReport} reads it (L-1, L-2, L-5).
 *
 * @returns a fresh JSON Schema object, `$id` `https://spinewise.dev/schemas/pain-report.json`
 * @example
 * ```ts
 * painReportJsonSchema().required;
 * // => ["baselineNrs", "duringNrs"]
 * ```
 * @category Progression
 */
export function painReportJsonSchema(): Record<string, unknown> {
  return jsonSchemaDocument(painReportSchema, {
    name: "pain-report",
    title: "spinewise pain report",
    summary: "How the back answered a session on the 0–10 pain scale (L-1, L-2, L-5), as read by parsePainReport and painResponse.",
  });
}

/**
 * The JSON Schema (draft 2020-12) of a prescription, as {@link parsePrescription} reads it.
 *
 * @returns a fresh JSON Schema object, `$id` `https://spinewise.dev/schemas/prescription.json`
 * @example
 * ```ts
 * prescriptionJsonSchema().oneOf;
 * // => [{ "required": ["reps"] }, { "required": ["holdSeconds"] }]
 * ```
 * @category Progression
 */
export function prescriptionJsonSchema(): Record<string, unknown> {
  return jsonSchemaDocument(prescriptionSchema, {
    name: "prescription",
    title: "spinewise prescription",
    summary: "The dose of one exercise (sets, a rep or hold range, load, range of motion), as read by parsePrescription and nextDose.",
    rules: ["Exactly one of reps (rep work) and holdSeconds (holds) is given (also the oneOf keyword).", "In reps and holdSeconds, min is at most max."],
    adjust: [progressionJsonAdjust],
  });
}

/**
 * The JSON Schema (draft 2020-12) of an exercise log (an array of logged sessions of exercises),
 * as {@link parseExerciseLogs} reads it.
 *
 * @returns a fresh JSON Schema object, `$id` `https://spinewise.dev/schemas/exercise-logs.json`
 * @example
 * ```ts
 * exerciseLogsJsonSchema().$id;
 * // => "https://spinewise.dev/schemas/exercise-logs.json"
 * ```
 * @category Progression
 */
export function exerciseLogsJsonSchema(): Record<string, unknown> {
  return jsonSchemaDocument(z.array(exerciseLogSchema), {
    name: "exercise-logs",
    title: "spinewise exercise logs",
    summary: "What was done of each exercise and how the back answered (P-5, P-8, P-9, L-1…L-5), as read by parseExerciseLogs, nextDose and the planner's history.",
    rules: loggedCheckInRules("A log's "),
    adjust: [progressionJsonAdjust],
  });
}

/**
 * The JSON Schema (draft 2020-12) of the exposures to one earn-back ladder, as
 * {@link parseLadderExposures} reads them (P-1, P-2, L-6).
 *
 * @returns a fresh JSON Schema object, `$id` `https://spinewise.dev/schemas/ladder-exposures.json`
 * @example
 * ```ts
 * ladderExposuresJsonSchema().$id;
 * // => "https://spinewise.dev/schemas/ladder-exposures.json"
 * ```
 * @category Progression
 */
export function ladderExposuresJsonSchema(): Record<string, unknown> {
  return jsonSchemaDocument(z.array(ladderExposureSchema), {
    name: "ladder-exposures",
    title: "spinewise ladder exposures",
    summary: "Each exposure to a step of one earn-back ladder and how the back answered (P-1, P-2, L-6), as read by parseLadderExposures and nextLadderStep.",
    rules: loggedCheckInRules("An exposure's "),
    adjust: [progressionJsonAdjust],
  });
}

/**
 * The JSON Schema (draft 2020-12) of weekly check-ins, as {@link parseWeeklyCheckIns} reads them (L-3, L-4).
 *
 * @returns a fresh JSON Schema object, `$id` `https://spinewise.dev/schemas/weekly-check-ins.json`
 * @example
 * ```ts
 * weeklyCheckInsJsonSchema().$id;
 * // => "https://spinewise.dev/schemas/weekly-check-ins.json"
 * ```
 * @category Progression
 */
export function weeklyCheckInsJsonSchema(): Record<string, unknown> {
  return jsonSchemaDocument(z.array(weeklyCheckInSchema), {
    name: "weekly-check-ins",
    title: "spinewise weekly check-ins",
    summary: "One check-in per week: morning pain and stiffness, an optional re-staging and re-screen (L-3, L-4), as read by parseWeeklyCheckIns and stageTransition.",
  });
}

/**
 * The JSON Schema (draft 2020-12) of completed-week summaries, as {@link parseWeekSummaries} reads them (P-7, A-7).
 *
 * @returns a fresh JSON Schema object, `$id` `https://spinewise.dev/schemas/week-summaries.json`
 * @example
 * ```ts
 * weekSummariesJsonSchema().$id;
 * // => "https://spinewise.dev/schemas/week-summaries.json"
 * ```
 * @category Progression
 */
export function weekSummariesJsonSchema(): Record<string, unknown> {
  return jsonSchemaDocument(z.array(weekSummarySchema), {
    name: "week-summaries",
    title: "spinewise week summaries",
    summary: "Completed weeks: whether each was a deload, its ACWR and zone, morning pain (P-7, A-7), as read by parseWeekSummaries and deloadDue.",
  });
}
