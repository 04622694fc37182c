/**
 * Dose progression from history: for an exercise with logged sessions, `nextDose` decides
 * hold, progress, regress or stop (L-1…L-5, P-5, P-6, P-8, P-9), and the planner applies it
 * to the volume module's dose.
 */
import { reason, type Reason } from "../evidence/index.js";
import type { Exercise, IntRange } from "../catalog/types.js";
import type { DirectionResult } from "../classification/types.js";
import type { Stage } from "../staging/types.js";
import { nextDose, type DoseDecision, type ExerciseLog, type Prescription } from "../progression/index.js";
import type { PlannedDose } from "./types.js";

/** What dose progression needs from the plan. */
export interface DoseHistory {
  readonly logs: readonly ExerciseLog[];
  readonly stage: Stage;
  readonly direction: Pick<DirectionResult, "peripheralising">;
  /** The first day of the planned week: spots a layoff (P-6). */
  readonly today: string;
}

/** The decision for one exercise, or `undefined` when it has no logs. */
export function doseDecision(history: DoseHistory | undefined, exercise: Exercise, dose: PlannedDose): DoseDecision | undefined {
  if (history === undefined) return undefined;
  const logs = history.logs.filter((log) => log.exerciseId === exercise.id);
  if (logs.length === 0) return undefined;
  const prescription = prescriptionOf(exercise, dose, logs);
  if (prescription === undefined) return undefined;
  return nextDose(logs, prescription, {
    stage: history.stage,
    direction: history.direction,
    exercise,
    today: history.today,
  });
}

/** The current prescription, rebuilt from the planned dose and the load last lifted. */
function prescriptionOf(exercise: Exercise, dose: PlannedDose, logs: readonly ExerciseLog[]): Prescription | undefined {
  const last = logs[logs.length - 1];
  const lastLoad = last?.sets.reduce<number | null>((max, set) => (set.loadKg != null && (max === null || set.loadKg > max) ? set.loadKg : max), null) ?? null;
  if (dose.kind === "reps") {
    const own = exercise.defaultDose;
    const reps: IntRange =
      own.kind === "reps" && dose.sets.every((r) => r >= own.reps.min && r <= own.reps.max)
        ? own.reps
        : { min: Math.min(...dose.sets), max: Math.max(...dose.sets) };
    return { exerciseId: exercise.id, sets: dose.sets.length, reps, loadKg: lastLoad };
  }
  if (dose.kind === "hold") {
    return {
      exerciseId: exercise.id,
      sets: dose.sets,
      holdSeconds: { min: dose.holdSeconds, max: dose.holdSeconds },
      loadKg: lastLoad,
    };
  }
  return undefined;
}

/**
 * Applies a dose decision to a planned dose: the next load, reps, sets or hold; a regression
 * to another exercise is reported for the caller to swap.
 */
export function applyDoseDecision(decision: DoseDecision, dose: PlannedDose, name: string): { dose: PlannedDose; reasons: Reason[] } {
  const next = decision.prescription;
  const why: Reason[] = [
    reason(decision.ruleId, `${name}: ${decision.action}${decision.axis === null ? "" : ` (${decision.axis})`} — ${decision.reasons[0]?.message ?? decision.code}`),
  ];
  if (dose.kind === "reps") {
    let sets = [...dose.sets];
    if (decision.axis === "sets" && next.sets !== sets.length && next.sets >= 1) {
      sets = next.sets > sets.length ? [...sets, ...Array.from({ length: next.sets - sets.length }, () => sets[sets.length - 1] ?? 1)] : sets.slice(0, next.sets);
    }
    if (decision.axis === "reps" && next.reps !== undefined) {
      const bottom = next.reps.min;
      sets = sets.map((reps) => Math.max(reps, bottom));
    }
    const loadKg = next.loadKg ?? undefined;
    return { dose: { ...dose, sets, ...(loadKg === undefined ? {} : { loadKg }) }, reasons: why };
  }
  if (dose.kind === "hold") {
    const holdSeconds = decision.axis === "hold-time" ? (next.holdSeconds?.min ?? dose.holdSeconds) : dose.holdSeconds;
    return { dose: { ...dose, holdSeconds, sets: decision.axis === "sets" ? next.sets : dose.sets }, reasons: why };
  }
  return { dose, reasons: why };
}
