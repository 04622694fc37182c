/**
 * The journal at the boundary: the schema of every event and `parseJournal`, which lists every
 * problem with its path (J-1, J-2).
 */
import * as z from "zod/mini";
import type { ParseIssue, ParseResult } from "../evidence/index.js";
import { deepFreeze } from "../internal/freeze.js";
import { isoDateString } from "../internal/isoDateSchema.js";
import { parseWith } from "../internal/parse.js";
import { clearingTestsSchema, enduranceTimesSchema, parseClearingTests, parseSymptomHistory, symptomHistorySchema } from "../classification/index.js";
import { clearanceSchema, sessionCheckInSchema } from "../screening/index.js";
import { nightPainSchema } from "../staging/index.js";
import { painReportSchema } from "../progression/index.js";
import { intakeSchema, intakeSymptomsSchema, parseIntake } from "../program/index.js";
import type { CorrectedEvent, Journal, JournalEvent, JournalEventType, RecordedEvent } from "./types.js";

/**
 * The version of the event format this release reads and writes.
 *
 * @example
 * ```ts
 * JOURNAL_VERSION;
 * // => 1
 * ```
 * @category Journal
 */
export const JOURNAL_VERSION = 1;

/**
 * Every event type, in the order events of one day are replayed (J-2): the intake, the next
 * morning's report, check-ins, clearances, weekly check-ins, re-tests, tests and outcomes, then
 * the day's sessions. Corrections are applied before ordering.
 *
 * @example
 * ```ts
 * JOURNAL_EVENT_TYPES.at(-1);
 * // => "correction"
 * ```
 * @category Journal
 */
export const JOURNAL_EVENT_TYPES: readonly JournalEventType[] = Object.freeze([
  "intake",
  "next-morning",
  "check-in",
  "clearance",
  "weekly-check-in",
  "retest",
  "endurance-test",
  "outcome",
  "session",
  "correction",
] as const);

const nrs = (name: string) =>
  z
    .int({ error: `${name} must be a whole number on the 0–10 pain scale` })
    .check(z.gte(0, { error: `${name} must be at least 0` }), z.lte(10, { error: `${name} must be at most 10` }));
const count = (name: string, max: number) =>
  z.int({ error: `${name} must be a whole number` }).check(z.gte(0, { error: `${name} must be 0 or more` }), z.lte(max, { error: `${name} must be at most ${max}` }));
const amount = (name: string, unit: string, max: number) =>
  z.number({ error: `${name} must be a number of ${unit}` }).check(z.gte(0, { error: `${name} must be 0 or more` }), z.lte(max, { error: `${name} must be at most ${max}` }));
const text = (name: string, max: number) =>
  z.string({ error: `${name} must be text` }).check(z.minLength(1, { error: `${name} must not be empty` }), z.maxLength(max, { error: `${name} must be at most ${max} characters` }));

/** The check-in answers of a journal event: the red-flag answers only (the date is the event's, clearances are events). */
const screeningAnswersSchema = /* @__PURE__ */ z.omit(sessionCheckInSchema, { date: true, clearances: true });

const base = {
  version: z.optional(z.literal(JOURNAL_VERSION, { error: `version must be ${JOURNAL_VERSION} (the event format this release reads)` })),
  id: text("id", 200),
  date: isoDateString("date"),
  note: z.optional(z.string({ error: "note must be text" }).check(z.maxLength(2000, { error: "note must be at most 2000 characters" }))),
};

const sessionSetSchema = /* @__PURE__ */ z.strictObject(
  {
    reps: z.optional(count("reps", 1000)),
    seconds: z.optional(amount("seconds", "seconds", 3600)),
    meters: z.optional(amount("meters", "metres", 10000)),
    loadKg: z.optional(amount("loadKg", "kg", 1000)),
    side: z.optional(z.enum(["left", "right"], { error: "side must be left or right" })),
  },
  { error: "a set must be an object with reps, seconds or meters, and an optional loadKg and side" },
);

const sessionExerciseSchema = /* @__PURE__ */ z.strictObject(
  {
    exerciseId: text("exerciseId", 200),
    sets: z.array(sessionSetSchema, { error: "sets must be an array of the working sets done" }),
    pain: z.optional(painReportSchema),
    rangeOfMotion: z.optional(z.enum(["quarter", "half", "three-quarter", "full"], { error: "rangeOfMotion must be quarter, half, three-quarter or full" })),
    pauseSeconds: z.optional(amount("pauseSeconds", "seconds", 60)),
  },
  { error: "an exercise must be an object with exerciseId and sets" },
);

