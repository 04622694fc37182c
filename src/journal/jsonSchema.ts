/**
 * The journal's JSON Schemas, generated from the schema `parseJournal` runs, with a description
 * on every field (for whoever builds an app or a logbook on the JSON Lines store).
 */
import * as z from "zod/mini";
import { adjustAll, describeFields, describeKeys, eachSchemaObject, jsonSchemaDocument, type JsonSchemaNode } from "../internal/jsonSchema.js";
import { describeIntake } from "../program/jsonSchema.js";
import { progressionJsonAdjust } from "../progression/jsonSchema.js";
import { stagingJsonAdjust } from "../staging/jsonSchema.js";
import { clearanceSchema, screeningInputSchema } from "../screening/index.js";
import { redFlagAnswers, requireRedFlagAnswers, screeningJsonAdjust } from "../screening/jsonSchema.js";
import { classificationJsonAdjust } from "../classification/jsonSchema.js";
import { EVENT_SCHEMAS, journalEventSchema, PART_SCHEMAS } from "./schema.js";
import type { JournalEventType } from "./types.js";

/** What each event type records. */
const EVENT_DESCRIPTIONS: Readonly<Record<JournalEventType, string>> = {
  intake: "The intake (J-1): the same object assess() takes. A journal has exactly one; a correction supersedes it when an answer was wrong.",
  "check-in": "A session check-in (S-9): the red-flag questions again; any feature reported counts as new or worse. A red flag holds every following week until a clearance names it (S-12).",
  session: "A performed session: per exercise the sets and how the back answered, and the session RPE × minutes. One event feeds dose progression, the ladders, weekly volume and training load.",
  "next-morning": "The next morning (L-2): pain and spread overnight, applied to every exercise of the session before it (or the one named by sessionId).",
  "weekly-check-in": "The weekly check-in: typical morning pain and stiffness and the week's worst pain. Two rising weeks drop the stage (L-3); two weeks in the next stage's pain band make a re-test due (L-4).",
  retest: "A re-test (L-4): both clearing tests re-run and the staging symptoms now. The intake is re-assessed; the stage advances one step at most.",
  clearance: "A clinician's clearance (S-12), dated by the event: it lifts exactly the features it names in covers, as they were reported on or before its date.",
  "endurance-test": "The trunk endurance tests (E-1…E-3), judged in function optimisation only.",
  outcome: "An outcome measure as the caller scored it: RMDQ 0–24, PSFS 0–10, ODI 0–100 %, NRS 0–10.",
  correction: "A correction (J-2): a new event that supersedes an earlier one by its id, never an edit. event null withdraws it; the latest correction of an id wins.",
};

/** A description for every field of the event shapes and the documents they embed, by field name. */
const FIELD_DESCRIPTIONS: Readonly<Record<string, string>> = {
  // Every event
  version: "The event format's version: 1 (omitted means 1).",
  id: "The event's id, unique in the journal (1–200 characters); a correction names the event it supersedes by it. In a corrected event: the superseded id, or omitted.",
  date: "The day it happened, YYYY-MM-DD (events are replayed in date order, J-2). In a corrected event: omitted keeps the superseded event's date.",
  type: "The kind of event.",
  note: "Free text kept with the record (at most 2000 characters).",
  // intake
  intake: "The intake: screening answers, both clearing tests, the symptom history, the lower-crossed questions, the staging symptoms, optional ladder progress and flags (spinewise schema intake).",
  symptoms: "The staging symptoms (T-1…T-5). At a re-test: as they are now; omitted uses the intake's with the latest weekly worst pain.",
  worstPainNrs: "Worst pain, 0–10: in the last 24 hours (staging) or that week (weekly check-in).",
  // session
  exercises: "The exercises done, each with its sets and pain.",
  nextMorningNrs: "Pain the next morning, 0–10 (L-2: back to baseline; baseline + 2 is a flare). In a session: null or omitted until known (a next-morning event fills it in).",
  spread: "Where symptoms went: none, centralised (toward the spine) or peripheralised (down the leg: stop and re-screen, L-5).",
  rpe: "Session RPE on the CR-10 scale, 0–10 (A-1).",
  minutes: "Session length in minutes (A-1). Without RPE or minutes the day's load is unknown (A-2).",
  // next-morning
  sessionId: "The session the report is about; omitted: the latest session dated before it.",
  // weekly check-in
  morningPainNrs: "Typical morning pain that week, 0–10 (L-3).",
  morningStiffnessNrs: "Typical morning stiffness that week, 0–10 (L-3).",
  radicularPainWeeks: "How many weeks radicular leg pain has lasted, when present (L-7).",
  // outcome
  measure: "The outcome measure: rmdq, psfs, odi or nrs.",
  score: "Its score as the caller scored it: RMDQ 0–24, PSFS 0–10, ODI 0–100 %, NRS 0–10.",
  // correction
  supersedes: "The id of the event this correction supersedes (a recorded event, not a correction).",
  event: "The corrected event (same type; id and date may be left out), or null to withdraw the event.",
};

