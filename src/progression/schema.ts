/**
 * Boundary schemas of the progression module and their never-throwing parsers.
 */
import * as z from "zod/mini";
import type { ParseIssue, ParseResult } from "../evidence/index.js";
import { deepFreeze } from "../internal/freeze.js";
import { isoDateString } from "../internal/isoDateSchema.js";
import { parseWith } from "../internal/parse.js";
import { sessionCheckInSchema } from "../screening/schema.js";
import type { WeekSummary } from "./deloadDue.js";
import type { LadderExposure } from "./nextLadderStep.js";
import type { ExerciseLog, Prescription } from "./nextDose.js";
import type { WeeklyCheckIn } from "./stageTransition.js";
import type { PainReport } from "./types.js";

// NRS scores are whole numbers from 0 to 10 (the 11-point numerical rating scale).
const nrs = (name: string) =>
  z
    .int({ error: `${name} must be a whole number on the 0–10 pain scale` })
    .check(z.gte(0, { error: `${name} must be at least 0` }), z.lte(10, { error: `${name} must be at most 10` }));
const isoDate = (name: string) => isoDateString(name);
const wholeCount = (name: string, min: number) =>
  z.int({ error: `${name} must be a whole number` }).check(z.gte(min, { error: `${name} must be at least ${min}` }));
const kg = (name: string) =>
  z.number({ error: `${name} must be a number of kg` }).check(z.gte(0, { error: `${name} must be 0 or more` }));
const intRange = (name: string) =>
  z.strictObject(
    { min: wholeCount(`${name}.min`, 1), max: wholeCount(`${name}.max`, 1) },
    { error: `${name} must be { min, max } with whole numbers` },
  );
const stage = z.enum(["symptom-modulation", "movement-control", "function-optimisation"], {
  error: "stage must be symptom-modulation, movement-control or function-optimisation",
});
/** The part of a re-screen result a logged session carries: its action (internal: described by the JSON Schemas). */
export const safetyCheck = /* @__PURE__ */ z.object(
  {
    action: z.enum(["emergency", "urgent-referral", "stop-until-cleared", "incomplete-screening", "proceed-with-advisory", "proceed"], {
      error: "safety.action must be emergency, urgent-referral, stop-until-cleared, incomplete-screening, proceed-with-advisory or proceed",
    }),
  },
  { error: "safety must be a re-screen result with an action" },
);

/**
 * Schema of {@link PainReport} (L-1, L-2, L-5).
 * @example
 * ```ts
 * painReportSchema.safeParse({ baselineNrs: 1, duringNrs: 3 }).success;
 * // => true
 * ```
 * @category Progression
 */
export const painReportSchema = /* @__PURE__ */ z.strictObject(
  {
    baselineNrs: nrs("baselineNrs"),
    duringNrs: nrs("duringNrs"),
    afterNrs: z.optional(nrs("afterNrs")),
    nextMorningNrs: z.optional(z.nullable(nrs("nextMorningNrs"))),
    spread: z.optional(z.enum(["none", "centralised", "peripheralised"], { error: "spread must be none, centralised or peripheralised" })),
    axiallyLoaded: z.optional(z.boolean({ error: "axiallyLoaded must be true or false" })),
  },
  { error: "a pain report must be an object with baselineNrs and duringNrs" },
);

const rangeOfMotion = z.enum(["quarter", "half", "three-quarter", "full"], { error: "rangeOfMotion must be quarter, half, three-quarter or full" });

/** A prescription's rep and hold ranges (internal: named so the JSON Schemas can describe them). */
export const repRange = /* @__PURE__ */ intRange("reps");
export const holdRange = /* @__PURE__ */ intRange("holdSeconds");

/**
 * Schema of {@link Prescription}; exactly one of `reps` and `holdSeconds` is checked by {@link parsePrescription}.
 * @example
 * ```ts
 * prescriptionSchema.safeParse({ exerciseId: "goblet-squat", sets: 3, reps: { min: 8, max: 10 }, loadKg: 16 }).success;
 * // => true
 * ```
 * @category Progression
 */
export const prescriptionSchema = /* @__PURE__ */ z.strictObject(
  {
    exerciseId: z.string({ error: "exerciseId must be a string" }).check(z.minLength(1, { error: "exerciseId must not be empty" })),
    sets: wholeCount("sets", 1),
    reps: z.optional(repRange),
    holdSeconds: z.optional(holdRange),
    loadKg: z.optional(z.nullable(kg("loadKg"))),
    rangeOfMotion: z.optional(rangeOfMotion),
    pauseSeconds: z.optional(z.number({ error: "pauseSeconds must be a number" }).check(z.gte(0, { error: "pauseSeconds must be 0 or more" }))),
  },
  { error: "a prescription must be an object with exerciseId, sets and reps or holdSeconds" },
);

