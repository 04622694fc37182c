/**
 * Replay: the athlete's state from the record (J-1, J-2, J-3). The events that count on the day
 * are read once, in order, week by week: pain responses move the doses and the ladders, weekly
 * trends drop the stage (L-3), re-tests advance it (L-4), time brings deloads (P-7) and layoffs
 * (G-11), check-ins and clearances hold and lift training (S-9, S-12, S-13).
 */
import type { Reason, RuleId } from "../evidence/index.js";
import { journalReason as because } from "./messages.js";
import { exercises as builtInCatalog, ladders as builtInLadders, SPINE_AXES, type Exercise, type ExerciseId, type TrainingProfile } from "../catalog/index.js";
import { enduranceRatios } from "../classification/index.js";
import type { Clearance, SessionCheckIn } from "../screening/index.js";
import { STAGES, type Stage } from "../staging/index.js";
import {
  deloadDue,
  nextDose,
  painResponse,
  stageTransition,
  type DeloadDecision,
  type ExerciseLog,
  type PainReport,
  type PainResponse,
  type Prescription,
  type WeekSummary,
  type WeeklyCheckIn,
} from "../progression/index.js";
import { acwr, acwrZone, type AcwrMethod, type LoggedSession } from "../load/index.js";
import { assessIntake, type Assessment, type ClearedAssessment, type Intake } from "../program/index.js";
import { formatIsoDate, parseIsoDate, requireIsoDate, weekdayOfDay } from "../internal/calendar.js";
import { deepFreeze } from "../internal/freeze.js";
import { makeScore } from "../outcomes/makeScore.js";
import type { DatedOutcome } from "../outcomes/types.js";
import { LadderTracker } from "./ladderTracker.js";
import { orderJournal } from "./orderJournal.js";
import { SafetyTracker } from "./safetyTracker.js";
import { emptyVolume, matchNextMornings, sessionRecordOnce, type SessionRecord } from "./sessionRecords.js";
import type {
  AthleteState,
  DoseState,
  Journal,
  Layoff,
  LoadDay,
  RecordedEvent,
  ReplayOptions,
  RetestDue,
  RetestEvent,
  StageChange,
  TimelineEntry,
  WeekStartDay,
  WeekState,
} from "./types.js";

/**
 * The latest logs per exercise that `nextDose` is given: it reads the last session, a green
 * streak of two (L-4), two reds in a row and the gap since the last (P-6), so three give the same
 * decisions as the whole history.
 */
export const RECENT_LOGS = 3;

/**
 * Weeks the weekly rules are given: L-7 compares a week with the one 4 weeks before, a rising
 * trend on a 0–10 scale lasts at most 10 weeks (L-3), and a deload comes at least every 5th week
 * (P-7), so the latest 12 decide as the whole series does, and a long record costs no more a week.
 */
const RECENT_WEEKS = 12;

/**
 * G-11: this many days or more without a session is a layoff: the first week back restarts at
 * 80 % of the pre-layoff load and the deload clock restarts (design, configurable in the rule).
 *
 * @example
 * ```ts
 * LAYOFF_DAYS;
 * // => 14
 * ```
 * @category Journal
 */
export const LAYOFF_DAYS = 14;

/** The weekdays a week may start on, Monday first (ISO weekday − 1). */
export const WEEK_DAYS: readonly WeekStartDay[] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
const METHODS: readonly AcwrMethod[] = ["ewma", "coupled", "uncoupled"];

/** L-4: the worst pain (else morning pain) that looks like the next stage's, by the stage it leads to (T rules' bands). */
const EXIT_PAIN_NRS: Readonly<Record<Stage, number>> = { "symptom-modulation": 10, "movement-control": 6, "function-optimisation": 3 };
/** L-4: weeks in a row that must look like the next stage before a re-test is due (design). */
const RETEST_WEEKS = 2;

const RETEST_RECORD =
  'Re-run both clearing tests and record a "retest" event: { "type": "retest", "clearingTests": { "flexion": …, "extension": … }, "symptoms": { "worstPainNrs", "settlingTime", "nightPain", … } }.';

/** What a replay hands to the planner and the previews beside the public state. */
export interface ReplayRun {
  readonly state: AthleteState;
  /** The assessment to plan from (journey stage and ladders), `null` before the intake. */
  readonly assessment: Assessment | null;
  readonly exerciseLogs: readonly ExerciseLog[];
  readonly trainingLog: readonly LoggedSession[];
  /** Completed weeks since the deload clock last restarted (G-11), for `deloadDue`. */
  readonly deloadWeeks: readonly WeekSummary[];
  /** The latest check-in with every clearance on record (S-9, S-12), for the planner's re-screen. */
  readonly checkIn: SessionCheckIn | undefined;
  /** What the plan should say about the journey (stage, re-test, layoff, referral). */
  readonly notes: readonly Reason[];
  readonly ladders: LadderTracker | null;
  readonly catalog: readonly Exercise[];
}

/** Top-level arguments, checked by name (programmer errors). */
export function checkJournalArgs(fn: string, journal: unknown, options: unknown): void {
  if (!Array.isArray(journal)) throw new TypeError(`${fn}: journal must be an array of events (parse it with parseJournal), got ${describe(journal)}`);
  for (let index = 0; index < journal.length; index++) {
    const event: unknown = journal[index];
    if (event === null || typeof event !== "object" || typeof (event as { date?: unknown }).date !== "string" || typeof (event as { id?: unknown }).id !== "string") {
      throw new TypeError(`${fn}: journal[${index}] must be an event with an id and a date (parse the journal with parseJournal), got ${describe(event)}`);
    }
  }
  if (options !== undefined && (options === null || typeof options !== "object" || Array.isArray(options))) {
    throw new TypeError(`${fn}: options must be an object, got ${describe(options)}`);
  }
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "string" ? `the string ${JSON.stringify(value.slice(0, 40))}` : typeof value;
}

