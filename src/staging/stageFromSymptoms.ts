import type { ParamsOf, Reason } from "../evidence/index.js";
import { stagingReason, type stagingMessages } from "./messages.js";
import { routeNightPain } from "./routeNightPain.js";
import { STAGES, type Stage, type StageResult, type StageTrigger, type StageTriggerCode, type StagingInput } from "./types.js";
import { requireObject, requireOneOf, requireOptions } from "../internal/guards.js";

/** A trigger's reason: a staging reason under one of the trigger's rules and codes. */
type TriggerReason = Reason & { readonly ruleId: StageTrigger["ruleId"]; readonly code: StageTriggerCode };

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
  const add = (why: TriggerReason, stage: Stage): void => {
    triggers.push(Object.freeze({ ...why, stage }));
  };
  const trigger = <C extends StageTriggerCode>(ruleId: StageTrigger["ruleId"], code: C, params: ParamsOf<(typeof stagingMessages)[C]>) =>
    stagingReason(ruleId, code, params) as Reason & { readonly ruleId: StageTrigger["ruleId"]; readonly code: C };
  const SM: Stage = "symptom-modulation";
  const MC: Stage = "movement-control";

  // T-1 / T-2: irritability bands (Kelley 2013: ≥ 7, 4–6, ≤ 3).
  if (symptoms.worstPainNrs >= high) add(trigger("T-1", "staging.worst-pain-high", { worst: symptoms.worstPainNrs, high }), SM);
  else if (symptoms.worstPainNrs >= moderate) {
    add(trigger("T-2", "staging.worst-pain-moderate", { worst: symptoms.worstPainNrs, moderate, upper: high - 1 }), MC);
  }

  const night = symptoms.nightPain ?? null;
  const route = routeNightPain(night);
  if (night !== null) {
    const positional = route === "positional" ? "positional-" : "";
    if (night.frequency === "most-nights") add(trigger("T-1", `staging.${positional}night-pain-most-nights`, {}), SM);
    else add(trigger("T-2", `staging.${positional}night-pain-occasional`, {}), MC);
    if (route !== "positional") {
      // T-5: non-positional night pain is a flag (S-4, S-6); the inflammatory kind goes to S-8.
      add(trigger("T-5", route === "inflammatory" ? "staging.night-pain-to-inflammatory-screen" : "staging.night-pain-to-safety-gate", {}), MC);
    }
  }

  switch (symptoms.endRange) {
    case "pain-before-end-range":
      add(trigger("T-1", "staging.pain-before-end-range", {}), SM);
      break;
    case "cannot-reach":
      add(trigger("T-1", "staging.cannot-reach-end-range", {}), SM);
      break;
    case "pain-at-end-range":
      add(trigger("T-2", "staging.pain-at-end-range", {}), MC);
      break;
    case "reached-pain-free":
      break;
  }

  switch (symptoms.settlingTime) {
    case "next-day-or-longer":
      add(trigger("T-1", "staging.flare-lasts-to-next-day", {}), SM);
      break;
    case "within-hours":
      add(trigger("T-2", "staging.settles-within-hours", {}), MC);
      break;
    case "within-an-hour":
      break;
  }

  if (symptoms.legSymptoms === "below-knee") add(trigger("T-1", "staging.leg-pain-below-knee", {}), SM);
  else if (symptoms.legSymptoms === "above-knee") add(trigger("T-3", "staging.leg-symptoms-above-knee", {}), MC);
  if (symptoms.fearOfMovement === true) add(trigger("T-1", "staging.fear-of-movement", {}), SM);
  if (symptoms.stiffness === true) add(trigger("T-2", "staging.stiffness", {}), MC);

  const safety = symptoms.safety;
  if (safety === undefined) {
    // T-3: "no flag above proceed" cannot be confirmed without a safety decision.
    add(trigger("T-3", "staging.not-screened", {}), MC);
  }

  const symptomStage = triggers.reduce<Stage>((stage, trigger) => moreConservativeStage(stage, trigger.stage), "function-optimisation");
  let stage = symptomStage;
  let ruleId: StageResult["ruleId"] =
    symptomStage === "function-optimisation" ? "T-3" : (triggers.find((trigger) => trigger.stage === symptomStage && trigger.ruleId !== "T-5")?.ruleId as StageResult["ruleId"] | undefined) ?? "T-2";

  if (symptoms.directionConfidence === "low" && stage !== SM) {
    // C-3: tests and history disagree, so take the more conservative stage.
    const stepped = STAGES[rank(stage) - 1] ?? SM;
    add(trigger("C-3", "staging.low-direction-confidence", { stage: stepped }), stepped);
    stage = stepped;
    ruleId = "C-3";
  }

  if (safety !== undefined) {
    let cap: Stage | null = safety.stageCap;
    let why: TriggerReason | null = cap === null ? null : trigger("T-4", "staging.safety-cap", { stage: cap });
    if (safety.action === "proceed-with-advisory") {
      // T-4: proceed-with-advisory caps at movement control (design).
      if (cap === null || rank(cap) > rank(MC)) {
        cap = MC;
        why = trigger("T-4", "staging.safety-cap-advisory", {});
      }
    } else if (safety.action !== "proceed") {
      cap = SM;
      why = trigger("T-4", "staging.safety-cap-withheld", { action: safety.action });
    }
    if (cap !== null && why !== null) {
      add(why, cap);
      if (rank(cap) < rank(stage)) {
        stage = cap;
        ruleId = "T-4";
      }
    }
  }

  const sorted = [...triggers].sort((a, b) => rank(a.stage) - rank(b.stage));
  if (sorted.length === 0) {
    notes.push(stagingReason("T-3", "staging.all-conditions-hold", {}));
  }
  return Object.freeze({
    stage,
    ruleId,
    triggers: Object.freeze(sorted),
    symptomStage,
    capped: rank(stage) < rank(symptomStage),
    reasons: Object.freeze([...sorted.map(({ ruleId, code, params, message, evidence }) => Object.freeze({ ruleId, code, params, message, evidence })), ...notes]),
  });
}
