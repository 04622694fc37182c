import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { getExercise } from "../../src/catalog/index.js";
import { assess, planWeek, type PlannedDose, type PlannedExercise } from "../../src/program/index.js";
import { painResponse, type ExerciseLog } from "../../src/progression/index.js";
import { allowsTraining, SAFETY_ACTIONS, screenCheckIn } from "../../src/screening/index.js";
import { everyPart, LEAN_INTAKES, leanAssessment, painModelCase, WEEK_START, type PainModelCase } from "./historyArbitraries.js";

/** Each exercise's logs in date order (ties keep the order given), restated for the oracle. */
function byDate(logs: readonly ExerciseLog[], id: string): ExerciseLog[] {
  return logs.filter((log) => log.exerciseId === id).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

const HELD = ["emergency", "urgent-referral", "stop-until-cleared"];

/**
 * S-9 and S-12 over exercise logs, restated: a check-in whose answers stop training holds until a
 * clearance (none here), whatever comes later — the latest such day, its most severe; otherwise
 * on the latest day with a check-in, the most severe one.
 */
function recordedAction(logs: readonly ExerciseLog[]) {
  const carriers = logs
    .filter((log) => log.safety !== undefined || log.checkIn !== undefined)
    .map((log) => ({ date: log.date, answered: log.safety === undefined, action: log.safety?.action ?? screenCheckIn({ ...log.checkIn!, date: log.date }).action }));
  const onLatestDay = (items: typeof carriers) => {
    const latest = items.reduce<string | undefined>((day, item) => (day === undefined || item.date > day ? item.date : day), undefined);
    return items
      .filter((item) => item.date === latest)
      .map((item) => item.action)
      .sort((a, b) => SAFETY_ACTIONS.indexOf(a) - SAFETY_ACTIONS.indexOf(b))[0];
  };
  return onLatestDay(carriers.filter((item) => item.answered && HELD.includes(item.action))) ?? onLatestDay(carriers);
}

const setCount = (dose: PlannedDose): number => (dose.kind === "reps" ? dose.sets.length : dose.kind === "minutes" ? 1 : dose.sets);
const descending = (values: readonly number[]) => [...values].sort((a, b) => b - a);

/**
 * L-1, L-2: after amber or red, nothing above the last logged session: no more sets; set for set
 * no more reps (each planned set matched to a logged set at least as big) or hold seconds; and no
 * heavier load, stated when one was lifted.
 */
function expectNoMoreThanLogged(item: PlannedExercise, last: ExerciseLog, where: string): void {
  const dose = item.dose;
  expect(setCount(dose), `${where}: sets`).toBeLessThanOrEqual(last.sets.length);
  if (dose.kind === "reps") {
    const logged = descending(last.sets.map((set) => set.reps ?? 0));
    descending(dose.sets).forEach((reps, index) => expect(reps, `${where}: reps of set ${index + 1}`).toBeLessThanOrEqual(logged[index] ?? 0));
    const heaviest = Math.max(0, ...last.sets.map((set) => set.loadKg ?? 0));
    if (heaviest > 0) {
      expect(dose.loadKg, `${where}: load stated`).toBeDefined();
      expect(dose.loadKg!, `${where}: load`).toBeLessThanOrEqual(heaviest);
    } else {
      expect(dose.loadKg ?? 0, `${where}: bodyweight stays bodyweight`).toBe(0);
    }
  }
  if (dose.kind === "hold") {
    const shortest = Math.min(...last.sets.slice(0, dose.sets).map((set) => set.holdSeconds ?? 0));
    expect(dose.holdSeconds, `${where}: hold`).toBeLessThanOrEqual(shortest);
  }
}

function check({ intake, daysPerWeek, sessionMinutes, equipment, exerciseLogs }: PainModelCase): void {
  const week = planWeek(leanAssessment(intake), { weekStart: WEEK_START, daysPerWeek, sessionMinutes, ...(equipment === undefined ? {} : { equipment }), history: { exerciseLogs } });
  // S-9, S-12: the recorded check-ins decide whether there is a week at all.
  const recorded = recordedAction(exerciseLogs);
  expect(week.status).toBe(recorded === undefined || allowsTraining(recorded) ? "planned" : "withheld");
  if (week.status !== "planned") {
    expect(week.action).toBe(recorded);
    expect(week.sessions).toBeUndefined();
    return;
  }
  for (const session of week.sessions) {
    for (const item of everyPart(session)) {
      const own = byDate(exerciseLogs, item.exerciseId);
      const last = own.at(-1);
      if (last === undefined) continue;
      const axial = (getExercise(item.exerciseId)?.spineDemand.axialCompression ?? 0) >= 2;
      const light = painResponse(last.pain, axial ? { axiallyLoaded: true } : {}).action;
      const where = `${session.date} ${item.role} ${item.exerciseId} after ${light} on ${last.date}`;
      // L-5: nothing is planned after a stop, in any part, nor as the target of a regression.
      expect(light, where).not.toBe("stop-and-rescreen");
      if (light === "amber" || light === "red") expectNoMoreThanLogged(item, last, where);
    }
  }
}

describe("every planned exercise obeys the pain model (L-1, L-2, L-5, S-9)", () => {
  it("the lean intakes clear and reach every stage", () => {
    const stages = LEAN_INTAKES.map((intake) => {
      const result = assess(intake);
      return result.ok && result.value.status === "cleared" ? result.value.stage.stage : "not cleared";
    });
    expect(new Set(stages)).toEqual(new Set(["symptom-modulation", "movement-control", "function-optimisation"]));
  });

  test.prop([painModelCase()], { numRuns: process.env.CI ? 10_000 : 300 })(
    "in every part of every session: nothing after a stop, nothing above the last logged sets, reps or load after amber or red",
    (input) => check(input),
  );
});