/** The latest date in a journal (corrections included). */
function latestDate(journal: Journal): string | undefined {
  let latest: string | undefined;
  for (const event of journal) if (latest === undefined || event.date > latest) latest = event.date;
  return latest;
}

/** The intake re-screened with every clearance on record (S-12). */
function assessWith(intake: Intake, clearances: readonly Clearance[]): Assessment {
  if (clearances.length === 0) return assessIntake(intake);
  return assessIntake({ ...intake, screening: { ...intake.screening, clearances: [...(intake.screening.clearances ?? []), ...clearances] } });
}

function heaviest(log: ExerciseLog): number | null {
  let most: number | null = null;
  for (const set of log.sets) if (set.loadKg != null && set.loadKg > 0 && (most === null || set.loadKg > most)) most = set.loadKg;
  return most;
}

/** The dose the last session stands for: its sets, its load, and the exercise's rep or hold range. */
export function prescriptionFrom(exercise: Exercise | undefined, log: ExerciseLog): Prescription {
  const sets = Math.max(1, log.sets.length);
  const loadKg = heaviest(log);
  const holds = log.sets.filter((set) => set.holdSeconds !== undefined).map((set) => set.holdSeconds!);
  const reps = log.sets.filter((set) => set.reps !== undefined).map((set) => set.reps!);
  const own = exercise?.defaultDose;
  if (own?.kind === "hold" || (reps.length === 0 && holds.length > 0)) {
    const range = own?.kind === "hold" ? own.holdSeconds : { min: Math.max(1, Math.floor(Math.min(...holds))), max: Math.max(1, Math.floor(Math.max(...holds))) };
    return { exerciseId: log.exerciseId, sets, holdSeconds: range, loadKg };
  }
  const range =
    own?.kind === "reps" && reps.every((value) => value >= own.reps.min && value <= own.reps.max)
      ? own.reps
      : { min: Math.max(1, Math.min(...(reps.length > 0 ? reps : [1]))), max: Math.max(1, ...reps) };
  return {
    exerciseId: log.exerciseId,
    sets,
    reps: range,
    loadKg,
    ...(log.rangeOfMotion === undefined ? {} : { rangeOfMotion: log.rangeOfMotion }),
    ...(log.pauseSeconds === undefined ? {} : { pauseSeconds: log.pauseSeconds }),
  };
}

const axial = (exercise: Exercise | undefined): boolean => (exercise?.spineDemand.axialCompression ?? 0) >= 2;

/**
 * `painResponse` of a report, judged with the lower ceiling for axially loaded lifts (L-1). A
 * replay judges thousands of reports with a handful of distinct values: each distinct one is
 * judged once (the response is frozen, and pure in the values).
 */
function responder(): (pain: PainReport, axiallyLoaded: boolean) => PainResponse {
  const seen = new Map<number, PainResponse>();
  const SPREAD = { none: 1, centralised: 2, peripheralised: 3 } as const;
  return (pain, axiallyLoaded) => {
    // The report's values as one number (each score 0–10, or 11 when absent): no string per report.
    const after = pain.afterNrs ?? 11;
    const morning = pain.nextMorningNrs ?? 11;
    const spread = pain.spread === undefined ? 0 : SPREAD[pain.spread];
    const key = ((((pain.baselineNrs * 12 + pain.duringNrs) * 12 + after) * 12 + morning) * 4 + spread) * 2 + (pain.axiallyLoaded === true || axiallyLoaded ? 1 : 0);
    // A report that did not come through the parser (a score that is not a whole 0–10) is judged alone.
    const whole = (value: number, top: number): boolean => Number.isInteger(value) && value >= 0 && value <= top;
    if (!(whole(pain.baselineNrs, 10) && whole(pain.duringNrs, 10) && whole(after, 11) && whole(morning, 11))) {
      return painResponse(pain, axiallyLoaded ? { axiallyLoaded: true } : {});
    }
    let response = seen.get(key);
    if (response === undefined) {
      response = painResponse(pain, axiallyLoaded ? { axiallyLoaded: true } : {});
      seen.set(key, response);
    }
    return response;
  };
}

