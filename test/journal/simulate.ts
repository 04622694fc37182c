/**
 * A simulated lifter for the journey scenarios: each week the journal is planned with
 * `planNextWeek`, every session is recorded with `performedAsPlanned` and the responses the
 * scenario chooses, then the weekly check-in (and a re-test whenever one is due).
 */
import { readFileSync } from "node:fs";
import { exercises, type ExerciseId } from "../../src/catalog/index.js";
import type { ClearingTests } from "../../src/classification/index.js";
import { addDays } from "../../src/internal/calendar.js";
import type { PainReport } from "../../src/progression/index.js";
import type { PlannedSession, PlannedWeek, WeekPlan } from "../../src/program/index.js";
import { performedAsPlanned, planNextWeek, replay, type AthleteState, type JournalEvent, type RetestSymptoms } from "../../src/journal/index.js";

export const athleteIntake: unknown = JSON.parse(readFileSync(new URL("../../examples/athlete.json", import.meta.url), "utf8"));

export const GREEN: PainReport = { baselineNrs: 1, duringNrs: 1, afterNrs: 1, nextMorningNrs: 1 };

/** Check-in answers with every red-flag question answered no (S-13). */
export const NO_FLAGS = {
  bladderDysfunction: false, saddleNumbness: false, bowelDysfunction: false, newSexualDysfunction: false, legSymptoms: null,
  footDrop: false, worseningLegWeakness: false, gaitDisturbance: false, fever: false, ivDrugUse: false, immunosuppression: false,
  recentSpinalProcedure: false, recentInfection: false, cancerHistory: false, unexplainedWeightLoss: false, nightPain: null,
  significantTrauma: false, minorTraumaOrStrenuousLift: false, osteoporosis: false, longTermCorticosteroids: false,
} as const;

/** Clearing tests with no familiar pain in either direction. */
export const CLEAR_TESTS: ClearingTests = {
  flexion: { painNrs: 0, familiar: false, symptomsBefore: "none", symptomsAfter: "none", endPositionReached: true },
  extension: { painNrs: 0, familiar: false, symptomsBefore: "none", symptomsAfter: "none", endPositionReached: true },
};
export const CALM_HISTORY = { worsenedBy: [], easedBy: [] } as const;
export const CALM_SYMPTOMS: RetestSymptoms = { worstPainNrs: 2, settlingTime: "within-an-hour", stiffness: false, fearOfMovement: false, nightPain: null };

const byId = new Map(exercises.map((exercise) => [exercise.id, exercise]));

/** What a scenario decides for one week. */
export interface WeekChoice {
  /** The pain of one exercise of one session (default green). */
  readonly pain?: (session: PlannedSession, exerciseId: ExerciseId, weekIndex: number) => PainReport;
  /** Sessions to skip (by index in the week). */
  readonly skip?: readonly number[];
  /** Extra events at the end of the week (before the weekly check-in). */
  readonly extra?: (weekStart: string, journal: readonly JournalEvent[]) => readonly JournalEvent[];
  readonly weekly?: { readonly morningPainNrs: number; readonly worstPainNrs?: number; readonly morningStiffnessNrs?: number } | null;
}

export interface Journey {
  readonly journal: JournalEvent[];
  readonly plans: { readonly weekStart: string; readonly plan: WeekPlan; readonly state: AthleteState }[];
}

export interface JourneyOptions {
  readonly intakeDate: string;
  readonly firstWeek: string;
  readonly weeks: number;
  readonly daysPerWeek?: number;
  readonly equipment?: NonNullable<Parameters<typeof planNextWeek>[1]["equipment"]>;
  readonly intake?: unknown;
  /** Per week (0-based): what happens. */
  readonly week?: (index: number, weekStart: string) => WeekChoice;
  /** Re-test whenever the state says one is due (with clear tests and calm symptoms). */
  readonly retestWhenDue?: boolean;
  /** Weeks (0-based) with no training at all: nothing planned is done. */
  readonly breakWeeks?: readonly number[];
  /** Called with each week's plan before its sessions are recorded. */
  readonly beforeWeek?: (index: number, plan: WeekPlan) => void;
  /**
   * Record as an app that asks twice would: one pain report for the session right after it, and
   * the next morning as its own event the day after (L-2). Only for sessions whose exercises all
   * answered alike.
   */
  readonly nextMorningEvents?: boolean;
}

