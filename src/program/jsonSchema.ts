/**
 * The JSON Schemas of the intake and the planner's history, composed from the schemas their
 * parts' parsers run, with a description on every field and the rules across fields stated for
 * whoever builds a form, or stores a history and sends it back.
 */
import * as z from "zod/mini";
import { ladders as builtInLadders } from "../catalog/ladders.js";
import { LADDER_IDS } from "../catalog/vocabulary.js";
import { classificationJsonAdjust, clearingTestsRules, symptomHistoryRules } from "../classification/jsonSchema.js";
import { adjustAll, describeFields, describeKeys, jsonSchemaDocument, type JsonSchemaAdjust, type JsonSchemaNode } from "../internal/jsonSchema.js";
import { loadJsonAdjust, loggedSessionRules } from "../load/jsonSchema.js";
import { loggedSessionSchema } from "../load/schema.js";
import { loggedCheckInRules, progressionJsonAdjust } from "../progression/jsonSchema.js";
import { exerciseLogSchema, ladderExposureSchema, weekSummarySchema } from "../progression/schema.js";
import { requiredAnswersRule, screeningInputRules, screeningJsonAdjust } from "../screening/jsonSchema.js";
import { clearanceSchema, screeningInputSchema } from "../screening/schema.js";
import { intakeFlagsSchema, intakeSchema, intakeSymptomsSchema, ladderProgressSchema } from "./schema.js";

/** Each ladder's step, described by the ladder's name, goal and steps. */
const LADDER_STEPS: Readonly<Record<string, string>> = /* @__PURE__ */ (() =>
  Object.fromEntries(
    builtInLadders.map((ladder) => [
      ladder.id,
      `${ladder.name} (${ladder.goal}): the index of the highest step earned, 0 (${ladder.steps[0] ?? ""}) to ${ladder.steps.length - 1} (${ladder.steps.at(-1) ?? ""}); ${ladder.ruleIds.join(", ")}. Omitted: only the first step is open.`,
    ]),
  ))();

/** Each ladder's exposures, by the ladder's name. */
const EXPOSURES_BY_LADDER: Readonly<Record<string, string>> = /* @__PURE__ */ (() =>
  Object.fromEntries(
    builtInLadders.map((ladder) => [ladder.id, `Exposures at steps of the ${ladder.name} ladder (${ladder.goal}), oldest first.`]),
  ))();

/** What each field of the intake means, wherever it is embedded (a journal's intake event too). */
export const describeIntake: JsonSchemaAdjust = /* @__PURE__ */ (() =>
  adjustAll(
    describeFields(intakeSchema, {
      screening: 'The red-flag answers, the age and the S-6, S-8 answers (S-1…S-11). Every red-flag answer and the age are required (S-13): true, false, or "unknown" for don\'t know.',
      clearingTests: "Both FMS clearing tests and the C-6 findings, given once here (C-1…C-6): they classify the direction and give the end range for staging.",
      history: "What makes the pain worse and what eases it (C-3); it confirms or weakens the clearing tests' direction. Omitted: the tests alone decide.",
      lowerCrossed: "The four lower-crossed questions (C-7).",
      symptoms: "The staging symptoms the other parts do not already give (T-1…T-5): night pain comes from screening, end range from the clearing tests, leg symptoms from screening.legSymptoms.",
      ladderProgress: "Earn-back ladder steps already earned (P-1, P-2, L-6): ladder id → index of the highest step unlocked. Omitted: every ladder at its first step.",
      flags: "Findings that tighten which exercises are allowed.",
    }),
    describeFields(intakeSymptomsSchema, {
      worstPainNrs: "Worst back pain in the last 24 hours on the 0–10 numeric rating scale (NRS), whole numbers (T-1…T-3).",
      settlingTime: "How long symptoms take to settle after activity: within-an-hour, within-hours or next-day-or-longer (T-1…T-3).",
      fearOfMovement: "Fear of moving, or holding the breath at the thought of a movement (T-1). Omitted means no.",
      stiffness: "Stiffness through the day (T-2). Omitted means no.",
      endRange: "Overrides the end range read from the clearing tests: reached-pain-free, pain-at-end-range, pain-before-end-range or cannot-reach (T-1…T-3).",
      legSymptoms: "Overrides how far leg symptoms reach as read from screening.legSymptoms: none, above-knee or below-knee (S-7, T-4).",
    }),
    describeKeys(ladderProgressSchema, LADDER_STEPS),
    describeFields(intakeFlagsSchema, {
      axialLoadSensitive: "Axial loading (a bar on the back) provokes symptoms: such exercises are avoided (P-3). Omitted means no.",
    }),
  ))();

/** The intake's screening takes no clearing tests: they are the intake's own `clearingTests`. */
function withoutScreeningClearingTests(zodSchema: unknown, json: JsonSchemaNode): void {
  if (zodSchema === screeningInputSchema) delete (json["properties"] as JsonSchemaNode)["clearingTests"];
}

