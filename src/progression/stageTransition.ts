/**
 * Moving between stages: advance only on re-staging, drop on a rising weekly trend, and
 * safety-net referrals when nothing improves (L-3, L-4, L-7), judged on outcome measures when
 * they are recorded (O-5).
 */
import type { DatedOutcome, OutcomeChange } from "../outcomes/types.js";
import { OUTCOME_NAMES as NAMES } from "../outcomes/scales.js";
import { reviewOutcomes } from "./outcomeReview.js";
import type { Decision, Reason, RuleId } from "../evidence/index.js";
import { progressionReason as because } from "./messages.js";
import { allowsTraining } from "../screening/types.js";
import { STAGES, type Stage, type StageResult } from "../staging/types.js";
import { definedOnly, requireWholeNumber } from "./settings.js";
import type { SessionSafetyCheck } from "./types.js";
import { describeValue, requireArray, requireObject, requireOptions } from "../internal/guards.js";

/**
 * The part of a staging result that {@link stageTransition} reads: the stage. A full
 * `StageResult` from `stageFromSymptoms` fits.
 * @category Progression
 */
export type StagedResult = Pick<StageResult, "stage">;

/**
 * One weekly check-in: morning pain and stiffness for the week, and, when the lifter re-ran
 * both clearing tests and was re-staged, the new staging result (L-4).
 * @category Progression
 */
export interface WeeklyCheckIn {
  /** First day of the week (ISO `YYYY-MM-DD`), for display only. */
  readonly weekStart?: string;
  /** Typical morning pain that week, 0–10 (L-3). */
  readonly morningPainNrs: number;
  /** Typical morning stiffness that week, 0–10 (L-3); omitted when not asked. */
  readonly morningStiffnessNrs?: number;
  /** Worst pain that week, 0–10; at or below the floor, L-7 does not judge improvement on pain (§11). */
  readonly worstPainNrs?: number;
  /** The result of re-running both clearing tests and re-staging this week (L-4). */
  readonly restage?: StagedResult;
  /** How many weeks radicular (below-knee) leg pain has lasted so far, when present (L-7). */
  readonly radicularPainWeeks?: number;
  /** The week's safety re-screen (S-9). */
  readonly safety?: SessionSafetyCheck;
}

/** What {@link stageTransition} says to do with the stage. @category Progression */
export type StageTransitionAction = "advance" | "hold" | "drop" | "stop";

/** Which clinician to see, when one is advised (L-7). @category Progression */
export type Referral = "physiotherapy" | "specialist";

/**
 * The answer of {@link stageTransition}.
 * @category Progression
 */
export interface StageDecision extends Decision<StageTransitionAction> {
  /** The stage to train in next. */
  readonly stage: Stage;
  /** A clinician to see (L-7), or `null` when none is advised. */
  readonly referral: Referral | null;
  /** O-5: an outcome measure got meaningfully worse: run the safety re-screen (S-9) before the next session. */
  readonly rescreen: boolean;
  /** O-5: the outcome changes behind the decision, one per recorded instrument ({@link StageTransitionOptions.outcomes}). */
  readonly outcomeChanges: readonly OutcomeChange[];
}

/**
 * Thresholds of {@link stageTransition}; defaults are the rule's numbers.
 * @category Progression
 */
export interface StageTransitionOptions {
  /** L-3: rising weeks in a row that drop a stage. Default 2 (design). */
  readonly risingWeeksToDrop?: number;
  /** L-7: weeks without improvement before physiotherapy is advised. Default 4. */
  readonly noImprovementWeeks?: number;
  /** L-7: morning pain must fall by at least this much to count as improvement. Default 1 (design). */
  readonly improvementNrs?: number;
  /** L-7: radicular pain lasting longer than this many weeks → specialist review. Default 8. */
  readonly radicularPainWeeksLimit?: number;
  /**
   * L-7 (§11): while the week's worst pain (else its morning pain) is at or below this, "no
   * improvement" is not judged on pain: there is nothing left to improve on the scale. Default 2.
   */
  readonly painFloorNrs?: number;
  /**
   * O-5: dated outcome scores (RMDQ, PSFS, ODI, pain NRS from `spinewise/outcomes`), in any
   * order. When a measure has a score `noImprovementWeeks` or more before its latest, L-7 is
   * judged on the measures instead of morning pain: no meaningful improvement (O-4) on any of
   * them → physiotherapy; a meaningful worsening on any → re-screen (S-9).
   */
  readonly outcomes?: readonly DatedOutcome[];
}

/**
 * The default thresholds of {@link stageTransition}.
 * @example
 * ```ts
 * DEFAULT_STAGE_TRANSITION_OPTIONS.noImprovementWeeks;
 * // => 4
 * ```
 * @category Progression
 */
