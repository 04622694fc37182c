import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import {
  RED_FLAG_QUESTIONS,
  SAFETY_ACTIONS,
  screen,
  screenCheckIn,
  type ClearableFeature,
  type Clearance,
  type SafetyDecision,
  type ScreeningInput,
} from "../../src/screening/index.js";
import { RED_FLAG_KEYS, screeningInput, sessionCheckIn, withUnanswered } from "./arbitraries.js";

const severity = (decision: SafetyDecision): number => SAFETY_ACTIONS.indexOf(decision.action);
const CLEARABLE: readonly ClearableFeature[] = [...RED_FLAG_KEYS, "firstEpisode", "improvingSinceOnset"];

const clearance = (date: fc.Arbitrary<string> = fc.constantFrom("2026-11-10", "2026-11-20", "2026-12-01")): fc.Arbitrary<Clearance> =>
  fc.record({
    date,
    clearedBy: fc.constantFrom("Dr A. Patel (GP)", "J. Smith (physiotherapist)"),
    covers: fc.uniqueArray(fc.constantFrom(...CLEARABLE), { minLength: 1 }),
    assessedEmergency: fc.boolean(),
  });

/** The intake with the covered answers set to "no"/none: what the person would look like without those features. */
function withoutFeatures(input: ScreeningInput, covers: readonly ClearableFeature[]): ScreeningInput {
  const out: Record<string, unknown> = { ...input };
  for (const key of covers) {
    if (key === "firstEpisode") out[key] = false;
    else if (key === "improvingSinceOnset") out[key] = true;
    else out[key] = key === "legSymptoms" || key === "nightPain" ? null : false;
  }
  return out as ScreeningInput;
}

describe("S-13: unanswered is not no", () => {
  test.prop([withUnanswered(screeningInput())])("S-13: any unanswered question withholds training and is listed by its path", ({ input, unanswered }) => {
    const decision = screen(input);
    expect(decision.trainingAllowed).toBe(false);
    expect(decision.unanswered.map((item) => item.path[0])).toEqual(RED_FLAG_QUESTIONS.map((item) => item.key).filter((key) => unanswered.includes(key)));
    // A red flag that was answered still decides when it is more severe than an incomplete screening.
    expect(severity(decision)).toBeLessThanOrEqual(SAFETY_ACTIONS.indexOf("incomplete-screening"));
  });

  test.prop([withUnanswered(sessionCheckIn())])("S-13, S-9: a check-in with any unanswered question withholds training", ({ input }) => {
    const decision = screenCheckIn(input);
    expect(decision.trainingAllowed).toBe(false);
    expect(decision.unanswered.length).toBeGreaterThan(0);
  });

  test.prop([screeningInput()])("S-13: a complete intake never lists an unanswered question", (input) => {
    const decision = screen(input);
    expect(decision.unanswered).toEqual([]);
    expect(decision.action).not.toBe("incomplete-screening");
  });
});

describe("S-12: clinician clearance", () => {
  test.prop([screeningInput(), fc.array(clearance(), { maxLength: 3 })])(
    "S-12: a clearance never makes a decision worse, and never lifts more than removing the features it names would",
    (input, clearances) => {
      const without = screen(input);
      const cleared = screen({ ...input, clearances });
      expect(severity(cleared)).toBeGreaterThanOrEqual(severity(without));
      const covered = [...new Set(clearances.flatMap((item) => item.covers))];
      // The features a clearance names, removed: the floor no clearance can go below.
      expect(severity(cleared)).toBeLessThanOrEqual(severity(screen(withoutFeatures(input, covered))));
      // A cleared finding keeps an advisory: never a plain "proceed" where something was lifted.
      if (cleared.clearances.length > 0) expect(cleared.action).not.toBe("proceed");
      for (const applied of cleared.clearances) {
        expect(applied.features.every((feature) => covered.includes(feature))).toBe(true);
      }
    },
  );

  test.prop([screeningInput(), clearance()])("S-12: an emergency is lifted only by a clearance that names it and says it was assessed", (input, given) => {
    const cleared = screen({ ...input, clearances: [given] });
    for (const applied of cleared.clearances) {
      if (applied.lifted === "emergency") expect(given.assessedEmergency).toBe(true);
    }
    if (!given.assessedEmergency) expect(screen(input).action === "emergency").toBe(cleared.action === "emergency");
  });

  test.prop([screeningInput()])("S-12, S-11: under 16 stays out of scope whatever is cleared", (input) => {
    const child = { ...input, ageYears: Math.min(input.ageYears ?? 15, 15) };
    const all: Clearance = { date: "2026-11-20", clearedBy: "Dr A. Patel (GP)", covers: CLEARABLE, assessedEmergency: true };
    expect(screen({ ...child, clearances: [all] }).trainingAllowed).toBe(false);
  });

  test.prop([sessionCheckIn(), clearance(fc.constantFrom("2026-10-01", "2026-11-01"))])(
    "S-12, S-9: a report dated after the clearance is new or worse: it always re-triggers",
    (checkIn, given) => {
      // The generated check-ins are dated 2026-11-02 or 2026-11-22, after every clearance here.
      const with_ = screenCheckIn({ ...checkIn, clearances: [given] });
      const without = screenCheckIn(checkIn);
      expect(with_.action).toBe(without.action);
      expect(with_.clearances).toEqual([]);
    },
  );

  test.prop([screeningInput()])("S-12: with no clearance the decision is unchanged", (input) => {
    expect(screen({ ...input, clearances: [] })).toEqual(screen(input));
  });
});
