/**
 * The next week from the record (J-1, J-3): `planWeek` on the replayed state.
 */
import type { Reason } from "../evidence/index.js";
import { journalReason as because } from "./messages.js";
import type { ExerciseLog } from "../progression/index.js";
import type { PlanHistory, PlanOptions, WeekPlan, WithheldPlan, WithholdingAction } from "../program/index.js";
import { planWeekOnParsedHistory } from "../program/planWeek.js";
import { formatIsoDate, requireIsoDate, weekdayOfDay } from "../internal/calendar.js";
import { checkJournalArgs, RECENT_LOGS, runReplay, WEEK_DAYS, type ReplayRun } from "./replay.js";
import type { Journal, OpenFlag } from "./types.js";

/**
 * Options of {@link planNextWeek}: those of `planWeek` but the history and today's check-in,
 * which the journal supplies (J-1).
 * @category Journal
 */
export type JournalPlanOptions = Omit<PlanOptions, "history" | "checkIn">;


/**
 * Days of the load series the planner's load check reads: four times the 28-day chronic window,
 * so the EWMA's weight on anything older is below 0.02 % (A-5); the rolling ratios read 28.
 */
const PLAN_LOAD_DAYS = 120;

/**
 * Each exercise's latest logs, in date order: what dose progression reads (the last session, the
 * green streak of two, L-4; two reds in a row; the gap since the last one, P-6).
 */
function recentLogs(logs: readonly ExerciseLog[]): ExerciseLog[] {
  const kept = new Map<string, number>();
  const out: ExerciseLog[] = [];
  for (let index = logs.length - 1; index >= 0; index--) {
    const log = logs[index]!;
    const seen = kept.get(log.exerciseId) ?? 0;
    if (seen >= RECENT_LOGS) continue;
    kept.set(log.exerciseId, seen + 1);
    out.push(log);
  }
  return out.reverse();
}

/** A plan withheld by the journal's safety state (S-9, S-12, S-13), or `undefined` when training may be planned. */
function withheldByJournal(run: ReplayRun): WithheldPlan | undefined {
  const { state } = run;
  if (state.status === "cleared") return undefined;
  const safety = state.safety;
  const open = safety.open[0];
  const unanswered = safety.open.filter((flag) => flag.kind === "unanswered").flatMap((flag) => flag.unanswered);
  return {
    status: "withheld",
    action: (safety.trainingAllowed ? "stop-until-cleared" : safety.action) as WithholdingAction,
    ruleId: open?.ruleId ?? "S-12",
    // Each open check-in first, with what lifts it; an intake that withholds speaks for itself.
    reasons:
      open === undefined
        ? safety.reasons
        : safety.open.flatMap((flag) => [
            heldBy(flag),
            ...flag.reasons,
          ]),
    safetyNet: safety.safetyNet,
    unanswered,
  };
}

/** What holds the next week: a check-in with questions left open (S-13), or one only a clearance lifts (S-9, S-12). */
function heldBy(flag: OpenFlag): Reason {
  const where = { date: flag.date, eventId: flag.eventId };
  if (flag.kind === "unanswered") return because("S-13", "journal.plan-unanswered", where);
  if (flag.features.length === 0) return because("S-9", "journal.plan-needs-any-clearance", { ...where, action: flag.action });
  return because("S-9", "journal.plan-needs-clearance", { ...where, action: flag.action, features: flag.features.join(", ") });
}

/**
 * What `planWeek` reads from a replay: each exercise's latest logs, the recent load days, the
 * completed weeks since the deload clock restarted and the ladder steps. Already in
 * `parsePlanHistory`'s shape (a property holds it), so the plan does not parse it again.
 */
export function plannerHistory(run: ReplayRun): PlanHistory {
  // G-11: while a layoff goes on, its rest days are left out of the training log, so the planner
  // finds the last session, not the last rest day, and plans the first week back as one.
  const layoff = run.state.layoffs.at(-1);
  const rows = run.trainingLog.slice(-PLAN_LOAD_DAYS);
  const trainingLog = layoff !== undefined && layoff.returnDate === null ? rows.filter((row) => row.date! < layoff.from) : rows;
  return {
    exerciseLogs: recentLogs(run.exerciseLogs),
    trainingLog,
    weeks: run.deloadWeeks,
    ladderProgress: run.state.ladderProgress,
  };
}

