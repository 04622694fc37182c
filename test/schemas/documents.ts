/**
 * Every document a spinewise parser reads, with its JSON Schema, its parser, and the rules its
 * schema states in its description written as code: `repair` makes a document that is valid for
 * the schema obey them too (the direction "valid for the schema and the stated rules ⇒ parses").
 * `answered` is the one documented exception to "parses ⇒ validates": the schema asks for every
 * red-flag answer (S-13), the parser accepts a document with some left out so that the safety
 * gate can name them; `answered` fills them in before validating. For the training log it also
 * drops unknown keys: parseTrainingLog drops them, the schema (like the command line) refuses them.
 */
import { readFileSync } from "node:fs";
import { catalogJsonSchema, exerciseJsonSchema, exercises, extendCatalog, parseExercise, type Exercise } from "../../src/catalog/index.js";
import {
  clearingTestsJsonSchema,
  enduranceTimesJsonSchema,
  lowerCrossedAnswersJsonSchema,
  parseClearingTests,
  parseEnduranceTimes,
  parseLowerCrossedAnswers,
  parseSymptomHistory,
  symptomHistoryJsonSchema,
} from "../../src/classification/index.js";
import type { ParseResult } from "../../src/evidence/index.js";
import {
  acwrOptionsJsonSchema,
  dailyLoadsOptionsJsonSchema,
  parseAcwrOptions,
  parseDailyLoadsOptions,
  parseTrainingLog,
  trainingLogJsonSchema,
} from "../../src/load/index.js";
import { intakeJsonSchema, parseIntake, parsePlanHistory, planHistoryJsonSchema } from "../../src/program/index.js";
import { journalEventJsonSchema, journalJsonSchema, parseJournal, parseJournalEvent } from "../../src/journal/index.js";
import {
  exerciseLogsJsonSchema,
  ladderExposuresJsonSchema,
  painReportJsonSchema,
  parseExerciseLogs,
  parseLadderExposures,
  parsePainReport,
  parsePrescription,
  parseWeeklyCheckIns,
  parseWeekSummaries,
  prescriptionJsonSchema,
  weeklyCheckInsJsonSchema,
  weekSummariesJsonSchema,
} from "../../src/progression/index.js";
import {
  AGE_QUESTION,
  RED_FLAG_QUESTIONS,
  clearanceJsonSchema,
  parseClearance,
  parseScreeningInput,
  parseSessionCheckIn,
  screeningInputJsonSchema,
  sessionCheckInJsonSchema,
} from "../../src/screening/index.js";
import { outcomeJsonSchema, parseOutcomeAnswers, parseOutcomeSeries } from "../../src/outcomes/index.js";
import { parseStagingInput, stagingInputJsonSchema } from "../../src/staging/index.js";
import { parsePerformedSession, performedSessionJsonSchema } from "../../src/volume/index.js";
import type { FromSchemaOptions } from "./fromJsonSchema.js";

// Documents are parsed JSON: plain objects and arrays whose shape the schema, not TypeScript, vouches for.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Doc = any;

export interface DocumentCase {
  /** The schema's name: `spinewise schema <name>`, `$id` …/<name>.json. */
  readonly name: string;
  /** The exported parser(s) that read this document. */
  readonly parsers: readonly string[];
  readonly schema: () => Record<string, unknown>;
  readonly parse: (document: unknown) => ParseResult<unknown>;
  /** Makes a document valid for the schema obey the rules stated in its description too (mutates). */
  readonly repair: (document: Doc) => Doc;
  /** The documented exceptions to "parses ⇒ validates", filled in before validating (mutates). */
  readonly answered?: (document: Doc) => Doc;
  /** How large the generated documents grow (the plan history nests five documents, each tested with longer lists on its own). */
  readonly generate?: FromSchemaOptions;
}

const DAY = "2026-03-02";

/** A stable pick from a list, by the characters of a generated string (so shrinking stays stable). */
function pick<T>(list: readonly T[], seed: unknown): T {
  const text = JSON.stringify(seed) ?? "";
  let hash = 7;
  for (let index = 0; index < text.length; index += 1) hash = (hash * 31 + text.charCodeAt(index)) >>> 0;
  return list[hash % list.length] as T;
}

const TIME_ZONES = Intl.supportedValuesOf("timeZone");

// --- the rules each schema states, as code ---------------------------------------------------

function repairClearingTests(tests: Doc): Doc {
  for (const key of ["flexion", "extension"]) if (tests[key].familiar === true && tests[key].painNrs === 0) tests[key].painNrs = 1;
  return tests;
}