const retestSymptomsSchema = /* @__PURE__ */ z.extend(intakeSymptomsSchema, { nightPain: z.optional(z.nullable(nightPainSchema)) });

const outcomeMeasure = z.enum(["rmdq", "psfs", "odi", "nrs"], { error: "measure must be rmdq, psfs, odi or nrs" });

/** The fields of each event type beside the common ones. */
const fields = {
  intake: { intake: intakeSchema },
  "check-in": { screening: screeningAnswersSchema },
  session: {
    exercises: z.array(sessionExerciseSchema, { error: "exercises must be an array" }),
    rpe: z.optional(amount("rpe", "RPE points (CR-10)", 10)),
    minutes: z.optional(z.number({ error: "minutes must be a number" }).check(z.gt(0, { error: "minutes must be more than 0" }), z.lte(600, { error: "minutes must be at most 600" }))),
    pain: z.optional(painReportSchema),
    screening: z.optional(screeningAnswersSchema),
  },
  "next-morning": {
    nextMorningNrs: nrs("nextMorningNrs"),
    spread: z.optional(z.enum(["none", "centralised", "peripheralised"], { error: "spread must be none, centralised or peripheralised" })),
    sessionId: z.optional(text("sessionId", 200)),
  },
  "weekly-check-in": {
    morningPainNrs: nrs("morningPainNrs"),
    morningStiffnessNrs: z.optional(nrs("morningStiffnessNrs")),
    worstPainNrs: z.optional(nrs("worstPainNrs")),
    radicularPainWeeks: z.optional(count("radicularPainWeeks", 520)),
  },
  retest: { clearingTests: clearingTestsSchema, symptoms: z.optional(retestSymptomsSchema), history: z.optional(symptomHistorySchema) },
  clearance: z.omit(clearanceSchema, { date: true, note: true }).shape,
  "endurance-test": { times: enduranceTimesSchema },
  outcome: { measure: outcomeMeasure, score: amount("score", "points", 100) },
} as const;

type RecordedType = keyof typeof fields;
const RECORDED_TYPES = Object.keys(fields) as RecordedType[];

function eventSchema<T extends RecordedType>(type: T) {
  return z.strictObject({ ...base, type: z.literal(type), ...fields[type] }, { error: `a ${type} event must be an object` });
}

/** The corrected version of an event: its id and date may be left out (the superseded event's). */
function correctedSchema<T extends RecordedType>(type: T) {
  return z.strictObject(
    { ...base, id: z.optional(base.id), date: z.optional(base.date), type: z.literal(type), ...fields[type] },
    { error: `a corrected ${type} event must be an object` },
  );
}

const recordedSchemas = /* @__PURE__ */ RECORDED_TYPES.map((type) => eventSchema(type));
const correctedSchemas = /* @__PURE__ */ RECORDED_TYPES.map((type) => correctedSchema(type));

const correctionSchema = /* @__PURE__ */ z.strictObject(
  {
    ...base,
    type: z.literal("correction"),
    supersedes: text("supersedes", 200),
    event: z.nullable(z.discriminatedUnion("type", correctedSchemas as unknown as [z.core.$ZodTypeDiscriminable, ...z.core.$ZodTypeDiscriminable[]])),
  },
  { error: "a correction must be an object" },
);

/**
 * The schema of one journal event: a union on `type` of every event shape (J-1). The journal's
 * JSON Schema is generated from it ({@link journalEventJsonSchema}).
 *
 * @example
 * ```ts
 * journalEventSchema.safeParse({ id: "w1", date: "2026-04-05", type: "weekly-check-in", morningPainNrs: 2 }).success;
 * // => true
 * ```
 * @category Journal
 */
export const journalEventSchema = /* @__PURE__ */ z.discriminatedUnion(
  "type",
  [...recordedSchemas, correctionSchema] as unknown as [z.core.$ZodTypeDiscriminable, ...z.core.$ZodTypeDiscriminable[]],
  { error: `type must be one of ${JOURNAL_EVENT_TYPES.join(", ")}` },
);

