// Outcome measures at intake and four weeks later: scores, meaningful change (O-4), the L-7
// decision on outcomes (O-5), and the latest score as a FHIR R4 Observation (O-6).
import { outcomeChange, outcomeTrend, scorePsfs, scoreRmdq, toObservation, type DatedOutcome } from "spinewise/outcomes";
import { stageTransition } from "spinewise/progression";

const rmdq = (ticked: readonly number[]) => scoreRmdq(Array.from({ length: 24 }, (_, index) => ticked.includes(index + 1)));

const outcomes: DatedOutcome[] = [
  { date: "2026-03-02", score: rmdq([2, 3, 9, 11, 12, 13, 16, 18, 21, 23]) },
  { date: "2026-03-02", score: scorePsfs([{ activity: "deadlift from the floor", score: 2 }, { activity: "sit through a film", score: 5 }]) },
  { date: "2026-03-30", score: rmdq([2, 11, 13, 21]) },
  { date: "2026-03-30", score: scorePsfs([{ activity: "deadlift from the floor", score: 5 }, { activity: "sit through a film", score: 6 }]) },
];

for (const instrument of ["rmdq", "psfs"] as const) {
  const trend = outcomeTrend(outcomes.filter((entry) => entry.score.instrument === instrument));
  for (const reason of trend.reasons) console.log(`${reason.ruleId}: ${reason.message}`);
}

const [first, , latest] = outcomes;
console.log("RMDQ change:", outcomeChange(first!.score, latest!.score).threshold?.label);

// Morning pain has sat at 1/10 for five weeks: L-7 is judged on the outcome measures instead.
const decision = stageTransition({ stage: "movement-control" }, [1, 1, 1, 1, 1].map((morningPainNrs) => ({ morningPainNrs })), { outcomes });
console.log("referral:", decision.referral, "re-screen:", decision.rescreen);

console.log(JSON.stringify(toObservation(latest!.score, { effective: "2026-03-30", subject: "Patient/example" }), null, 2));
