/**
 * What recorded outcome measures say for the L-7 referral (O-5), for {@link stageTransition}:
 * per instrument, the latest score against the one at least the window before it (O-4).
 * Only the outcomes module's small change function is imported, not its parsers or FHIR.
 */
import type { Reason } from "../evidence/index.js";
import { progressionReason as because } from "./messages.js";
import { inDateOrder, type DayScore } from "../outcomes/datedSeries.js";
import { outcomeChange } from "../outcomes/outcomeChange.js";
import { OUTCOME_NAMES as NAMES } from "../outcomes/scales.js";
import type { DatedOutcome, OutcomeChange } from "../outcomes/types.js";

/** The outcome measures' view of the last weeks. */
export interface OutcomeReview {
  /** Per instrument, the latest score against the latest one at least the window before it. */
  readonly judged: readonly OutcomeChange[];
  /** Per instrument, every change reported: the judged ones, and younger ones (against the first score) that can still show a worsening. */
  readonly changes: readonly OutcomeChange[];
  /** The changes that are meaningfully worse (O-5: re-screen). */
  readonly worse: readonly OutcomeChange[];
  /** Why a measure was not judged (one score only, pain at the floor). */
  readonly notes: readonly Reason[];
}

/**
 * Reviews dated outcome scores for L-7 (O-5).
 * @throws TypeError or RangeError naming `stageTransition` when the outcomes are not dated scores
 */
export function reviewOutcomes(outcomes: readonly DatedOutcome[], windowDays: number, painFloorNrs: number): OutcomeReview {
  const byInstrument = new Map<string, DayScore[]>();
  for (const item of inDateOrder("stageTransition", "options.outcomes", outcomes)) {
    if (item.entry.score.score === null) continue;
    const key = item.entry.score.instrument;
    byInstrument.set(key, [...(byInstrument.get(key) ?? []), item]);
  }
  const judged: OutcomeChange[] = [];
  const changes: OutcomeChange[] = [];
  const notes: Reason[] = [];
  for (const [instrument, scored] of byInstrument) {
    const latest = scored.at(-1)!;
    const name = NAMES[latest.entry.score.instrument];
    if (scored.length < 2) {
      notes.push(because("O-5", "progression.outcome-one-score", { measure: name, date: latest.entry.date }));
      continue;
    }
    const value = latest.entry.score.score!;
    if (instrument === "nrs" && value <= painFloorNrs) {
      // L-7 (§11): pain at the floor of the scale cannot show improvement, nor a worsening worth a re-screen.
      notes.push(because("O-5", "progression.outcome-pain-floor", { measure: name, score: value, floor: painFloorNrs }));
      continue;
    }
    let reference: DayScore | undefined;
    for (const item of scored) if (latest.day - item.day >= windowDays) reference = item;
    const change = outcomeChange((reference ?? scored[0]!).entry.score, latest.entry.score);
    changes.push(change);
    if (reference !== undefined) judged.push(change);
  }
  return { judged, changes, worse: changes.filter((change) => change.status === "worse"), notes };
}
