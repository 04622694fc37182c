import type { CitationId, ParamsOf, Reason } from "../evidence/index.js";
import { requireObject } from "../internal/guards.js";
import { activityKey as key, OSTELO, rounded, shown } from "./makeScore.js";
import { because, type outcomesMessages } from "./messages.js";
import { OUTCOME_NAMES as NAMES } from "./scales.js";
import type { ChangeThreshold, OutcomeChange, OutcomeChangeStatus, OutcomeInstrument, OutcomeScore, PsfsActivity, PsfsActivityChange } from "./types.js";

/** Floating-point slack for means and percentages (4.333… − 2.333… is 2 within it). */
const EPSILON = 1e-9;

/** O-4: the fixed thresholds of Ostelo 2008, in each instrument's units. */
const POINTS: Readonly<Record<Exclude<OutcomeInstrument, "psfs">, number>> = { nrs: 2, rmdq: 5, odi: 10 };
/** O-4: or 30 % of the baseline score (Ostelo 2008). */
const PERCENT_OF_BASELINE = 30;
/** O-4: the PSFS's minimal detectable change (90 %), on the mean and for a single activity (Stratford 1995). */
const PSFS_MEAN_CHANGE = 2;
const PSFS_SINGLE_ACTIVITY_CHANGE = 3;
const PSFS_EVIDENCE: readonly CitationId[] = ["stratford-1995", "abbott-2014"];

function threshold(kind: ChangeThreshold["kind"], amount: number, label: string, evidence: readonly CitationId[], percent?: number): ChangeThreshold {
  return Object.freeze({ kind, amount, ...(percent === undefined ? {} : { percent }), label, evidence: Object.freeze([...evidence]) });
}

function points(amount: number, unit: string): string {
  return `${shown(amount)} ${unit}${amount === 1 ? "" : "s"}`;
}

/** The thresholds of O-4 for this pair of scores. */
function thresholdsFor(baseline: OutcomeScore, latest: OutcomeScore, base: number): ChangeThreshold[] {
  const unit = baseline.unit === "percent" ? "percentage point" : "point";
  if (baseline.instrument === "psfs") {
    const single = (baseline.activities?.length ?? 0) === 1 && (latest.activities?.length ?? 0) === 1;
    const amount = single ? PSFS_SINGLE_ACTIVITY_CHANGE : PSFS_MEAN_CHANGE;
    const what = single ? "for a single activity" : "on the mean";
    return [threshold("detectable-change", amount, `${points(amount, unit)} ${what}, the minimal detectable change`, PSFS_EVIDENCE)];
  }
  const fixed = POINTS[baseline.instrument];
  const list = [threshold("points", fixed, points(fixed, unit), OSTELO)];
  // O-4: 30 % of a baseline of 0 is no change at all; only the fixed points apply there.
  if (base > 0) {
    const amount = (base * PERCENT_OF_BASELINE) / 100;
    list.push(threshold("percent-of-baseline", amount, `${PERCENT_OF_BASELINE} % of the baseline ${shown(base)}, ${points(amount, unit)}`, OSTELO, PERCENT_OF_BASELINE));
  }
  return list;
}

function statusOf(improvement: number, amount: number): Exclude<OutcomeChangeStatus, "unknown"> {
  if (Math.abs(improvement) < EPSILON || Math.abs(improvement) < amount - EPSILON) return "unchanged";
  return improvement > 0 ? "improved" : "worse";
}

/** O-4 for PSFS activities named at both times: 3 points for a single activity. */
function activityChanges(baseline: readonly PsfsActivity[], latest: readonly PsfsActivity[]): PsfsActivityChange[] {
  const changes: PsfsActivityChange[] = [];
  for (const before of baseline) {
    const after = latest.find((item) => key(item.activity) === key(before.activity));
    if (after === undefined || changes.some((item) => key(item.activity) === key(before.activity))) continue;
    const change = after.score - before.score;
    changes.push(Object.freeze({ activity: before.activity, baseline: before.score, latest: after.score, change, status: statusOf(change, PSFS_SINGLE_ACTIVITY_CHANGE) }));
  }
  return changes;
}

