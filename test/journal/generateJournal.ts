/**
 * A deterministic journal without the planner: weeks of sessions over a fixed rotation of
 * exercises, weekly check-ins and next-morning reports. For the benchmark (a one-year journal)
 * and for tests that need a long record quickly.
 */
import { readFileSync } from "node:fs";
import { addDays } from "../../src/internal/calendar.js";
import type { JournalEvent, SessionExercise } from "../../src/journal/index.js";

const athlete: unknown = JSON.parse(readFileSync(new URL("../../examples/athlete.json", import.meta.url), "utf8"));

/** mulberry32: a small seeded generator, so the journal is the same on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Exercises of a movement-control week, by day (axial days alternate, as the planner does). */
const DAYS: readonly (readonly [string, "reps" | "hold", number, number | undefined][])[] = [
  [
    ["diaphragmatic-breathing", "reps", 8, undefined],
    ["seated-thoracic-rotation", "reps", 9, undefined],
    ["single-leg-glute-bridge", "reps", 8, undefined],
    ["step-up", "reps", 8, 8],
    ["kickstand-romanian-deadlift", "reps", 9, 8],
    ["split-squat", "reps", 9, 8],
    ["kettlebell-deadlift", "reps", 8, 16],
    ["goblet-squat", "reps", 10, 12],
    ["plank", "hold", 30, undefined],
    ["bird-dog", "reps", 10, undefined],
    ["side-bridge", "hold", 20, undefined],
  ],
  [
    ["crocodile-breathing", "reps", 8, undefined],
    ["quadruped-thread-the-needle", "reps", 8, undefined],
    ["single-leg-hip-thrust", "reps", 8, undefined],
    ["bulgarian-split-squat", "reps", 9, 8],
    ["banded-glute-bridge", "reps", 20, undefined],
    ["wall-sit", "hold", 45, undefined],
    ["dead-bug", "reps", 8, undefined],
    ["pallof-press", "reps", 10, undefined],
    ["suitcase-carry", "reps", 1, 16],
  ],
];

export interface GeneratedJournal {
  readonly journal: JournalEvent[];
  readonly lastDate: string;
}

/**
 * A journal of `weeks` weeks from a Monday, `sessionsPerWeek` sessions a week (Mon, Wed, Fri,
 * Sat), mostly green with the odd amber, a weekly check-in each Sunday and a next-morning report
 * after every session.
 */
export function generateJournal(options: { readonly weeks: number; readonly sessionsPerWeek?: number; readonly seed?: number; readonly firstMonday?: string }): GeneratedJournal {
  const next = random(options.seed ?? 20_260_330);
  const monday = options.firstMonday ?? "2026-03-30";
  const perWeek = options.sessionsPerWeek ?? 4;
  const offsets = [0, 2, 4, 5].slice(0, perWeek);
  const journal: JournalEvent[] = [{ version: 1, id: "intake", date: addDays(monday, -2), type: "intake", intake: athlete as never }];
  let lastDate = addDays(monday, -2);
  for (let week = 0; week < options.weeks; week++) {
    const start = addDays(monday, week * 7);
    offsets.forEach((offset, index) => {
      const date = addDays(start, offset);
      const exercises: SessionExercise[] = DAYS[index % 2]!.map(([exerciseId, kind, amount, loadKg]) => ({
        exerciseId,
        sets: [0, 1, 2].map(() => (kind === "hold" ? { seconds: amount } : { reps: amount, ...(loadKg === undefined ? {} : { loadKg: loadKg + 2 * Math.floor(week / 6) }) })),
        pain: { baselineNrs: 1, duringNrs: next() < 0.1 ? 3 : 1, afterNrs: 1 },
      }));
      journal.push({ version: 1, id: `s${week}-${index}`, date, type: "session", exercises, rpe: 5 + Math.floor(next() * 3), minutes: 45 + Math.floor(next() * 20) });
      journal.push({ version: 1, id: `m${week}-${index}`, date: addDays(date, 1), type: "next-morning", nextMorningNrs: next() < 0.05 ? 2 : 1 });
      lastDate = addDays(date, 1);
    });
    const sunday = addDays(start, 6);
    journal.push({ version: 1, id: `w${week}`, date: sunday, type: "weekly-check-in", morningPainNrs: 2, worstPainNrs: 4, morningStiffnessNrs: 2 });
    lastDate = sunday;
  }
  return { journal, lastDate };
}
