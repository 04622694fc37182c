/**
 * Well-typed arguments for every exported function, extreme where the type allows (huge
 * numbers, empty lists, the whole catalog), built from the modules' own arbitraries where
 * they exist. The fuzz swaps hostile values into these tuples one position at a time, so a
 * function is reached past its first argument. A function missing here is still fuzzed with
 * hostile values alone.
 */
import fc from "fast-check";
import {
  EQUIPMENT,
  EXERCISE_FAMILIES,
  EXERCISE_TAGS,
  LADDER_IDS,
  MOVEMENT_PATTERNS,
  MUSCLES,
  exercises,
  ladders as builtInLadders,
  type Equipment,
} from "../../src/catalog/index.js";
import { citations, ruleIds } from "../../src/evidence/index.js";
import { acwr, dailyLoads, type AcwrOptions, type AcwrPoint, type LoggedSession } from "../../src/load/index.js";
import { assess, planSession, planWeek, type Assessment } from "../../src/program/index.js";
import { SAFETY_ACTIONS } from "../../src/screening/index.js";
import { STAGES, stageFromSymptoms } from "../../src/staging/index.js";
import { blockTargets } from "../../src/volume/index.js";
import { catalog as catalogArbitrary, exercise, ladders as laddersArbitrary, profile } from "../catalog/arbitraries.js";
import { journeys } from "../journal/journeyArbitraries.js";
import { odiSections, outcomeAnswers, psfsActivities, rmdqAnswers } from "../outcomes/arbitraries.js";
import { scoreOutcome } from "../../src/outcomes/index.js";
import { clearedIntake, exerciseLogs, intake, planOptions, weeks } from "../program/arbitraries.js";
import { ladderHistory, painReport, prescription } from "../progression/arbitraries.js";
import {
  clearingTestResult,
  clearingTests,
  enduranceTimes,
  lowerCrossedAnswers,
  nightPain,
  screeningInput,
  sessionCheckIn,
  stagingInput,
  symptomHistory,
} from "../screening/arbitraries.js";

/** Well-typed arguments for one function, and which of its arguments it parses (typed `unknown`). */
export interface Signature {
  readonly args: fc.Arbitrary<readonly unknown[]>;
  /** Positions typed `unknown`: junk inside them must never escape as a raw error. */
  readonly parses?: readonly number[];
  /** A call that plans or replays weeks (milliseconds each): a fifth of the typed runs. */
  readonly heavy?: true;
}

/** A number in its documented range most of the time, its edges often, and far past them now and then. */
function extreme(min: number, max: number, whole = false): fc.Arbitrary<number> {
  const low = Math.ceil(min);
  const high = Math.floor(Math.min(max, 2 ** 31 - 1));
  return fc.oneof(
    { weight: low <= high ? 8 : 0, arbitrary: low <= high ? fc.integer({ min: low, max: high }) : fc.constant(min) },
    { weight: whole ? 0 : 3, arbitrary: fc.double({ min, max, noNaN: true, noDefaultInfinity: true }) },
    { weight: 2, arbitrary: fc.constantFrom(min, max) },
    { weight: 1, arbitrary: fc.constantFrom(1e308, Number.MAX_VALUE, Number.MIN_VALUE, max * 1000) },
  );
}

const optional = <T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arbitrary, { nil: undefined, freq: 3 });
const dayAround = (days: number): fc.Arbitrary<string> =>
  fc.integer({ min: -days, max: days }).map((offset) => new Date(Date.UTC(2026, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10));
/** A date within ten years of 2026-01-01. */
const isoDay = dayAround(3650);
/** A date within a season of 2026-01-01 (logs whose series stay a few hundred days long). */
const recentDay = dayAround(120);
const builtInCatalog = fc.constant(exercises);
const catalogs = fc.oneof({ weight: 3, arbitrary: builtInCatalog }, { weight: 1, arbitrary: catalogArbitrary });
const exerciseIds = fc.constantFrom(...exercises.map((item) => item.id));
const citationIds = fc.constantFrom(...Object.keys(citations));
const parseIssues = fc.array(fc.record({ path: fc.array(fc.oneof(fc.string({ maxLength: 6 }), fc.nat(20)), { maxLength: 4 }), message: fc.string() }), { maxLength: 5 });
const stages = fc.constantFrom(...STAGES);
const methods = fc.constantFrom("ewma" as const, "coupled" as const, "uncoupled" as const);
const zones = fc.constantFrom("under-training" as const, "sweet-spot" as const, "caution" as const, "danger" as const, null);
const timeZones = fc.constantFrom("UTC", "Europe/London", "America/New_York", "Pacific/Kiritimati", "Pacific/Pago_Pago");
const dailyLoad = fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 6, arbitrary: extreme(0, 3000) });
const loadArray = fc.array(dailyLoad, { maxLength: 120 });

