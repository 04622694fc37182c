import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { SAFETY_ACTIONS, screen, screenCheckIn, type LegSymptoms, type ScreeningInput, type SafetyDecision } from "../../src/screening/index.js";
import { routeNightPain, STAGES, type NightPain } from "../../src/staging/index.js";
import { deepFreeze } from "../../src/internal/freeze.js";
import { CAUDA_EQUINA_KEYS, RED_FLAG_BOOLEAN_KEYS, screeningInput, sessionCheckIn } from "./arbitraries.js";

const severity = (decision: SafetyDecision): number => SAFETY_ACTIONS.indexOf(decision.action);
// A lower number is more conservative; no cap is the least conservative of all.
const capRank = (decision: SafetyDecision): number => (decision.stageCap === null ? STAGES.length : STAGES.indexOf(decision.stageCap));

const isNightPain = (value: ScreeningInput["nightPain"]): value is NightPain => typeof value === "object" && value !== null;

const isLegs = (value: ScreeningInput["legSymptoms"]): value is LegSymptoms => typeof value === "object" && value !== null;

type Mutable = { -readonly [K in keyof ScreeningInput]: ScreeningInput[K] };

/** Every way to add one symptom (or make one worse) to an intake; the index picks one. */
function addSymptom(input: ScreeningInput, pick: number): ScreeningInput {
  const out: Mutable = { ...input };
  const options: (() => void)[] = [
    ...RED_FLAG_BOOLEAN_KEYS.map((key) => () => {
      out[key] = true;
    }),
    () => {
      out.legSymptoms = isLegs(out.legSymptoms) ? out.legSymptoms : { legs: "one", reach: "above-knee", numbness: false, weakness: false, worsening: false };
    },
    () => {
      if (isLegs(out.legSymptoms)) out.legSymptoms = { ...out.legSymptoms, reach: "below-knee" };
    },
    () => {
      if (isLegs(out.legSymptoms)) out.legSymptoms = { ...out.legSymptoms, legs: "both" };
    },
    () => {
      if (isLegs(out.legSymptoms)) out.legSymptoms = { ...out.legSymptoms, numbness: true };
    },
    () => {
      if (isLegs(out.legSymptoms)) out.legSymptoms = { ...out.legSymptoms, weakness: true };
    },
    () => {
      if (isLegs(out.legSymptoms)) out.legSymptoms = { ...out.legSymptoms, worsening: true };
    },
    () => {
      out.nightPain = isNightPain(out.nightPain) ? out.nightPain : { frequency: "occasional", easedByChangingPosition: true, secondHalfOfNight: false, morningStiffnessEasesWithMovement: false };
    },
    // S-8/T-5 (§11): night pain that turns into the inflammatory pattern is routed to S-8 instead of
    // counting as a flag, so these changes only move within one route.
    () => {
      if (isNightPain(out.nightPain) && routeNightPain(out.nightPain) !== "inflammatory") out.nightPain = { ...out.nightPain, easedByChangingPosition: false };
    },
    () => {
      if (isNightPain(out.nightPain) && out.nightPain.easedByChangingPosition) out.nightPain = { ...out.nightPain, secondHalfOfNight: true };
    },
    () => {
      if (isNightPain(out.nightPain) && out.nightPain.easedByChangingPosition) out.nightPain = { ...out.nightPain, morningStiffnessEasesWithMovement: true };
    },
    () => {
      if (isNightPain(out.nightPain)) out.nightPain = { ...out.nightPain, frequency: "most-nights" };
    },
    ...(["buttockPain", "improvesWithMovement", "improvesWithNsaidsWithin48Hours", "firstDegreeRelativeWithSpondyloarthritis", "arthritis", "enthesitis", "psoriasis"] as const).map(
      (key) => () => {
        out.inflammatoryFeatures = { ...out.inflammatoryFeatures, [key]: true };
      },
    ),
    () => {
      if (out.ageYears !== undefined) out.firstEpisode = true;
    },
    () => {
      if (out.durationWeeks !== undefined) out.improvingSinceOnset = false;
    },
    () => {
      if (out.clearingTests) out.clearingTests = { ...out.clearingTests, lateralShift: true };
    },
  ];
  options[pick % options.length]?.();
  return out;
}

