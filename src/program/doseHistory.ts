/**
 * Dose progression from history, for every planned exercise (warm-up, blocks, core, finisher):
 * `nextDose` decides hold, progress, regress or stop (L-1…L-5, P-5, P-6, P-8, P-9), and the
 * planner applies it to the planned dose. After an amber or red response nothing goes above the
 * last logged dose (L-1, L-2); after a stop the exercise is not planned (L-5, S-9).
 */
import type { Reason, RuleId } from "../evidence/index.js";
import { programReason as because } from "./messages.js";
import type { Exercise, ExerciseId, IntRange } from "../catalog/types.js";
import type { DirectionResult } from "../classification/types.js";
import type { Stage } from "../staging/types.js";
import { nextDose, type DoseDecision, type ExerciseLog, type Prescription, type SessionSafetyCheck } from "../progression/index.js";
import type { PlannedDose } from "./types.js";

/** What dose progression needs from the plan. */
export interface DoseHistory {
  /** Every exercise log, in date order: the latest check-in among them is the one that counts (S-9). */
  readonly logs: readonly ExerciseLog[];
  /** Each exercise's own logs, in date order. */
  readonly byExercise: ReadonlyMap<ExerciseId, readonly ExerciseLog[]>;
  /**
   * What `nextDose` reads for each exercise: its own logs and, where it is another exercise's,
   * the latest log that carries a check-in (S-9), in date order. The same decisions as the whole
   * history, which `nextDose` would otherwise sort again for every planned exercise.
   */
  readonly forDose: ReadonlyMap<ExerciseId, readonly ExerciseLog[]>;
  readonly stage: Stage;
  readonly direction: Pick<DirectionResult, "peripheralising">;
  /** The first day of the planned week: spots a layoff (P-6). */
  readonly today: string;
  /** Today's check-in re-screen, when one was given: it comes after every log (S-9). */
  readonly safety?: SessionSafetyCheck;
}

/**
 * The logs in date order (ties keep the order given) and grouped by exercise, or `undefined`
 * without logs. Every reader of "the last log" reads this order, never the order given.
 */
export function doseHistory(
  logs: readonly ExerciseLog[] | undefined,
  context: Omit<DoseHistory, "logs" | "byExercise" | "forDose">,
): DoseHistory | undefined {
  if (logs === undefined || logs.length === 0) return undefined;
  // ISO dates (parsed at the boundary) sort as text; Array.prototype.sort is stable.
  const sorted = [...logs].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const byExercise = new Map<ExerciseId, ExerciseLog[]>();
  for (const log of sorted) {
    const own = byExercise.get(log.exerciseId);
    if (own === undefined) byExercise.set(log.exerciseId, [log]);
    else own.push(log);
  }
  // S-9: nextDose reads the latest re-screen among all logs; every other log of another exercise is
  // irrelevant to its decision.
  let checked: ExerciseLog | undefined;
  for (const log of sorted) if (log.safety !== undefined || log.checkIn !== undefined) checked = log;
  const forDose = new Map<ExerciseId, readonly ExerciseLog[]>();
  for (const [id, own] of byExercise) {
    forDose.set(id, checked === undefined || checked.exerciseId === id ? own : sorted.filter((log) => log.exerciseId === id || log === checked));
  }
  return { ...context, logs: sorted, byExercise, forDose };
}

/**
 * What the pain model allows for one planned exercise:
 * - `dose`: plan it at this dose (with the reasons for any change);
 * - `regress-to`: plan the easier exercise instead, if it may be planned (L-1, L-2);
 * - `set-aside`: do not plan it this week; pick another for the slot (L-5, S-9, or nothing at or
 *   below the last logged dose after amber or red).
 */
export type DoseOutcome =
  | { readonly kind: "dose"; readonly dose: PlannedDose; readonly reasons: readonly Reason[] }
  | { readonly kind: "regress-to"; readonly exerciseId: ExerciseId; readonly reasons: readonly Reason[] }
  | { readonly kind: "set-aside"; readonly reasons: readonly Reason[] };