/**
 * Replays an athlete's journal into their state on a day (J-1, J-2, J-3).
 *
 * Events dated after `asOf` are ignored, and so are corrections dated after it; a correction on or
 * before it replaces (or withdraws) the event it supersedes (J-2). The rest is read once, in
 * date order (a day's events in the order intake, next-morning, check-in, clearance,
 * weekly-check-in, retest, tests, outcome, session), week by week:
 *
 * - each `session` becomes, once, the exercise logs of dose progression (with its next-morning
 *   report, L-2), ladder exposures (P-1, P-2, L-4, G-2), a performed session for weekly volume
 *   (V-7, V-8) and a session load for the load series (A-1; a day with no session is a rest day,
 *   a session without RPE or minutes makes its day unknown, A-2);
 * - a `weekly-check-in` that makes two rising weeks drops the stage (L-3) and feeds L-7; two weeks
 *   that look like the next stage make a re-test due (L-4); a `retest` re-assesses the intake with
 *   the new clearing tests and symptoms and advances one stage at most (L-4);
 * - at each week's start `deloadDue` decides a deload (P-7, A-7, L-3) from the weeks since the
 *   clock last restarted; 14 days or more without a session is a layoff: the clock restarts from
 *   the return and each ladder's streak starts again (G-11, P-6); a week without a session
 *   counts as an easy week for the clock;
 * - a check-in that withholds holds every following week until a clearance dated on or after it
 *   names its features, or, for unanswered questions, until a complete check-in (S-9, S-12, S-13).
 *
 * Pure and deterministic: the same journal (in any order) and options give the same state, and
 * the state on a day depends only on the events dated on or before it.
 *
 * @param journal - the events (parsed with {@link parseJournal}), in any order
 * @param options - `asOf` (default: the latest event's date), the week's first day, the ACWR method, the catalog
 * @returns the athlete's state: stage and its changes, ladders, doses, safety, load, weeks, deloads, layoffs, the re-test due, and the timeline of every decision
 * @throws TypeError when the journal is not an array of events or options is not an object
 * @throws RangeError when `asOf` is not a supported ISO date, an empty journal has no `asOf`, or an option is unknown
 * @example
 * ```ts
 * const journal = [
 *   { id: "intake", date: "2026-03-28", type: "intake", intake: athlete },
 *   { id: "w1", date: "2026-04-05", type: "weekly-check-in", morningPainNrs: 2, worstPainNrs: 4 },
 * ];
 * const state = replay(journal, { asOf: "2026-04-12" });
 * state.stage;
 * // => "movement-control"
 * state.timeline.map((entry) => entry.message);
 * // => ["Intake: proceed, flexion-intolerant, movement-control.", "Weekly check-in: morning pain 2/10, worst 4/10."]
 * ```
 * @category Journal
 */
export function replay(journal: Journal, options: ReplayOptions = {}): AthleteState {
  checkJournalArgs("replay", journal, options);
  return runReplay("replay", journal, options).state;
}

/**
 * A replay is pure in (journal, options): for a frozen journal (what `parseJournal` returns, whose
 * events cannot change) the last few runs are remembered per journal, so `replay` followed by
 * `planNextWeek` for the same day replays once. Memory stays bounded (a weak map on the journal,
 * {@link REPLAY_CACHE_SIZE} runs each); results never depend on the cache.
 */
const replayCache = new WeakMap<Journal, Map<string, ReplayRun>>();
/** Runs remembered per frozen journal. */
const REPLAY_CACHE_SIZE = 4;

/** The replay itself, with what the planner needs beside the public state. */
export function runReplay(fn: string, journal: Journal, options: ReplayOptions): ReplayRun {
  // A custom catalog is compared by value nowhere: only runs on the built-in one are remembered.
  // The key holds the options as resolved, so replay(journal) and planNextWeek for the week after
  // its last event share a run.
  const key =
    Object.isFrozen(journal) && options.catalog === undefined
      ? JSON.stringify([options.asOf ?? latestDate(journal), options.weekStartsOn ?? "monday", options.acwrMethod ?? "ewma", options.timeZone ?? "UTC"])
      : undefined;
  const runs = key === undefined ? undefined : replayCache.get(journal);
  const hit = key === undefined ? undefined : runs?.get(key);
  if (hit !== undefined) return hit;
  const run = computeReplay(fn, journal, options);
  if (key !== undefined) {
    const kept = runs ?? new Map<string, ReplayRun>();
    if (kept.size >= REPLAY_CACHE_SIZE) kept.delete(kept.keys().next().value as string);
    kept.set(key, run);
    replayCache.set(journal, kept);
  }
  return run;
}