function repairScreening(screening: Doc): Doc {
  if (screening.improvingSinceOnset !== undefined && screening.durationWeeks === undefined) screening.durationWeeks = 6;
  const age = screening.ageYears;
  if (age !== undefined && screening.onsetAgeYears !== undefined && screening.onsetAgeYears > age) screening.onsetAgeYears = age;
  if (age !== undefined && screening.durationWeeks !== undefined && screening.durationWeeks > (age + 1) * 52.18) {
    screening.durationWeeks = Math.floor((age + 1) * 52.18);
  }
  if (screening.clearingTests !== undefined) repairClearingTests(screening.clearingTests);
  return screening;
}

function repairCheckIn(checkIn: Doc): Doc {
  if (Array.isArray(checkIn.clearances) && checkIn.clearances.length > 0 && checkIn.date === undefined) checkIn.date = DAY;
  return checkIn;
}

function repairHistory(history: Doc): Doc {
  history.easedBy = history.easedBy.filter((activity: string) => !history.worsenedBy.includes(activity));
  return history;
}

function repairSession(session: Doc): Doc {
  if (session.startedAt !== undefined && session.date !== undefined) delete session.date;
  if (session.startedAt === undefined && session.date === undefined) session.date = DAY;
  if (session.timeZone !== undefined) session.timeZone = pick(TIME_ZONES, session.timeZone);
  if ((session.rpe === undefined) !== (session.durationMinutes === undefined)) {
    delete session.rpe;
    delete session.durationMinutes;
  }
  if (session.rpe === undefined && session.loadAu === undefined) session.loadAu = 0;
  if (session.rpe !== undefined && session.loadAu !== undefined) {
    const computed = session.rpe * session.durationMinutes;
    if (Number.isFinite(computed)) session.loadAu = computed;
    else delete session.loadAu;
  }
  return session;
}

function repairTrainingLog(log: Doc): Doc {
  const sessions = Array.isArray(log) ? log : log.sessions;
  if (!Array.isArray(log) && log.timeZone !== undefined) log.timeZone = pick(TIME_ZONES, log.timeZone);
  // the sessions of one day add up to at most 1,440 minutes. Keeping the whole log's minutes
  // within a day keeps every day within it, whatever day each session falls on.
  const timed = sessions.filter((session: Doc) => session.durationMinutes !== undefined);
  const total = timed.reduce((sum: number, session: Doc) => sum + session.durationMinutes, 0);
  if (total > 1440) for (const session of timed) session.durationMinutes = Math.floor(1440 / timed.length);
  sessions.forEach(repairSession);
  return log;
}

const SESSION_KEYS = ["startedAt", "date", "timeZone", "rpe", "durationMinutes", "loadAu", "id", "note"];
function withoutUnknownKeys(record: Doc, known: readonly string[]): Doc {
  for (const key of Object.keys(record)) if (!known.includes(key)) delete record[key];
  return record;
}
function knownLogKeysOnly(log: Doc): Doc {
  const sessions = Array.isArray(log) ? log : withoutUnknownKeys(log, ["timeZone", "sessions"]).sessions;
  for (const session of sessions) withoutUnknownKeys(session, SESSION_KEYS);
  return log;
}

function repairPerformedSession(session: Doc): Doc {
  if (session.bodyweight !== undefined && session.bodyweightKg !== undefined) delete session.bodyweightKg;
  for (const set of session.sets) {
    const exercise = pick(exercises, set.exerciseId);
    set.exerciseId = exercise.id;
    if (exercise.laterality === "bilateral") set.side = "both";
    if ((exercise.laterality === "unilateral" || exercise.laterality === "split-stance") && set.side === "both") set.side = "left";
    if (set.load !== undefined && set.loadKg !== undefined) delete set.loadKg;
    if (set.assistance !== undefined && set.assistanceKg !== undefined) delete set.assistanceKg;
    if (set.unit === "lb" && set.load === undefined && set.assistance === undefined && (set.loadKg !== undefined || set.assistanceKg !== undefined)) delete set.unit;
  }
  return session;
}

