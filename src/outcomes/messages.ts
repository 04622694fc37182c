/**
 * The outcomes module's reasons in English: one template per stable code. Codes are stable
 * within a major version (docs/i18n.md); `spinewise/report` renders them in other locales.
 */
import type { CitationId, ParamsOf, Reason, RuleId } from "../evidence/index.js";
import { templatedReason } from "../evidence/templates.js";

/**
 * The English templates of the scores, changes and trends (O-1…O-4), by stable code.
 * @example
 * ```ts
 * outcomesMessages["outcomes.nrs"];
 * // => "Pain {nrs}/10 on the numeric rating scale (higher means more pain)."
 * ```
 * @category Outcomes
 */
export const outcomesMessages = {
  "outcomes.nrs": "Pain {nrs}/10 on the numeric rating scale (higher means more pain).",
  "outcomes.rmdq": "{ticked} of {items} statements describe you today: RMDQ {ticked}/{items} (higher means more disability).",
  "outcomes.rmdq-incomplete":
    "{count} of {items} statements unanswered ({missing}): the RMDQ has no standard rule for missing statements, so there is no score.",
  "outcomes.odi": "ODI {percent} %: {sum} of {possible} points (higher means more disability).",
  "outcomes.odi-one-missing": "ODI {percent} %: {sum} of {possible} points, section {section} unanswered (higher means more disability).",
  "outcomes.odi-incomplete":
    "{count} of {sections} sections unanswered ({missing}): the ODI is scored with at most one section missing, so there is no score.",
  "outcomes.psfs-one": "PSFS {mean}/10, 1 activity (10 means able to do it as before the problem).",
  "outcomes.psfs-mean": "PSFS {mean}/10, the mean of {count} activities (10 means able to do it as before the problem).",
  "outcomes.change-unknown-neither": "{instrument}: neither score exists, so the change is unknown.",
  "outcomes.change-unknown-baseline": "{instrument}: the baseline has no score, so the change is unknown.",
  "outcomes.change-unknown-latest": "{instrument}: the latest has no score, so the change is unknown.",
  "outcomes.change-improved": "{instrument} went from {before} to {after} ({amount} better): a meaningful improvement (at least {threshold}).",
  "outcomes.change-worse": "{instrument} went from {before} to {after} ({amount} worse): meaningfully worse (at least {threshold}).",
  "outcomes.change-unchanged-none": "{instrument} went from {before} to {after} (no change): not a meaningful change (that needs {threshold}).",
  "outcomes.change-unchanged-better": "{instrument} went from {before} to {after} ({amount} better): not a meaningful change (that needs {threshold}).",
  "outcomes.change-unchanged-worse": "{instrument} went from {before} to {after} ({amount} worse): not a meaningful change (that needs {threshold}).",
  "outcomes.trend-improved":
    "{from} to {to} ({days} days): {instrument} went from {before} to {after} ({amount} better): a meaningful improvement (at least {threshold}).",
  "outcomes.trend-worse": "{from} to {to} ({days} days): {instrument} went from {before} to {after} ({amount} worse): meaningfully worse (at least {threshold}).",
  "outcomes.trend-unchanged-none":
    "{from} to {to} ({days} days): {instrument} went from {before} to {after} (no change): not a meaningful change (that needs {threshold}).",
  "outcomes.trend-unchanged-better":
    "{from} to {to} ({days} days): {instrument} went from {before} to {after} ({amount} better): not a meaningful change (that needs {threshold}).",
  "outcomes.trend-unchanged-worse":
    "{from} to {to} ({days} days): {instrument} went from {before} to {after} ({amount} worse): not a meaningful change (that needs {threshold}).",
  "outcomes.activity-improved": "PSFS \"{activity}\" went from {before} to {after}: a meaningful improvement for a single activity ({points} points).",
  "outcomes.activity-worse": "PSFS \"{activity}\" went from {before} to {after}: meaningfully worse for a single activity ({points} points).",
  "outcomes.recorded": "Recorded {instrument} score {score}.",
  "outcomes.trend-no-score": "No entry of the {count} has a score: there is no trend yet.",
  "outcomes.trend-one-score": "One score so far ({score} on {date}): a trend needs two.",
} as const;

/** A code of the outcomes module's templates. */
export type OutcomesMessageCode = keyof typeof outcomesMessages;

/**
 * A reason of the outcomes module with its sources named here rather than looked up in the
 * rule registry, which would bundle the whole registry into `spinewise/outcomes`. The tests
 * check that these sources are in the registry. Not exported from the module.
 */
export function because<C extends OutcomesMessageCode>(ruleId: RuleId, code: C, params: ParamsOf<(typeof outcomesMessages)[C]>, evidence: readonly CitationId[]): Reason {
  return templatedReason(outcomesMessages, ruleId, code, params, evidence);
}