/** The pain model's answer for one exercise at a planned dose; without logs of it, the dose as planned. */
export function doseFromHistory(history: DoseHistory | undefined, exercise: Exercise, dose: PlannedDose, week: { readonly holdLoads?: boolean } = {}): DoseOutcome {
  const own = history?.byExercise.get(exercise.id);
  if (history === undefined || own === undefined) return { kind: "dose", dose, reasons: [] };
  const last = own[own.length - 1]!;
  const options = { stage: history.stage, direction: history.direction, exercise, today: history.today, ...(history.safety === undefined ? {} : { safety: history.safety }) };
  let decision = nextDose(history.forDose.get(exercise.id) ?? own, prescriptionOf(exercise, dose, last, setCount(dose)), options);
  if (week.holdLoads === true && decision.action === "progress") {
    // G-11: a deload week holds every load: the planned (smaller) volume at the load last lifted.
    const held = dose.kind === "reps" ? withLoad(dose, heaviest(last)) : dose;
    const loadKg = heaviest(last);
    const why = loadKg === null ? because("G-11", "program.history-deload-holds", { exercise: exercise.name }) : because("G-11", "program.history-deload-holds-load", { exercise: exercise.name, loadKg });
    return { kind: "dose", dose: held, reasons: [why] };
  }
  const light = decision.painResponse?.action;
  const held = light === "amber" || light === "red";
  // L-1, L-2: after amber or red the dose to hold or regress from is the one actually done.
  if (held && last.sets.length > 0 && last.sets.length !== setCount(dose)) {
    decision = nextDose(history.forDose.get(exercise.id) ?? own, prescriptionOf(exercise, dose, last, last.sets.length), options);
  }
  // The pain model's own first reason follows the planner's, so each renders in every locale.
  const why = decision.reasons.slice(0, 1);
  if (decision.action === "stop") {
    return { kind: "set-aside", reasons: [because(decision.ruleId, "program.history-stopped", { exercise: exercise.name }), ...why] };
  }
  if (decision.action === "regress" && decision.prescription.exerciseId !== exercise.id) {
    return {
      kind: "regress-to",
      exerciseId: decision.prescription.exerciseId,
      reasons: [because(decision.ruleId, "program.history-regresses", { exercise: exercise.name }), ...why],
    };
  }
  const applied = applyDoseDecision(decision, dose, exercise.name);
  if (!held) return { kind: "dose", dose: applied.dose, reasons: applied.reasons };
  const ruleId: RuleId = decision.painResponse?.ruleId ?? "L-1";
  const capped = capAtLastLogged(applied.dose, last);
  if (capped === null) {
    return {
      kind: "set-aside",
      reasons: [because(ruleId, light === "red" ? "program.history-set-aside-red" : "program.history-set-aside-amber", { exercise: exercise.name, date: last.date }), ...why],
    };
  }
  const reasons = [...applied.reasons];
  if (JSON.stringify(capped) !== JSON.stringify(applied.dose)) {
    reasons.push(because(ruleId, light === "red" ? "program.history-capped-red" : "program.history-capped-amber", { exercise: exercise.name, date: last.date }));
  }
  return { kind: "dose", dose: capped, reasons };
}

/** How many sets a planned dose has (a walk is one bout). */
export function setCount(dose: PlannedDose): number {
  switch (dose.kind) {
    case "reps":
      return dose.sets.length;
    case "minutes":
      return 1;
    default:
      return dose.sets;
  }
}

/** The heaviest load of a logged session, or `null` for bodyweight. */
function heaviest(log: ExerciseLog): number | null {
  let max: number | null = null;
  for (const set of log.sets) if (set.loadKg != null && (max === null || set.loadKg > max)) max = set.loadKg;
  return max;
}

/**
 * The current prescription, rebuilt from the planned dose and the load last lifted (in date
 * order). Doses without a rep or hold count (distance, breaths, minutes) get a neutral one-rep
 * range: the pain guards still decide stop, regress and hold for them.
 */
function prescriptionOf(exercise: Exercise, dose: PlannedDose, last: ExerciseLog, sets: number): Prescription {
  const count = Math.max(1, sets);
  if (dose.kind === "reps") {
    // G-12: the top of the range is the top the plan prescribed, not the catalog's; the bottom is
    // the catalog's, where P-9 returns after a load step.
    const own = exercise.defaultDose;
    const top = Math.max(1, ...dose.sets);
    const bottom = own.kind === "reps" ? Math.min(own.reps.min, Math.min(...dose.sets)) : Math.min(...dose.sets);
    const reps: IntRange = { min: Math.max(1, Math.min(bottom, top)), max: top };
    return { exerciseId: exercise.id, sets: count, reps, loadKg: heaviest(last) };
  }
  if (dose.kind === "hold") {
    const seconds = Math.max(1, dose.holdSeconds);
    return { exerciseId: exercise.id, sets: count, holdSeconds: { min: seconds, max: seconds }, loadKg: heaviest(last) };
  }
  return { exerciseId: exercise.id, sets: count, reps: { min: 1, max: 1 }, loadKg: null };
}