const NRS = "on the 0–10 numeric rating scale (NRS), whole numbers";

/** A session event's pain and answers, which their own schemas describe in general. */
const SESSION_FIELDS: Readonly<Record<string, string>> = {
  pain: "How the back answered (L-1, L-2, L-5), for every exercise without its own report. No report is not \"no pain\": an exercise without one moves no dose.",
  screening: "The session's check-in answers (S-9), when asked with the session: every red-flag answer is required (S-13).",
};

/** The parts an event embeds that are the journal's own: a check-in's answers, a session's exercises and sets, a re-test's symptoms. */
const describeParts = /* @__PURE__ */ (() =>
  adjustAll(
    describeFields(PART_SCHEMAS.screeningAnswersSchema, redFlagAnswers(true)),
    describeFields(PART_SCHEMAS.sessionExerciseSchema, {
      exerciseId: "The exercise's catalog id (1–200 characters).",
      sets: "The working sets done, in order (per side: a set of a unilateral exercise without a side was done on each side).",
      pain: "How the back answered this exercise (L-1, L-2, L-5); omitted: the session's pain applies. An exercise with no report moves no dose.",
      rangeOfMotion: "Range used (P-5): quarter, half, three-quarter or full.",
      pauseSeconds: "Pause held at the hardest point of each rep, in seconds, 0–60 (P-6).",
    }),
    describeFields(PART_SCHEMAS.sessionSetSchema, {
      reps: "Reps done in the set, a whole number 0–1000 (per side for unilateral work without a side).",
      seconds: "Seconds held, 0–3600, for holds and timed work.",
      meters: "Metres covered, 0–10000, for carries.",
      loadKg: "Load per implement in kg, 0–1000 (each dumbbell; the bar with its plates); omitted for bodyweight.",
      side: "left or right, for a unilateral set: left and right sets in turn count as one set, judged on the weaker side. Omitted: done on each side.",
    }),
    describeFields(PART_SCHEMAS.retestSymptomsSchema, {
      worstPainNrs: `Worst back pain in the last 24 hours ${NRS} (T-1…T-3).`,
      settlingTime: "How long symptoms take to settle after activity: within-an-hour, within-hours or next-day-or-longer (T-1…T-3).",
      fearOfMovement: "Fear of moving, or holding the breath at the thought of a movement (T-1). Omitted means no.",
      stiffness: "Stiffness through the day (T-2). Omitted means no.",
      endRange: "Overrides the end range read from the re-test's clearing tests (T-1…T-3).",
      legSymptoms: "How far leg symptoms reach now: none, above-knee or below-knee (S-7, T-4).",
      nightPain: "Night pain now, or null for none (T-5).",
    }),
  ))();

/** Fills in a description on every event-level property that has none, and names each event shape. */
function describeEvent(json: JsonSchemaNode): void {
  const properties = json["properties"] as Record<string, JsonSchemaNode> | undefined;
  if (properties === undefined) return;
  const type = (properties["type"] as { const?: unknown } | undefined)?.const;
  // The event's own description, over a clearance's (a clearance event is described as one).
  if (typeof type === "string" && type in EVENT_DESCRIPTIONS) {
    json["description"] = EVENT_DESCRIPTIONS[type as JournalEventType];
  }
  for (const [key, value] of Object.entries(properties)) {
    if (value["description"] === undefined) {
      const text = FIELD_DESCRIPTIONS[key];
      if (text !== undefined) value["description"] = text;
    }
  }
}

/**
 * The keywords the parsers need wherever their schemas are embedded: the intake's (every answer
 * and the age required, S-13; no screening.clearingTests; familiar pain above 0), a check-in's
 * required answers, a clearance's trimmed clearedBy (S-12), and a set that records something.
 */