const acwrOptions = optional(
  fc.record(
    {
      method: methods,
      acuteDays: extreme(1, 14, true),
      chronicDays: extreme(15, 60, true),
      maxUnknownFraction: extreme(0, 1),
      decay: fc.constantFrom("span" as const, "exponential" as const, "half-life" as const, "linear" as const),
    },
    { requiredKeys: [] },
  ),
) as fc.Arbitrary<AcwrOptions | undefined>;

const loggedSession: fc.Arbitrary<LoggedSession> = fc.oneof(
  fc.record({ date: recentDay, rpe: extreme(0, 10), durationMinutes: extreme(1, 1440) }),
  fc.record({ date: recentDay, loadAu: extreme(0, 14_400) }),
  fc.record(
    {
      startedAt: fc.integer({ min: -120, max: 120 }).map((offset) => new Date(Date.UTC(2026, 0, 1, 18) + offset * 86_400_000).toISOString()),
      timeZone: timeZones,
      rpe: extreme(0, 10),
      durationMinutes: extreme(1, 1440),
      id: fc.constantFrom("a", "b", "__proto__"),
    },
    { requiredKeys: ["startedAt", "rpe", "durationMinutes"] },
  ),
);
const trainingLog = fc.array(loggedSession, { maxLength: 30 });
const dailyLoadsOptions = fc.record(
  { timeZone: timeZones, absentDays: fc.constantFrom("unknown" as const, "rest" as const), from: dayAround(400), to: dayAround(400) },
  { requiredKeys: ["timeZone", "absentDays"] },
);

/** A daily series as `dailyLoads` builds it (so every field agrees with the others). */
const dailySeries = fc.tuple(trainingLog, timeZones).map(([log, timeZone]) => {
  try {
    return dailyLoads(log, { timeZone, absentDays: "rest" });
  } catch {
    return dailyLoads([], { timeZone, absentDays: "rest", from: "2026-01-01", to: "2026-02-01" });
  }
});

const acwrPoint: fc.Arbitrary<AcwrPoint> = fc.tuple(loadArray, acwrOptions).chain(([loads, options]): fc.Arbitrary<AcwrPoint> => {
  let points: ReturnType<typeof acwr> = [];
  try {
    points = acwr(loads, options);
  } catch {
    points = acwr([1, 2, 3]);
  }
  return points.length === 0 ? fc.constant<AcwrPoint>({ acute: null, chronic: null, ratio: null, zone: null, reason: "warming-up" }) : fc.constantFrom(...points);
});

const side = fc.constantFrom("left" as const, "right" as const, "both" as const);
const performedSet = fc.record(
  {
    exerciseId: exerciseIds,
    side,
    reps: extreme(0, 500, true),
    loadKg: extreme(0, 1000),
    implements: fc.constantFrom(1, 2),
    assistanceKg: extreme(0, 200),
    rir: fc.option(extreme(0, 10, true), { nil: null }),
    warmup: fc.boolean(),
    holdSeconds: extreme(0, 3600),
  },
  { requiredKeys: ["exerciseId", "side", "reps"] },
);
const volumeOptions = fc.record(
  {
    unilateralSetCount: fc.constantFrom("pair" as const, "per-side" as const, "half-per-side" as const),
    catalog: catalogs,
    hardSetMaxRir: extreme(0, 10, true),
    muscleCredit: fc.record({ direct: extreme(0, 1), indirect: extreme(0, 1) }),
    bodyweight: fc.record({ massKg: extreme(20, 400), fraction: extreme(0, 1) }),
  },
  { requiredKeys: ["unilateralSetCount"] },
);
const performedSessionOn = (day: fc.Arbitrary<string>) =>
  fc.record(
    { date: day, id: fc.string({ maxLength: 4 }), bodyweightKg: extreme(20, 400), sets: fc.array(performedSet, { maxLength: 12 }) },
    { requiredKeys: ["date", "sets"] },
  );
