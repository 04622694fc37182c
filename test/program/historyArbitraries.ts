/**
 * Lean cases for the planner's pain-model property: one of the lean intakes (every combination
 * of stage, direction, emphasis and axial flag, assessed once), a short week, and generated
 * exercise logs aimed at what the week may plan (every exercise of a three-day week, warm-up to
 * finisher, and the first regression of each), given in no particular order, with every pain
 * light and now and then a recorded check-in.
 */
import fc from "fast-check";
import { EQUIPMENT, getExercise } from "../../src/catalog/index.js";
import type { Equipment, Exercise } from "../../src/catalog/index.js";
import { addDays } from "../../src/internal/calendar.js";
import { assess, planWeek, type ClearedAssessment, type PlannedDose, type PlannedSession } from "../../src/program/index.js";
import type { ExerciseLog, ExerciseSetLog, PainReport, SessionSafetyCheck } from "../../src/progression/index.js";
import { SAFETY_ACTIONS, type SessionCheckIn } from "../../src/screening/index.js";
import { allNo } from "../screening/answers.js";
import { athlete } from "./fixtures.js";

export const WEEK_START = "2026-03-30";

/** Every planned exercise of a session, warm-up to finisher. */
export const everyPart = (session: PlannedSession) => [
  ...session.warmUp,
  ...session.blocks.flatMap((block) => block.exercises),
  ...session.core,
  ...session.finish,
];

const nrs = fc.integer({ min: 0, max: 10 });
const low = fc.integer({ min: 0, max: 2 });

/** Every light of the pain model, each often enough (L-1, L-2, L-5). */
const pain: fc.Arbitrary<PainReport> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ baselineNrs: fc.constant(1), duringNrs: low, afterNrs: low, nextMorningNrs: fc.constantFrom(0, 1) }) },
  { weight: 2, arbitrary: fc.record({ baselineNrs: fc.constant(1), duringNrs: fc.integer({ min: 3, max: 5 }), nextMorningNrs: fc.option(fc.constantFrom(1, 2), { nil: null }) }) },
  { weight: 2, arbitrary: fc.record({ baselineNrs: fc.constant(1), duringNrs: fc.integer({ min: 0, max: 9 }), nextMorningNrs: fc.integer({ min: 3, max: 8 }) }) },
  { weight: 1, arbitrary: fc.record({ baselineNrs: low, duringNrs: low, nextMorningNrs: low, spread: fc.constant("peripheralised" as const) }) },
  {
    weight: 1,
    arbitrary: fc.record(
      { baselineNrs: nrs, duringNrs: nrs, afterNrs: nrs, nextMorningNrs: fc.option(nrs, { nil: null }), spread: fc.constantFrom("none" as const, "centralised" as const, "peripheralised" as const) },
      { requiredKeys: ["baselineNrs", "duringNrs"] },
    ),
  },
);

/** Now and then a check-in recorded with the session (S-9): a result, or the answers. */
const recordedCheckIn: fc.Arbitrary<{ safety?: SessionSafetyCheck; checkIn?: SessionCheckIn }> = fc.oneof(
  { weight: 150, arbitrary: fc.constant({}) },
  { weight: 2, arbitrary: fc.record({ checkIn: fc.constant(allNo) }) },
  { weight: 1, arbitrary: fc.record({ safety: fc.record({ action: fc.constantFrom(...SAFETY_ACTIONS) }) }) },
  { weight: 1, arbitrary: fc.record({ checkIn: fc.constant({ ...allNo, fever: true }) }) },
);

const KIT_FREE: readonly string[] = ["bodyweight", "mat", "wall", "box", "bench", "dowel", "band", "step"];
const takesLoad = (exercise: Exercise): boolean =>
  exercise.equipment.some((need) => (typeof need === "string" ? [need] : need).some((kit) => !KIT_FREE.includes(kit)));

