/**
 * One `session` event, converted once into what each module reads (J-1): exercise logs for dose
 * progression and the ladders (with the next morning's report folded in, L-2), the session's
 * volume (V-7, V-8), and a session load for the load series.
 */
import type { Exercise, ExerciseId, SpineAxis } from "../catalog/index.js";
import type { ExerciseLog, ExerciseSetLog, PainReport, SymptomSpread } from "../progression/index.js";
import { deepFreeze } from "../internal/freeze.js";
import type { NextMorningEvent, RecordedEvent, SessionEvent, SessionSet, WeekState } from "./types.js";

/** Volume as `weeklyVolume` counts it (V-7, V-8). */
export type VolumeTally = WeekState["volume"];

/** A session as every module reads it. */
export interface SessionRecord {
  readonly event: SessionEvent;
  /** One log per exercise with a pain report (its own, else the session's). */
  readonly logs: readonly ExerciseLog[];
  /** Exercises without any pain report: they move no dose (L-1, L-2: no report is not "no pain"). */
  readonly unreported: readonly ExerciseId[];
  /** Working sets (each side's set once), reps, tonnage and spine exposure (V-7, V-8). */
  readonly volume: VolumeTally;
  /** Session RPE × minutes, or `null` when either is missing (the day's load is unknown, A-2). */
  readonly loadAu: number | null;
  /** The next morning's report folded into its pain reports, when one came. */
  readonly nextMorning: NextMorningEvent | null;
}

/** Which next-morning report applies to which session, and the reports with no session before them. */
export interface NextMornings {
  readonly bySession: ReadonlyMap<string, NextMorningEvent>;
  readonly orphans: ReadonlySet<string>;
}

/**
 * L-2: each next-morning report applies to the session it names, else to the latest session
 * dated before it; a later report on the same session wins.
 */
export function matchNextMornings(events: readonly RecordedEvent[]): NextMornings {
  const bySession = new Map<string, NextMorningEvent>();
  const orphans = new Set<string>();
  const sessions = new Map<string, SessionEvent>();
  let latest: SessionEvent | undefined;
  for (const event of events) {
    if (event.type === "session") {
      sessions.set(event.id, event);
      latest = event;
    } else if (event.type === "next-morning") {
      const named = event.sessionId === undefined ? undefined : sessions.get(event.sessionId);
      // Events of one day replay next-morning reports before sessions: `latest` is dated before.
      const target = event.sessionId === undefined ? latest : named;
      if (target === undefined || target.date >= event.date) orphans.add(event.id);
      else bySession.set(target.id, event);
    }
  }
  return { bySession, orphans };
}

function worseSpread(a: SymptomSpread | undefined, b: SymptomSpread | undefined): SymptomSpread | undefined {
  if (a === "peripheralised" || b === "peripheralised") return "peripheralised";
  return b ?? a;
}

/** A pain report with the next morning's answer (L-2) and any overnight spread (L-5). */
function withNextMorning(pain: PainReport, report: NextMorningEvent | null): PainReport {
  if (report === null) return pain;
  // Field by field: a spread of a report object is several times slower here, once per exercise.
  const merged: { -readonly [K in keyof PainReport]: PainReport[K] } = { baselineNrs: pain.baselineNrs, duringNrs: pain.duringNrs, nextMorningNrs: report.nextMorningNrs };
  if (pain.afterNrs !== undefined) merged.afterNrs = pain.afterNrs;
  if (pain.axiallyLoaded !== undefined) merged.axiallyLoaded = pain.axiallyLoaded;
  const spread = worseSpread(pain.spread, report.spread);
  if (spread !== undefined) merged.spread = spread;
  return merged;
}

/** One set as `nextDose` reads it: its reps, hold and load, only those given. */
function asLog(reps: number | undefined, seconds: number | undefined, loadKg: number | undefined): ExerciseSetLog {
  const log: { reps?: number; holdSeconds?: number; loadKg?: number } = {};
  if (reps !== undefined) log.reps = reps;
  if (seconds !== undefined) log.holdSeconds = seconds;
  if (loadKg !== undefined) log.loadKg = loadKg;
  return log;
}

/** The weaker of two sides' numbers (fewer reps, a shorter hold, a lighter load). */
function weaker(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined ? b : b === undefined ? a : Math.min(a, b);
}

/**
 * Working sets as `nextDose` reads them: a left and a right set done in turn are one set (V-6),
 * judged on the weaker side (fewer reps, shorter hold, lighter load); a set without a side is
 * one set (per side for unilateral work).
 */
export function logSets(sets: readonly SessionSet[]): ExerciseSetLog[] {
  const out: ExerciseSetLog[] = [];
  let sided = false;
  for (const set of sets) {
    if (set.side === undefined) out.push(asLog(set.reps, set.seconds, set.loadKg));
    else sided = true;
  }
  if (!sided) return out;
  const left = sets.filter((set) => set.side === "left");
  const right = sets.filter((set) => set.side === "right");
  const pairs = Math.min(left.length, right.length);
  for (let index = 0; index < pairs; index++) {
    const a = left[index]!;
    const b = right[index]!;
    out.push(asLog(weaker(a.reps, b.reps), weaker(a.seconds, b.seconds), weaker(a.loadKg, b.loadKg)));
  }
  // A side done more often than the other: its extra sets count as they are.
  for (const set of [...left.slice(pairs), ...right.slice(pairs)]) out.push(asLog(set.reps, set.seconds, set.loadKg));
  return out;
}