/** The schemas by type, for the JSON Schema's descriptions. */
export const EVENT_SCHEMAS: ReadonlyMap<unknown, JournalEventType> = /* @__PURE__ */ new Map<unknown, JournalEventType>([
  ...recordedSchemas.map((schema, index) => [schema, RECORDED_TYPES[index]!] as const),
  ...correctedSchemas.map((schema, index) => [schema, RECORDED_TYPES[index]!] as const),
  [correctionSchema, "correction"],
]);
/** The schemas of the parts an event embeds, for the JSON Schema's descriptions. */
export const PART_SCHEMAS = { sessionSetSchema, sessionExerciseSchema, screeningAnswersSchema, retestSymptomsSchema } as const;

const prefixed = (issues: readonly ParseIssue[], path: readonly (string | number)[]): ParseIssue[] =>
  issues.map((issue) => ({ path: [...path, ...issue.path], message: issue.message }));

/** The checks an event's own parts need beyond their shape (the intake's contradictions, a set with something done). */
function eventIssues(event: RecordedEvent | CorrectedEvent): ParseIssue[] {
  const issues: ParseIssue[] = [];
  switch (event.type) {
    case "intake": {
      const parsed = parseIntake(event.intake);
      if (!parsed.ok) issues.push(...prefixed(parsed.error.issues, ["intake"]));
      break;
    }
    case "retest": {
      const parsed = parseClearingTests(event.clearingTests);
      if (!parsed.ok) issues.push(...prefixed(parsed.error.issues, ["clearingTests"]));
      const history = event.history === undefined ? undefined : parseSymptomHistory(event.history);
      if (history !== undefined && !history.ok) issues.push(...prefixed(history.error.issues, ["history"]));
      break;
    }
    case "session":
      event.exercises.forEach((exercise, index) => {
        exercise.sets.forEach((set, setIndex) => {
          if (set.reps === undefined && set.seconds === undefined && set.meters === undefined) {
            issues.push({ path: ["exercises", index, "sets", setIndex], message: "a set needs reps, seconds or meters (what was done)" });
          }
        });
      });
      break;
    case "outcome": {
      const top = { rmdq: 24, psfs: 10, odi: 100, nrs: 10 }[event.measure];
      if (event.score > top) issues.push({ path: ["score"], message: `a ${event.measure} score is from 0 to ${top}, got ${event.score}` });
      if ((event.measure === "rmdq" || event.measure === "nrs") && !Number.isInteger(event.score)) {
        issues.push({ path: ["score"], message: `a ${event.measure} score is a whole number, got ${event.score}` });
      }
      break;
    }
    default:
      break;
  }
  return issues;
}

/**
 * Validates one journal event at the boundary: its shape by type, and its parts' own checks
 * (the intake as `parseIntake` checks it, the check-in's answers, the clearing tests, a set
 * that records something done). Never throws.
 *
 * @param input - anything, e.g. one parsed line of a JSON Lines journal
 * @returns the frozen event, or every issue with its path
 * @example
 * ```ts
 * parseJournalEvent({ id: "m1", date: "2026-04-02", type: "next-morning", nextMorningNrs: 11 }).ok;
 * // => false
 * ```
 * @category Journal
 */
export function parseJournalEvent(input: unknown): ParseResult<JournalEvent> {
  const shaped = parseWith<JournalEvent>(journalEventSchema as unknown as Parameters<typeof parseWith<JournalEvent>>[0], input);
  if (!shaped.ok) return shaped;
  const event = shaped.value;
  const issues =
    event.type === "correction"
      ? event.event === null
        ? []
        : [
            ...prefixed(eventIssues(event.event), ["event"]),
            ...(event.event.id !== undefined && event.event.id !== event.supersedes
              ? [{ path: ["event", "id"], message: `a corrected event keeps the id it supersedes (${event.supersedes}); leave id out` }]
              : []),
          ]
      : eventIssues(event);
  if (issues.length > 0) return { ok: false, error: { issues } };
  return { ok: true, value: deepFreeze(event) };
}