/** What the pain model decided for an exercise, in a reason of the planner's own (its reason follows). */
function decisionWhy(decision: DoseDecision, exercise: string): Reason {
  if (decision.axis !== null && decision.action === "progress") return because(decision.ruleId, "program.history-progresses", { exercise, axis: decision.axis });
  if (decision.axis !== null && decision.action === "regress") return because(decision.ruleId, "program.history-regresses-dose", { exercise, axis: decision.axis });
  return because(decision.ruleId, "program.history-holds", { exercise });
}

/**
 * Applies a dose decision to a planned dose: the next load, reps, sets or hold. A regression
 * never adds anything; doses without reps or holds change only by a set fewer.
 */
function applyDoseDecision(decision: DoseDecision, dose: PlannedDose, name: string): { dose: PlannedDose; reasons: Reason[] } {
  const next = decision.prescription;
  const why: Reason[] = [decisionWhy(decision, name), ...decision.reasons.slice(0, 1)];
  const regress = decision.action === "regress";
  const setsTo = (current: number): number =>
    decision.axis === "sets" && next.sets >= 1 ? (regress ? Math.min(current, next.sets) : next.sets) : current;
  if (dose.kind === "reps") {
    let sets = [...dose.sets];
    const wanted = setsTo(sets.length);
    if (wanted !== sets.length) {
      sets = wanted > sets.length ? [...sets, ...Array.from({ length: wanted - sets.length }, () => sets[sets.length - 1] ?? 1)] : sets.slice(0, wanted);
    }
    if (decision.axis === "reps" && next.reps !== undefined) {
      const bottom = next.reps.min;
      sets = sets.map((reps) => Math.max(reps, bottom));
    }
    const loadKg = next.loadKg ?? undefined;
    const { loadKg: _planned, ...rest } = dose;
    return { dose: { ...rest, sets, ...(loadKg === undefined ? {} : { loadKg }) }, reasons: why };
  }
  if (dose.kind === "hold") {
    const holdSeconds = decision.axis === "hold-time" ? (next.holdSeconds?.min ?? dose.holdSeconds) : dose.holdSeconds;
    return { dose: { ...dose, holdSeconds, sets: setsTo(dose.sets) }, reasons: why };
  }
  if ((dose.kind === "distance" || dose.kind === "breaths") && regress) {
    return { dose: { ...dose, sets: setsTo(dose.sets) }, reasons: why };
  }
  return { dose, reasons: why };
}

/**
 * L-1, L-2: after amber or red, no more than the last logged session: no more sets, set by set no
 * more reps or hold seconds, and no heavier load (a bodyweight session keeps bodyweight). `null`
 * when nothing is left (no set was logged, or no logged set did a rep or a hold).
 */
export function capAtLastLogged(dose: PlannedDose, last: ExerciseLog): PlannedDose | null {
  const logged = last.sets;
  if (logged.length === 0) return null;
  switch (dose.kind) {
    case "reps": {
      // Each planned set is held to the logged set in its place; a logged set of no reps drops it.
      const sets = dose.sets
        .slice(0, logged.length)
        .map((reps, index) => Math.min(reps, logged[index]?.reps ?? 0))
        .filter((reps) => reps >= 1);
      return sets.length === 0 ? null : withLoad({ ...dose, sets }, heaviest(last));
    }
    case "hold": {
      const sets = Math.min(dose.sets, logged.length);
      const seconds = Math.min(dose.holdSeconds, ...logged.slice(0, sets).map((set) => set.holdSeconds ?? 0));
      if (seconds < 1) return null;
      return { ...dose, sets, holdSeconds: Math.floor(seconds) };
    }
    case "distance":
    case "breaths":
      return { ...dose, sets: Math.min(dose.sets, logged.length) };
    case "minutes":
      return dose;
  }
}

/** A rep dose with its load at most the heaviest logged; a bodyweight session keeps bodyweight. */
function withLoad(dose: PlannedDose & { kind: "reps" }, most: number | null): PlannedDose {
  const { loadKg, ...rest } = dose;
  if (most === null || most <= 0) return rest;
  return { ...rest, loadKg: loadKg === undefined ? most : Math.min(loadKg, most) };
}