function computeReplay(fn: string, journal: Journal, options: ReplayOptions): ReplayRun {
  const catalog = options.catalog ?? builtInCatalog;
  const method = options.acwrMethod ?? "ewma";
  if (!METHODS.includes(method)) throw new RangeError(`${fn}: options.acwrMethod must be ewma, coupled or uncoupled, got ${JSON.stringify(method)}`);
  const weekStartsOn = options.weekStartsOn ?? "monday";
  const anchor = WEEK_DAYS.indexOf(weekStartsOn) + 1;
  if (anchor === 0) throw new RangeError(`${fn}: options.weekStartsOn must be one of ${WEEK_DAYS.join(", ")}, got ${JSON.stringify(weekStartsOn)}`);
  const timeZone = options.timeZone ?? "UTC";
  const asOf = options.asOf ?? latestDate(journal);
  if (asOf === undefined) throw new RangeError(`${fn}: the journal is empty: give options.asOf`);
  const asOfDay = requireIsoDate(fn, "options.asOf", asOf);

  const { events, corrections } = orderJournal(journal, asOf);
  const timeline: TimelineEntry[] = [];
  for (const { correction, original } of corrections) {
    timeline.push({
      date: correction.date,
      eventId: correction.id,
      kind: "correction",
      ruleId: "J-2",
      message:
        original === undefined
          ? `Correction of ${correction.supersedes}: no such event on or before ${asOf}; nothing changes.`
          : correction.event === null
            ? `Correction: the ${original.type} of ${original.date} (${original.id}) is withdrawn.`
            : `Correction: the ${original.type} of ${original.date} (${original.id}) is replaced${correction.event.date !== undefined && correction.event.date !== original.date ? `, now dated ${correction.event.date}` : ""}.`,
      reasons: correction.note === undefined ? [] : [because("J-2", "journal.correction-note", { note: correction.note })],
    });
  }
  const intakeEvent = events.find((event) => event.type === "intake");
  const safety = new SafetyTracker(timeline);
  if (intakeEvent === undefined || intakeEvent.type !== "intake") {
    return notStarted(asOf, method, timeZone, safety, timeline, catalog);
  }

  const byId = new Map<string, Exercise>(catalog.map((exercise) => [exercise.id, exercise]));
  const exerciseOf = (id: ExerciseId): Exercise | undefined => byId.get(id);
  const intakeDay = parseIsoDate(intakeEvent.date)!;
  const weekStartOf = (day: number): number => day - ((weekdayOfDay(day) - anchor + 7) % 7);
  /** A week's first day as a date; the intake's week is counted from the intake (it may start before 1900-01-01). */
  const weekLabel = (week: number): string => formatIsoDate(Math.max(week, intakeDay));

  // --- The intake (and the assessment plans start from) ---
  let currentIntake: Intake = intakeEvent.intake;
  let base: Assessment = assessWith(currentIntake, []);
  let stage: Stage | null = base.status === "cleared" ? base.stage.stage : null;
  const stageChanges: StageChange[] = [];
  timeline.push({
    date: intakeEvent.date,
    eventId: intakeEvent.id,
    kind: "intake",
    ruleId: base.status === "cleared" ? base.stage.ruleId : base.ruleId,
    message:
      base.status === "cleared"
        ? `Intake: ${base.action}, ${base.direction.pattern}, ${base.stage.stage}.`
        : `Intake: ${base.action}. No training until it is resolved.`,
    reasons: base.reasons,
  });
  const ladders = new LadderTracker(builtInLadders, currentIntake.ladderProgress, catalog, timeline);
  const profileNow = (): TrainingProfile | null =>
    base.status === "cleared" && stage !== null ? ladders.profiled({ ...base.profile, stage }) : null;
  const placeLadders = (): void => {
    const profile = profileNow();
    if (profile !== null) ladders.place(profile);
  };
  placeLadders();

  // --- Sessions, converted once; the load series over the whole span ---
  const mornings = matchNextMornings(events);
  const records = new Map<string, SessionRecord>();
  for (const event of events) {
    if (event.type === "session" && event.date >= intakeEvent.date) records.set(event.id, sessionRecordOnce(event, mornings.bySession.get(event.id) ?? null, catalog, exerciseOf));
  }
  const recordList = [...records.values()];
  const load = loadSeries(intakeDay, asOfDay, recordList, method);
  const recordsByWeek = new Map<number, SessionRecord[]>();
  for (const record of recordList) {
    const week = weekStartOf(parseIsoDate(record.event.date)!);
    const list = recordsByWeek.get(week);
    if (list === undefined) recordsByWeek.set(week, [record]);
    else list.push(record);
  }
  const eventDays = events.map((event) => parseIsoDate(event.date)!);

  // --- The fold ---
  const logs: ExerciseLog[] = [];
  const judge = responder();
  const weeklyCheckIns: WeeklyCheckIn[] = [];
  let sinceChange: WeeklyCheckIn[] = [];
  let referral: AthleteState["referral"] = null;
  let metWeeks = 0;
  let redSinceWeekly = false;
  let retest: RetestDue = { due: false, since: null, record: RETEST_RECORD, reasons: [] };
  const layoffs: Layoff[] = [];
  let lastSessionDay: number | null = null;
  /** G-11: the index in `weeks` of the first week the deload clock counts (it restarts after a layoff). */
  let clockFrom = 0;
  const weeks: WeekState[] = [];
  let lastDeload: string | null = null;
  /** The deload decision of the week being replayed (P-7): its exposures hold every ladder (G-11). */
  let decision: DeloadDecision = deloadDue([]);
  const enduranceTests: { date: string; result: ReturnType<typeof enduranceRatios> }[] = [];
  const outcomes: { date: string; measure: "rmdq" | "psfs" | "odi" | "nrs"; score: number }[] = [];
  // O-5, L-7: the recorded scores as the outcomes module reads them, for the referral check.
  const datedOutcomes: DatedOutcome[] = [];
  const intakeHold = (): { action: Assessment["action"]; reasons: readonly Reason[]; safetyNet: string } | null =>
    base.status === "withheld" ? { action: base.action, reasons: base.reasons, safetyNet: base.safetyNet } : null;

  const changeStage = (to: Stage, date: string, eventId: string, ruleId: RuleId, reasons: readonly Reason[]): void => {
    if (stage === null || to === stage) return;
    stageChanges.push({ date, eventId, from: stage, to, ruleId, reasons });
    timeline.push({ date, eventId, kind: "stage", ruleId, message: `Stage: ${stage} → ${to}.`, reasons });
    stage = to;
    sinceChange = weeklyCheckIns.slice(-1);
    metWeeks = 0;
    retest = { due: false, since: null, record: RETEST_RECORD, reasons: [] };
  };

  const onWeekly = (event: Extract<RecordedEvent, { type: "weekly-check-in" }>): void => {
    const week: WeeklyCheckIn = {
      weekStart: weekLabel(weekStartOf(parseIsoDate(event.date)!)),
      morningPainNrs: event.morningPainNrs,
      ...(event.morningStiffnessNrs === undefined ? {} : { morningStiffnessNrs: event.morningStiffnessNrs }),
      ...(event.worstPainNrs === undefined ? {} : { worstPainNrs: event.worstPainNrs }),
      ...(event.radicularPainWeeks === undefined ? {} : { radicularPainWeeks: event.radicularPainWeeks }),
    };
    weeklyCheckIns.push(week);
    sinceChange.push(week);
    const stiffness = event.morningStiffnessNrs === undefined ? "" : `, stiffness ${event.morningStiffnessNrs}/10`;
    const worst = event.worstPainNrs === undefined ? "" : `, worst ${event.worstPainNrs}/10`;
    timeline.push({ date: event.date, eventId: event.id, kind: "weekly-check-in", ruleId: "L-3", message: `Weekly check-in: morning pain ${event.morningPainNrs}/10${stiffness}${worst}.`, reasons: [] });
    if (stage === null) return;
    // L-7 reads the whole series; L-3 the weeks since the stage last changed.
    // O-5: recorded outcome measures, when there are any, decide L-7 instead of pain alone.
    const whole = stageTransition({ stage }, weeklyCheckIns.slice(-RECENT_WEEKS), datedOutcomes.length === 0 ? {} : { outcomes: datedOutcomes });
    const next = whole.referral === null ? null : { referral: whole.referral, reasons: whole.reasons.filter((item) => item.ruleId === "L-7" || item.ruleId === "O-5") };
    if (next !== null && next.referral !== referral?.referral) {
      timeline.push({ date: event.date, eventId: event.id, kind: "referral", ruleId: "L-7", message: `See a ${next.referral === "specialist" ? "specialist" : "physiotherapist"}: ${next.reasons[0]?.message ?? ""}`, reasons: next.reasons });
    }
    referral = next;
    const trend = stageTransition({ stage }, sinceChange.slice(-RECENT_WEEKS));
    if (trend.action === "drop") changeStage(trend.stage, event.date, event.id, "L-3", trend.reasons);
    // L-4: the exit conditions look met this week (pain in the next stage's band, no red response).
    const index = STAGES.indexOf(stage);
    const nextStage = STAGES[index + 1];
    const pain = event.worstPainNrs ?? event.morningPainNrs;
    metWeeks = nextStage !== undefined && pain <= EXIT_PAIN_NRS[nextStage] && !redSinceWeekly && trend.action !== "drop" ? metWeeks + 1 : 0;
    redSinceWeekly = false;
    if (nextStage !== undefined && metWeeks >= RETEST_WEEKS && !retest.due) {
      const why = because("L-4", "journal.exit-conditions-met", { weeks: metWeeks, pain: EXIT_PAIN_NRS[nextStage], stage });
      retest = { due: true, since: event.date, record: RETEST_RECORD, reasons: [why] };
      timeline.push({ date: event.date, eventId: event.id, kind: "retest-due", ruleId: "L-4", message: `A re-test is due. ${RETEST_RECORD}`, reasons: [why] });
    }
  };

  const onRetest = (event: RetestEvent): void => {
    const latestWeekly = weeklyCheckIns.at(-1);
    const { nightPain, ...symptoms } = event.symptoms ?? { ...currentIntake.symptoms, ...(latestWeekly?.worstPainNrs === undefined ? {} : { worstPainNrs: latestWeekly.worstPainNrs }) };
    const answered = safety.latestCheckIn()?.answers.nightPain;
    const night = nightPain !== undefined ? nightPain : answered !== undefined && answered !== "unknown" ? answered : currentIntake.screening.nightPain;
    const amended: Intake = {
      ...currentIntake,
      clearingTests: event.clearingTests,
      symptoms,
      ...(event.history === undefined ? {} : { history: event.history }),
      screening: { ...currentIntake.screening, ...(night === undefined ? {} : { nightPain: night }) },
    };
    const assessed = assessWith(amended, safety.clearancesSoFar());
    if (assessed.status === "withheld" || stage === null) {
      timeline.push({ date: event.date, eventId: event.id, kind: "retest", ruleId: "L-4", message: `Re-test recorded; the re-screen says ${assessed.action}: the stage is unchanged.`, reasons: assessed.reasons });
      return;
    }
    currentIntake = amended;
    base = assessed;
    const restaged = assessed.stage.stage;
    timeline.push({
      date: event.date,
      eventId: event.id,
      kind: "retest",
      ruleId: "L-4",
      message: `Re-test: both clearing tests re-run (${assessed.direction.pattern}); re-staged ${restaged}.`,
      reasons: assessed.stage.reasons,
    });
    const decision = stageTransition({ stage }, [{ morningPainNrs: latestWeekly?.morningPainNrs ?? 0, restage: { stage: restaged } }]);
    if (decision.stage !== stage) changeStage(decision.stage, event.date, event.id, "L-4", decision.reasons);
    metWeeks = 0;
    retest = { due: false, since: null, record: RETEST_RECORD, reasons: [] };
    placeLadders();
  };

  const onSession = (record: SessionRecord): void => {
    const { event } = record;
    const day = parseIsoDate(event.date)!;
    if (event.screening !== undefined) safety.checkIn(event.id, event.date, event.screening);
    // G-11: 14 days or more without a session is a layoff; the clock restarts from the return.
    if (lastSessionDay !== null && day - lastSessionDay - 1 >= LAYOFF_DAYS) {
      const layoff: Layoff = { from: formatIsoDate(lastSessionDay + 1), to: formatIsoDate(day - 1), days: day - lastSessionDay - 1, returnDate: event.date };
      layoffs.push(layoff);
      clockFrom = weeks.length;
      timeline.push({
        date: event.date,
        eventId: event.id,
        kind: "layoff",
        ruleId: "G-11",
        message: `${layoff.days} days without a session (${layoff.from} to ${layoff.to}): a layoff. The first week back restarts at 80 % of the pre-layoff dose and the deload clock restarts from this week.`,
        reasons: [because("P-6", "journal.layoff-gradual", {})],
      });
      ladders.restartStreaks(event.date);
    }
    lastSessionDay = day;
    if (base.status === "withheld" || safety.open().length > 0) {
      timeline.push({ date: event.date, eventId: event.id, kind: "session", ruleId: "S-9", message: "A session was recorded while training is withheld: it is kept, and the hold stands.", reasons: [] });
    }
    const profile = profileNow();
    // One pass: the lights counted, the ones that were not green named with their first reason.
    const count = { green: 0, amber: 0, red: 0, "stop-and-rescreen": 0 };
    const named: string[] = [];
    const why: Reason[] = [];
    let ruleId: RuleId = "L-4";
    // Index loops: this runs for every exercise of every session, and an array iterator here
    // was an allocation per step.
    for (let index = 0; index < record.logs.length; index++) {
      const log = record.logs[index]!;
      logs.push(log);
      const exercise = exerciseOf(log.exerciseId);
      const loaded = axial(exercise);
      const response = judge(log.pain, loaded);
      count[response.action] += 1;
      if (response.action !== "green") {
        if (named.length === 0) ruleId = response.ruleId;
        named.push(`${log.exerciseId}: ${response.action}`);
        why.push(response.reasons[0]!);
      }
      if (response.action === "red" || response.action === "stop-and-rescreen") redSinceWeekly = true;
      const memberships = exercise?.ladders;
      if (profile !== null && memberships !== undefined) {
        for (let at = 0; at < memberships.length; at++) {
          const membership = memberships[at]!;
          ladders.expose(membership.ladder, membership.step, log.pain, response.action, event.date, event.id, profile, loaded, decision.action === "deload");
        }
      }
    }
    const load = record.loadAu === null ? "load unknown (no RPE × minutes)" : `${record.loadAu} AU`;
    const unreported = record.unreported.length === 0 ? "" : ` ${record.unreported.length} without a pain report (their doses do not move: no report is not "no pain").`;
    const stops = count["stop-and-rescreen"] > 0 ? `, ${count["stop-and-rescreen"]} stop` : "";
    timeline.push({
      date: event.date,
      eventId: event.id,
      kind: "session",
      ruleId,
      message:
        `Session: ${event.exercises.length} exercise${event.exercises.length === 1 ? "" : "s"}, ${load}; ${count.green} green, ${count.amber} amber, ${count.red} red${stops}` +
        `${named.length > 0 ? ` (${named.join(", ")})` : ""}.${unreported}`,
      reasons: why,
    });
  };

  const apply = (event: RecordedEvent): void => {
    if (event.date < intakeEvent.date) {
      timeline.push({ date: event.date, eventId: event.id, kind: "ignored", ruleId: "J-2", message: `Dated before the intake (${intakeEvent.date}): not replayed.`, reasons: [] });
      return;
    }
    switch (event.type) {
      case "intake":
        return;
      case "check-in":
        safety.checkIn(event.id, event.date, event.screening);
        return;
      case "clearance":
        safety.clearance(event.id, { date: event.date, clearedBy: event.clearedBy, covers: event.covers, ...(event.assessedEmergency === undefined ? {} : { assessedEmergency: event.assessedEmergency }) }, (clearances) => {
          if (base.status !== "withheld") return false;
          const lifted = assessWith(currentIntake, clearances);
          if (lifted.status === "withheld") {
            base = lifted;
            return false;
          }
          base = lifted;
          stage ??= lifted.stage.stage;
          placeLadders();
          return true;
        });
        return;
      case "weekly-check-in":
        onWeekly(event);
        return;
      case "retest":
        onRetest(event);
        return;
      case "endurance-test": {
        const result = enduranceRatios(event.times, stage ?? undefined, { safetyAction: safety.state(intakeHold()).action });
        enduranceTests.push({ date: event.date, result });
        timeline.push({ date: event.date, eventId: event.id, kind: "endurance-test", ruleId: result.ruleId, message: `Endurance tests: ${result.action === "refuse" ? `not judged (${result.reasons[0]?.message ?? ""})` : result.ratios.map((ratio) => `${ratio.name} ${ratio.value === null ? "–" : ratio.value.toFixed(2)} (${ratio.result})`).join(", ")}.`, reasons: result.reasons });
        return;
      }
      case "outcome":
        outcomes.push({ date: event.date, measure: event.measure, score: event.score });
        datedOutcomes.push({ date: event.date, score: makeScore(event.measure, event.score, "outcomes.recorded", { instrument: event.measure, score: event.score }) });
        timeline.push({ date: event.date, eventId: event.id, kind: "outcome", ruleId: "J-1", message: `Outcome: ${event.measure} ${event.score}.`, reasons: [] });
        return;
      case "next-morning":
        if (mornings.orphans.has(event.id)) {
          timeline.push({ date: event.date, eventId: event.id, kind: "next-morning", ruleId: "L-2", message: "Next-morning report with no session before it: nothing to apply it to.", reasons: [] });
        } else {
          timeline.push({ date: event.date, eventId: event.id, kind: "next-morning", ruleId: "L-2", message: `Next morning: ${event.nextMorningNrs}/10${event.spread === undefined || event.spread === "none" ? "" : `, symptoms ${event.spread}`}; applied to the session before it.`, reasons: [] });
        }
        return;
      case "session": {
        const record = records.get(event.id);
        if (record !== undefined) onSession(record);
        return;
      }
    }
  };

  // Week by week, from the intake's week to the week after asOf.
  const firstWeek = weekStartOf(intakeDay);
  const currentWeek = weekStartOf(asOfDay + 1);
  let pointer = 0;
  let firstWeekBack = false;
  for (let week = firstWeek; week <= currentWeek; week += 7) {
    const start = weekLabel(week);
    // G-11: a layoff under way at the week's start restarts the deload clock here.
    const idle = lastSessionDay !== null && week - lastSessionDay - 1 >= LAYOFF_DAYS;
    if (idle) clockFrom = weeks.length;
    decision = deloadDue(weeks.slice(Math.max(clockFrom, weeks.length - RECENT_WEEKS)).map(summaryOf));
    if (decision.action === "deload") {
      timeline.push({
        date: start,
        eventId: null,
        kind: "deload",
        ruleId: decision.ruleId,
        message: `Deload week from ${start}: block volume at 60 %, every load held (P-7, G-11).`,
        reasons: decision.reasons,
      });
    }
    const returnsBefore = layoffs.length;
    while (pointer < events.length && eventDays[pointer]! <= week + 6) apply(events[pointer++]!);
    if (week === currentWeek) {
      firstWeekBack = idle || layoffs.length > returnsBefore;
      break;
    }
    const summary = weekState(start, week - intakeDay, decision, idle || layoffs.length > returnsBefore, recordsByWeek.get(week) ?? [], load, weeklyCheckIns, method);
    if (summary.deload) lastDeload = summary.weekStart;
    weeks.push(summary);
  }
  // A layoff still under way on asOf.
  if (lastSessionDay !== null && asOfDay - lastSessionDay >= LAYOFF_DAYS) {
    layoffs.push({ from: formatIsoDate(lastSessionDay + 1), to: asOf, days: asOfDay - lastSessionDay, returnDate: null });
  }
  timeline.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  // --- The state ---
  const cleared: ClearedAssessment | null = base.status === "cleared" && stage !== null ? withJourney(base, stage, ladders, stageChanges) : null;
  const assessment: Assessment = cleared ?? base;
  const today = formatIsoDate(asOfDay + 1);
  const doses = doseStates(logs, stage ?? "movement-control", cleared, catalog, exerciseOf, today, judge);
  const safetyState = safety.state(intakeHold());
  const status: AthleteState["status"] = safetyState.trainingAllowed && cleared !== null ? "cleared" : "withheld";
  const latestCheckIn = safety.latestCheckIn();
  const notes: Reason[] = [];
  const lastChange = stageChanges.at(-1);
  if (lastChange !== undefined) notes.push(because(lastChange.ruleId, "journal.stage-changed", { stage: lastChange.to, date: lastChange.date, from: lastChange.from }));
  if (retest.due) notes.push(because("L-4", "journal.retest-due", { date: retest.since }), ...retest.reasons);
  const lastLayoff = layoffs.at(-1);
  if (firstWeekBack && lastLayoff !== undefined) {
    notes.push(because("G-11", "journal.first-week-back", { days: lastLayoff.days, percent: 80 }));
  }
  // Assigned in the handlers above: read it through its declared type.
  const advised = referral as AthleteState["referral"];
  if (advised !== null) notes.push(...advised.reasons);

  const loadState = {
    method,
    timeZone,
    days: load.days,
    latest: lastRatio(load.days),
  };
  const state: AthleteState = deepFreeze({
    status,
    asOf,
    intakeDate: intakeEvent.date,
    assessment,
    stage,
    stageChanges,
    ladders: ladders.states(),
    ladderProgress: ladders.progress(),
    doses,
    safety: safetyState,
    load: loadState,
    weeks,
    currentWeek: { weekStart: formatIsoDate(currentWeek), deload: decision, firstWeekBack },
    lastDeload,
    layoffs,
    retest,
    referral,
    enduranceTests,
    outcomes,
    timeline,
  });
  const clockWeeks = weeks.slice(clockFrom);
  return {
    state,
    assessment,
    exerciseLogs: logs,
    trainingLog: trainingLogOf(load.days),
    deloadWeeks: clockWeeks.map(summaryOf),
    checkIn: latestCheckIn === undefined ? undefined : { ...latestCheckIn.answers, date: latestCheckIn.date, clearances: safety.clearancesSoFar() },
    notes,
    ladders,
    catalog,
  };
}