/** An empty volume tally. */
export function emptyVolume(): { workingSets: number; totalReps: number; totalVolumeLoadKg: number; spineExposure: Record<SpineAxis, number> } {
  return { workingSets: 0, totalReps: 0, totalVolumeLoadKg: 0, spineExposure: { flexion: 0, extension: 0, lateralFlexion: 0, rotation: 0, axialCompression: 0, shear: 0 } };
}

/**
 * Adds an exercise's sets to a tally as `weeklyVolume` counts them (V-7, V-8): each side's
 * working set once (a unilateral set without a side was done on both sides), tonnage = load ×
 * reps × implements, spine exposure = the exercise's demand per working set. An exercise outside
 * the catalog is left out, as `weeklyVolume` leaves it out.
 */
function addVolume(tally: ReturnType<typeof emptyVolume>, sets: readonly SessionSet[], exercise: Exercise | undefined): void {
  if (exercise === undefined) return;
  const bilateral = exercise.laterality === "bilateral";
  let count = 0;
  for (const set of sets) {
    const sides = set.side !== undefined || bilateral ? 1 : 2;
    const reps = set.reps ?? 0;
    count += sides;
    tally.totalReps += reps * sides;
    tally.totalVolumeLoadKg += (set.loadKg ?? 0) * reps * exercise.implements * sides;
  }
  tally.workingSets += count;
  // The six axes of SPINE_AXES, written out: this runs once per exercise of every session.
  const demand = exercise.spineDemand;
  const exposure = tally.spineExposure;
  exposure.flexion += demand.flexion * count;
  exposure.extension += demand.extension * count;
  exposure.lateralFlexion += demand.lateralFlexion * count;
  exposure.rotation += demand.rotation * count;
  exposure.axialCompression += demand.axialCompression * count;
  exposure.shear += demand.shear * count;
}

/** Converts one session event, once, for every module that reads it. */
export function sessionRecord(event: SessionEvent, nextMorning: NextMorningEvent | null, exerciseOf: (id: ExerciseId) => Exercise | undefined): SessionRecord {
  const logs: ExerciseLog[] = [];
  const unreported: ExerciseId[] = [];
  const volume = emptyVolume();
  // The session's own report is shared by the exercises without one: fold the next morning in once.
  const sessionPain = event.pain === undefined ? undefined : withNextMorning(event.pain, nextMorning);
  for (const item of event.exercises) {
    const exercise = exerciseOf(item.exerciseId);
    addVolume(volume, item.sets, exercise);
    const pain = item.pain === undefined ? sessionPain : withNextMorning(item.pain, nextMorning);
    if (pain === undefined) {
      unreported.push(item.exerciseId);
      continue;
    }
    const log: { -readonly [K in keyof ExerciseLog]: ExerciseLog[K] } = { date: event.date, exerciseId: item.exerciseId, sets: logSets(item.sets), pain };
    if (item.rangeOfMotion !== undefined) log.rangeOfMotion = item.rangeOfMotion;
    if (item.pauseSeconds !== undefined) log.pauseSeconds = item.pauseSeconds;
    logs.push(log);
  }
  const loadAu = event.rpe !== undefined && event.minutes !== undefined ? event.rpe * event.minutes : null;
  return { event, logs, unreported, volume, loadAu, nextMorning };
}

/** A frozen session's record, with what it was converted with. */
interface Converted {
  readonly nextMorning: NextMorningEvent | null;
  readonly catalog: readonly Exercise[];
  readonly record: SessionRecord;
}

/**
 * Records of frozen session events (what `parseJournal` returns), by event: an app replays the
 * same events every time the lifter records one more, and a year holds about 200 sessions. Weak,
 * so a journal that is dropped takes its records with it.
 */
const converted = new WeakMap<SessionEvent, Converted>();

/**
 * {@link sessionRecord}, converted once per frozen event, next-morning report and frozen catalog
 * (J-1): such inputs cannot change, so neither can the record, which is frozen and shared.
 * Anything else is converted on every call.
 */
export function sessionRecordOnce(event: SessionEvent, nextMorning: NextMorningEvent | null, catalog: readonly Exercise[], exerciseOf: (id: ExerciseId) => Exercise | undefined): SessionRecord {
  const frozen = Object.isFrozen(event) && Object.isFrozen(catalog) && (nextMorning === null || Object.isFrozen(nextMorning));
  if (!frozen) return sessionRecord(event, nextMorning, exerciseOf);
  const kept = converted.get(event);
  if (kept !== undefined && kept.nextMorning === nextMorning && kept.catalog === catalog) return kept.record;
  const record = deepFreeze(sessionRecord(event, nextMorning, exerciseOf));
  converted.set(event, { nextMorning, catalog, record });
  return record;
}