const performedSession = performedSessionOn(isoDay);

const loadIncrements = fc.oneof(
  fc.record({ kind: fc.constant("barbell" as const), barKg: extreme(0, 25), plateKg: fc.array(extreme(0.25, 50), { minLength: 1, maxLength: 6 }) }, { requiredKeys: ["kind"] }),
  fc.record({ kind: fc.constant("dumbbell" as const), stepKg: extreme(0.5, 5), minKg: extreme(1, 10), maxKg: extreme(10, 80) }, { requiredKeys: ["kind"] }),
  fc.record({ kind: fc.constant("kettlebell" as const), sizesKg: fc.array(extreme(4, 48), { minLength: 1, maxLength: 8 }) }, { requiredKeys: ["kind"] }),
  fc.record({ kind: fc.constant("fixed" as const), stepKg: extreme(0.5, 10) }),
);

const plannedDays = fc.array(
  fc.record(
    {
      date: isoDay,
      exercises: fc.array(fc.record({ id: exerciseIds, spineDemand: fc.record({ axialCompression: fc.constantFrom(0 as const, 1 as const, 2 as const, 3 as const) }) }), {
        maxLength: 6,
      }),
    },
    { requiredKeys: ["exercises"] },
  ),
  { maxLength: 10 },
);

const weeklyCheckIns = fc.array(
  fc.record(
    {
      weekStart: isoDay,
      morningPainNrs: extreme(0, 10, true),
      morningStiffnessNrs: extreme(0, 10, true),
      restage: fc.record({ stage: stages }),
      radicularPainWeeks: extreme(0, 104, true),
    },
    { requiredKeys: ["morningPainNrs"] },
  ),
  { maxLength: 12 },
);

const stageResult = stagingInput().map((input) => stageFromSymptoms(input));

let assessmentPool: readonly Assessment[] | undefined;
/** A few assessments from generated intakes, built once (assess is the expensive part). */
function assessments(): fc.Arbitrary<Assessment> {
  assessmentPool ??= fc
    .sample(fc.oneof(clearedIntake(), intake()), { numRuns: 24, seed: 13 })
    .map((value) => assess(value))
    .flatMap((result) => (result.ok ? [result.value] : []));
  return assessmentPool.length === 0 ? fc.constant({} as Assessment) : fc.constantFrom(...assessmentPool);
}

const sessionOptions = fc.record(
  {
    date: isoDay,
    axialLoading: fc.boolean(),
    equipment: fc.subarray([...EQUIPMENT] as Equipment[]),
    sessionMinutes: extreme(20, 180, true),
    rotation: extreme(0, 50, true),
    volumeScale: extreme(0.3, 1),
    checkIn: sessionCheckIn(),
  },
  { requiredKeys: ["date"] },
);

const sessionLike = fc.oneof(
  fc.record({ sets: fc.array(performedSet, { maxLength: 12 }) }),
  fc.record({ blocks: fc.array(fc.record({ block: fc.constantFrom(...blockTargets.map((target) => target.block)), exerciseIds: fc.array(exerciseIds, { maxLength: 4 }) }), { maxLength: 4 }) }),
  fc.tuple(assessments(), sessionOptions).map(([assessment, options]) => {
    try {
      const plan = planSession(assessment, options);
      return "session" in plan && plan.session !== undefined ? plan.session : { blocks: [] };
    } catch {
      return { blocks: [] };
    }
  }),
);

const exerciseQuery = fc.record(
  {
    pattern: fc.oneof(fc.constantFrom(...MOVEMENT_PATTERNS), fc.subarray([...MOVEMENT_PATTERNS])),
    family: fc.subarray([...EXERCISE_FAMILIES]),
    equipment: fc.subarray([...EQUIPMENT] as Equipment[]),
    muscles: fc.subarray([...MUSCLES]),
    muscleRole: fc.constantFrom("primary" as const, "any" as const),
    maxDemand: fc.record({ flexion: fc.constantFrom(0 as const, 1 as const, 2 as const, 3 as const) }, { requiredKeys: [] }),
    endRange: fc.boolean(),
    excludeTags: fc.subarray([...EXERCISE_TAGS]),
    ladder: fc.constantFrom(...LADDER_IDS),
    suitableFor: fc.record({ profile }),
    text: fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom("squat", "bridge", "__proto__", "constructor")),
  },
  { requiredKeys: [] },
);