/** The state before the intake (or without one on the day). */
function notStarted(asOf: string, method: AcwrMethod, timeZone: string, safety: SafetyTracker, timeline: TimelineEntry[], catalog: readonly Exercise[]): ReplayRun {
  const state: AthleteState = deepFreeze({
    status: "not-started",
    asOf,
    intakeDate: null,
    assessment: null,
    stage: null,
    stageChanges: [],
    ladders: [],
    ladderProgress: {},
    doses: [],
    safety: safety.state(null),
    load: { method, timeZone, days: [], latest: null },
    weeks: [],
    currentWeek: null,
    lastDeload: null,
    layoffs: [],
    retest: { due: false, since: null, record: RETEST_RECORD, reasons: [] },
    referral: null,
    enduranceTests: [],
    outcomes: [],
    timeline,
  });
  return { state, assessment: null, exerciseLogs: [], trainingLog: [], deloadWeeks: [], checkIn: undefined, notes: [], ladders: null, catalog };
}

/** The assessment with the journey's stage and ladders: what plans are built from. */
function withJourney(base: ClearedAssessment, stage: Stage, ladders: LadderTracker, changes: readonly StageChange[]): ClearedAssessment {
  const last = changes.at(-1);
  const moved = stage !== base.stage.stage;
  const ruleId = last?.ruleId ?? "J-3";
  const now = last === undefined ? because(ruleId, "journal.stage-now", { stage }) : because(ruleId, "journal.stage-now-since", { stage, date: last.date });
  const why = moved || last !== undefined ? [now] : [];
  return {
    ...base,
    stage: moved ? { ...base.stage, stage, reasons: [...base.stage.reasons, ...why] } : base.stage,
    profile: { ...base.profile, stage, ladderProgress: ladders.progress() },
  };
}

