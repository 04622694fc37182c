import { describe, expect, it } from "vitest";
import { SAFETY_ACTIONS, screen, screenCheckIn, type ScreeningInput } from "../../src/screening/index.js";
import { stageFromSymptoms } from "../../src/staging/index.js";
import type { ClearingTestResult } from "../../src/classification/index.js";
import { allNo } from "./answers.js";

const quiet: ClearingTestResult = { painNrs: 0, familiar: false, symptomsBefore: "back", symptomsAfter: "back", endPositionReached: true };
const adult: ScreeningInput = { ...allNo, ageYears: 35, firstEpisode: false, durationWeeks: 3, improvingSinceOnset: true };
const ruleIds = (decision: ReturnType<typeof screen>) => decision.reasons.map((item) => item.ruleId);

describe("screen: one vignette per rule", () => {
  it("S-1: a 41-year-old deadlifter with saddle numbness after a heavy pull is an emergency whatever else is true", () => {
    const decision = screen({ ...adult, ageYears: 41, saddleNumbness: true });
    expect(decision.action).toBe("emergency");
    expect(decision.ruleId).toBe("S-1");
    expect(decision.trainingAllowed).toBe(false);
    expect(decision.reasons[0]?.evidence).toEqual(["nice-cks", "girft-ces", "finucane-2020"]);
    expect(decision.safetyNet).toMatch(/emergency care now/);
    // Symptoms in both legs are a cauda equina feature too.
    expect(screen({ ...adult, legSymptoms: { legs: "both", reach: "above-knee", numbness: false, weakness: false, worsening: false } }).action).toBe("emergency");
    expect(screen({ ...adult, bladderDysfunction: true, cancerHistory: true }).action).toBe("emergency");
  });

  it("S-2: new foot drop is an urgent referral; worsening weakness in one leg too", () => {
    expect(screen({ ...adult, footDrop: true })).toMatchObject({ action: "urgent-referral", ruleId: "S-2", trainingAllowed: false });
    const weak = screen({ ...adult, legSymptoms: { legs: "one", reach: "below-knee", numbness: false, weakness: true, worsening: true } });
    expect(weak.action).toBe("urgent-referral");
    expect(ruleIds(weak)).toContain("S-7");
  });

  it("S-3: fever with back pain is an emergency; IV drug use alone is one S-6 flag", () => {
    expect(screen({ ...adult, fever: true })).toMatchObject({ action: "emergency", ruleId: "S-3" });
    const drugs = screen({ ...adult, ivDrugUse: true });
    expect(drugs).toMatchObject({ action: "proceed-with-advisory", ruleId: "S-6", flags: ["iv-drug-use"] });
    expect(ruleIds(drugs)).toContain("S-3");
  });

  it("S-4: a history of cancer alone is an urgent referral; weight loss plus non-positional night pain is two flags", () => {
    expect(screen({ ...adult, cancerHistory: true })).toMatchObject({ action: "urgent-referral", ruleId: "S-4" });
    const combined = screen({
      ...adult,
      unexplainedWeightLoss: true,
      nightPain: { frequency: "most-nights", easedByChangingPosition: false, secondHalfOfNight: false, morningStiffnessEasesWithMovement: false },
    });
    expect(combined.action).toBe("stop-until-cleared");
    expect(combined.flags).toEqual(["unexplained-weight-loss", "non-positional-night-pain"]);
  });

  it("S-5: a fall from a ladder is an urgent referral; a strenuous lift with osteoporosis or steroids stops until cleared (§11)", () => {
    expect(screen({ ...adult, significantTrauma: true })).toMatchObject({ action: "urgent-referral", ruleId: "S-5" });
    const fragility = screen({ ...adult, minorTraumaOrStrenuousLift: true, osteoporosis: true });
    expect(fragility).toMatchObject({ action: "stop-until-cleared", ruleId: "S-5", flags: [], trainingAllowed: false });
    expect(fragility.reasons[0]?.message).toMatch(/fragility fracture/);
    expect(screen({ ...adult, minorTraumaOrStrenuousLift: true, longTermCorticosteroids: true })).toMatchObject({ action: "stop-until-cleared", ruleId: "S-5" });
    // A lift without bone risk is not a flag.
    expect(screen({ ...adult, minorTraumaOrStrenuousLift: true }).action).toBe("proceed");
    // First-ever back pain at 64 is one fact: the fracture flag (> 60) alone, not also the first-episode flag (> 50).
    const sixtyFour = screen({ ...allNo, ageYears: 64, firstEpisode: true, durationWeeks: 1 });
    expect(sixtyFour.flags).toEqual(["first-episode-over-60"]);
    expect(sixtyFour.action).toBe("proceed-with-advisory");
  });

  it("S-6: 0 flags → proceed, 1 → proceed with advisory, 2 → stop until cleared; thresholds are options", () => {
    expect(screen(adult)).toMatchObject({ action: "proceed", ruleId: "S-6", stageCap: null, trainingAllowed: true });
    expect(screen({ ...allNo, ageYears: 55, firstEpisode: true, durationWeeks: 2 })).toMatchObject({ action: "proceed-with-advisory", stageCap: "movement-control" });
    const two = screen({ ...allNo, ageYears: 55, firstEpisode: true, durationWeeks: 6, improvingSinceOnset: false });
    expect(two).toMatchObject({ action: "stop-until-cleared", ruleId: "S-6", flags: ["first-episode-over-50", "no-improvement-after-4-weeks"] });
    expect(screen({ ...allNo, ageYears: 55, firstEpisode: true, durationWeeks: 6, improvingSinceOnset: false }, { stopFlagCount: 3 }).action).toBe("proceed-with-advisory");
    // No improvement before 4 weeks is not yet a flag.
    expect(screen({ ...adult, durationWeeks: 3, improvingSinceOnset: false }).flags).toEqual([]);
  });

  it("S-7: one leg below the knee → advisory with the stage capped at symptom modulation and peripheralising directions excluded", () => {
    const decision = screen({
      ...adult,
      legSymptoms: { legs: "one", reach: "below-knee", numbness: false, weakness: false, worsening: false },
      clearingTests: { flexion: { ...quiet, painNrs: 4, familiar: true, symptomsAfter: "below-knee" }, extension: { ...quiet, symptomsBefore: "thigh", symptomsAfter: "back" } },
    });
    expect(decision).toMatchObject({ action: "proceed-with-advisory", ruleId: "S-7", stageCap: "symptom-modulation", radicularPain: "radicular" });
    expect(decision.excludedDirections).toEqual(["flexion"]);
    expect(screen({ ...adult, legSymptoms: { legs: "one", reach: "below-knee", numbness: true, weakness: false, worsening: false } })).toMatchObject({
      action: "stop-until-cleared",
      radicularPain: "radicular-with-deficit",
    });
    // The cap reaches staging: symptom modulation even with otherwise quiet symptoms.
    const stage = stageFromSymptoms({ worstPainNrs: 2, endRange: "reached-pain-free", settlingTime: "within-an-hour", legSymptoms: "none", safety: decision });
    expect(stage).toMatchObject({ stage: "symptom-modulation", ruleId: "T-4" });
  });

  it("S-8: onset at 24, 2 years of pain and 4 NG65 criteria → advisory for a routine rheumatology review", () => {
    const decision = screen({
      ageYears: 26,
      durationWeeks: 104,
      improvingSinceOnset: false,
      nightPain: { frequency: "most-nights", easedByChangingPosition: true, secondHalfOfNight: true, morningStiffnessEasesWithMovement: true },
      inflammatoryFeatures: { buttockPain: true },
    });
    // Criteria: onset before 35, second half of the night, improvement with movement, buttock pain = 4.
    expect(ruleIds(decision)).toContain("S-8");
    expect(decision.nightPainRoute).toBe("inflammatory");
    expect(decision.advisories.map((item) => item.ruleId)).toContain("S-8");
    // Only 3 criteria when the onset was at 40: no S-8.
    const later = screen({ ...allNo, ageYears: 42, onsetAgeYears: 40, durationWeeks: 104, nightPain: { frequency: "most-nights", easedByChangingPosition: true, secondHalfOfNight: true, morningStiffnessEasesWithMovement: true }, inflammatoryFeatures: { buttockPain: true } });
    expect(ruleIds(later)).not.toContain("S-8");
    // Duration under 3 months: no S-8 whatever the criteria.
    expect(ruleIds(screen({ ...allNo, ageYears: 26, durationWeeks: 8, inflammatoryFeatures: { buttockPain: true, arthritis: true, psoriasis: true, enthesitis: true } }))).not.toContain("S-8");
  });

  it("S-9: at a check-in a new red-flag feature overrides training; a quiet check-in proceeds", () => {
    expect(screenCheckIn({ ...allNo, date: "2026-11-22" })).toMatchObject({ action: "proceed", ruleId: "S-9", trainingAllowed: true });
    expect(screenCheckIn({ ...allNo, unexplainedWeightLoss: true })).toMatchObject({ action: "stop-until-cleared", ruleId: "S-9", trainingAllowed: false });
    expect(screenCheckIn({ ...allNo, saddleNumbness: true }).action).toBe("emergency");
    expect(screenCheckIn({ ...allNo, legSymptoms: { legs: "one", reach: "below-knee", numbness: false, weakness: false, worsening: false } })).toMatchObject({
      action: "proceed-with-advisory",
      stageCap: "symptom-modulation",
    });
  });

  it("S-10: a positive clearing test adds the FMS referral note and changes neither action nor stage cap", () => {
    const base = { ...adult, clearingTests: { flexion: quiet, extension: quiet } };
    const positive = { ...adult, clearingTests: { flexion: { ...quiet, painNrs: 5, familiar: true }, extension: quiet } };
    const without = screen(base);
    const withNote = screen(positive);
    expect(withNote.action).toBe(without.action);
    expect(withNote.stageCap).toBe(without.stageCap);
    expect(withNote.advisories.map((item) => item.ruleId)).toEqual(["S-10"]);
    expect(withNote.advisories[0]?.message).toMatch(/refers positive clearing tests to a clinician/);
    expect(withNote.advisories[0]?.evidence).toEqual(["cook-2006", "cook-2014"]);
  });

  it("S-11: a 15-year-old is out of scope: stop until cleared", () => {
    expect(screen({ ...adult, ageYears: 15 })).toMatchObject({ action: "stop-until-cleared", ruleId: "S-11" });
    expect(screen({ ...adult, ageYears: 16 }).action).toBe("proceed");
    // S-13: a missing age is an unanswered question, not a note: no week for a child with no age recorded.
    const noAge = screen({ ...allNo });
    expect(noAge).toMatchObject({ action: "incomplete-screening", ruleId: "S-13", trainingAllowed: false });
    expect(noAge.unanswered).toEqual([{ path: ["ageYears"], question: "How old are you, in whole years?" }]);
  });

  it("T-5: night pain is routed by kind", () => {
    const positional = screen({ ...adult, nightPain: { frequency: "occasional", easedByChangingPosition: true, secondHalfOfNight: false, morningStiffnessEasesWithMovement: false } });
    expect(positional).toMatchObject({ action: "proceed", nightPainRoute: "positional", flags: [] });
    const constant = screen({ ...adult, nightPain: { frequency: "occasional", easedByChangingPosition: false, secondHalfOfNight: false, morningStiffnessEasesWithMovement: false } });
    expect(constant).toMatchObject({ action: "proceed-with-advisory", nightPainRoute: "non-positional", flags: ["non-positional-night-pain"] });
  });
});

describe("screen: the decision value", () => {
  it("orders reasons most severe first and names the deciding rule", () => {
    const decision = screen({ ...adult, ivDrugUse: true, cancerHistory: true, fever: true });
    expect(decision.ruleId).toBe("S-3");
    const severities = decision.reasons.map((item) => SAFETY_ACTIONS.indexOf(item.action));
    expect(severities).toEqual([...severities].sort((a, b) => a - b));
  });

  it("gives a safety net on every result and freezes the decision", () => {
    for (const input of [adult, { ...adult, fever: true }, { ...adult, ivDrugUse: true }]) {
      const decision = screen(input);
      expect(decision.safetyNet).toMatch(/numbness or tingling between the legs/);
      expect(Object.isFrozen(decision)).toBe(true);
    }
  });
});