const LINK_KEYS = ["regressions", "progressions", "substitutes"];
function repairExercise(exercise: Doc): Doc {
  // A piece needed outright appears once, and in no list of alternatives.
  const outright = new Set<string>();
  const equipment: Doc[] = [];
  for (const need of exercise.equipment) {
    if (typeof need === "string") {
      if (!outright.has(need)) equipment.push(need);
      outright.add(need);
    }
  }
  for (const need of exercise.equipment) {
    if (typeof need === "string") continue;
    const alternatives = need.filter((item: string) => !outright.has(item));
    if (alternatives.length >= 2) equipment.push(alternatives);
  }
  exercise.equipment = equipment.length > 0 ? equipment : ["bodyweight"];
  for (const key of LINK_KEYS) exercise[key] = exercise[key].filter((id: string) => id !== exercise.id);
  exercise.secondaryMuscles = exercise.secondaryMuscles.filter((muscle: string) => !exercise.primaryMuscles.includes(muscle));
  const ladders = new Set<string>();
  exercise.ladders = exercise.ladders.filter((membership: Doc) => !ladders.has(membership.ladder) && ladders.add(membership.ladder));
  for (const key of ["reps", "holdSeconds", "distanceMeters", "breaths"]) {
    const range = exercise.defaultDose[key];
    if (range !== undefined && range.min > range.max) [range.min, range.max] = [range.max, range.min];
  }
  return exercise;
}

function repairCatalog(catalog: Doc[]): Doc[] {
  catalog.forEach(repairExercise);
  const ids = new Set<string>();
  catalog.forEach((exercise, index) => {
    while (ids.has(exercise.id)) exercise.id = `x${index}-${exercise.id}`.slice(0, 80).replace(/-+$/, "");
    ids.add(exercise.id);
  });
  // Links name exercises of this catalog (never the exercise itself), each once.
  for (const exercise of catalog) {
    const others = catalog.map((other) => other.id as string).filter((id) => id !== exercise.id);
    for (const key of LINK_KEYS) exercise[key] = others.length === 0 ? [] : [...new Set(exercise[key].map((id: string) => pick(others, id)))];
  }
  return catalog;
}

function repairPrescription(prescription: Doc): Doc {
  if (prescription.reps !== undefined && prescription.holdSeconds !== undefined) delete prescription.holdSeconds;
  if (prescription.reps === undefined && prescription.holdSeconds === undefined) prescription.reps = { min: 8, max: 12 };
  for (const key of ["reps", "holdSeconds"]) {
    const range = prescription[key];
    if (range !== undefined && range.min > range.max) [range.min, range.max] = [range.max, range.min];
  }
  return prescription;
}

// --- S-13: what the schema asks and the parser leaves to the safety gate ---------------------

/** Answers every red-flag question left out ("unknown", which S-13 still counts as unanswered), and the age when asked. */
export function answerEveryQuestion(answers: Doc, withAge: boolean): Doc {
  for (const { key } of RED_FLAG_QUESTIONS) if (!Object.hasOwn(answers, key)) answers[key] = "unknown";
  if (withAge && !Object.hasOwn(answers, AGE_QUESTION.key)) answers[AGE_QUESTION.key] = 120;
  return answers;
}

function answerLoggedCheckIns(entries: Doc[]): Doc[] {
  for (const entry of entries) if (entry.checkIn !== undefined) answerEveryQuestion(entry.checkIn, false);
  return entries;
}

const same = (document: Doc): Doc => document;

/** Outcome answers obey their stated rules: a PSFS names each activity once and none blank; a list's entries are dated. */
function repairOutcomeAnswers(answers: Doc, dated: boolean): Doc {
  if (dated && answers.date === undefined) answers.date = DAY;
  if (answers.instrument === "psfs") {
    const seen = new Set<string>();
    answers.activities.forEach((activity: Doc, index: number) => {
      if (!/\S/.test(activity.activity)) activity.activity = `activity ${index + 1}`;
      let name = activity.activity.trim().replace(/\s+/g, " ").toLowerCase();
      if (seen.has(name)) activity.activity = `${activity.activity.slice(0, 190)} (${index + 1})`;
      name = activity.activity.trim().replace(/\s+/g, " ").toLowerCase();
      seen.add(name);
    });
  }
  return answers;
}

/** The logged entries of a plan history: exercise logs and every ladder's exposures. */
function loggedEntriesOf(history: Doc): Doc[] {
  return [...(history.exerciseLogs ?? []), ...Object.values(history.ladderExposures ?? {}).flat()];
}

// --- the journal (J-1, J-2) -----------------------------------------------------------------

const OUTCOME_TOP: Readonly<Record<string, number>> = { rmdq: 24, psfs: 10, odi: 100, nrs: 10 };