/** The load series as the planner's training log (A-1, A-2): one row a known day, rest days at 0. */
function trainingLogOf(days: readonly LoadDay[]): LoggedSession[] {
  const rows: LoggedSession[] = [];
  for (const day of days) if (day.loadAu !== null) rows.push({ date: day.date, loadAu: day.loadAu });
  return rows;
}

/** A completed week as `deloadDue` reads it; a week without a session counts as an easy week. */
function summaryOf(week: WeekState): WeekSummary {
  return { weekStart: week.weekStart, deload: week.deload || week.rest, acwr: week.acwr, zone: week.zone, morningPainNrs: week.morningPainNrs };
}

interface LoadSeries {
  /** One entry a day from the intake to asOf (index = day − the intake's day). */
  readonly days: LoadDay[];
}

/**
 * A-1, A-2: the day's load is the sum of its sessions' RPE × minutes; a day with no session is a
 * rest day (the journal is the record), a day with a session lacking RPE or minutes is unknown.
 */
function loadSeries(fromDay: number, toDay: number, sessions: readonly SessionRecord[], method: AcwrMethod): LoadSeries {
  const length = toDay - fromDay + 1;
  const loads: (number | null)[] = new Array<number | null>(length).fill(0);
  const unknown = new Uint8Array(length);
  for (const record of sessions) {
    const index = parseIsoDate(record.event.date)! - fromDay;
    if (index < 0 || index >= length) continue;
    if (record.loadAu === null) unknown[index] = 1;
    else loads[index] = (loads[index] ?? 0) + record.loadAu;
  }
  for (let index = 0; index < length; index++) if (unknown[index] === 1) loads[index] = null;
  const points = acwr(loads, { method });
  const days: LoadDay[] = loads.map((loadAu, index) => {
    const point = points[index];
    return { date: formatIsoDate(fromDay + index), loadAu, acute: point?.acute ?? null, chronic: point?.chronic ?? null, ratio: point?.ratio ?? null, zone: point?.zone ?? null };
  });
  return { days };
}

