/**
 * The staging module's reasons in English: one template per stable code. Codes are stable
 * within a major version (docs/i18n.md); `spinewise/report` renders them in other locales.
 */
import { reasonsFrom } from "../evidence/messages.js";

/**
 * The English templates of the staging triggers and notes (T-1…T-5, C-3), by stable code; a
 * {@link StageTrigger}'s `code` is one of them.
 * @example
 * ```ts
 * stagingMessages["staging.stiffness"];
 * // => "Stiffness through the day."
 * ```
 * @category Staging
 */
export const stagingMessages = {
  "staging.worst-pain-high": "Worst pain in 24 h is {worst}/10 (≥ {high}).",
  "staging.worst-pain-moderate": "Worst pain in 24 h is {worst}/10 ({moderate}–{upper}).",
  "staging.night-pain-most-nights": "Wakes with night pain on most nights.",
  "staging.positional-night-pain-most-nights": "Wakes with positional night pain on most nights.",
  "staging.night-pain-occasional": "Wakes with night pain now and then.",
  "staging.positional-night-pain-occasional": "Wakes with positional night pain now and then.",
  "staging.night-pain-to-inflammatory-screen":
    "Night pain in the second half of the night with morning stiffness easing with movement belongs to the inflammatory screen (S-8).",
  "staging.night-pain-to-safety-gate": "Night pain that no position eases is a flag for the safety gate (S-4, S-6), not only a staging input.",
  "staging.pain-before-end-range": "Familiar pain comes before the end of the range.",
  "staging.cannot-reach-end-range": "An end position of the clearing tests cannot be reached.",
  "staging.pain-at-end-range": "Familiar pain at the end of the range.",
  "staging.flare-lasts-to-next-day": "A flare lasts into the next day.",
  "staging.settles-within-hours": "Symptoms take hours to settle after activity.",
  "staging.leg-pain-below-knee": "Leg pain reaches below the knee (S-7).",
  "staging.leg-symptoms-above-knee": "Leg symptoms above the knee: function optimisation needs no leg symptoms.",
  "staging.fear-of-movement": "Holding the breath at the thought of movement, or fear of moving.",
  "staging.stiffness": "Stiffness through the day.",
  "staging.not-screened": "No safety decision was given: function optimisation needs a screen that says proceed.",
  "staging.low-direction-confidence": "The clearing tests and the history disagree: one stage more conservative ({stage}).",
  "staging.safety-cap": "The safety gate caps the stage at {stage}.",
  "staging.safety-cap-advisory": "The safety gate says proceed with advisory: at most movement control.",
  "staging.safety-cap-withheld": "The safety gate says {action}: no training until cleared.",
  "staging.all-conditions-hold":
    "Every function-optimisation condition holds: worst pain ≤ 3, no night pain, both end positions reached pain-free, settles within an hour, no leg symptoms, safety gate says proceed.",
  "staging.term.symptom-modulation": "symptom-modulation",
  "staging.term.movement-control": "movement-control",
  "staging.term.function-optimisation": "function-optimisation",
  "staging.term.emergency": "emergency",
  "staging.term.urgent-referral": "urgent-referral",
  "staging.term.stop-until-cleared": "stop-until-cleared",
  "staging.term.incomplete-screening": "incomplete-screening",
  "staging.term.proceed-with-advisory": "proceed-with-advisory",
  "staging.term.proceed": "proceed",
} as const;

/**
 * The typed constructor of the staging module's reasons.
 * @example
 * ```ts
 * stagingReason("T-2", "staging.stiffness", {}).message;
 * // => "Stiffness through the day."
 * ```
 * @category Staging
 */
export const stagingReason = /* @__PURE__ */ reasonsFrom(stagingMessages, "stagingReason");
