/**
 * A `session` event from a planned session, for apps whose users tap "done" (J-1).
 */
import type { ExerciseId } from "../catalog/index.js";
import type { PainReport } from "../progression/index.js";
import type { PlannedDose, PlannedExercise, PlannedSession } from "../program/index.js";
import { JOURNAL_VERSION } from "./schema.js";
import type { SessionEvent, SessionExercise, SessionSet } from "./types.js";

/**
 * Options of {@link performedAsPlanned}.
 * @category Journal
 */
export interface PerformedAsPlannedOptions {
  /** The event's id. Default `session-<date>`. */
  readonly id?: string;
  /** How the back answered: one report for every exercise, or one per exercise (others get none). */
  readonly pain?: PainReport | Readonly<Record<ExerciseId, PainReport>>;
  /** Session RPE, CR-10; without it the day's load is unknown. */
  readonly rpe?: number;
  /** Minutes the session took. Default: the plan's estimate. */
  readonly minutes?: number;
  /** The load used per exercise where the plan gave none (the lifter chose it), kg per implement. */
  readonly loadKg?: Readonly<Record<ExerciseId, number>>;
}

function isPainReport(value: unknown): value is PainReport {
  return value !== null && typeof value === "object" && typeof (value as { baselineNrs?: unknown }).baselineNrs === "number";
}

/** The sets a planned dose stands for, done as planned. */
function setsOf(dose: PlannedDose, loadKg: number | undefined): SessionSet[] {
  const load = loadKg === undefined ? {} : { loadKg };
  switch (dose.kind) {
    case "reps":
      return dose.sets.map((reps) => ({ reps, ...load }));
    case "hold":
      return Array.from({ length: dose.sets }, () => ({ seconds: dose.holdSeconds, ...load }));
    case "distance":
      return Array.from({ length: dose.sets }, () => ({ meters: dose.distanceMeters, ...load }));
    case "breaths":
      return Array.from({ length: dose.sets }, () => ({ reps: dose.breaths }));
    case "minutes":
      return [{ seconds: dose.minutes * 60 }];
  }
}

/**
 * Makes the `session` event of a planned session done exactly as planned: every exercise of the
 * warm-up, the blocks, the core work and the finish, with its planned sets, reps, holds or
 * distances and the planned load (or the one the lifter chose, `loadKg`), and the pain reports
 * given. One event then feeds dose progression, the ladders, volume and load (J-1).
 *
 * @param session - a planned session (from `planWeek` or {@link planNextWeek})
 * @param options - the id, the pain (one report or one per exercise), session RPE and minutes, chosen loads
 * @returns the `session` event, dated the planned day
 * @throws TypeError when `session` is not a planned session or options is not an object
 * @example
 * ```ts
 * const week = planNextWeek([{ id: "intake", date: "2026-03-28", type: "intake", intake: athlete }], { weekStart: "2026-03-30" });
 * const event = performedAsPlanned(week.sessions[0], { pain: { baselineNrs: 1, duringNrs: 2, afterNrs: 1 }, rpe: 6 });
 * [event.type, event.date, event.id];
 * // => ["session", "2026-03-30", "session-2026-03-30"]
 * ```
 * @category Journal
 */
export function performedAsPlanned(session: PlannedSession, options: PerformedAsPlannedOptions = {}): SessionEvent {
  if (session === null || typeof session !== "object" || (session as { status?: unknown }).status !== "planned" || !Array.isArray((session as { blocks?: unknown }).blocks)) {
    throw new TypeError(`performedAsPlanned: session must be a planned session (status "planned"), got ${session === null ? "null" : typeof session}`);
  }
  if (options === null || typeof options !== "object" || Array.isArray(options)) {
    throw new TypeError(`performedAsPlanned: options must be an object, got ${options === null ? "null" : typeof options}`);
  }
  const single = isPainReport(options.pain) ? options.pain : undefined;
  const perExercise = single === undefined ? (options.pain as Readonly<Record<ExerciseId, PainReport>> | undefined) : undefined;
  const planned: PlannedExercise[] = [...session.warmUp, ...session.blocks.flatMap((block) => block.exercises), ...session.core, ...session.finish];
  const exercises: SessionExercise[] = planned.map((item) => {
    const chosen = options.loadKg?.[item.exerciseId];
    const planLoad = item.dose.kind === "reps" ? item.dose.loadKg : undefined;
    const own = perExercise !== undefined && Object.hasOwn(perExercise, item.exerciseId) ? perExercise[item.exerciseId] : undefined;
    return {
      exerciseId: item.exerciseId,
      sets: setsOf(item.dose, planLoad ?? chosen),
      ...(own === undefined ? {} : { pain: own }),
    };
  });
  return {
    version: JOURNAL_VERSION,
    id: options.id ?? `session-${session.date}`,
    date: session.date,
    type: "session",
    exercises,
    ...(options.rpe === undefined ? {} : { rpe: options.rpe }),
    minutes: options.minutes ?? session.estimatedMinutes,
    ...(single === undefined ? {} : { pain: single }),
  };
}