/**
 * Plans the next week from the journal (J-1, J-3): replays it up to the day before `weekStart`
 * and hands the state to `planWeek`.
 *
 * The replayed state decides everything `planWeek` reads: the assessment is the intake's (or the
 * latest re-test's) with the journey's stage (L-3 drops, L-4 advances) and ladder steps (P-1,
 * P-2, G-2); the history is each exercise's latest logs from the sessions (loads from the last
 * performed sets, L-1…L-5, P-5…P-9; a gap of more than 14 days brings loads back to 80 %, P-6,
 * G-11), the load series (rest days included, A-2) and the completed weeks since the deload clock
 * last restarted (P-7, G-11); the latest check-in is re-screened with every clearance on record
 * (S-9, S-12). A check-in that withholds and is not cleared, or an incomplete screening not yet
 * answered, gives a `WithheldPlan` (S-9, S-12, S-13). The week's reasons start with what the
 * journey decided: a stage change, a re-test due and what to record (L-4), the first week back
 * after a layoff (G-11), a referral (L-7).
 *
 * @param journal - the events (parsed with {@link parseJournal}), in any order
 * @param options - `planWeek`'s options without `history` and `checkIn` (the journal gives them)
 * @returns the week, or no plan
 * @throws TypeError when the journal is not an array of events, options is not an object, or it
 *   carries `history` or `checkIn` (the journal is the history)
 * @throws RangeError when `weekStart` is not a supported date or comes before the intake, and as `planWeek` does
 * @example
 * ```ts
 * const journal = [{ id: "intake", date: "2026-03-28", type: "intake", intake: athlete }];
 * const week = planNextWeek(journal, { weekStart: "2026-03-30", daysPerWeek: 3 });
 * week.status;
 * // => "planned"
 * week.sessions.length;
 * // => 3
 * ```
 * @category Journal
 */
export function planNextWeek(journal: Journal, options: JournalPlanOptions): WeekPlan {
  checkJournalArgs("planNextWeek", journal, options);
  if (options === undefined) throw new TypeError("planNextWeek: options must be an object with weekStart");
  for (const key of ["history", "checkIn"] as const) {
    if (Object.hasOwn(options, key)) throw new TypeError(`planNextWeek: options.${key} is not taken: the journal is the history (J-1); record a ${key === "checkIn" ? "check-in" : "session"} event instead`);
  }
  const weekStartDay = requireIsoDate("planNextWeek", "options.weekStart", options.weekStart);
  const run = runReplay("planNextWeek", journal, {
    asOf: formatIsoDate(weekStartDay - 1),
    weekStartsOn: WEEK_DAYS[weekdayOfDay(weekStartDay) - 1]!,
    ...(options.acwrMethod === undefined ? {} : { acwrMethod: options.acwrMethod }),
    ...(options.timeZone === undefined ? {} : { timeZone: options.timeZone }),
    ...(options.catalog === undefined ? {} : { catalog: options.catalog }),
  });
  if (run.assessment === null) {
    throw new RangeError(`planNextWeek: options.weekStart ${options.weekStart} comes before the journal's intake: plan from the day after the intake`);
  }
  const withheld = withheldByJournal(run);
  if (withheld !== undefined) return withheld;
  // The history is built from parsed events: planWeek's own parse of it would repeat J-1's.
  const week = planWeekOnParsedHistory(run.assessment, {
    ...options,
    history: plannerHistory(run),
    ...(run.checkIn === undefined ? {} : { checkIn: run.checkIn }),
  });
  if (week.status !== "planned" || run.notes.length === 0) return week;
  const notes: Reason[] = [...run.notes];
  return { ...week, reasons: [...notes, ...week.reasons] };
}