/** One working set of an exercise log (internal: named so the JSON Schemas can describe it). */
export const loggedSetSchema = /* @__PURE__ */ z.strictObject(
  {
    reps: z.optional(wholeCount("reps", 0)),
    holdSeconds: z.optional(z.number({ error: "holdSeconds must be a number" }).check(z.gte(0, { error: "holdSeconds must be 0 or more" }))),
    loadKg: z.optional(z.nullable(kg("loadKg"))),
  },
  { error: "a set must be an object with reps or holdSeconds and an optional loadKg" },
);

/**
 * Schema of one {@link ExerciseLog}.
 * @example
 * ```ts
 * exerciseLogSchema.safeParse({ date: "2025-03-03", exerciseId: "goblet-squat",
 *   sets: [{ reps: 10, loadKg: 16 }], pain: { baselineNrs: 1, duringNrs: 2, nextMorningNrs: 1 } }).success;
 * // => true
 * ```
 * @category Progression
 */
export const exerciseLogSchema = /* @__PURE__ */ z.strictObject(
  {
    date: isoDate("date"),
    exerciseId: z.string({ error: "exerciseId must be a string" }).check(z.minLength(1, { error: "exerciseId must not be empty" })),
    sets: z.array(loggedSetSchema, { error: "sets must be an array of the working sets done" }),
    pain: painReportSchema,
    rangeOfMotion: z.optional(rangeOfMotion),
    pauseSeconds: z.optional(z.number({ error: "pauseSeconds must be a number" }).check(z.gte(0, { error: "pauseSeconds must be 0 or more" }))),
    safety: z.optional(safetyCheck),
    checkIn: z.optional(sessionCheckInSchema),
  },
  { error: "an exercise log must be an object with date, exerciseId, sets and pain" },
);

/**
 * Schema of one {@link LadderExposure}.
 * @example
 * ```ts
 * ladderExposureSchema.safeParse({ step: 0, pain: { baselineNrs: 1, duringNrs: 1, nextMorningNrs: 1 } }).success;
 * // => true
 * ```
 * @category Progression
 */
export const ladderExposureSchema = /* @__PURE__ */ z.strictObject(
  {
    date: z.optional(isoDate("date")),
    step: wholeCount("step", 0),
    pain: painReportSchema,
    safety: z.optional(safetyCheck),
    checkIn: z.optional(sessionCheckInSchema),
  },
  { error: "a ladder exposure must be an object with step and pain" },
);

/** The part of a staging result a weekly check-in carries (internal: named so the JSON Schemas can describe it). */
export const restageSchema = /* @__PURE__ */ z.object({ stage }, { error: "restage must be a staging result with a stage" });

/**
 * Schema of one {@link WeeklyCheckIn}.
 * @example
 * ```ts
 * weeklyCheckInSchema.safeParse({ morningPainNrs: 3, restage: { stage: "movement-control" } }).success;
 * // => true
 * ```
 * @category Progression
 */
export const weeklyCheckInSchema = /* @__PURE__ */ z.strictObject(
  {
    weekStart: z.optional(isoDate("weekStart")),
    morningPainNrs: nrs("morningPainNrs"),
    morningStiffnessNrs: z.optional(nrs("morningStiffnessNrs")),
    worstPainNrs: z.optional(nrs("worstPainNrs")),
    restage: z.optional(restageSchema),
    radicularPainWeeks: z.optional(z.number({ error: "radicularPainWeeks must be a number" }).check(z.gte(0, { error: "radicularPainWeeks must be 0 or more" }))),
    safety: z.optional(safetyCheck),
  },
  { error: "a weekly check-in must be an object with morningPainNrs" },
);

/**
 * Schema of one {@link WeekSummary}.
 * @example
 * ```ts
 * weekSummarySchema.safeParse({ deload: false, acwr: 1.1, morningPainNrs: 2 }).success;
 * // => true
 * ```
 * @category Progression
 */
export const weekSummarySchema = /* @__PURE__ */ z.strictObject(
  {
    weekStart: z.optional(isoDate("weekStart")),
    deload: z.optional(z.boolean({ error: "deload must be true or false" })),
    acwr: z.optional(z.nullable(z.number({ error: "acwr must be a finite number" }).check(z.gte(0, { error: "acwr must be 0 or more" })))),
    zone: z.optional(
      z.nullable(z.enum(["under-training", "sweet-spot", "caution", "danger"], { error: "zone must be under-training, sweet-spot, caution or danger" })),
    ),
    morningPainNrs: z.optional(z.nullable(nrs("morningPainNrs"))),
  },
  { error: "a week summary must be an object" },
);