/**
 * The intake's JSON Schema (draft 2020-12), for forms and products outside TypeScript: generated
 * from {@link intakeSchema}, every red-flag answer and the age required (S-13), the screening
 * without `clearingTests` (they are given once, at the top level), a description on every field,
 * and the rules across fields that {@link parseIntake} checks stated in its `description`.
 *
 * @returns a fresh JSON Schema object, `$id` `https://spinewise.dev/schemas/intake.json`
 * @example
 * ```ts
 * intakeJsonSchema().required;
 * // => ["screening", "clearingTests", "lowerCrossed", "symptoms"]
 * ```
 * @category Program
 */
export function intakeJsonSchema(): Record<string, unknown> {
  return jsonSchemaDocument(intakeSchema, {
    name: "intake",
    title: "spinewise intake",
    summary:
      "A whole assessment: the screening answers, the two clearing tests, the symptom history, the lower-crossed questions, the staging symptoms, and optional ladder progress and flags. Read by parseIntake, assess and the command line (spinewise assess, plan).",
    rules: [
      `In screening: ${requiredAnswersRule(true).charAt(0).toLowerCase()}${requiredAnswersRule(true).slice(1)}`,
      ...screeningInputRules("screening."),
      "screening has no clearingTests: the clearing tests are given once, as the intake's clearingTests.",
      ...clearingTestsRules("clearingTests."),
      ...symptomHistoryRules("history."),
    ],
    adjust: [screeningJsonAdjust, classificationJsonAdjust, withoutScreeningClearingTests, describeIntake],
  });
}

/**
 * The JSON Schema (draft 2020-12) of a planner history (`PlanOptions.history`), as
 * {@link parsePlanHistory} reads it: ladder progress and exposures, completed weeks, the training
 * log, exercise logs and clearances, each part as its own module's parser reads it.
 *
 * @returns a fresh JSON Schema object, `$id` `https://spinewise.dev/schemas/plan-history.json`
 * @example
 * ```ts
 * Object.keys(planHistoryJsonSchema().properties as object);
 * // => ["ladderProgress", "ladderExposures", "weeks", "trainingLog", "exerciseLogs", "clearances"]
 * ```
 * @category Program
 */
export function planHistoryJsonSchema(): Record<string, unknown> {
  const exposures = z.array(ladderExposureSchema);
  const byLadderSchema = z.strictObject(Object.fromEntries(LADDER_IDS.map((id) => [id, z.optional(exposures)])));
  const history = z.strictObject({
    ladderProgress: z.optional(ladderProgressSchema),
    ladderExposures: z.optional(byLadderSchema),
    weeks: z.optional(z.array(weekSummarySchema)),
    trainingLog: z.optional(z.array(loggedSessionSchema)),
    exerciseLogs: z.optional(z.array(exerciseLogSchema)),
    clearances: z.optional(z.array(clearanceSchema)),
  });
  const describeHistory = adjustAll(
    describeIntake,
    describeFields(history, {
      ladderProgress: "Earn-back ladder steps earned since the intake (P-1, P-2, L-6): ladder id → index of the highest step unlocked; the higher of this and the intake's step wins.",
      ladderExposures: "Exposures to each ladder's steps with the pain response, by ladder, oldest first. For a ladder with exposures they set the step this week (advance after green exposures, drop back on red: P-1, P-2, L-4, L-6), whatever the intake said.",
      weeks: "Completed weeks, oldest first, for the deload rules (P-7, A-7, L-3).",
      trainingLog: "Logged sessions (session RPE × minutes, A-1) for the acute:chronic workload ratio (A-1…A-7), as parseTrainingLog reads an array of sessions.",
      exerciseLogs: "Logged sessions of single exercises with the pain response, oldest first, for dose progression (L-1…L-5, P-9).",
      clearances: "Clinicians' clearances (S-12): a check-in in the history that stops training holds every later week until a clearance dated on or after it names its features.",
    }),
    describeKeys(byLadderSchema, EXPOSURES_BY_LADDER),
  );
  const schema = jsonSchemaDocument(history, {
    name: "plan-history",
    title: "spinewise plan history",
    summary:
      "What happened since the intake, for planWeek and planSession (options.history), as read by parsePlanHistory: ladder progress and exposures (P-1, P-2, L-6), completed weeks (P-7, A-7), the training log (A-1…A-7), exercise logs with their pain responses (L-1…L-5) and clinicians' clearances (S-12).",
    rules: [
      "Each exposure in ladderExposures.<ladder> is at a step that ladder has (steps 0 to its length − 1; also the maximum keyword).",
      ...loggedSessionRules("of trainingLog "),
      ...loggedCheckInRules("An exercise log's or a ladder exposure's "),
    ],
    adjust: [loadJsonAdjust, progressionJsonAdjust, describeHistory],
  });
  // The steps of each built-in ladder, as parsePlanHistory checks them.
  const byLadder = ((schema["properties"] as Record<string, JsonSchemaNode>)["ladderExposures"] as JsonSchemaNode)["properties"] as Record<string, JsonSchemaNode>;
  for (const ladder of builtInLadders) {
    const step = ((byLadder[ladder.id]?.["items"] as JsonSchemaNode)["properties"] as Record<string, JsonSchemaNode>)["step"] as JsonSchemaNode;
    step["maximum"] = ladder.steps.length - 1;
  }
  return schema;
}