/**
 * Validates a whole journal at the boundary (J-1, J-2). Never throws.
 *
 * Each event is checked by {@link parseJournalEvent}; then the journal as a whole: ids are
 * unique; there is exactly one intake and nothing else is dated before it; a correction
 * supersedes an earlier (or same-day) event that is not itself a correction, keeps its type, and
 * never withdraws the intake; a next-morning report's `sessionId` names a session dated before
 * it. Every problem is listed with its path (`[index, …]`, the event's place in the input).
 *
 * @param input - anything, e.g. the parsed lines of a JSON Lines journal, in any order
 * @returns the frozen journal (in the order given), or every issue with its path
 * @example
 * ```ts
 * const result = parseJournal([{ id: "m1", date: "2026-04-02", type: "next-morning", nextMorningNrs: 2 }]);
 * result.ok ? [] : result.error.issues.map((issue) => issue.message);
 * // => ["a journal needs exactly one intake event (found none)"]
 * ```
 * @category Journal
 */
export function parseJournal(input: unknown): ParseResult<Journal> {
  if (!Array.isArray(input)) {
    return { ok: false, error: { issues: [{ path: [], message: "a journal must be an array of events" }] } };
  }
  const issues: ParseIssue[] = [];
  const events: (JournalEvent | undefined)[] = [];
  input.forEach((item: unknown, index) => {
    let parsed: ParseResult<JournalEvent>;
    try {
      parsed = parseJournalEvent(item);
    } catch (thrown) {
      // A getter or proxy that throws is bad input like any other.
      parsed = { ok: false, error: { issues: [{ path: [], message: `the event could not be read: ${thrown instanceof Error ? thrown.message : String(thrown)}` }] } };
    }
    if (parsed.ok) events.push(parsed.value);
    else {
      events.push(undefined);
      issues.push(...prefixed(parsed.error.issues, [index]));
    }
  });
  issues.push(...journalIssues(events));
  if (issues.length > 0) return { ok: false, error: { issues } };
  return { ok: true, value: Object.freeze(events as JournalEvent[]) };
}

/** The checks across events (J-2), on the events that parsed. */
function journalIssues(events: readonly (JournalEvent | undefined)[]): ParseIssue[] {
  const issues: ParseIssue[] = [];
  const byId = new Map<string, { index: number; event: JournalEvent }>();
  events.forEach((event, index) => {
    if (event === undefined) return;
    const first = byId.get(event.id);
    if (first !== undefined) issues.push({ path: [index, "id"], message: `the id ${JSON.stringify(event.id)} is already used by event ${first.index}: ids are unique` });
    else byId.set(event.id, { index, event });
  });
  const intakes = events.flatMap((event, index) => (event?.type === "intake" ? [{ index, event }] : []));
  if (intakes.length === 0 && events.every((event) => event !== undefined)) {
    issues.push({ path: [], message: "a journal needs exactly one intake event (found none)" });
  }
  for (const extra of intakes.slice(1)) {
    issues.push({ path: [extra.index, "type"], message: `a journal has one intake (event ${intakes[0]!.index}); to change it, add a correction that supersedes it` });
  }
  const intakeDate = intakes[0]?.event.date;
  events.forEach((event, index) => {
    if (event === undefined) return;
    if (intakeDate !== undefined && event.type !== "intake" && event.date < intakeDate) {
      issues.push({ path: [index, "date"], message: `dated ${event.date}, before the intake (${intakeDate}): nothing is recorded before the intake` });
    }
    if (event.type === "correction") {
      const target = byId.get(event.supersedes)?.event;
      if (target === undefined) issues.push({ path: [index, "supersedes"], message: `no event has the id ${JSON.stringify(event.supersedes)}` });
      else if (target.type === "correction") {
        issues.push({ path: [index, "supersedes"], message: "a correction supersedes a recorded event, not a correction (a later correction of the same event wins)" });
      } else {
        if (target.date > event.date) issues.push({ path: [index, "date"], message: `a correction comes on or after the event it corrects (${target.date})` });
        if (event.event === null && target.type === "intake") {
          issues.push({ path: [index, "event"], message: "the intake cannot be withdrawn: supersede it with a corrected intake" });
        } else if (event.event !== null && event.event.type !== target.type) {
          issues.push({ path: [index, "event", "type"], message: `a correction keeps the type of the event it supersedes (${target.type})` });
        }
      }
    }
    if (event.type === "next-morning" && event.sessionId !== undefined) {
      const target = byId.get(event.sessionId)?.event;
      if (target === undefined || target.type !== "session") {
        issues.push({ path: [index, "sessionId"], message: `no session has the id ${JSON.stringify(event.sessionId)}` });
      } else if (target.date >= event.date) {
        issues.push({ path: [index, "sessionId"], message: `the next morning comes after its session (${target.date})` });
      }
    }
  });
  return issues;
}