function prescriptionIssues(value: Prescription, path: readonly (string | number)[] = []): ParseIssue[] {
  const issues: ParseIssue[] = [];
  if ((value.reps === undefined) === (value.holdSeconds === undefined)) {
    issues.push({ path: [...path], message: "give exactly one of reps (rep work) and holdSeconds (holds)" });
  }
  for (const key of ["reps", "holdSeconds"] as const) {
    const range = value[key];
    if (range !== undefined && range.max < range.min) issues.push({ path: [...path, key, "max"], message: `${key}.max must be at least ${key}.min` });
  }
  return issues;
}

/**
 * Validates a pain report at the boundary. Never throws.
 * @param input - untrusted data, e.g. parsed JSON
 * @returns the frozen report, or every issue with its path
 * @example
 * ```ts
 * parsePainReport({ baselineNrs: 1, duringNrs: 12 }).ok;
 * // => false
 * ```
 * @category Progression
 */
export function parsePainReport(input: unknown): ParseResult<PainReport> {
  return frozen(parseWith<PainReport>(painReportSchema, input));
}

/**
 * Validates a prescription at the boundary, including that exactly one of `reps` and
 * `holdSeconds` is given and every range has `min ≤ max`. Never throws.
 * @param input - untrusted data
 * @returns the frozen prescription, or every issue with its path
 * @example
 * ```ts
 * parsePrescription({ exerciseId: "goblet-squat", sets: 3 }).ok;
 * // => false
 * ```
 * @category Progression
 */
export function parsePrescription(input: unknown): ParseResult<Prescription> {
  return frozen(parseWith<Prescription>(prescriptionSchema, input, (value) => prescriptionIssues(value)));
}

const exerciseLogsSchema = /* @__PURE__ */ z.array(exerciseLogSchema, { error: "exercise logs must be an array" });
const ladderExposuresSchema = /* @__PURE__ */ z.array(ladderExposureSchema, { error: "ladder exposures must be an array" });
const weeklyCheckInsSchema = /* @__PURE__ */ z.array(weeklyCheckInSchema, { error: "weekly check-ins must be an array" });
const weekSummariesSchema = /* @__PURE__ */ z.array(weekSummarySchema, { error: "week summaries must be an array" });

/**
 * Validates an exercise log (an array of sessions) at the boundary. Never throws.
 * @param input - untrusted data
 * @returns the frozen logs, or every issue with its path
 * @example
 * ```ts
 * parseExerciseLogs([{ date: "2025-02-30", exerciseId: "x", sets: [], pain: { baselineNrs: 1, duringNrs: 1 } }]).ok;
 * // => false
 * ```
 * @category Progression
 */
export function parseExerciseLogs(input: unknown): ParseResult<readonly ExerciseLog[]> {
  return frozen(parseWith<readonly ExerciseLog[]>(exerciseLogsSchema, input));
}

/**
 * Validates ladder exposures at the boundary. Never throws.
 * @param input - untrusted data
 * @returns the frozen exposures, or every issue with its path
 * @example
 * ```ts
 * parseLadderExposures([{ step: -1, pain: { baselineNrs: 0, duringNrs: 0 } }]).ok;
 * // => false
 * ```
 * @category Progression
 */
export function parseLadderExposures(input: unknown): ParseResult<readonly LadderExposure[]> {
  return frozen(parseWith<readonly LadderExposure[]>(ladderExposuresSchema, input));
}

/**
 * Validates weekly check-ins at the boundary. Never throws.
 * @param input - untrusted data
 * @returns the frozen check-ins, or every issue with its path
 * @example
 * ```ts
 * parseWeeklyCheckIns([{ morningPainNrs: 3 }]).ok;
 * // => true
 * ```
 * @category Progression
 */
export function parseWeeklyCheckIns(input: unknown): ParseResult<readonly WeeklyCheckIn[]> {
  return frozen(parseWith<readonly WeeklyCheckIn[]>(weeklyCheckInsSchema, input));
}

/**
 * Validates week summaries at the boundary. Never throws.
 * @param input - untrusted data
 * @returns the frozen summaries, or every issue with its path
 * @example
 * ```ts
 * parseWeekSummaries([{ acwr: "high" }]).ok;
 * // => false
 * ```
 * @category Progression
 */
export function parseWeekSummaries(input: unknown): ParseResult<readonly WeekSummary[]> {
  return frozen(parseWith<readonly WeekSummary[]>(weekSummariesSchema, input));
}

function frozen<T>(result: ParseResult<T>): ParseResult<T> {
  return result.ok ? { ok: true, value: deepFreeze(result.value) } : result;
}
