/**
 * Generated journeys for the journal's properties: weeks of sessions over a pool of exercises
 * (ladder steps among them) with random responses, skipped sessions, breaks, next-morning
 * reports, weekly check-ins, corrections, red flags, incomplete check-ins and clearances.
 */
import fc from "fast-check";
import { addDays } from "../../src/internal/calendar.js";
import type { PainReport } from "../../src/progression/index.js";
import type { JournalEvent, SessionExercise } from "../../src/journal/index.js";
import { athleteIntake, NO_FLAGS } from "./simulate.js";

export type Response = "green" | "amber" | "red" | "stop";

/** A pain report that reads as the response. */
export function painFor(response: Response): PainReport {
  switch (response) {
    case "green":
      return { baselineNrs: 1, duringNrs: 1, afterNrs: 1, nextMorningNrs: 1 };
    case "amber":
      return { baselineNrs: 1, duringNrs: 3, afterNrs: 2, nextMorningNrs: 1 };
    case "red":
      return { baselineNrs: 1, duringNrs: 2, afterNrs: 2, nextMorningNrs: 3 };
    case "stop":
      return { baselineNrs: 1, duringNrs: 2, afterNrs: 2, nextMorningNrs: 1, spread: "peripheralised" };
  }
}

/** Exercises of the generated sessions: blocks, core and ladder steps, with a starting load. */
const POOL: readonly { readonly id: string; readonly reps: number; readonly loadKg?: number; readonly hold?: boolean }[] = [
  { id: "kettlebell-deadlift", reps: 8, loadKg: 16 },
  { id: "trap-bar-deadlift-blocks", reps: 6, loadKg: 60 },
  { id: "goblet-squat", reps: 10, loadKg: 12 },
  { id: "front-squat", reps: 6, loadKg: 40 },
  { id: "step-up", reps: 8, loadKg: 8 },
  { id: "split-squat", reps: 9, loadKg: 8 },
  { id: "single-leg-glute-bridge", reps: 8 },
  { id: "kickstand-romanian-deadlift", reps: 9, loadKg: 8 },
  { id: "chest-supported-row", reps: 10, loadKg: 10 },
  { id: "bird-dog", reps: 10 },
  { id: "dead-bug", reps: 8 },
  { id: "plank", reps: 0, hold: true },
  { id: "side-bridge", reps: 0, hold: true },
];


const response = fc.constantFrom<Response>("green", "green", "green", "green", "amber", "red", "stop");

const sessionPlan = fc.record({
  skip: fc.constantFrom(false, false, false, true),
  exercises: fc.subarray([...POOL.keys()], { minLength: 2, maxLength: 7 }),
  responses: fc.array(response, { minLength: 7, maxLength: 7 }),
  loadStep: fc.integer({ min: -1, max: 2 }),
  nextMorning: fc.option(fc.integer({ min: 0, max: 4 }), { freq: 4 }),
  rpe: fc.option(fc.integer({ min: 3, max: 9 }), { freq: 8 }),
});

const weekPlan = fc.record({
  sessions: fc.array(sessionPlan, { minLength: 3, maxLength: 3 }),
  weekly: fc.option(fc.record({ morningPainNrs: fc.integer({ min: 0, max: 6 }), worstPainNrs: fc.integer({ min: 0, max: 8 }) }), { freq: 5 }),
  safety: fc.constantFrom("none", "none", "none", "none", "none", "flag", "incomplete", "complete", "clearance", "wrong-clearance"),
  correction: fc.constantFrom("none", "none", "none", "none", "withdraw", "replace"),
  // A week without sessions now and then: two in a row make a layoff (G-11).
  rest: fc.constantFrom(false, false, false, false, false, true),
});

export interface GeneratedJourney {
  readonly journal: JournalEvent[];
  /** The Monday after the journey: the week to plan. */
  readonly nextWeek: string;
}

const FIRST_MONDAY = "2026-03-30";

/** A journey of 2–8 weeks from the example athlete's intake. */
export function journeys(): fc.Arbitrary<GeneratedJourney> {
  return fc.array(weekPlan, { minLength: 2, maxLength: 8 }).map((weeks) => {
    const journal: JournalEvent[] = [{ version: 1, id: "intake", date: addDays(FIRST_MONDAY, -2), type: "intake", intake: athleteIntake as never }];
    const sessionIds: string[] = [];
    weeks.forEach((week, index) => {
      const monday = addDays(FIRST_MONDAY, index * 7);
      if (!week.rest) {
        week.sessions.forEach((plan, day) => {
          if (plan.skip) return;
          const date = addDays(monday, day * 2);
          const exercises: SessionExercise[] = plan.exercises.map((poolIndex, order) => {
            const item = POOL[poolIndex]!;
            const loadKg = item.loadKg === undefined ? undefined : Math.max(2, item.loadKg + plan.loadStep * 2 * index);
            return {
              exerciseId: item.id,
              sets: [0, 1, 2].map(() => (item.hold === true ? { seconds: 30 } : { reps: item.reps, ...(loadKg === undefined ? {} : { loadKg }) })),
              pain: painFor(plan.responses[order]!),
            };
          });
          const id = `s-${date}`;
          sessionIds.push(id);
          journal.push({ id, date, type: "session", exercises, ...(plan.rpe === null ? {} : { rpe: plan.rpe, minutes: 50 }) });
          if (plan.nextMorning !== null) journal.push({ id: `m-${date}`, date: addDays(date, 1), type: "next-morning", nextMorningNrs: plan.nextMorning });
        });
      }
      const sunday = addDays(monday, 6);
      if (week.weekly !== null) journal.push({ id: `w-${sunday}`, date: sunday, type: "weekly-check-in", ...week.weekly });
      const friday = addDays(monday, 4);
      if (week.safety === "flag") journal.push({ id: `c-${friday}`, date: friday, type: "check-in", screening: { ...NO_FLAGS, unexplainedWeightLoss: true } });
      if (week.safety === "incomplete") journal.push({ id: `c-${friday}`, date: friday, type: "check-in", screening: { ...NO_FLAGS, fever: "unknown" } });
      if (week.safety === "complete") journal.push({ id: `c-${friday}`, date: friday, type: "check-in", screening: NO_FLAGS });
      if (week.safety === "clearance" || week.safety === "wrong-clearance") {
        journal.push({ id: `k-${sunday}`, date: sunday, type: "clearance", clearedBy: "Dr A. Patel (GP)", covers: [week.safety === "clearance" ? "unexplainedWeightLoss" : "fever"] });
      }
      const target = sessionIds.at(-1);
      if (week.correction !== "none" && target !== undefined) {
        journal.push({
          id: `x-${sunday}`,
          date: sunday,
          type: "correction",
          supersedes: target,
          event: week.correction === "withdraw" ? null : { type: "session", exercises: [{ exerciseId: "bird-dog", sets: [{ reps: 10 }], pain: painFor("amber") }], rpe: 5, minutes: 30 },
        });
      }
    });
    return { journal, nextWeek: addDays(FIRST_MONDAY, weeks.length * 7) };
  });
}
