/**
 * The stage vocabulary shared by staging, the catalog policy, progression and the planner.
 */
import type { Reason } from "../evidence/index.js";
import type { stagingMessages } from "./messages.js";

/**
 * Training stage by irritability (T rules; Alrwaily 2016 names, seed 003 aliases
 * beginner / intermediate / advanced).
 * @category Staging
 */
export type Stage = "symptom-modulation" | "movement-control" | "function-optimisation";

/**
 * Stages from most to least conservative.
 *
 * @example
 * ```ts
 * STAGES.indexOf("movement-control");
 * // => 1
 * ```
 * @category Staging
 */
export const STAGES: readonly Stage[] = Object.freeze(["symptom-modulation", "movement-control", "function-optimisation"] as const);

/**
 * Night pain as the person describes it; {@link routeNightPain} decides where it goes (T-5).
 * @category Staging
 */
export interface NightPain {
  /** How often it happens. */
  readonly frequency: "occasional" | "most-nights";
  /** Whether changing position eases it (positional night pain is a staging input). */
  readonly easedByChangingPosition: boolean;
  /** Whether it wakes the person in the second half of the night. */
  readonly secondHalfOfNight: boolean;
  /** Whether there is morning stiffness that eases with movement. */
  readonly morningStiffnessEasesWithMovement: boolean;
}

/**
 * What the clearing tests showed about end range (T-1…T-3).
 * @category Staging
 */
export type EndRange = "reached-pain-free" | "pain-at-end-range" | "pain-before-end-range" | "cannot-reach";

/**
 * How long symptoms take to settle after activity (T-1…T-3).
 * `next-day-or-longer` is a flare that lasts to the next day.
 * @category Staging
 */
export type SettlingTime = "within-an-hour" | "within-hours" | "next-day-or-longer";

/**
 * How far leg symptoms reach for staging (T-1, T-3).
 * @category Staging
 */
export type LegSymptomReach = "none" | "above-knee" | "below-knee";

/**
 * The part of a safety decision staging needs (T-3, T-4): pass the result of `screen` as is.
 * @category Staging
 */
export interface StagingSafety {
  readonly action: "emergency" | "urgent-referral" | "stop-until-cleared" | "incomplete-screening" | "proceed-with-advisory" | "proceed";
  readonly stageCap: Stage | null;
}

/**
 * The symptoms that set the stage (T-1…T-5).
 * @category Staging
 */
export interface StagingInput {
  /** Worst pain in the last 24 hours, 0–10 NRS (integer). */
  readonly worstPainNrs: number;
  /** Night pain; omit or `null` when there is none. */
  readonly nightPain?: NightPain | null;
  /** End range in the clearing tests (see `endRangeFromClearingTests`). */
  readonly endRange: EndRange;
  /** How long symptoms take to settle after activity. */
  readonly settlingTime: SettlingTime;
  /** How far leg symptoms reach. */
  readonly legSymptoms: LegSymptomReach;
  /** Breath-holding at the thought of movement, or fear of moving. */
  readonly fearOfMovement?: boolean;
  /** Stiffness through the day. */
  readonly stiffness?: boolean;
  /** The safety decision (its action and stage cap); without it function optimisation is never reached. */
  readonly safety?: StagingSafety;
  /** Classification confidence; `low` moves the stage one step more conservative (C-3). */
  readonly directionConfidence?: "high" | "low";
}

/**
 * Why a stage was chosen or capped: one rule that fired, with the stage it points to.
 * @category Staging
 */
export interface StageTrigger extends Reason {
  readonly ruleId: "T-1" | "T-2" | "T-3" | "T-4" | "T-5" | "C-3";
  /** A stable code for the trigger. */
  readonly code: StageTriggerCode;
  /** The most advanced stage this trigger allows. */
  readonly stage: Stage;
}

/**
 * Stable codes for {@link StageTrigger}: the codes of its message templates (one per wording,
 * so positional night pain and each safety cap have their own).
 * @category Staging
 */
export type StageTriggerCode = Exclude<keyof typeof stagingMessages, "staging.all-conditions-hold">;

/**
 * The stage and every trigger behind it (T-1…T-5): the most conservative wins.
 * @category Staging
 */
export interface StageResult {
  readonly stage: Stage;
  /** The rule that decided the final stage. */
  readonly ruleId: "T-1" | "T-2" | "T-3" | "T-4" | "C-3";
  /** Every trigger that fired, most conservative first. */
  readonly triggers: readonly StageTrigger[];
  /** The stage from symptoms alone, before caps (T-4) and the confidence step (C-3). */
  readonly symptomStage: Stage;
  /** Whether a cap or the confidence step made the stage more conservative than the symptoms alone. */
  readonly capped: boolean;
  readonly reasons: readonly Reason[];
}

/**
 * Where night pain goes (T-5): `positional` → staging input; `non-positional` → a flag
 * (S-4, S-6); `inflammatory` (second half of the night, morning stiffness easing with
 * movement) → the inflammatory screen (S-8).
 * @category Staging
 */
export type NightPainRoute = "none" | "positional" | "non-positional" | "inflammatory";