function lastRatio(days: readonly LoadDay[]): LoadStateLatest {
  for (let index = days.length - 1; index >= 0; index--) {
    const day = days[index]!;
    if (day.ratio !== null) return { date: day.date, ratio: day.ratio, zone: day.zone };
  }
  return null;
}
type LoadStateLatest = AthleteState["load"]["latest"];

/** One week's summary: sessions, load, the A-18 weekly ratio, morning pain and volume. */
function weekState(
  start: string,
  offset: number,
  decision: DeloadDecision,
  clockRestart: boolean,
  sessions: readonly SessionRecord[],
  load: LoadSeries,
  weekly: readonly WeeklyCheckIn[],
  method: AcwrMethod,
): WeekState {
  const volume = emptyVolume();
  for (const record of sessions) {
    volume.workingSets += record.volume.workingSets;
    volume.totalReps += record.volume.totalReps;
    volume.totalVolumeLoadKg += record.volume.totalVolumeLoadKg;
    for (const axis of SPINE_AXES) volume.spineExposure[axis] += record.volume.spineExposure[axis];
  }
  const days = load.days.slice(Math.max(0, offset), offset + 7);
  const known = days.filter((day) => day.loadAu !== null);
  // A-18: a week's verdict is the ratio of its 7-day means, which a steady schedule holds near 1.
  const full = days.length === 7 && days.every((day) => day.acute !== null && day.chronic !== null);
  const acuteMean = full ? days.reduce((sum, day) => sum + day.acute!, 0) / 7 : 0;
  const chronicMean = full ? days.reduce((sum, day) => sum + day.chronic!, 0) / 7 : 0;
  const ratio = full && chronicMean > 0 ? acuteMean / chronicMean : null;
  const pain = weekly.filter((item) => item.weekStart === start).at(-1);
  return {
    weekStart: start,
    complete: true,
    sessions: sessions.length,
    deload: decision.action === "deload",
    rest: sessions.length === 0,
    deloadDecision: decision,
    clockRestart,
    loadAu: known.length === 0 ? null : known.reduce((sum, day) => sum + day.loadAu!, 0),
    acwr: ratio,
    zone: ratio === null ? null : acwrZone(ratio, method),
    morningPainNrs: pain?.morningPainNrs ?? null,
    volume,
  };
}