/** One event obeys the rules its schema states: its parts' own rules, a set that records something, an outcome in range. */
function repairEvent(event: Doc): Doc {
  if (event.type === "correction") {
    if (event.event !== null) {
      delete event.event.id;
      repairEvent(event.event);
    }
    return event;
  }
  if (event.type === "intake") {
    repairScreening(event.intake.screening);
    repairClearingTests(event.intake.clearingTests);
    if (event.intake.history !== undefined) repairHistory(event.intake.history);
  }
  if (event.type === "retest") {
    repairClearingTests(event.clearingTests);
    if (event.history !== undefined) repairHistory(event.history);
  }
  if (event.type === "session") {
    for (const exercise of event.exercises) for (const set of exercise.sets) if (set.reps === undefined && set.seconds === undefined && set.meters === undefined) set.reps = 1;
  }
  if (event.type === "outcome") {
    event.score = Math.min(event.score, OUTCOME_TOP[event.measure] ?? 100);
    if (event.measure === "rmdq" || event.measure === "nrs") event.score = Math.floor(event.score);
  }
  return event;
}

/** S-13: an event's red-flag answers, every one answered (an intake's with the age). */
function answerEvent(event: Doc): Doc {
  const target = event.type === "correction" ? event.event : event;
  if (target === null || target === undefined) return event;
  if (target.type === "intake") answerEveryQuestion(target.intake.screening, true);
  if (target.type === "check-in" || (target.type === "session" && target.screening !== undefined)) answerEveryQuestion(target.screening, false);
  return event;
}

/**
 * A journal obeys the rules across its events: one intake, first and earliest (the generated
 * ones taken, else one added from another intake's shape), unique ids, corrections that name an
 * earlier recorded event of their type (and never withdraw the intake), no sessionId.
 */
function repairJournal(events: Doc[]): Doc[] {
  for (const event of events) repairEvent(event);
  const intakes = events.filter((event) => event.type === "intake" || (event.type === "correction" && event.event?.type === "intake"));
  let intake = events.find((event) => event.type === "intake");
  if (intake === undefined) {
    const shape = intakes[0]?.event;
    intake = { id: "intake", date: shape?.date ?? DAY, type: "intake", intake: shape?.intake ?? JSON.parse(readFileSync(new URL("../../examples/athlete.json", import.meta.url), "utf8")) };
    events.unshift(intake);
  }
  const kept = events.filter((event) => event.type !== "intake" || event === intake);
  kept.forEach((event, index) => (event.id = `e${index}`));
  intake.date = kept.reduce((earliest: string, event: Doc) => (event.date < earliest ? event.date : earliest), intake.date);
  const repaired: Doc[] = [];
  for (const event of kept) {
    if (event.type === "next-morning") delete event.sessionId;
    if (event.type === "correction") {
      const wanted = event.event?.type;
      const target = repaired.find((other) => other.type !== "correction" && other.date <= event.date && (wanted === undefined ? other.type !== "intake" : other.type === wanted));
      if (target === undefined) continue;
      event.supersedes = target.id;
    }
    repaired.push(event);
  }
  return repaired;
}

