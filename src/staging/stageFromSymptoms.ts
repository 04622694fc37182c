import { reason, type Reason } from "../evidence/index.js";
import { routeNightPain } from "./routeNightPain.js";
import { STAGES, type Stage, type StageResult, type StageTrigger, type StageTriggerCode, type StagingInput } from "./types.js";
import { requireObject, requireOneOf, requireOptions } from "../internal/guards.js";

/**
 * The irritability bands of staging (T-1, T-2; Kelley 2013 by extrapolation).
 * @category Staging
 */
export interface StagingOptions {
  /** Worst NRS in 24 h at or above this → symptom modulation (default 7). */
  readonly highPainNrs?: number;
  /** Worst NRS in 24 h at or above this → movement control (default 4). */
  readonly moderatePainNrs?: number;
}

/**
 * Default {@link StagingOptions}: the Kelley 2013 bands ≥ 7, 4–6, ≤ 3.
 *
 * @example
 * ```ts
 * DEFAULT_STAGING_OPTIONS.highPainNrs;
 * // => 7
 * ```
 * @category Staging
 */
export const DEFAULT_STAGING_OPTIONS: Readonly<Required<StagingOptions>> = Object.freeze({ highPainNrs: 7, moderatePainNrs: 4 });

/**
 * The more conservative of two stages.
 *
 * @param a - a stage
 * @param b - another stage
 * @returns whichever comes first in {@link STAGES}
 * @throws RangeError naming `moreConservativeStage` when `a` or `b` is not one of {@link STAGES}
 * @example
 * ```ts
 * moreConservativeStage("function-optimisation", "movement-control");
 * // => "movement-control"
 * ```
 * @category Staging
 */
export function moreConservativeStage(a: Stage, b: Stage): Stage {
  requireOneOf("moreConservativeStage", "a", a, STAGES);
  requireOneOf("moreConservativeStage", "b", b, STAGES);
  return STAGES.indexOf(a) <= STAGES.indexOf(b) ? a : b;
}

const rank = (stage: Stage): number => STAGES.indexOf(stage);

/**
 * Sets the training stage from symptoms (T-1…T-5): the most conservative trigger wins.
 *
 * Any symptom-modulation trigger decides (T-1: worst pain ≥ 7 in 24 h, night pain on most
 * nights, pain before end range or end range out of reach, a flare lasting to the next day,
 * leg pain below the knee, fear of movement); otherwise any movement-control trigger (T-2:
 * worst pain 4–6, occasional night pain, pain at end range, settling within hours,
 * stiffness); function optimisation needs every one of its conditions, including a safety
 * decision of `proceed` (T-3). The safety decision's cap applies (T-4: radicular pain →
 * symptom modulation, `proceed-with-advisory` → movement control), and low classification
 * confidence moves the stage one step more conservative (C-3). Night pain is counted by how
 * often it happens whatever its kind; the kinds that are not positional are also routed to
 * the safety gate (T-5).
 *
 * @param symptoms - the staging input
 * @param options - the pain bands
 * @returns the stage, the rule that decided it, every trigger that fired and the reasons
 * @throws TypeError naming `stageFromSymptoms` when `symptoms` is not an object or `options` is
 * given but not an object; the fields inside are the caller's contract (check untrusted input
 * with {@link parseStagingInput})
 * @example
 * ```ts
 * stageFromSymptoms({
 *   worstPainNrs: 5, endRange: "reached-pain-free", settlingTime: "within-an-hour", legSymptoms: "none",
 *   safety: { action: "proceed", stageCap: null },
 * }).stage;
 * // => "movement-control"
 * ```
 * @category Staging
 */
