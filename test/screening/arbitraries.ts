/**
 * fast-check arbitraries for the assessment inputs (screening, classification, staging),
 * shared by every property test that needs a generated intake.
 */
import fc from "fast-check";
import type {
  ClearingTestResult,
  ClearingTests,
  DailyActivity,
  EnduranceTimes,
  LowerCrossedAnswers,
  SymptomHistory,
  SymptomLocation,
} from "../../src/classification/index.js";
import type { InflammatoryFeatures, LegSymptoms, RedFlagAnswers, ScreeningInput, SessionCheckIn } from "../../src/screening/index.js";
import type { NightPain, StagingInput, StagingSafety } from "../../src/staging/index.js";

export const symptomLocation = (): fc.Arbitrary<SymptomLocation> => fc.constantFrom("none", "back", "buttock", "thigh", "below-knee");

/** A painNrs 0–10 with `familiar` never true at 0 (the parser rejects that contradiction). */
export const clearingTestResult = (): fc.Arbitrary<ClearingTestResult> =>
  fc
    .record({
      painNrs: fc.integer({ min: 0, max: 10 }),
      familiar: fc.boolean(),
      symptomsBefore: symptomLocation(),
      symptomsAfter: symptomLocation(),
      endPositionReached: fc.boolean(),
    })
    .map((test) => (test.painNrs === 0 ? { ...test, familiar: false } : test));

export const clearingTests = (): fc.Arbitrary<ClearingTests> =>
  fc.record(
    {
      flexion: clearingTestResult(),
      extension: clearingTestResult(),
      lateralShift: fc.boolean(),
      rotationProvokesPain: fc.boolean(),
    },
    { requiredKeys: ["flexion", "extension"] },
  );

/** Clearing tests without the C-6 findings, so the sagittal rules decide. */
export const sagittalClearingTests = (): fc.Arbitrary<ClearingTests> =>
  fc.record({ flexion: clearingTestResult(), extension: clearingTestResult() });

const activity = (): fc.Arbitrary<DailyActivity> =>
  fc.constantFrom("sitting", "slouching", "bending", "lifting", "standing", "walking", "arching", "overhead", "lying");

/** A history with no activity both worsening and easing. */
export const symptomHistory = (): fc.Arbitrary<SymptomHistory> =>
  fc
    .record({ worsenedBy: fc.uniqueArray(activity(), { maxLength: 5 }), easedBy: fc.uniqueArray(activity(), { maxLength: 5 }) })
    .map((history) => ({ worsenedBy: history.worsenedBy, easedBy: history.easedBy.filter((item) => !history.worsenedBy.includes(item)) }));

export const nightPain = (): fc.Arbitrary<NightPain> =>
  fc.record({
    frequency: fc.constantFrom("occasional", "most-nights"),
    easedByChangingPosition: fc.boolean(),
    secondHalfOfNight: fc.boolean(),
    morningStiffnessEasesWithMovement: fc.boolean(),
  });

export const legSymptoms = (): fc.Arbitrary<LegSymptoms> =>
  fc.record({
    legs: fc.constantFrom("one", "both"),
    reach: fc.constantFrom("above-knee", "below-knee"),
    numbness: fc.boolean(),
    weakness: fc.boolean(),
    worsening: fc.boolean(),
  });

export const inflammatoryFeatures = (): fc.Arbitrary<InflammatoryFeatures> =>
  fc.record(
    {
      buttockPain: fc.boolean(),
      improvesWithMovement: fc.boolean(),
      improvesWithNsaidsWithin48Hours: fc.boolean(),
      firstDegreeRelativeWithSpondyloarthritis: fc.boolean(),
      arthritis: fc.boolean(),
      enthesitis: fc.boolean(),
      psoriasis: fc.boolean(),
    },
    { requiredKeys: [] },
  );

/** Biased toward "no": most generated answers are false so that each rule gets its turn. */
const answer = (): fc.Arbitrary<boolean> => fc.oneof({ weight: 4, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) });

/** The yes/no red-flag keys (S-1…S-5). */
export const RED_FLAG_BOOLEAN_KEYS = [
  "bladderDysfunction",
  "saddleNumbness",
  "bowelDysfunction",
  "newSexualDysfunction",
  "footDrop",
  "worseningLegWeakness",
  "gaitDisturbance",
  "fever",
  "ivDrugUse",
  "immunosuppression",
  "recentSpinalProcedure",
  "recentInfection",
  "cancerHistory",
  "unexplainedWeightLoss",
  "significantTrauma",
  "minorTraumaOrStrenuousLift",
  "osteoporosis",
  "longTermCorticosteroids",
] as const satisfies readonly (keyof RedFlagAnswers)[];

/** The S-1 yes/no features. */
export const CAUDA_EQUINA_KEYS = ["bladderDysfunction", "saddleNumbness", "bowelDysfunction", "newSexualDysfunction"] as const;

const redFlagModel = {
  ...(Object.fromEntries(RED_FLAG_BOOLEAN_KEYS.map((key) => [key, answer()])) as Record<(typeof RED_FLAG_BOOLEAN_KEYS)[number], fc.Arbitrary<boolean>>),
  legSymptoms: fc.option(legSymptoms(), { nil: null }),
  nightPain: fc.option(nightPain(), { nil: null }),
};

