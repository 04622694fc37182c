/**
 * Arbitraries for the planner: whole intakes (built from the assessment arbitraries), plan
 * options and histories.
 */
import fc from "fast-check";
import { EQUIPMENT, LADDER_IDS, ladders } from "../../src/catalog/index.js";
import type { Equipment } from "../../src/catalog/index.js";
import type { LoggedSession } from "../../src/load/index.js";
import type { PlanOptions } from "../../src/program/index.js";
import type { ExerciseLog, LadderExposure, WeekSummary } from "../../src/progression/index.js";
import { clearingTests, lowerCrossedAnswers, screeningInput, symptomHistory } from "../screening/arbitraries.js";
import { allNo } from "../screening/answers.js";
import { ladderHistory, logsFor, prescription } from "../progression/arbitraries.js";

/** A whole intake as JSON would give it (the clearing tests live at the top level). */
export const intake = () =>
  fc.record(
    {
      screening: screeningInput().map(({ clearingTests: _ignored, ...rest }) => rest),
      clearingTests: clearingTests(),
      history: symptomHistory(),
      lowerCrossed: lowerCrossedAnswers(),
      symptoms: fc.record(
        {
          worstPainNrs: fc.integer({ min: 0, max: 10 }),
          settlingTime: fc.constantFrom("within-an-hour", "within-hours", "next-day-or-longer"),
          fearOfMovement: fc.boolean(),
          stiffness: fc.boolean(),
        },
        { requiredKeys: ["worstPainNrs", "settlingTime"] },
      ),
      ladderProgress: fc.dictionary(fc.constantFrom(...LADDER_IDS), fc.integer({ min: 0, max: 6 }), { maxKeys: 4 }),
      flags: fc.record({ axialLoadSensitive: fc.boolean() }),
    },
    { requiredKeys: ["screening", "clearingTests", "lowerCrossed", "symptoms"] },
  );

/** An intake that is likely to clear: no red-flag answers, an adult, few flags. */
export const clearedIntake = () =>
  intake().map((value) => ({
    ...value,
    screening: { ...allNo, ageYears: 30, durationWeeks: 3, improvingSinceOnset: true, firstEpisode: false },
  }));

const ids = [
  "glute-bridge",
  "split-squat",
  "bulgarian-split-squat",
  "step-up",
  "single-leg-romanian-deadlift",
  "goblet-squat",
  "dead-bug",
  "side-bridge",
  "pallof-press",
  "bird-dog",
  "trap-bar-deadlift-blocks",
];

export const exerciseLogs = (): fc.Arbitrary<ExerciseLog[]> =>
  fc
    .array(
      fc.tuple(fc.constantFrom(...ids), prescription).chain(([exerciseId, p]) => logsFor({ ...p, exerciseId }, 4)),
      { maxLength: 3 },
    )
    .map((groups) => groups.flat());

const day = (offset: number): string => new Date(Date.UTC(2026, 2, 30) - offset * 86_400_000).toISOString().slice(0, 10);

export const trainingLog = (): fc.Arbitrary<LoggedSession[]> =>
  fc.array(
    fc.record({
      date: fc.integer({ min: 1, max: 70 }).map(day),
      rpe: fc.integer({ min: 0, max: 10 }),
      durationMinutes: fc.integer({ min: 10, max: 150 }),
    }),
    { maxLength: 60 },
  );

export const weeks = (): fc.Arbitrary<WeekSummary[]> =>
  fc.array(
    fc.record(
      {
        deload: fc.boolean(),
        zone: fc.constantFrom("under-training" as const, "sweet-spot" as const, "caution" as const, "danger" as const, null),
        morningPainNrs: fc.integer({ min: 0, max: 10 }),
      },
      { requiredKeys: [] },
    ),
    { maxLength: 8 },
  );

export const planOptions = (): fc.Arbitrary<PlanOptions> =>
  fc.record(
    {
      weekStart: fc.constant("2026-03-30"),
      daysPerWeek: fc.integer({ min: 2, max: 6 }),
      sessionMinutes: fc.integer({ min: 20, max: 120 }),
      equipment: fc.subarray([...EQUIPMENT] as Equipment[]),
      history: fc.record(
        {
          trainingLog: trainingLog(),
          weeks: weeks(),
          exerciseLogs: exerciseLogs(),
          ladderProgress: fc.dictionary(fc.constantFrom(...LADDER_IDS), fc.integer({ min: 0, max: 6 }), { maxKeys: 3 }),
          ladderExposures: fc.record(
            Object.fromEntries(ladders.map((ladder) => [ladder.id, ladderHistory(ladder.steps.length)])) as Record<string, fc.Arbitrary<LadderExposure[]>>,
            { requiredKeys: [] },
          ),
        },
        { requiredKeys: [] },
      ),
    },
    { requiredKeys: ["weekStart"] },
  );
