/**
 * The example athlete's week, as the demo plans it (examples/athlete.json and its 12-week
 * training log, four days from the demo's Monday): the plan the README's screenshot shows.
 */
import { readFileSync } from "node:fs";
import { DEMO_TIME_ZONE, DEMO_WEEK_START } from "../../src/cli/commands/demo.js";
import { parseTrainingLog } from "../../src/load/index.js";
import { assess, planWeek, type PlannedExercise, type PlannedWeek, type PlanOptions, type WithheldPlan } from "../../src/program/index.js";

export const athlete: unknown = JSON.parse(readFileSync(new URL("../../examples/athlete.json", import.meta.url), "utf8"));
const log = parseTrainingLog(JSON.parse(readFileSync(new URL("../../examples/training-log.json", import.meta.url), "utf8")));
const assessed = assess(athlete);
if (!assessed.ok || !log.ok) throw new Error("the example athlete or training log no longer parses");

export const exampleAssessment = assessed.value;

/** The demo's plan options (four days, an hour, the example log for the load check). */
export const EXAMPLE_OPTIONS: PlanOptions = { weekStart: DEMO_WEEK_START, daysPerWeek: 4, sessionMinutes: 60, timeZone: DEMO_TIME_ZONE, history: { trainingLog: log.value } };

/** The demo's week for the example athlete. */
export function exampleWeek(options: Partial<PlanOptions> = {}): PlannedWeek {
  const week = planWeek(exampleAssessment, { ...EXAMPLE_OPTIONS, ...options });
  if (week.status !== "planned") throw new Error(`the example athlete's week is ${week.status}`);
  return week;
}

/** Every exercise a week plans, day by day. */
export function plannedExercises(week: PlannedWeek): PlannedExercise[] {
  return week.sessions.flatMap((session) => [...session.warmUp, ...session.blocks.flatMap((block) => block.exercises), ...session.core, ...session.finish]);
}

/** The same week for the example athlete with saddle numbness: withheld (S-1, emergency). */
export function exampleWithheldWeek(): WithheldPlan {
  const intake = { ...(athlete as Record<string, unknown>), screening: { ...(athlete as { screening: object }).screening, saddleNumbness: true } };
  const assessedWithFlag = assess(intake);
  if (!assessedWithFlag.ok) throw new Error("the example intake with a red flag no longer parses");
  const week = planWeek(assessedWithFlag.value, { weekStart: EXAMPLE_OPTIONS.weekStart });
  if (week.status !== "withheld") throw new Error(`the example athlete's week with saddle numbness is ${week.status}`);
  return week;
}
