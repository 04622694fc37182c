/**
 * The journal's JSON Schemas, generated from the schema `parseJournal` runs, with a description
 * on every field (for whoever builds an app or a logbook on the JSON Lines store).
 */
import * as z from "zod/mini";
import { jsonSchemaDocument, type JsonSchemaNode } from "../internal/jsonSchema.js";
import { clearanceSchema, RED_FLAG_QUESTIONS, screeningInputSchema } from "../screening/index.js";
import { requireRedFlagAnswers, screeningJsonAdjust } from "../screening/jsonSchema.js";
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
  screening: "Red-flag answers (S-1…S-5): true, false, or \"unknown\" (don't know, which counts as unanswered, S-13). At intake also the age and the S-6, S-8 answers; at a check-in only what is new or worse since the last one counts (S-9).",
  ageYears: "Age in whole years (S-11; the age flags of S-5 and S-6).",
  firstEpisode: "Whether this is the first-ever episode of back pain (S-5, S-6).",
  durationWeeks: "How long this episode has lasted, in whole weeks (S-6, S-8).",
  improvingSinceOnset: "Whether the pain has been improving since it started (S-6).",
  onsetAgeYears: "Age when back pain first started, in whole years (S-8).",
  inflammatoryFeatures: "The NICE NG65 criteria of the inflammatory back pain screen (S-8).",
  buttockPain: "Buttock pain (S-8).",
  improvesWithMovement: "Back pain improves with movement (S-8).",
  improvesWithNsaidsWithin48Hours: "Back pain improves within 48 hours of an NSAID (S-8).",
  firstDegreeRelativeWithSpondyloarthritis: "A parent, sibling or child with spondyloarthritis (S-8).",
  arthritis: "Current or past arthritis (S-8).",
  enthesitis: "Current or past enthesitis, pain where tendons attach (S-8).",
  psoriasis: "Current or past psoriasis (S-8).",
  clearances: "Clinicians' clearances given with the intake (S-12); later ones are clearance events.",
  clearingTests: "Both FMS clearing tests (C-1…C-6): the flexion rock-back and the extension press-up.",
  flexion: "The flexion clearing test (quadruped rock-back).",
  extension: "The extension clearing test (prone press-up).",
  painNrs: "Pain during the test, 0–10.",
  familiar: "Whether it was the person's familiar pain (C-1).",
  symptomsBefore: "Where symptoms reached before the test (C-4).",
  symptomsAfter: "Where symptoms reached after the test: further down the leg peripheralises, toward the spine centralises (C-4).",
  endPositionReached: "Whether the end position was reached (T-1…T-3).",
  lateralShift: "A visible lateral shift (C-6).",
  rotationProvokesPain: "Rotation provokes the pain (C-6).",
  history: "What makes the pain worse and what eases it (C-3). At a re-test: as it is now; omitted keeps the intake's.",
  worsenedBy: "Daily activities that make the pain worse (C-3).",
  easedBy: "Daily activities that ease the pain (C-3).",
  lowerCrossed: "The four lower-crossed questions (C-7).",
  anteriorPelvicTilt: "Signs of excessive anterior pelvic tilt: sway-back, a bulging abdomen (C-7).",
  weakGlutes: "Weak glutes (C-7).",
  tightHipFlexors: "Tight hip flexors (C-7).",
  liftsFeltInLowBack: "Squats and deadlifts felt mainly in the low back rather than the glutes (C-7).",
  symptoms: "The staging symptoms (T-1…T-5). At a re-test: as they are now; omitted uses the intake's with the latest weekly worst pain.",
  worstPainNrs: "Worst pain, 0–10: in the last 24 hours (staging) or that week (weekly check-in).",
  settlingTime: "How long symptoms take to settle after activity (T-1…T-3).",
  fearOfMovement: "Breath-holding at the thought of movement, or fear of moving (T-1).",
  stiffness: "Stiffness through the day (T-2).",
  endRange: "End range in the clearing tests; overrides what the tests say (T-1…T-3).",
  ladderProgress: "Ladder steps already earned at intake (P-1, P-2, L-6): ladder → index of the step.",
  hinge: "Hinge ladder step (P-2: trap bar and rack pull before the floor).",
  squat: "Squat ladder step.",
  row: "Row ladder step.",
  "flexion-exposure": "Flexion exposure ladder step (L-6).",
  "extension-exposure": "Extension exposure ladder step (L-6).",
  "lateral-flexion-exposure": "Lateral flexion exposure ladder step (L-6).",
  "leg-press": "Leg press ladder step.",
  crunch: "Crunch and sit-up ladder step.",
  flags: "Findings that tighten the contraindication policy.",
  axialLoadSensitive: "Axial loading (bar on the back) provokes symptoms: it is avoided.",
  legs: "One leg, or both legs (S-1).",
  reach: "How far down the leg the symptoms reach (S-7).",
  numbness: "Numbness or pins and needles in the leg (S-7).",
  weakness: "Weakness in the leg (S-2, S-7).",
  worsening: "Whether the leg symptoms are getting worse (S-2, S-7).",
  frequency: "How often night pain happens (T-1, T-2).",
  easedByChangingPosition: "Whether changing position eases the night pain (T-5).",
  secondHalfOfNight: "Whether it wakes the person in the second half of the night (T-5, S-8).",
  morningStiffnessEasesWithMovement: "Morning stiffness that eases with movement (T-5, S-8).",
  // clearance (an event, and inside an intake)
  clearedBy: "Who cleared it (name and role); surrounding white space is trimmed; 1 to 200 characters remain.",
  covers: "The red-flag answer keys the clearance covers (S-12 lifts exactly these, as reported on or before its date).",
  assessedEmergency: "The emergency features it names were assessed as such (needed to lift an emergency, S-12).",
  // session
  exercises: "The exercises done, each with its sets and pain.",
  exerciseId: "The exercise's catalog id.",
  sets: "The working sets done, in order (per side: a set of a unilateral exercise without a side was done on each side).",
  reps: "Reps done in the set (per side for unilateral work without a side).",
  seconds: "Seconds held, for holds and timed work.",
  meters: "Metres covered, for carries.",
  loadKg: "Load per implement in kg (each dumbbell, the bar with its plates); omitted for bodyweight.",
  side: "The side of a unilateral set; left and right sets in turn count as one set, judged on the weaker side.",
  pain: "How the back answered (L-1, L-2, L-5). On an exercise: its own; on the session: for every exercise without its own. No report is not \"no pain\": an exercise without one moves no dose.",
  baselineNrs: "Pain before the session (the pre-session baseline), 0–10.",
  duringNrs: "Worst pain during the exercise, 0–10 (L-1: ceiling 5, 3 for axially loaded lifts).",
  afterNrs: "Pain right after the session, 0–10.",
  nextMorningNrs: "Pain the next morning, 0–10 (L-2: back to baseline; baseline + 2 is a flare). In a session: null or omitted until known (a next-morning event fills it in).",
  spread: "Where symptoms went: none, centralised (toward the spine) or peripheralised (down the leg: stop and re-screen, L-5).",
  axiallyLoaded: "The lift loads the spine axially: the ceiling is 3 (L-1).",
  rangeOfMotion: "Range used (P-5): quarter, half, three-quarter or full.",
  pauseSeconds: "Pause held at the hardest point of each rep, seconds (P-6).",
  rpe: "Session RPE on the CR-10 scale, 0–10 (A-1).",
  minutes: "Session length in minutes (A-1). Without RPE or minutes the day's load is unknown (A-2).",
  // next-morning
  sessionId: "The session the report is about; omitted: the latest session dated before it.",
  // weekly check-in
  morningPainNrs: "Typical morning pain that week, 0–10 (L-3).",
  morningStiffnessNrs: "Typical morning stiffness that week, 0–10 (L-3).",
  radicularPainWeeks: "How many weeks radicular leg pain has lasted, when present (L-7).",
  // endurance test
  times: "Hold times of the four endurance tests, seconds (E-1…E-3).",
  flexorSeconds: "Trunk flexor test hold, seconds.",
  extensorSeconds: "Biering-Sørensen extensor test hold, seconds.",
  leftSideBridgeSeconds: "Left side bridge hold, seconds.",
  rightSideBridgeSeconds: "Right side bridge hold, seconds.",
  sex: "Chooses the 1999 reference means shown beside the times (E-3).",
  // outcome
  measure: "The outcome measure: rmdq, psfs, odi or nrs.",
  score: "Its score as the caller scored it: RMDQ 0–24, PSFS 0–10, ODI 0–100 %, NRS 0–10.",
  // correction
  supersedes: "The id of the event this correction supersedes (a recorded event, not a correction).",
  event: "The corrected event (same type; id and date may be left out), or null to withdraw the event.",
};