export const DEFAULT_STAGE_TRANSITION_OPTIONS: Readonly<Required<Omit<StageTransitionOptions, "outcomes">>> = Object.freeze({
  risingWeeksToDrop: 2,
  noImprovementWeeks: 4,
  improvementNrs: 1,
  radicularPainWeeksLimit: 8,
  painFloorNrs: 2,
});

function rose(current: WeeklyCheckIn, previous: WeeklyCheckIn): boolean {
  if (current.morningPainNrs > previous.morningPainNrs) return true;
  const now = current.morningStiffnessNrs;
  const before = previous.morningStiffnessNrs;
  return now !== undefined && before !== undefined && now > before;
}

/**
 * Decides whether to advance, hold or drop the training stage from weekly check-ins.
 *
 * A stage is earned, never assumed: it advances only when the lifter re-ran both clearing
 * tests and was re-staged higher (L-4), one stage at a time; without a re-stage the answer is
 * `hold` with the advice to re-test. Morning pain or stiffness rising two weeks in a row drops
 * one stage (L-3). Independently of the action, a clinician is advised when morning pain has
 * not improved over 4 weeks (physiotherapy) or radicular pain has lasted more than 8 weeks
 * (specialist review, L-7). With outcome measures recorded (`options.outcomes`), they decide the
 * physiotherapy advice instead of pain, and a meaningful worsening asks for a re-screen (O-5). A check-in whose safety re-screen does not allow training stops
 * everything (S-9).
 *
 * @param current - the current staging result (any object with a `stage`)
 * @param weeks - weekly check-ins, oldest first
 * @param options - thresholds; see {@link DEFAULT_STAGE_TRANSITION_OPTIONS}
 * @returns the action, the stage to train in next, a referral or `null`, and the reasons
 * @throws RangeError naming `stageTransition` when an option is not a positive whole number (or a
 *   negative margin), or `current.stage` is not a stage
 * @throws TypeError naming `stageTransition` when `current` is not an object, `weeks` is not an
 *   array, or `options` is given but not an object; a week that is not an object is the caller's
 *   contract (check untrusted input with {@link parseWeeklyCheckIns})
 * @example
 * ```ts
 * stageTransition({ stage: "movement-control" }, [
 *   { morningPainNrs: 3 },
 *   { morningPainNrs: 2, restage: { stage: "function-optimisation" } },
 * ]);
 * // => { action: "advance", stage: "function-optimisation", ruleId: "L-4", referral: null, reasons: [...] }
 * stageTransition({ stage: "movement-control" }, [
 *   { morningPainNrs: 2 }, { morningPainNrs: 3 }, { morningPainNrs: 4 },
 * ]).stage;
 * // => "symptom-modulation"
 * ```
 * @category Progression
 */
