/**
 * JSON Schemas of the progression inputs, generated from the schemas the parsers run, with the
 * rules across fields stated for whoever builds a form or a logbook from them.
 */
import * as z from "zod/mini";
import { adjustAll, describeFields, jsonSchemaDocument, type JsonSchemaNode } from "../internal/jsonSchema.js";
import { screeningJsonAdjust } from "../screening/jsonSchema.js";
import {
  exerciseLogSchema,
  holdRange,
  ladderExposureSchema,
  loggedSetSchema,
  painReportSchema,
  prescriptionSchema,
  repRange,
  restageSchema,
  safetyCheck,
  weeklyCheckInSchema,
  weekSummarySchema,
} from "./schema.js";

const NRS = "on the 0–10 numeric rating scale (NRS), whole numbers";
const DATE = "YYYY-MM-DD";
const RANGE = "quarter, half, three-quarter or full";
const SAFETY = "The session check-in's re-screen result (S-9), e.g. from screenCheckIn; the latest one in the log decides whether training may go on.";
const CHECK_IN = "The session check-in's answers (S-9), re-screened with screenCheckIn when safety is absent.";
const STAGE = "symptom-modulation, movement-control or function-optimisation";

/** What each progression field means, wherever the schemas are embedded. */
const describeProgression = /* @__PURE__ */ (() =>
  adjustAll(
    describeFields(
      painReportSchema,
      {
        baselineNrs: `Pain before the session started (the pre-session baseline), ${NRS}.`,
        duringNrs: `Worst pain during the exercise, ${NRS}. Above 5 (3 when axially loaded) stops the exercise and regresses it (L-1).`,
        afterNrs: `Pain right after the session, ${NRS}; may reach 5 (L-1). Omitted when not asked.`,
        nextMorningNrs: `Pain the next morning, ${NRS}: it should be back to the baseline; baseline + 2 or more is a flare (L-2). null or omitted until the next morning has come.`,
        spread: "Where symptoms went: none, centralised (toward the spine) or peripheralised (down the leg: stop that direction and re-screen, L-5). Omitted means none.",
        axiallyLoaded: "The lift loads the spine axially (a bar on the back, a heavy hinge): the ceiling during it is 3 instead of 5 (L-1). Omitted means no.",
      },
      "How the back answered a session (L-1, L-2, L-5).",
    ),
    describeFields(
      prescriptionSchema,
      {
        exerciseId: "The catalog id of the exercise, e.g. goblet-squat.",
        sets: "Working sets, a whole number of at least 1.",
        reps: "Rep range per set (per side for unilateral work), for rep work; give reps or holdSeconds, not both.",
        holdSeconds: "Hold range per set in whole seconds, for isometric holds; give reps or holdSeconds, not both.",
        loadKg: "External load per implement in kg (each dumbbell; the bar with its plates), 0 or more; null or omitted for bodyweight.",
        rangeOfMotion: `Range of motion prescribed (P-5): ${RANGE}. Omitted means full.`,
        pauseSeconds: "Pause in seconds at the hardest point of each rep (P-6), 0 or more. Omitted means 0.",
      },
      "The dose of one exercise.",
    ),
    describeFields(repRange, { min: "Fewest reps per set, a whole number of at least 1.", max: "Most reps per set, a whole number at least min (P-9: every set at the top earns a load step)." }),
    describeFields(holdRange, { min: "Shortest hold per set, whole seconds, at least 1.", max: "Longest hold per set, whole seconds, at least min." }),
    describeFields(
      exerciseLogSchema,
      {
        date: `The day of the session, ${DATE}.`,
        exerciseId: "The catalog id of the exercise done.",
        sets: "The working sets done, in order (warm-ups left out).",
        pain: "How the back answered (L-1, L-2, L-5): it decides whether the dose may progress.",
        rangeOfMotion: `Range actually used (P-5): ${RANGE}. A session without it never counts toward a dose that sets a range.`,
        pauseSeconds: "Pause actually held at the hardest point of each rep, in seconds, 0 or more (P-6). Omitted means 0.",
        safety: SAFETY,
        checkIn: CHECK_IN,
      },
      "One session of one exercise: the working sets done and how the back answered.",
    ),
    describeFields(
      loggedSetSchema,
      {
        reps: "Reps done, a whole number, 0 or more (per side for unilateral work).",
        holdSeconds: "Seconds held, for isometric holds, 0 or more.",
        loadKg: "The load actually lifted per implement in kg, 0 or more; null or omitted for bodyweight.",
      },
      "One working set as it was done.",
    ),
    describeFields(safetyCheck, {
      action: "The re-screen's action: emergency, urgent-referral, stop-until-cleared, incomplete-screening, proceed-with-advisory or proceed (S-9).",
    }),
    describeFields(
      ladderExposureSchema,
      {
        date: `The day of the exposure, ${DATE}, for display only: exposures are read in the order given.`,
        step: "The ladder step trained, 0 for the first; two green exposures in a row earn the next (L-4).",
        pain: "How the back answered the exposure (L-1, L-2, L-5).",
        safety: SAFETY,
        checkIn: CHECK_IN,
      },
      "One session at a step of an earn-back ladder (P-1, P-2, L-6).",
    ),
    describeFields(
      weeklyCheckInSchema,
      {
        weekStart: `First day of the week, ${DATE}, for display only.`,
        morningPainNrs: `Typical morning pain that week, ${NRS}; two rising weeks in a row drop the stage (L-3).`,
        morningStiffnessNrs: `Typical morning stiffness that week, ${NRS} (L-3). Omitted when not asked.`,
        worstPainNrs: `Worst pain that week, ${NRS}; at or below the floor, L-7 does not judge improvement on pain.`,
        restage: "The result of re-running both clearing tests and re-staging this week (L-4).",
        radicularPainWeeks: "How many weeks radicular (below-knee) leg pain has lasted so far, when present, 0 or more; more than 8 advises a specialist review (L-7).",
        safety: "The week's safety re-screen (S-9).",
      },
      "One week's check-in (L-3, L-4, L-7).",
    ),
    describeFields(restageSchema, { stage: `The stage the re-test gives: ${STAGE}.` }),
    describeFields(
      weekSummarySchema,
      {
        weekStart: `First day of the week, ${DATE}, for display only.`,
        deload: "This week was a deload week (P-7). Omitted means no.",
        acwr: "The acute:chronic workload ratio at the end of the week, 0 or more, or null when it is undefined (A-6).",
        zone: "The ratio's zone at the end of the week (A-7): under-training, sweet-spot, caution or danger, or null; read before acwr when present.",
        morningPainNrs: `Typical morning pain that week, ${NRS}, or null (L-3).`,
      },
      "One completed week, for the deload rules (P-7, A-7, L-3).",
    ),
  ))();

/**
 * The JSON Schema keywords and field descriptions of the progression schemas wherever they are
 * embedded: a prescription gives exactly one of `reps` and `holdSeconds`, and a logged check-in
 * asks every red-flag question.
 */
export function progressionJsonAdjust(zodSchema: unknown, json: JsonSchemaNode): void {
  describeProgression(zodSchema, json);
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
    adjust: [progressionJsonAdjust],
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
    adjust: [progressionJsonAdjust],
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
    adjust: [progressionJsonAdjust],
  });
}