/** One working set as it might have been done against a planned dose: short, at it, or beyond. */
function setFor(dose: PlannedDose, loaded: boolean): fc.Arbitrary<ExerciseSetLog> {
  const loadKg = loaded ? fc.option(fc.constantFrom(2, 4, 8, 12, 16, 20, 24, 32), { nil: null }) : fc.constant(null);
  switch (dose.kind) {
    case "reps":
      return fc.record({ reps: fc.integer({ min: 0, max: Math.max(...dose.sets) + 3 }), loadKg });
    case "hold":
      return fc.record({ holdSeconds: fc.integer({ min: 0, max: dose.holdSeconds + 15 }) });
    case "minutes":
      return fc.record({ holdSeconds: fc.integer({ min: 300, max: 1_500 }) });
    default:
      return fc.record({ reps: fc.integer({ min: 0, max: 20 }) });
  }
}

interface Target {
  readonly exercise: Exercise;
  readonly dose: PlannedDose;
}

const logFor = ({ exercise, dose }: Target): fc.Arbitrary<ExerciseLog> =>
  fc
    .record({
      // Up to three weeks back (a layoff now and then, P-6), several sessions on one day possible.
      daysBack: fc.integer({ min: 1, max: 24 }),
      pain,
      sets: fc.oneof({ weight: 12, arbitrary: fc.array(setFor(dose, takesLoad(exercise)), { minLength: 1, maxLength: 4 }) }, { weight: 1, arbitrary: fc.constant([]) }),
      recorded: recordedCheckIn,
    })
    .map(({ daysBack, pain: report, sets, recorded }) => ({ date: addDays(WEEK_START, -daysBack), exerciseId: exercise.id, pain: report, sets, ...recorded }));

/** The doses a session would plan, and the first regression of each at its own default dose. */
function targetsOf(session: PlannedSession): Target[] {
  const out = new Map<string, Target>();
  for (const item of everyPart(session)) {
    const exercise = getExercise(item.exerciseId);
    if (exercise === undefined) continue;
    out.set(exercise.id, { exercise, dose: item.dose });
    const easier = exercise.regressions[0] === undefined ? undefined : getExercise(exercise.regressions[0]);
    if (easier !== undefined && !out.has(easier.id)) out.set(easier.id, { exercise: easier, dose: defaultDose(easier) });
  }
  return [...out.values()];
}

function defaultDose(exercise: Exercise): PlannedDose {
  const dose = exercise.defaultDose;
  switch (dose.kind) {
    case "reps":
      return { kind: "reps", sets: Array.from({ length: dose.sets }, () => dose.reps.max), perSide: dose.perSide };
    case "hold":
      return { kind: "hold", sets: dose.sets, holdSeconds: dose.holdSeconds.max, perSide: dose.perSide };
    case "distance":
      return { kind: "distance", sets: dose.sets, distanceMeters: dose.distanceMeters.max, perSide: dose.perSide };
    case "breaths":
      return { kind: "breaths", sets: dose.sets, breaths: dose.breaths.max };
  }
}

/** A plan case: which lean intake (an index into {@link LEAN_INTAKES}), the week's options and the logs. */
export interface PainModelCase {
  readonly intake: number;
  readonly daysPerWeek: number;
  readonly sessionMinutes: number;
  readonly equipment: readonly Equipment[] | undefined;
  readonly exerciseLogs: readonly ExerciseLog[];
}

const painFree = { painNrs: 0, familiar: false, symptomsBefore: "back", symptomsAfter: "back", endPositionReached: true };
const painAtEndRange = { painNrs: 5, familiar: true, symptomsBefore: "back", symptomsAfter: "back", endPositionReached: true };
const painBeforeEndRange = { painNrs: 6, familiar: true, symptomsBefore: "back", symptomsAfter: "back", endPositionReached: false };

type ClearingTest = typeof painFree;