export function stageTransition(
  current: StagedResult,
  weeks: readonly WeeklyCheckIn[],
  options: StageTransitionOptions = {},
): StageDecision {
  requireObject("stageTransition", "current", current);
  requireArray("stageTransition", "weeks", weeks);
  requireOptions("stageTransition", options);
  const settings = { ...DEFAULT_STAGE_TRANSITION_OPTIONS, ...definedOnly(options) };
  for (const name of ["risingWeeksToDrop", "noImprovementWeeks", "radicularPainWeeksLimit"] as const) {
    requireWholeNumber("stageTransition", `option ${name}`, settings[name], 1);
  }
  if (!Number.isFinite(settings.improvementNrs) || settings.improvementNrs < 0) {
    throw new RangeError(`stageTransition: option improvementNrs must be 0 or more, got ${String(settings.improvementNrs)}`);
  }
  if (!Number.isFinite(settings.painFloorNrs) || settings.painFloorNrs < 0 || settings.painFloorNrs > 10) {
    throw new RangeError(`stageTransition: option painFloorNrs must be from 0 to 10, got ${String(settings.painFloorNrs)}`);
  }
  const index = STAGES.indexOf(current.stage);
  if (index < 0) throw new RangeError(`stageTransition: unknown stage ${describeValue(current.stage)}`);

  const referralReasons: Reason[] = [];
  let referral: Referral | null = null;
  const latest = weeks.at(-1);

  // L-7: radicular pain beyond 8 weeks needs a specialist, whatever the trend.
  const radicularWeeks = latest?.radicularPainWeeks;
  if (radicularWeeks !== undefined && radicularWeeks > settings.radicularPainWeeksLimit) {
    referral = "specialist";
    referralReasons.push(
      because("L-7", "progression.stage-radicular", { weeks: radicularWeeks, limit: settings.radicularPainWeeksLimit }),
    );
  }
  // L-7: compare the latest week with the week `noImprovementWeeks` earlier.
  const window = settings.noImprovementWeeks;
  const atFloor = latest !== undefined && (latest.worstPainNrs ?? latest.morningPainNrs) <= settings.painFloorNrs;
  // O-5: recorded outcome measures decide L-7 once one spans the window; pain decides otherwise.
  const review = options.outcomes === undefined ? null : reviewOutcomes(options.outcomes, window * 7, settings.painFloorNrs);
  if (review !== null && review.judged.length > 0) {
    const improved = review.judged.filter((change) => change.status === "improved").map((change) => NAMES[change.instrument]);
    if (improved.length === 0) referral ??= "physiotherapy";
    referralReasons.push(
      ...(improved.length === 0
        ? [because("O-5", "progression.stage-no-outcome-improvement", { weeks: window })]
        : improved.map((measure) => because("O-5", "progression.stage-outcome-improved", { measure, weeks: window }))),
      ...review.judged.flatMap((change) => change.reasons),
    );
  } else if (latest !== undefined && weeks.length > window && atFloor) {
    // L-7 (§11): at the floor of the scale pain cannot show improvement; outcome measures decide (O-5).
    referralReasons.push(
      because("L-7", "progression.stage-pain-floor", { pain: latest.worstPainNrs ?? latest.morningPainNrs, floor: settings.painFloorNrs }),
    );
  } else if (latest !== undefined && weeks.length > window) {
    const earlier = weeks[weeks.length - 1 - window]!;
    const improved = latest.morningPainNrs <= earlier.morningPainNrs - settings.improvementNrs || latest.morningPainNrs === 0;
    if (!improved) {
      referral ??= "physiotherapy";
      referralReasons.push(
        because("L-7", "progression.stage-no-improvement", { from: earlier.morningPainNrs, to: latest.morningPainNrs, weeks: window }),
      );
    }
  }

  // O-5: a meaningful worsening on any measure asks for the safety re-screen (S-9).
  const worse = review?.worse ?? [];
  for (const change of worse) {
    referralReasons.push(because("O-5", "progression.stage-outcome-worse", { measure: NAMES[change.instrument], from: change.baseline, to: change.latest }));
  }
  referralReasons.push(...(review?.notes ?? []));
  const outcomeChanges = Object.freeze([...(review?.changes ?? [])]);
  const decide = (action: StageTransitionAction, stage: Stage, ruleId: RuleId, reasons: readonly Reason[]): StageDecision =>
    Object.freeze({ action, stage, ruleId, referral, rescreen: worse.length > 0, outcomeChanges, reasons: Object.freeze([...reasons, ...referralReasons]) });

  // S-9: a check-in that re-screens above proceed-with-advisory overrides all training output.
  if (latest?.safety !== undefined && !allowsTraining(latest.safety.action)) {
    return decide("stop", current.stage, "S-9", [
      because("S-9", "progression.weekly-rescreen-stop", { action: latest.safety.action }),
      ...(latest.safety.reasons ?? []),
    ]);
  }

  // L-3: count rising weeks at the end of the series.
  let rising = 0;
  for (let i = weeks.length - 1; i > 0 && rose(weeks[i]!, weeks[i - 1]!); i--) rising++;
  if (rising >= settings.risingWeeksToDrop) {
    if (index === 0) {
      return decide("hold", current.stage, "L-3", [
        because("L-3", "progression.stage-rising-first", { weeks: rising }),
      ]);
    }
    return decide("drop", STAGES[index - 1]!, "L-3", [
      because("L-3", "progression.stage-rising-drop", { weeks: rising, stage: STAGES[index - 1]! }),
    ]);
  }

  // L-4: a stage changes only on a re-stage, one stage at a time.
  const restaged = latest?.restage?.stage;
  if (restaged !== undefined) {
    const target = STAGES.indexOf(restaged);
    if (target > index) {
      const next = STAGES[index + 1]!;
      return decide("advance", next, "L-4", [
        target > index + 1
          ? because("L-4", "progression.stage-advance-capped", { stage: next, restaged })
          : because("L-4", "progression.stage-advance", { stage: next }),
      ]);
    }
    if (target >= 0 && target < index) {
      return decide("drop", restaged, "L-4", [because("L-4", "progression.stage-restage-drop", { stage: restaged })]);
    }
    return decide("hold", current.stage, "L-4", [because("L-4", "progression.stage-restage-hold", { stage: current.stage })]);
  }
  if (index === STAGES.length - 1) {
    return decide("hold", current.stage, "L-4", [because("L-4", "progression.stage-last", { stage: current.stage })]);
  }
  return decide("hold", current.stage, "L-4", [
    because("L-4", "progression.stage-no-restage", {}),
  ]);
}