/** Each exercise's last logged session and the next dose it leads to. */
function doseStates(
  logs: readonly ExerciseLog[],
  stage: Stage,
  assessment: ClearedAssessment | null,
  catalog: readonly Exercise[],
  exerciseOf: (id: ExerciseId) => Exercise | undefined,
  today: string,
  judge: (pain: PainReport, axiallyLoaded: boolean) => PainResponse,
): DoseState[] {
  const byExercise = new Map<ExerciseId, ExerciseLog[]>();
  for (const log of logs) {
    const own = byExercise.get(log.exerciseId);
    if (own === undefined) byExercise.set(log.exerciseId, [log]);
    else own.push(log);
  }
  const out: DoseState[] = [];
  for (const [exerciseId, own] of byExercise) {
    const last = own.at(-1)!;
    const exercise = exerciseOf(exerciseId);
    // nextDose reads the last session, the green streak, reds in a row and the gap (P-6): the latest few suffice.
    const next = nextDose(own.slice(-RECENT_LOGS), prescriptionFrom(exercise, last), {
      stage,
      catalog,
      ...(exercise === undefined ? {} : { exercise }),
      ...(assessment === null ? {} : { direction: assessment.profile.direction }),
      today,
    });
    out.push({
      exerciseId,
      sessions: own.length,
      lastDate: last.date,
      lastLoadKg: heaviest(last),
      lastResponse: judge(last.pain, axial(exercise)),
      next,
    });
  }
  return out;
}