export function stageFromSymptoms(symptoms: StagingInput, options: StagingOptions = {}): StageResult {
  requireObject("stageFromSymptoms", "symptoms", symptoms);
  requireOptions("stageFromSymptoms", options);
  const high = options.highPainNrs ?? DEFAULT_STAGING_OPTIONS.highPainNrs;
  const moderate = options.moderatePainNrs ?? DEFAULT_STAGING_OPTIONS.moderatePainNrs;
  const triggers: StageTrigger[] = [];
  const notes: Reason[] = [];
  const add = (ruleId: StageTrigger["ruleId"], code: StageTriggerCode, stage: Stage, message: string): void => {
    triggers.push(Object.freeze({ ...reason(ruleId, message), ruleId, code, stage }));
  };
  const SM: Stage = "symptom-modulation";
  const MC: Stage = "movement-control";

  // T-1 / T-2: irritability bands (Kelley 2013: ≥ 7, 4–6, ≤ 3).
  if (symptoms.worstPainNrs >= high) add("T-1", "worst-pain-high", SM, `Worst pain in 24 h is ${symptoms.worstPainNrs}/10 (≥ ${high}).`);
  else if (symptoms.worstPainNrs >= moderate) add("T-2", "worst-pain-moderate", MC, `Worst pain in 24 h is ${symptoms.worstPainNrs}/10 (${moderate}–${high - 1}).`);

  const night = symptoms.nightPain ?? null;
  const route = routeNightPain(night);
  if (night !== null) {
    const kind = route === "positional" ? "positional night pain" : "night pain";
    if (night.frequency === "most-nights") add("T-1", "night-pain-most-nights", SM, `Wakes with ${kind} on most nights.`);
    else add("T-2", "night-pain-occasional", MC, `Wakes with ${kind} now and then.`);
    if (route !== "positional") {
      // T-5: non-positional night pain is a flag (S-4, S-6); the inflammatory kind goes to S-8.
      add(
        "T-5",
        "night-pain-routed-to-screen",
        MC,
        route === "inflammatory"
          ? "Night pain in the second half of the night with morning stiffness easing with movement belongs to the inflammatory screen (S-8)."
          : "Night pain that no position eases is a flag for the safety gate (S-4, S-6), not only a staging input.",
      );
    }
  }

  switch (symptoms.endRange) {
    case "pain-before-end-range":
      add("T-1", "pain-before-end-range", SM, "Familiar pain comes before the end of the range.");
      break;
    case "cannot-reach":
      add("T-1", "cannot-reach-end-range", SM, "An end position of the clearing tests cannot be reached.");
      break;
    case "pain-at-end-range":
      add("T-2", "pain-at-end-range", MC, "Familiar pain at the end of the range.");
      break;
    case "reached-pain-free":
      break;
  }

  switch (symptoms.settlingTime) {
    case "next-day-or-longer":
      add("T-1", "flare-lasts-to-next-day", SM, "A flare lasts into the next day.");
      break;
    case "within-hours":
      add("T-2", "settles-within-hours", MC, "Symptoms take hours to settle after activity.");
      break;
    case "within-an-hour":
      break;
  }

  if (symptoms.legSymptoms === "below-knee") add("T-1", "leg-pain-below-knee", SM, "Leg pain reaches below the knee (S-7).");
  else if (symptoms.legSymptoms === "above-knee") {
    add("T-3", "leg-symptoms-above-knee", MC, "Leg symptoms above the knee: function optimisation needs no leg symptoms.");
  }
  if (symptoms.fearOfMovement === true) add("T-1", "fear-of-movement", SM, "Holding the breath at the thought of movement, or fear of moving.");
  if (symptoms.stiffness === true) add("T-2", "stiffness", MC, "Stiffness through the day.");

  const safety = symptoms.safety;
  if (safety === undefined) {
    // T-3: "no flag above proceed" cannot be confirmed without a safety decision.
    add("T-3", "not-screened", MC, "No safety decision was given: function optimisation needs a screen that says proceed.");
  }

  const symptomStage = triggers.reduce<Stage>((stage, trigger) => moreConservativeStage(stage, trigger.stage), "function-optimisation");
  let stage = symptomStage;
  let ruleId: StageResult["ruleId"] =
    symptomStage === "function-optimisation" ? "T-3" : (triggers.find((trigger) => trigger.stage === symptomStage && trigger.ruleId !== "T-5")?.ruleId as StageResult["ruleId"] | undefined) ?? "T-2";

  if (symptoms.directionConfidence === "low" && stage !== SM) {
    // C-3: tests and history disagree, so take the more conservative stage.
    const stepped = STAGES[rank(stage) - 1] ?? SM;
    add("C-3", "low-direction-confidence", stepped, `The clearing tests and the history disagree: one stage more conservative (${stepped}).`);
    stage = stepped;
    ruleId = "C-3";
  }

  if (safety !== undefined) {
    let cap: Stage | null = safety.stageCap;
    let why = cap === null ? "" : `The safety gate caps the stage at ${cap}.`;
    if (safety.action === "proceed-with-advisory") {
      // T-4: proceed-with-advisory caps at movement control (design).
      if (cap === null || rank(cap) > rank(MC)) {
        cap = MC;
        why = "The safety gate says proceed with advisory: at most movement control.";
      }
    } else if (safety.action !== "proceed") {
      cap = SM;
      why = `The safety gate says ${safety.action}: no training until cleared.`;
    }
    if (cap !== null) {
      add("T-4", "safety-cap", cap, why);
      if (rank(cap) < rank(stage)) {
        stage = cap;
        ruleId = "T-4";
      }
    }
  }

  const sorted = [...triggers].sort((a, b) => rank(a.stage) - rank(b.stage));
  if (sorted.length === 0) {
    notes.push(reason("T-3", "Every function-optimisation condition holds: worst pain ≤ 3, no night pain, both end positions reached pain-free, settles within an hour, no leg symptoms, safety gate says proceed."));
  }
  return Object.freeze({
    stage,
    ruleId,
    triggers: Object.freeze(sorted),
    symptomStage,
    capped: rank(stage) < rank(symptomStage),
    reasons: Object.freeze([...sorted.map((trigger) => reason(trigger.ruleId, trigger.message, trigger.evidence)), ...notes]),
  });
}