/** What each stage's symptoms look like (T-1…T-3), with the clearing tests each allows. */
const STAGED: readonly { readonly tests: readonly ClearingTest[]; readonly symptoms: Record<string, unknown>; readonly nightPain: boolean }[] = [
  { tests: [painFree], symptoms: { worstPainNrs: 2, settlingTime: "within-an-hour", stiffness: false, fearOfMovement: false }, nightPain: false },
  { tests: [painFree, painAtEndRange], symptoms: { worstPainNrs: 5, settlingTime: "within-hours", stiffness: true, fearOfMovement: false }, nightPain: true },
  { tests: [painFree, painAtEndRange, painBeforeEndRange], symptoms: { worstPainNrs: 7, settlingTime: "next-day-or-longer", stiffness: true, fearOfMovement: true }, nightPain: true },
];

/**
 * Lean intakes: the example athlete (every red-flag question answered, S-13) with every
 * combination of what sets the stage (T-1…T-3), the direction (both clearing tests, C rules), the
 * emphasis (lower-crossed answers, C-7) and the axial flag (P-3): 56 intakes, assessed once, so
 * the policy's verdicts are reused across runs and 10⁴ runs stay quick.
 */
export const LEAN_INTAKES: readonly Record<string, unknown>[] = STAGED.flatMap((stage) =>
  stage.tests.flatMap((flexion) =>
    stage.tests.flatMap((extension) =>
      [false, true].flatMap((lowerCrossed) =>
        [false, true].map((axialLoadSensitive) => ({
          ...athlete,
          screening: { ...athlete["screening"], ...allNo, nightPain: stage.nightPain ? athlete["screening"].nightPain : null },
          clearingTests: { flexion, extension },
          history: { worsenedBy: [], easedBy: [] },
          lowerCrossed: { anteriorPelvicTilt: lowerCrossed, weakGlutes: lowerCrossed, tightHipFlexors: lowerCrossed, liftsFeltInLowBack: lowerCrossed },
          symptoms: stage.symptoms,
          ladderProgress: { hinge: 1, squat: 1 },
          flags: { axialLoadSensitive },
        })),
      ),
    ),
  ),
);

/** An assessed intake and what its weeks may plan: every exercise of a three-day week, and the first regression of each. */
interface Pooled {
  readonly assessment: ClearedAssessment;
  readonly targets: readonly Target[];
}

let pool: readonly Pooled[] | undefined;

function pooled(): readonly Pooled[] {
  pool ??= LEAN_INTAKES.map((intake, index) => {
    const result = assess(intake);
    if (!result.ok || result.value.status !== "cleared") throw new Error(`lean intake ${index} did not clear`);
    const week = planWeek(result.value, { weekStart: WEEK_START, daysPerWeek: 3, sessionMinutes: 120 });
    const targets = new Map<string, Target>();
    if (week.status === "planned") for (const session of week.sessions) for (const target of targetsOf(session)) if (!targets.has(target.exercise.id)) targets.set(target.exercise.id, target);
    return { assessment: result.value, targets: [...targets.values()] };
  });
  return pool;
}

/** The assessment of a lean intake (assessed once). */
export const leanAssessment = (index: number): ClearedAssessment => pooled()[index]!.assessment;

export const painModelCase = (): fc.Arbitrary<PainModelCase> =>
  fc
    .record({
      intake: fc.nat({ max: LEAN_INTAKES.length - 1 }),
      daysPerWeek: fc.integer({ min: 2, max: 3 }),
      sessionMinutes: fc.integer({ min: 20, max: 120 }),
      equipment: fc.option(fc.subarray([...EQUIPMENT]), { nil: undefined }),
    })
    .chain(({ intake, daysPerWeek, sessionMinutes, equipment }) => {
      const { targets } = pooled()[intake]!;
      return fc
        .subarray([...targets], { minLength: 1, maxLength: 8 })
        .chain((chosen) => fc.tuple(...chosen.map((target) => fc.array(logFor(target), { minLength: 1, maxLength: 3 }))))
        .map((groups) => groups.flat())
        // Logs come in any order: the planner reads them by date.
        .chain((logs) => fc.shuffledSubarray(logs, { minLength: logs.length, maxLength: logs.length }))
        .map((exerciseLogs) => ({ intake, daysPerWeek, sessionMinutes, equipment, exerciseLogs }));
    });