/** Every red-flag key: S-13 needs each answered, so the generators below always answer them. */
export const RED_FLAG_KEYS = [...RED_FLAG_BOOLEAN_KEYS, "legSymptoms", "nightPain"] as const satisfies readonly (keyof RedFlagAnswers)[];

/** Every red-flag question answered (S-13); {@link withUnanswered} takes some away. */
export const redFlagAnswers = (): fc.Arbitrary<RedFlagAnswers> => fc.record(redFlagModel);

export const sessionCheckIn = (): fc.Arbitrary<SessionCheckIn> =>
  fc.record({ ...redFlagModel, date: fc.constantFrom("2026-11-02", "2026-11-22") }, { requiredKeys: [...RED_FLAG_KEYS] });

/**
 * Leaves at least one red-flag question unanswered (omitted, or "unknown" for don't know), and
 * returns the keys left unanswered (S-13).
 */
export const withUnanswered = <T extends RedFlagAnswers>(answers: fc.Arbitrary<T>): fc.Arbitrary<{ input: T; unanswered: readonly (keyof RedFlagAnswers)[] }> =>
  fc
    .tuple(answers, fc.uniqueArray(fc.constantFrom(...RED_FLAG_KEYS), { minLength: 1 }), fc.boolean())
    .map(([input, keys, dontKnow]) => {
      const out: Record<string, unknown> = { ...(input as Record<string, unknown>) };
      for (const key of keys) {
        if (dontKnow) out[key] = "unknown";
        else delete out[key];
      }
      return { input: out as T, unanswered: keys };
    });

/** A valid intake: every contradiction the parser rejects is avoided. */
export const screeningInput = (): fc.Arbitrary<ScreeningInput> =>
  fc
    .record(
      {
        ...redFlagModel,
        ageYears: fc.integer({ min: 10, max: 90 }),
        firstEpisode: fc.boolean(),
        durationWeeks: fc.integer({ min: 0, max: 200 }),
        improvingSinceOnset: fc.boolean(),
        onsetAgeYears: fc.integer({ min: 10, max: 90 }),
        inflammatoryFeatures: inflammatoryFeatures(),
        clearingTests: clearingTests(),
      },
      { requiredKeys: [...RED_FLAG_KEYS, "ageYears"] },
    )
    .map((input) => {
      const out: { -readonly [K in keyof ScreeningInput]: ScreeningInput[K] } = { ...input };
      if (out.ageYears === undefined) {
        delete out.firstEpisode;
        delete out.onsetAgeYears;
      } else {
        if (out.onsetAgeYears !== undefined && out.onsetAgeYears > out.ageYears) out.onsetAgeYears = out.ageYears;
        if (out.durationWeeks !== undefined && out.durationWeeks > out.ageYears * 52) out.durationWeeks = out.ageYears * 52;
      }
      if (out.durationWeeks === undefined) delete out.improvingSinceOnset;
      return out;
    });

export const stagingSafety = (): fc.Arbitrary<StagingSafety> =>
  fc.oneof(
    fc.constant<StagingSafety>({ action: "proceed", stageCap: null }),
    fc.record({ action: fc.constant("proceed-with-advisory" as const), stageCap: fc.constantFrom("movement-control" as const, "symptom-modulation" as const) }),
    fc.record({
      action: fc.constantFrom("emergency" as const, "urgent-referral" as const, "stop-until-cleared" as const),
      stageCap: fc.constant("symptom-modulation" as const),
    }),
  );

export const stagingInput = (): fc.Arbitrary<StagingInput> =>
  fc.record(
    {
      worstPainNrs: fc.integer({ min: 0, max: 10 }),
      nightPain: fc.option(nightPain(), { nil: null }),
      endRange: fc.constantFrom("reached-pain-free", "pain-at-end-range", "pain-before-end-range", "cannot-reach"),
      settlingTime: fc.constantFrom("within-an-hour", "within-hours", "next-day-or-longer"),
      legSymptoms: fc.constantFrom("none", "above-knee", "below-knee"),
      fearOfMovement: fc.boolean(),
      stiffness: fc.boolean(),
      safety: stagingSafety(),
      directionConfidence: fc.constantFrom("high", "low"),
    },
    { requiredKeys: ["worstPainNrs", "endRange", "settlingTime", "legSymptoms"] },
  );

export const lowerCrossedAnswers = (): fc.Arbitrary<LowerCrossedAnswers> =>
  fc.record({ anteriorPelvicTilt: fc.boolean(), weakGlutes: fc.boolean(), tightHipFlexors: fc.boolean(), liftsFeltInLowBack: fc.boolean() });

const seconds = (): fc.Arbitrary<number> => fc.double({ noNaN: true, noDefaultInfinity: true, min: 0, max: 600 });

export const enduranceTimes = (): fc.Arbitrary<EnduranceTimes> =>
  fc.record(
    {
      flexorSeconds: seconds(),
      extensorSeconds: seconds(),
      leftSideBridgeSeconds: seconds(),
      rightSideBridgeSeconds: seconds(),
      sex: fc.constantFrom("male" as const, "female" as const),
    },
    { requiredKeys: ["flexorSeconds", "extensorSeconds", "leftSideBridgeSeconds", "rightSideBridgeSeconds"] },
  );