/** The starting load a lifter picks for a loaded exercise the plan gives no load for (kg per implement). */
function chosenLoad(exerciseId: ExerciseId): number | undefined {
  const exercise = byId.get(exerciseId);
  if (exercise === undefined || exercise.implements === 0) return undefined;
  const kit = exercise.equipment.flat();
  if (kit.includes("barbell") || kit.includes("trap-bar")) return 40;
  if (kit.includes("kettlebell")) return 12;
  return exercise.implements === 2 ? 8 : 10;
}

function allPlanned(session: PlannedSession) {
  return [...session.warmUp, ...session.blocks.flatMap((block) => block.exercises), ...session.core, ...session.finish];
}

/** Runs a simulated journey, week by week, through the public API only. */
export function simulate(options: JourneyOptions): Journey {
  const journal: JournalEvent[] = [{ version: 1, id: "intake", date: options.intakeDate, type: "intake", intake: (options.intake ?? athleteIntake) as never }];
  const plans: Journey["plans"][number][] = [];
  for (let index = 0; index < options.weeks; index++) {
    const weekStart = addDays(options.firstWeek, index * 7);
    const plan = planNextWeek(journal, { weekStart, daysPerWeek: options.daysPerWeek ?? 3, ...(options.equipment === undefined ? {} : { equipment: options.equipment }) });
    const state = replay(journal, { asOf: addDays(weekStart, -1) });
    plans.push({ weekStart, plan, state });
    options.beforeWeek?.(index, plan);
    const choice = options.week?.(index, weekStart) ?? {};
    const resting = options.breakWeeks?.includes(index) ?? false;
    if (plan.status === "planned" && !resting) {
      (plan as PlannedWeek).sessions.forEach((session, sessionIndex) => {
        if (choice.skip?.includes(sessionIndex)) return;
        const pain: Record<string, PainReport> = {};
        const loadKg: Record<string, number> = {};
        for (const item of allPlanned(session)) {
          pain[item.exerciseId] = choice.pain?.(session, item.exerciseId, index) ?? GREEN;
          const load = chosenLoad(item.exerciseId);
          if (load !== undefined) loadKg[item.exerciseId] = load;
        }
        const reports = Object.values(pain);
        const alike = reports.every((report) => JSON.stringify(report) === JSON.stringify(reports[0]));
        if (options.nextMorningEvents === true && alike && reports[0] !== undefined) {
          const { nextMorningNrs, ...sameDay } = reports[0];
          journal.push(performedAsPlanned(session, { id: `s-${session.date}`, pain: sameDay, rpe: 6, loadKg }));
          journal.push({ version: 1, id: `m-${session.date}`, date: addDays(session.date, 1), type: "next-morning", nextMorningNrs: nextMorningNrs ?? sameDay.baselineNrs });
        } else {
          journal.push(performedAsPlanned(session, { id: `s-${session.date}`, pain, rpe: 6, loadKg }));
        }
      });
    }
    journal.push(...(choice.extra?.(weekStart, journal) ?? []));
    const sunday = addDays(weekStart, 6);
    if (choice.weekly !== null) {
      const weekly = choice.weekly ?? { morningPainNrs: Math.max(1, 3 - Math.floor(index / 3)), worstPainNrs: Math.max(2, 5 - Math.floor(index / 2)) };
      journal.push({ version: 1, id: `w-${sunday}`, date: sunday, type: "weekly-check-in", ...weekly });
    }
    if (options.retestWhenDue === true && replay(journal, { asOf: sunday }).retest.due) {
      journal.push({ version: 1, id: `r-${sunday}`, date: sunday, type: "retest", clearingTests: CLEAR_TESTS, symptoms: CALM_SYMPTOMS, history: { worsenedBy: [], easedBy: [] } });
    }
  }
  return { journal, plans };
}

/** The heaviest planned load of an exercise in a week, `undefined` when not planned with a load. */
export function plannedLoad(plan: WeekPlan, exerciseId: ExerciseId): number | undefined {
  if (plan.status !== "planned") return undefined;
  let most: number | undefined;
  for (const session of plan.sessions) {
    for (const item of allPlanned(session)) {
      if (item.exerciseId === exerciseId && item.dose.kind === "reps" && item.dose.loadKg !== undefined) most = Math.max(most ?? 0, item.dose.loadKg);
    }
  }
  return most;
}

/** Every exercise planned in a week. */
export function plannedIds(plan: WeekPlan): Set<ExerciseId> {
  return new Set(plan.status === "planned" ? plan.sessions.flatMap((session) => allPlanned(session).map((item) => item.exerciseId)) : []);
}