/**
 * Judges the change between two scores of one instrument (O-4): improved, unchanged or worse,
 * naming the threshold that applied.
 *
 * A meaningful change is 2 points on the pain NRS, 5 on the RMDQ, 10 on the ODI, **or** 30 % of
 * the baseline score, whichever is met (Ostelo 2008); on the PSFS it is the minimal detectable
 * change, 2 points on the mean, 3 when each score holds a single activity (Stratford 1995; above
 * Abbott & Schmitt's small MID of 1.3). The same thresholds read the other way make a change
 * meaningfully worse (design: no published threshold for worsening), so the judgement is
 * symmetric. A `null` score gives `unknown`. PSFS activities named at both times are also
 * compared one by one (3 points each).
 *
 * @param baseline - the earlier score
 * @param latest - the later score of the same instrument
 * @returns the status, the scores, the change and the improvement (positive = better), the threshold that decided and all that applied, and the reasons
 * @throws TypeError when a score is not an object; RangeError when the two scores are of different instruments
 * @example
 * ```ts
 * const change = outcomeChange(scoreNrs(6), scoreNrs(4));
 * change.status;
 * // => "improved"
 * change.threshold?.kind;
 * // => "points"
 * // 30 % of a baseline of 5 is 1.5 points, so 5 → 4 is not yet meaningful; 5 → 3 is.
 * outcomeChange(scoreNrs(5), scoreNrs(4)).status;
 * // => "unchanged"
 * ```
 * @category Outcomes
 */
export function outcomeChange(baseline: OutcomeScore, latest: OutcomeScore): OutcomeChange {
  requireObject("outcomeChange", "baseline", baseline);
  requireObject("outcomeChange", "latest", latest);
  if (baseline.instrument !== latest.instrument) {
    throw new RangeError(`outcomeChange: baseline and latest must be the same instrument, got ${String(baseline.instrument)} and ${String(latest.instrument)}`);
  }
  const instrument = baseline.instrument;
  const name = NAMES[instrument];
  const before = baseline.score;
  const after = latest.score;
  if (before === null || after === null) {
    const missing = before === null ? (after === null ? "neither" : "baseline") : "latest";
    return Object.freeze({
      instrument,
      status: "unknown",
      baseline: before,
      latest: after,
      change: null,
      improvement: null,
      threshold: null,
      thresholds: Object.freeze([]),
      ruleId: "O-4",
      reasons: Object.freeze([because("O-4", `outcomes.change-unknown-${missing}`, { instrument: name }, OSTELO)]),
    });
  }
  const change = after - before;
  // `0 - change`, not `-change`: no change is 0, never -0.
  const improvement = baseline.direction === "higher-is-worse" ? 0 - change : change;
  const thresholds = thresholdsFor(baseline, latest, before);
  // The fixed points are tried first, so they are named whenever they are met.
  const met = thresholds.find((item) => statusOf(improvement, item.amount) !== "unchanged");
  const smallest = thresholds.reduce((low, item) => (item.amount < low.amount ? item : low));
  const status = met === undefined ? "unchanged" : statusOf(improvement, met.amount);
  const decided = met ?? smallest;
  const by = Math.abs(improvement) < EPSILON ? "none" : improvement > 0 ? "better" : "worse";
  const verdict = status === "unchanged" ? (`unchanged-${by}` as const) : status;
  const threshold = status === "unchanged" ? thresholds.map((item) => item.label).join(" or ") : decided.label;
  const params = { instrument: name, before: rounded(before), after: rounded(after), amount: rounded(Math.abs(improvement)), threshold };
  const reasons: Reason[] = [because("O-4", `outcomes.change-${verdict}`, params as ParamsOf<(typeof outcomesMessages)["outcomes.change-improved"]>, decided.evidence)];
  const activities = instrument === "psfs" ? activityChanges(baseline.activities ?? [], latest.activities ?? []) : undefined;
  for (const item of activities ?? []) {
    if (item.status !== "unchanged") {
      const activity = { activity: item.activity, before: item.baseline, after: item.latest, points: PSFS_SINGLE_ACTIVITY_CHANGE };
      reasons.push(because("O-4", `outcomes.activity-${item.status}`, activity, PSFS_EVIDENCE));
    }
  }
  return Object.freeze({
    instrument,
    status,
    baseline: before,
    latest: after,
    change,
    improvement,
    threshold: decided,
    thresholds: Object.freeze(thresholds),
    ...(activities === undefined ? {} : { activities: Object.freeze(activities) }),
    ruleId: "O-4",
    reasons: Object.freeze(reasons),
  });
}