const QUESTIONS: ReadonlyMap<string, string> = new Map(RED_FLAG_QUESTIONS.map((item) => [item.key, `${item.question} (${item.ruleId})`]));

/** Fills in a description on every property that has none, and names each event shape. */
function describeFields(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) describeFields(item);
    return;
  }
  if (node === null || typeof node !== "object") return;
  const json = node as JsonSchemaNode;
  const properties = json["properties"] as Record<string, JsonSchemaNode> | undefined;
  if (properties !== undefined) {
    const type = (properties["type"] as { const?: unknown } | undefined)?.const;
    if (typeof type === "string" && type in EVENT_DESCRIPTIONS && json["description"] === undefined) {
      json["description"] = EVENT_DESCRIPTIONS[type as JournalEventType];
    }
    for (const [key, value] of Object.entries(properties)) {
      if (value["description"] === undefined) {
        const text = FIELD_DESCRIPTIONS[key] ?? QUESTIONS.get(key);
        if (text !== undefined) value["description"] = text;
      }
    }
  }
  for (const value of Object.values(json)) describeFields(value);
}

/**
 * The keywords the parsers need wherever their schemas are embedded: the intake's (every answer
 * and the age required, S-13; no screening.clearingTests; familiar pain above 0), a check-in's
 * required answers, a clearance's trimmed clearedBy (S-12), and a set that records something.
 */
function journalJsonAdjust(zodSchema: unknown, json: JsonSchemaNode): void {
  screeningJsonAdjust(zodSchema, json);
  classificationJsonAdjust(zodSchema, json);
  // The intake gives the clearing tests once, at its top (parseIntake refuses them in screening).
  if (zodSchema === screeningInputSchema) delete (json["properties"] as JsonSchemaNode)["clearingTests"];
  if (zodSchema === PART_SCHEMAS.screeningAnswersSchema) requireRedFlagAnswers(json, false);
  if (EVENT_SCHEMAS.get(zodSchema) === "clearance") screeningJsonAdjust(clearanceSchema, json);
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
  describeFields(document);
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
  describeFields(document);
  // J-1: exactly one intake (the contains keywords say it too).
  return { ...document, minItems: 1, contains: { type: "object", properties: { type: { const: "intake" } }, required: ["type"] }, minContains: 1, maxContains: 1 };
}