/** Every parsed input, by schema name. */
export const DOCUMENTS: readonly DocumentCase[] = [
  {
    name: "intake",
    parsers: ["parseIntake"],
    schema: intakeJsonSchema,
    parse: parseIntake,
    repair: (intake) => {
      repairScreening(intake.screening);
      repairClearingTests(intake.clearingTests);
      if (intake.history !== undefined) repairHistory(intake.history);
      return intake;
    },
    answered: (intake) => ({ ...intake, screening: answerEveryQuestion(intake.screening, true) }),
  },
  {
    name: "check-in",
    parsers: ["parseSessionCheckIn"],
    schema: sessionCheckInJsonSchema,
    parse: parseSessionCheckIn,
    repair: repairCheckIn,
    answered: (checkIn) => answerEveryQuestion(checkIn, false),
  },
  { name: "training-log", parsers: ["parseTrainingLog"], schema: trainingLogJsonSchema, parse: parseTrainingLog, repair: repairTrainingLog, answered: knownLogKeysOnly },
  {
    name: "performed-session",
    parsers: ["parsePerformedSession"],
    schema: performedSessionJsonSchema,
    parse: (document) => parsePerformedSession(document),
    repair: repairPerformedSession,
  },
  { name: "exercise", parsers: ["parseExercise"], schema: exerciseJsonSchema, parse: parseExercise, repair: repairExercise },
  {
    name: "catalog",
    parsers: ["extendCatalog"],
    schema: catalogJsonSchema,
    parse: (document) => extendCatalog(document, [] as readonly Exercise[]),
    repair: repairCatalog,
  },
  {
    name: "screening",
    parsers: ["parseScreeningInput"],
    schema: screeningInputJsonSchema,
    parse: parseScreeningInput,
    repair: repairScreening,
    answered: (screening) => answerEveryQuestion(screening, true),
  },
  { name: "clearance", parsers: ["parseClearance"], schema: clearanceJsonSchema, parse: parseClearance, repair: same },
  { name: "clearing-tests", parsers: ["parseClearingTests"], schema: clearingTestsJsonSchema, parse: parseClearingTests, repair: repairClearingTests },
  { name: "symptom-history", parsers: ["parseSymptomHistory"], schema: symptomHistoryJsonSchema, parse: parseSymptomHistory, repair: repairHistory },
  { name: "lower-crossed", parsers: ["parseLowerCrossedAnswers"], schema: lowerCrossedAnswersJsonSchema, parse: parseLowerCrossedAnswers, repair: same },
  { name: "endurance-times", parsers: ["parseEnduranceTimes"], schema: enduranceTimesJsonSchema, parse: parseEnduranceTimes, repair: same },
  {
    name: "staging-input",
    parsers: ["parseStagingInput"],
    schema: stagingInputJsonSchema,
    parse: parseStagingInput,
    repair: (input) => {
      if (input.safety?.action === "proceed") input.safety.stageCap = null;
      else if (input.safety !== undefined && input.safety.stageCap === null) input.safety.stageCap = "symptom-modulation";
      return input;
    },
  },
  { name: "exercise-logs", parsers: ["parseExerciseLogs"], schema: exerciseLogsJsonSchema, parse: parseExerciseLogs, repair: same, answered: answerLoggedCheckIns },
  { name: "ladder-exposures", parsers: ["parseLadderExposures"], schema: ladderExposuresJsonSchema, parse: parseLadderExposures, repair: same, answered: answerLoggedCheckIns },
  { name: "pain-report", parsers: ["parsePainReport"], schema: painReportJsonSchema, parse: parsePainReport, repair: same },
  { name: "prescription", parsers: ["parsePrescription"], schema: prescriptionJsonSchema, parse: parsePrescription, repair: repairPrescription },
  { name: "weekly-check-ins", parsers: ["parseWeeklyCheckIns"], schema: weeklyCheckInsJsonSchema, parse: parseWeeklyCheckIns, repair: same },
  { name: "week-summaries", parsers: ["parseWeekSummaries"], schema: weekSummariesJsonSchema, parse: parseWeekSummaries, repair: same },
  {
    name: "plan-history",
    parsers: ["parsePlanHistory"],
    schema: planHistoryJsonSchema,
    parse: parsePlanHistory,
    generate: { maxItems: 1 },
    repair: (history) => {
      if (history.trainingLog !== undefined) repairTrainingLog(history.trainingLog);
      return history;
    },
    answered: (history) => {
      answerLoggedCheckIns(loggedEntriesOf(history));
      if (history.trainingLog !== undefined) knownLogKeysOnly(history.trainingLog);
      return history;
    },
  },
  {
    name: "journal-event",
    parsers: ["parseJournalEvent"],
    schema: journalEventJsonSchema,
    parse: parseJournalEvent,
    repair: repairEvent,
    answered: answerEvent,
  },
  {
    name: "journal",
    parsers: ["parseJournal"],
    schema: journalJsonSchema,
    parse: parseJournal,
    generate: { maxItems: 3 },
    repair: repairJournal,
    answered: (events) => (Array.isArray(events) ? events.map(answerEvent) : events),
  },
  {
    name: "outcome",
    parsers: ["parseOutcomeAnswers", "parseOutcomeSeries"],
    schema: outcomeJsonSchema,
    parse: (document) => (Array.isArray(document) ? parseOutcomeSeries(document) : parseOutcomeAnswers(document)),
    repair: (document) => (Array.isArray(document) ? document.map((answers: Doc) => repairOutcomeAnswers(answers, true)) : repairOutcomeAnswers(document, false)),
  },
  {
    name: "daily-loads-options",
    parsers: ["parseDailyLoadsOptions"],
    schema: dailyLoadsOptionsJsonSchema,
    parse: parseDailyLoadsOptions,
    repair: (options) => {
      options.timeZone = pick(TIME_ZONES, options.timeZone);
      if (options.from !== undefined && options.to !== undefined && options.from > options.to) [options.from, options.to] = [options.to, options.from];
      return options;
    },
  },
  {
    name: "acwr-options",
    parsers: ["parseAcwrOptions"],
    schema: acwrOptionsJsonSchema,
    parse: parseAcwrOptions,
    repair: (options) => {
      if ((options.acuteDays ?? 7) >= 100_000) options.acuteDays = 7;
      if ((options.chronicDays ?? 28) <= (options.acuteDays ?? 7)) options.chronicDays = (options.acuteDays ?? 7) + 1;
      return options;
    },
  },
];
