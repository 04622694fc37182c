import { readFileSync } from "node:fs";

/** The example athlete from examples/athlete.json: flexion-intolerant, movement control, lower-crossed. */
export const athlete = JSON.parse(readFileSync("examples/athlete.json", "utf8")) as Record<string, any>;

/** The example 12-week log (its last week is a spike into the caution zone). */
export const trainingLog = JSON.parse(readFileSync("examples/training-log.json", "utf8")) as { date: string }[];

/** A copy of the athlete with some parts replaced. */
export function variant(patch: (copy: Record<string, any>) => void): Record<string, any> {
  const copy = structuredClone(athlete);
  patch(copy);
  return copy;
}

/** Symptom modulation: worst pain 8/10, flare to the next day. */
export const irritable = variant((copy) => {
  copy.symptoms.worstPainNrs = 8;
  copy.symptoms.settlingTime = "next-day-or-longer";
});

/** Function optimisation: quiet symptoms, both end positions pain-free, no night pain, no flags. */
export const settled = variant((copy) => {
  copy.screening.nightPain = null;
  copy.symptoms = { worstPainNrs: 2, settlingTime: "within-an-hour", fearOfMovement: false, stiffness: false };
  copy.clearingTests.flexion = { painNrs: 0, familiar: false, symptomsBefore: "none", symptomsAfter: "none", endPositionReached: true };
  copy.clearingTests.extension = { painNrs: 0, familiar: false, symptomsBefore: "none", symptomsAfter: "none", endPositionReached: true };
  copy.history = { worsenedBy: [], easedBy: [] };
});

/** S-1: cauda equina features. */
export const caudaEquina = variant((copy) => {
  copy.screening.saddleNumbness = true;
  copy.screening.bladderDysfunction = true;
});

/** S-7: radicular pain in one leg below the knee, no deficit, not worsening. */
export const radicular = variant((copy) => {
  copy.screening.legSymptoms = { legs: "one", reach: "below-knee", numbness: false, weakness: false, worsening: false };
});