const suitabilityOptions = optional(fc.record({ ladders: laddersArbitrary }, { requiredKeys: [] }));
const doseOptions = optional(fc.record({ safety: fc.record({ action: fc.constantFrom(...SAFETY_ACTIONS) }) }, { requiredKeys: [] }));

const ladderCall = fc.constantFrom(...builtInLadders).chain((ladder) =>
  fc.tuple(fc.constant(ladder.id), ladderHistory(ladder.steps.length), optional(fc.record({ greenExposuresToAdvance: extreme(1, 10, true) }, { requiredKeys: [] }))),
);

const doseCall = prescription.chain((p) =>
  fc.tuple(
    exerciseLogs().map((logs) => logs.map((log) => ({ ...log, exerciseId: p.exerciseId }))),
    fc.constant(p),
    doseOptions,
  ),
);

const outcomeScore = outcomeAnswers().map((answers) => scoreOutcome(answers));
const scoresOfOneInstrument = outcomeAnswers().chain((first) =>
  fc.tuple(fc.constant(scoreOutcome(first)), outcomeAnswers().filter((second) => second.instrument === first.instrument).map((second) => scoreOutcome(second))),
);

let journeyPool: readonly { journal: readonly unknown[]; nextWeek: string }[] | undefined;
/** The six shortest of 24 journals, built once: replaying one plans every week of it. */
function journals(): fc.Arbitrary<{ journal: readonly unknown[]; nextWeek: string }> {
  journeyPool ??= fc
    .sample(journeys(), { numRuns: 24, seed: 13 })
    .sort((a, b) => a.journal.length - b.journal.length)
    .slice(0, 6);
  return fc.constantFrom(...journeyPool);
}