function journalJsonAdjust(zodSchema: unknown, json: JsonSchemaNode): void {
  screeningJsonAdjust(zodSchema, json);
  classificationJsonAdjust(zodSchema, json);
  describeParts(zodSchema, json);
  // The descriptions of the parts it embeds, as their own documents give them.
  describeIntake(zodSchema, json);
  progressionJsonAdjust(zodSchema, json);
  stagingJsonAdjust(zodSchema, json);
  // The intake gives the clearing tests once, at its top (parseIntake refuses them in screening).
  if (zodSchema === screeningInputSchema) delete (json["properties"] as JsonSchemaNode)["clearingTests"];
  if (zodSchema === PART_SCHEMAS.screeningAnswersSchema) requireRedFlagAnswers(json, false);
  if (EVENT_SCHEMAS.get(zodSchema) === "clearance") screeningJsonAdjust(clearanceSchema, json);
  if (EVENT_SCHEMAS.get(zodSchema) === "session") describeKeys(zodSchema, SESSION_FIELDS)(zodSchema, json);
  if (zodSchema === PART_SCHEMAS.sessionSetSchema) json["anyOf"] = [{ required: ["reps"] }, { required: ["seconds"] }, { required: ["meters"] }];
}

/** The rules of one event, beyond its keywords. */
const EVENT_RULES: readonly string[] = [
  "A set records something done: reps, seconds or meters (also the anyOf keyword).",
  "An outcome score is within its measure's range: RMDQ 0–24 and NRS 0–10 whole numbers, PSFS 0–10, ODI 0–100.",
  "A corrected event keeps the id it supersedes: its id is left out or equals supersedes.",
  "Red-flag answers (an intake's screening, a check-in's or a session's screening): every answer is required (S-13; the required lists). The parser accepts answers left out so that the safety gate can name them: the intake is then assessed as an incomplete screening (incomplete-screening) and a check-in holds training until a complete one.",
  "In the intake: intake.screening.onsetAgeYears is at most intake.screening.ageYears; intake.screening.durationWeeks is at most (ageYears + 1) × 52.18; intake.screening.improvingSinceOnset needs intake.screening.durationWeeks (also the dependentRequired keyword); screening has no clearingTests (they are the intake's own clearingTests).",
  "In the clearing tests (intake.clearingTests, a retest's clearingTests), flexion and extension: familiar pain (familiar: true) needs a painNrs above 0 (also the if/then keywords).",
  "In a symptom history (intake.history, a retest's history), no activity is listed in both worsenedBy and easedBy.",
];

/** The rules across the events of a journal (J-1, J-2). */
const JOURNAL_RULES: readonly string[] = [
  "ids are unique in a journal; there is exactly one intake event (also the contains, minContains and maxContains keywords), and no event is dated before it.",
  "A correction supersedes a recorded event (not a correction) dated on or before it, keeps its type, and never withdraws the intake.",
  "A next-morning event's sessionId names a session dated before it.",
];

/**
 * The JSON Schema (draft 2020-12) of one journal event: one line of a JSON Lines journal, as
 * {@link parseJournalEvent} reads it, with a description on every field.
 *
 * @returns a fresh JSON Schema object, `$id` `https://spinewise.dev/schemas/journal-event.json`
 * @example
 * ```ts
 * (journalEventJsonSchema().oneOf as unknown[]).length;
 * // => 10
 * ```
 * @category Journal
 */
export function journalEventJsonSchema(): Record<string, unknown> {
  const document = jsonSchemaDocument(journalEventSchema, {
    name: "journal-event",
    title: "spinewise journal event",
    summary:
      "One dated event of an athlete's record (J-1): one line of a JSON Lines journal (spinewise journal add), as read by parseJournalEvent and parseJournal. Events are replayed in date order; a correction supersedes an event by its id (J-2).",
    rules: EVENT_RULES,
    adjust: [journalJsonAdjust],
  });
  eachSchemaObject(document, describeEvent);
  return document;
}

/**
 * The JSON Schema (draft 2020-12) of a whole journal (an array of events, any order), as
 * {@link parseJournal} reads it, with a description on every field.
 *
 * @returns a fresh JSON Schema object, `$id` `https://spinewise.dev/schemas/journal.json`
 * @example
 * ```ts
 * journalJsonSchema().type;
 * // => "array"
 * ```
 * @category Journal
 */
export function journalJsonSchema(): Record<string, unknown> {
  const document = jsonSchemaDocument(z.array(journalEventSchema), {
    name: "journal",
    title: "spinewise journal",
    summary:
      "An athlete's whole record (J-1): dated events in any order (J-2 orders them), as read by parseJournal, replay and planNextWeek. The command line stores it as JSON Lines, one event a line (spinewise journal).",
    rules: [...EVENT_RULES.map((rule) => `In each event: ${rule.charAt(0).toLowerCase()}${rule.slice(1)}`), ...JOURNAL_RULES],
    adjust: [journalJsonAdjust],
  });
  eachSchemaObject(document, describeEvent);
  // J-1: exactly one intake (the contains keywords say it too).
  return { ...document, minItems: 1, contains: { type: "object", properties: { type: { const: "intake" } }, required: ["type"] }, minContains: 1, maxContains: 1 };
}