describe("screen properties", () => {
  test.prop([screeningInput(), fc.constantFrom(...CAUDA_EQUINA_KEYS, "both-legs" as const)])(
    "S-1: any cauda equina feature → emergency whatever else is true",
    (input, feature) => {
      const withFeature: ScreeningInput =
        feature === "both-legs"
          ? { ...input, legSymptoms: { legs: "both", reach: "above-knee", numbness: false, weakness: false, worsening: false } }
          : { ...input, [feature]: true };
      const decision = screen(withFeature);
      expect(decision.action).toBe("emergency");
      expect(decision.trainingAllowed).toBe(false);
      expect(decision.reasons.some((item) => item.ruleId === "S-1")).toBe(true);
    },
  );

  test.prop([screeningInput(), fc.nat(), fc.nat()])(
    "S-1…S-11: adding a symptom never makes the action less severe nor the stage cap less conservative (monotonicity)",
    (input, first, second) => {
      const before = screen(input);
      const once = addSymptom(input, first);
      const twice = addSymptom(once, second);
      for (const [a, b] of [
        [before, screen(once)],
        [screen(once), screen(twice)],
      ] as const) {
        expect(severity(b)).toBeLessThanOrEqual(severity(a));
        expect(capRank(b)).toBeLessThanOrEqual(capRank(a));
      }
    },
  );

  test.prop([screeningInput()])("S-10: the clearing tests never change the action or the stage cap", (input) => {
    const { clearingTests: _dropped, ...rest } = input;
    const withTests = screen(input);
    const without = screen(rest);
    expect(withTests.action).toBe(without.action);
    expect(withTests.stageCap).toBe(without.stageCap);
  });

  test.prop([screeningInput()])("S rules: the decision is consistent with itself", (input) => {
    const decision = screen(input);
    expect(decision.trainingAllowed).toBe(decision.action === "proceed" || decision.action === "proceed-with-advisory");
    expect(decision.reasons.length).toBeGreaterThan(0);
    expect(decision.reasons.some((item) => item.ruleId === decision.ruleId && item.action === decision.action)).toBe(true);
    expect(Math.min(...decision.reasons.map((item) => SAFETY_ACTIONS.indexOf(item.action)))).toBe(severity(decision));
    expect(decision.stageCap === null).toBe(decision.action === "proceed");
    expect(decision.safetyNet.length).toBeGreaterThan(0);
    for (const item of decision.reasons) expect(item.evidence.length).toBeGreaterThan(0);
  });

  test.prop([screeningInput()])("inputs are never mutated (deep-frozen) and the result is deterministic", (input) => {
    const copy = structuredClone(input);
    const frozen = deepFreeze(structuredClone(input));
    const first = screen(frozen);
    expect(frozen).toEqual(copy);
    expect(screen(copy)).toEqual(first);
  });
});

describe("screenCheckIn properties", () => {
  test.prop([sessionCheckIn()])("S-9: any S-1…S-5 feature at a check-in withholds training", (checkIn) => {
    const decision = screenCheckIn(deepFreeze(checkIn));
    const redFlag =
      RED_FLAG_BOOLEAN_KEYS.some((key) => checkIn[key] === true && key !== "osteoporosis" && key !== "minorTraumaOrStrenuousLift") ||
      (checkIn.minorTraumaOrStrenuousLift === true && checkIn.osteoporosis === true) ||
      // S-8/T-5 (§11): the inflammatory pattern goes to S-8, not counted as non-positional night pain.
      (checkIn.nightPain != null && checkIn.nightPain !== "unknown" && routeNightPain(checkIn.nightPain) === "non-positional") ||
      (isLegs(checkIn.legSymptoms) && checkIn.legSymptoms.legs === "both");
    if (redFlag) expect(decision.trainingAllowed).toBe(false);
    if (CAUDA_EQUINA_KEYS.some((key) => checkIn[key] === true)) expect(decision.action).toBe("emergency");
    expect(screenCheckIn(checkIn)).toEqual(decision);
  });

  test.prop([sessionCheckIn()])("S-9: a check-in is never less severe than the same answers at intake", (checkIn) => {
    const { date: _date, ...answers } = checkIn;
    expect(severity(screenCheckIn(checkIn))).toBeLessThanOrEqual(severity(screen({ ageYears: 30, ...answers })));
  });
});