/** Every exported function with a typed argument list, by name. */
export const SIGNATURES: Readonly<Record<string, Signature>> = {
  // evidence
  formatCitation: { args: fc.tuple(citationIds) },
  reason: { args: fc.tuple(fc.constantFrom(...ruleIds), fc.string(), optional(fc.array(citationIds, { maxLength: 3 }))) },
  formatIssues: { args: fc.tuple(parseIssues) },
  formatPath: { args: fc.tuple(fc.array(fc.oneof(fc.string({ maxLength: 6 }), fc.nat(20)), { maxLength: 5 })) },
  reasonsFrom: { args: fc.tuple(fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 20 }), { maxKeys: 4 })) },
  formatReason: {
    args: fc.tuple(
      fc.record({ ruleId: fc.constantFrom(...ruleIds), code: fc.string({ maxLength: 30 }), params: fc.dictionary(fc.string({ maxLength: 6 }), fc.oneof(fc.string({ maxLength: 6 }), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null)), { maxKeys: 3 }), message: fc.string(), evidence: fc.constant([]) }),
      optional(fc.record({ locale: fc.constantFrom("en", "de", "de-AT", "fr") }, { requiredKeys: [] })),
    ),
  },
  // screening
  allowsTraining: { args: fc.tuple(fc.constantFrom(...SAFETY_ACTIONS)) },
  safetyNetText: { args: fc.tuple(fc.constantFrom(...SAFETY_ACTIONS)) },
  screen: { args: fc.tuple(screeningInput(), optional(fc.record({}, { requiredKeys: [] }))) },
  screenCheckIn: { args: fc.tuple(sessionCheckIn()) },
  screeningInputIssues: { args: fc.tuple(screeningInput(), optional(fc.array(fc.string({ maxLength: 4 }), { maxLength: 2 }))) },
  parseScreeningInput: { args: fc.tuple(screeningInput()), parses: [0] },
  parseSessionCheckIn: { args: fc.tuple(sessionCheckIn()), parses: [0] },
  // classification
  classifyDirection: { args: fc.tuple(clearingTests(), optional(symptomHistory())) },
  clearingTestPositive: { args: fc.tuple(clearingTestResult()) },
  clearingTestsIssues: { args: fc.tuple(clearingTests(), optional(fc.array(fc.string({ maxLength: 4 }), { maxLength: 2 }))) },
  enduranceRatios: { args: fc.tuple(enduranceTimes(), optional(stages)) },
  historyDirection: { args: fc.tuple(symptomHistory()) },
  lowerCrossedIndicators: { args: fc.tuple(lowerCrossedAnswers()) },
  symptomShift: { args: fc.tuple(clearingTestResult()) },
  parseClearingTests: { args: fc.tuple(clearingTests()), parses: [0] },
  parseEnduranceTimes: { args: fc.tuple(enduranceTimes()), parses: [0] },
  parseLowerCrossedAnswers: { args: fc.tuple(lowerCrossedAnswers()), parses: [0] },
  parseSymptomHistory: { args: fc.tuple(symptomHistory()), parses: [0] },
  // staging
  endRangeFromClearingTests: { args: fc.tuple(clearingTests()) },
  moreConservativeStage: { args: fc.tuple(stages, stages) },
  routeNightPain: { args: fc.tuple(fc.option(nightPain(), { nil: null })) },
  stageFromSymptoms: { args: fc.tuple(stagingInput()) },
  stagingInputIssues: { args: fc.tuple(stagingInput()) },
  parseStagingInput: { args: fc.tuple(stagingInput()), parses: [0] },
  // catalog
  catalogJson: { args: fc.tuple(optional(catalogs), optional(fc.constantFrom(0, 2, "\t"))) },
  catalogJsonSchema: { args: fc.constant([]) },
  exerciseJsonSchema: { args: fc.constant([]) },
  equipmentOf: { args: fc.tuple(fc.oneof(exercise, fc.constantFrom(...exercises))) },
  // Mostly small catalogs: extending copies and freezes the whole base catalog, 173 exercises for the built-in one.
  extendCatalog: { args: fc.tuple(fc.array(exercise, { maxLength: 3 }), fc.oneof({ weight: 1, arbitrary: optional(builtInCatalog) }, { weight: 9, arbitrary: catalogArbitrary })), parses: [0] },
  findExercises: { args: fc.tuple(exerciseQuery, optional(catalogs)) },
  fitsKit: { args: fc.tuple(fc.constantFrom(...exercises), fc.subarray([...EQUIPMENT] as Equipment[]).map((kit) => new Set(kit))) },
  foldSearchText: { args: fc.tuple(fc.string()) },
  getExercise: { args: fc.tuple(fc.oneof(exerciseIds, fc.string({ maxLength: 8 })), optional(catalogs)) },
  parseExercise: { args: fc.tuple(exercise), parses: [0] },
  policyStage: { args: fc.tuple(profile) },
  saferAlternatives: { args: fc.tuple(exerciseIds, profile, optional(builtInCatalog), suitabilityOptions) },
  sensitiveAxes: { args: fc.tuple(profile) },
  spineCaps: { args: fc.tuple(profile, suitabilityOptions) },
  suitability: { args: fc.tuple(fc.oneof(exercise, fc.constantFrom(...exercises)), profile, suitabilityOptions) },
  // load
  sessionLoad: { args: fc.tuple(extreme(0, 10), extreme(1, 1440)) },
  acwr: { args: fc.tuple(fc.oneof(loadArray, dailySeries), acwrOptions) },
  pmc: {
    args: fc.tuple(
      fc.oneof(loadArray, dailySeries, loadArray.map((loads) => Float64Array.from(loads, (load) => load ?? NaN))),
      optional(
        fc.record(
          {
            ctlDays: extreme(1, 100, true),
            atlDays: extreme(1, 30, true),
            rampDays: extreme(1, 30, true),
            tsb: fc.constantFrom("previous-day" as const, "same-day" as const),
            unknownDays: fc.constantFrom("carry" as const, "rest" as const),
            decay: fc.constantFrom("span" as const, "exponential" as const, "half-life" as const, "linear" as const),
          },
          { requiredKeys: [] },
        ),
      ),
    ),
  },
  projectWeek: {
    args: dailySeries
      .filter((series) => series.loads.length > 0)
      .chain((series) =>
        fc.tuple(
          fc.constant(series),
          fc.array(
            fc.record({
              date: fc.integer({ min: 1, max: 14 }).map((offset) => new Date(Date.parse(`${series.endDate}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10)),
              loadAu: extreme(0, 14_400),
            }),
            { maxLength: 7 },
          ),
          optional(fc.record({ method: methods }, { requiredKeys: [] })),
        ),
      ),
  },
  checkLog: { args: fc.tuple(fc.oneof(loadArray, dailySeries), optional(fc.record({ chronicDays: extreme(2, 60, true) }))) },
  weeklyVerdict: { args: fc.tuple(fc.oneof(loadArray, dailySeries), acwrOptions) },
  // Short series: the diagnostics bootstrap a thousand resamples by default.
  acwrDiagnostics: {
    args: fc.tuple(
      fc.array(dailyLoad, { maxLength: 10 }),
      fc.record(
        {
          method: methods,
          resamples: fc.integer({ min: 0, max: 20 }),
          seed: fc.integer(),
          level: extreme(0.5, 0.999),
          acuteGrid: fc.constant([7]),
          chronicGrid: fc.constant([28]),
        },
        { requiredKeys: ["resamples", "acuteGrid", "chronicGrid"] },
      ),
    ),
  },
  spineAxisLoad: {
    args: fc.tuple(
      // Within a season: the series (and its six axes of points) is as long as the span of the dates.
      fc.array(performedSessionOn(dayAround(45)), { maxLength: 7 }),
      fc.record({ catalog: builtInCatalog, absentDays: fc.constantFrom("unknown" as const, "rest" as const), method: methods }, { requiredKeys: ["catalog", "absentDays"] }),
    ),
  },
  acwrByAthlete: {
    args: fc.tuple(
      fc.array(fc.tuple(fc.constantFrom("ana", "ben", 7), fc.integer({ min: 0, max: 60 }), dailyLoad), { maxLength: 80 }).map((rows) => {
        const unique = [...new Map(rows.map((row) => [`${row[0]}:${row[1]}`, row])).values()];
        return {
          athlete: unique.map((row) => row[0]),
          day: Int32Array.from(unique, (row) => row[1]),
          load: Float64Array.from(unique, (row) => row[2] ?? NaN),
        };
      }),
      acwrOptions,
    ),
  },
  acwrValues: { args: fc.tuple(loadArray.map((loads) => Float64Array.from(loads, (load) => load ?? NaN)), acwrOptions) },
  acwrZone: { args: fc.tuple(fc.option(extreme(0, 5), { nil: null }), methods) },
  dailyLoads: { args: fc.tuple(trainingLog, dailyLoadsOptions) },
  explainAcwrPoint: { args: fc.tuple(acwrPoint, acwrOptions) },
  monotony: { args: fc.tuple(fc.array(extreme(0, 3000), { minLength: 2, maxLength: 14 }), optional(fc.record({ sd: fc.constantFrom("population" as const, "sample" as const) }))) },
  monotonyDetail: { args: fc.tuple(fc.array(extreme(0, 3000), { minLength: 2, maxLength: 14 }), optional(fc.record({ sd: fc.constantFrom("population" as const, "sample" as const) }))) },
  strain: { args: fc.tuple(fc.array(extreme(0, 3000), { minLength: 2, maxLength: 14 }), optional(fc.record({ sd: fc.constantFrom("population" as const, "sample" as const) }))) },
  uncoupledFromCoupled: { args: fc.tuple(extreme(0, 5), optional(extreme(1, 14, true)), optional(extreme(15, 60, true))) },
  zoneThresholds: { args: fc.tuple(methods, optional(extreme(1, 14, true)), optional(extreme(15, 60, true))) },
  weekOverWeekChange: { args: fc.tuple(dailySeries, optional(fc.record({ weekStartsOn: fc.constantFrom("series-end" as const, 1, 3, 7) }))) },
  parseTrainingLog: { args: fc.tuple(trainingLog), parses: [0] },
  parseDailyLoadsOptions: { args: fc.tuple(dailyLoadsOptions), parses: [0] },
  parseAcwrOptions: { args: fc.tuple(acwrOptions), parses: [0] },
  // volume
  setScheme: { args: fc.tuple(extreme(1, 200, true), fc.tuple(extreme(1, 50, true), extreme(1, 50, true)).map(([a, b]) => ({ min: Math.min(a, b), max: Math.max(a, b) }))) },
  checkSessionStructure: { args: fc.tuple(sessionLike, optional(fc.record({ requireAllBlocks: fc.boolean() }))) },
  volumeLoad: { args: fc.tuple(fc.array(performedSet, { maxLength: 20 }), optional(volumeOptions)) },
  weeklyVolume: { args: fc.tuple(fc.array(performedSession, { maxLength: 7 }), volumeOptions) },
  parsePerformedSession: { args: fc.tuple(performedSession), parses: [0] },
  // progression
  painResponse: { args: fc.tuple(painReport) },
  nextDose: { args: doseCall },
  nextLadderStep: { args: ladderCall },
  stageTransition: { args: fc.tuple(stageResult, weeklyCheckIns) },
  deloadDue: {
    args: fc.tuple(
      fc.oneof(weeks(), fc.array(fc.record({ acwr: fc.option(extreme(0, 5), { nil: null }), zone: zones, morningPainNrs: extreme(0, 10, true) }, { requiredKeys: [] }), { maxLength: 10 })),
      optional(fc.record({ cadenceWeeks: extreme(4, 6, true), acwrCautionRatio: extreme(0.5, 3) }, { requiredKeys: [] })),
    ),
  },
  axialAlternation: { args: fc.tuple(plannedDays, optional(fc.record({ axialThreshold: extreme(0, 3, true) }))) },
  nextLoadStep: { args: fc.tuple(extreme(0, 500), loadIncrements) },
  roundDownToAvailableLoad: { args: fc.tuple(extreme(0, 500), loadIncrements) },
  parsePainReport: { args: fc.tuple(painReport), parses: [0] },
  parsePrescription: { args: fc.tuple(prescription), parses: [0] },
  parseExerciseLogs: { args: fc.tuple(exerciseLogs()), parses: [0] },
  parseLadderExposures: { args: fc.tuple(ladderHistory(4)), parses: [0] },
  parseWeeklyCheckIns: { args: fc.tuple(weeklyCheckIns), parses: [0] },
  parseWeekSummaries: { args: fc.tuple(weeks()), parses: [0] },
  // outcomes
  scoreRmdq: { args: fc.tuple(rmdqAnswers()) },
  scorePsfs: { args: fc.tuple(psfsActivities()) },
  scoreOdi: { args: fc.tuple(odiSections()) },
  scoreNrs: { args: fc.tuple(extreme(0, 10, true)) },
  scoreOutcome: { args: fc.tuple(outcomeAnswers()) },
  outcomeAnswersIssues: { args: fc.tuple(outcomeAnswers(), optional(fc.array(fc.string({ maxLength: 4 }), { maxLength: 2 }))) },
  outcomeChange: { args: scoresOfOneInstrument },
  outcomeTrend: {
    args: fc.tuple(fc.array(fc.record({ date: isoDay, score: outcomeScore }), { maxLength: 6 }).map((series) => [...series].sort((a, b) => a.date.localeCompare(b.date)))),
  },
  toObservation: { args: fc.tuple(outcomeScore, fc.record({ effective: isoDay, subject: fc.constant("Patient/1"), status: fc.constantFrom("final" as const, "amended" as const) }, { requiredKeys: ["effective"] })) },
  fromQuestionnaireResponse: { args: fc.tuple(fc.anything()), parses: [0] },
  // journal
  replay: { args: fc.tuple(journals().map((journey) => journey.journal), optional(fc.record({ asOf: isoDay }, { requiredKeys: [] }))), heavy: true },
  planNextWeek: { args: journals().map((journey) => [journey.journal, { weekStart: journey.nextWeek }] as const), heavy: true },
  previewResponses: { args: fc.tuple(journals().map((journey) => journey.journal), fc.constantFrom("goblet-squat", "glute-bridge", "dead-bug")), heavy: true },
  // program
  assess: { args: fc.tuple(fc.oneof(clearedIntake(), intake())), parses: [0] },
  parseIntake: { args: fc.tuple(fc.oneof(clearedIntake(), intake())), parses: [0] },
  assessIntake: { args: fc.tuple(clearedIntake()) },
  intakeJsonSchema: { args: fc.constant([]) },
  planWeek: { args: fc.tuple(assessments(), planOptions()), heavy: true },
  planSession: { args: fc.tuple(assessments(), sessionOptions) },
  // report
  exerciseText: {
    args: fc.tuple(
      fc.oneof(exercise, fc.constantFrom(...exercises)),
      optional(fc.record({ locale: fc.constantFrom("en", "de", "de-AT", "EN-us", "fr") }, { requiredKeys: [] })),
    ),
  },
  renderPlanHtml: {
    args: fc.tuple(
      fc.tuple(assessments(), planOptions()).map(([assessment, options]) => planWeek(assessment, options)),
      optional(fc.record({ locale: fc.constantFrom("en", "de", "de-AT", "fr"), title: fc.string({ maxLength: 20 }) }, { requiredKeys: [] })),
    ),
    heavy: true,
  },
};
