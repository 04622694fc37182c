/**
 * From an intake form to an assessment: screening first, then direction, lower-crossed
 * emphasis and stage, with every reason.
 */
import { requireObject } from "../internal/guards.js";
import type { ParseResult, Reason } from "../evidence/index.js";
import { programReason as because } from "./messages.js";
import { stageRule as ruleOfStage } from "./stageRule.js";
import { allowsTraining, screen, type SafetyDecision } from "../screening/index.js";
import { classifyDirection, lowerCrossedIndicators, type Direction, type DirectionResult } from "../classification/index.js";
import { endRangeFromClearingTests, stageFromSymptoms, type StagingInput } from "../staging/index.js";
import type { TrainingProfile } from "../catalog/types.js";
import { deepFreeze } from "../internal/freeze.js";
import { parseIntake, type Intake } from "./schema.js";
import type { Assessment, ClearedAssessment, EmphasisItem, TrainingAction, WithheldAssessment, WithholdingAction } from "./types.js";

/**
 * Assesses an intake: parses it, runs the safety gate, classifies the direction, reads the
 * lower-crossed indicators and sets the stage.
 *
 * Screening runs first and decides whether anything else is said: when its action is above
 * `proceed-with-advisory` the assessment is `withheld` and carries only the action, its
 * reasons and the safety net (S-1…S-11). Otherwise it carries the direction (C-1…C-6), the
 * emphasis (C-7, C-5, §8), the stage (T-1…T-5, capped by S-7 and advisories), the profile the
 * contraindication policy needs, the advisories and every reason.
 *
 * @param intake - anything; validated by {@link parseIntake}
 * @returns the assessment, or every issue with its path; never throws
 * @example
 * ```ts
 * const result = assess(athlete);
 * if (result.ok && result.value.status === "cleared") {
 *   result.value.direction.pattern; // => "flexion-intolerant"
 *   result.value.stage.stage; // => "movement-control"
 * }
 * ```
 * @category Program
 */
export function assess(intake: unknown): ParseResult<Assessment> {
  const parsed = parseIntake(intake);
  if (!parsed.ok) return parsed;
  return { ok: true, value: assessIntake(parsed.value) };
}

/**
 * Assesses an intake that is already typed (no parsing).
 *
 * @param intake - a valid intake
 * @returns the assessment
 * @throws TypeError naming the function when `intake` is not an object (use {@link assess} for untrusted input)
 * @example
 * ```ts
 * assessIntake(intake).status;
 * // => "cleared"
 * ```
 * @category Program
 */
export function assessIntake(intake: Intake): Assessment {
  requireObject("assessIntake", "intake", intake);
  // The clearing tests are given once, at the top, and feed both screening (S-7, S-10) and classification.
  const safety = screen({ ...intake.screening, clearingTests: intake.clearingTests });
  if (!allowsTraining(safety.action)) return withheld(safety);

  const direction = classifyDirection(intake.clearingTests, intake.history);
  const lowerCrossed = lowerCrossedIndicators(intake.lowerCrossed);
  const nightPain = intake.screening.nightPain;
  const stagingInput: StagingInput = {
    worstPainNrs: intake.symptoms.worstPainNrs,
    nightPain: nightPain === undefined || nightPain === "unknown" ? null : nightPain,
    endRange: intake.symptoms.endRange ?? endRangeFromClearingTests(intake.clearingTests),
    settlingTime: intake.symptoms.settlingTime,
    legSymptoms: legReach(intake),
    ...(intake.symptoms.fearOfMovement === undefined ? {} : { fearOfMovement: intake.symptoms.fearOfMovement }),
    ...(intake.symptoms.stiffness === undefined ? {} : { stiffness: intake.symptoms.stiffness }),
    safety: { action: safety.action, stageCap: safety.stageCap },
    directionConfidence: direction.confidence,
  };
  const stage = stageFromSymptoms(stagingInput);

  // S-7, C-4, L-5: a direction that sent symptoms down the leg is excluded, from either source.
  const peripheralising = union(direction.peripheralising, safety.excludedDirections);
  const profile: TrainingProfile = {
    direction: {
      pattern: direction.pattern,
      intolerance: union(direction.intolerance, peripheralising),
      preference: direction.preference.filter((d) => !peripheralising.includes(d)),
      peripheralising,
    },
    stage: stage.stage,
    ladderProgress: { ...(intake.ladderProgress ?? {}) },
    flags: {
      // S-7, S-12: leg pain in one leg keeps its limits after a clearance of its deficit.
      radicular: safety.radicularPain !== "none" && safety.radicularPain !== "both-legs",
      axialLoadSensitive: intake.flags?.axialLoadSensitive === true,
    },
  };

  const emphasis = emphasisFor(direction, profile, lowerCrossed.emphasis);
  const advisories: Reason[] = [...safety.advisories];
  if (direction.pattern === "indeterminate") {
    advisories.push(
      because("C-6", "program.assess-indeterminate", {}),
    );
  }
  if (direction.concordance === "disagrees") {
    advisories.push(because("C-3", "program.assess-history-disagrees", {}));
  }
  const cleared: ClearedAssessment = {
    status: "cleared",
    action: safety.action as TrainingAction,
    safety,
    direction,
    stage,
    emphasis,
    profile,
    advisories,
    // The lower-crossed reasons already carry their emphasis; add only the planner's own.
    reasons: [...safety.reasons.filter((item) => !listed(item, safety.advisories)), ...direction.reasons, ...lowerCrossed.reasons, ...emphasis.filter((item) => !lowerCrossed.emphasis.some((own) => own.reason === item.reason)).map((item) => item.reason), ...stage.reasons],
    safetyNet: safety.safetyNet,
  };
  return deepFreeze(cleared);
}

function withheld(safety: SafetyDecision): WithheldAssessment {
  return deepFreeze({
    status: "withheld",
    action: safety.action as WithholdingAction,
    ruleId: safety.ruleId,
    safety,
    reasons: safety.reasons,
    safetyNet: safety.safetyNet,
    // S-13: the paths point into the intake, where the answers go.
    unanswered: safety.unanswered.map((item) => ({ path: ["screening", ...item.path], question: item.question })),
  });
}

const REACH_ORDER: readonly StagingInput["legSymptoms"][] = ["none", "above-knee", "below-knee"];

/**
 * How far down the leg symptoms reach, from every source: the staging override or the
 * screening's leg question, and where either clearing test sent symptoms (T-3, T-4: a test that
 * sends symptoms to the thigh or below the knee counts as a history of leg symptoms does).
 */
function legReach(intake: Intake): StagingInput["legSymptoms"] {
  const legs = intake.screening.legSymptoms;
  const reported: StagingInput["legSymptoms"] =
    intake.symptoms.legSymptoms ?? (legs === undefined || legs === null || legs === "unknown" ? "none" : legs.reach);
  const fromTests = (["flexion", "extension"] as const).flatMap((direction) => {
    const test = intake.clearingTests[direction];
    return [test.symptomsBefore, test.symptomsAfter].map((location): StagingInput["legSymptoms"] =>
      location === "below-knee" ? "below-knee" : location === "thigh" ? "above-knee" : "none",
    );
  });
  return [reported, ...fromTests].reduce((far, reach) => (REACH_ORDER.indexOf(reach) > REACH_ORDER.indexOf(far) ? reach : far), "none");
}

/** S-10 and the other advisories are listed once, with the advisories, not again among the reasons. */
function listed(item: Reason, advisories: readonly Reason[]): boolean {
  return advisories.some((advisory) => advisory.code === item.code && advisory.message === item.message);
}

function union(a: readonly Direction[], b: readonly Direction[]): Direction[] {
  return [...new Set([...a, ...b])].sort();
}

function emphasisFor(
  direction: DirectionResult,
  profile: TrainingProfile,
  lowerCrossed: readonly { readonly focus: EmphasisItem["focus"]; readonly reason: Reason }[],
): EmphasisItem[] {
  // The stage's own rule (T-1…T-3) asks for this work, whichever stage it is.
  const stageRule = ruleOfStage(profile.stage);
  const items: EmphasisItem[] = [
    {
      focus: "bracing",
      reason: because(stageRule, "program.emphasis-bracing", {}, ["hodges-1996", "seed-002"]),
    },
    {
      focus: "thoracic-mobility",
      reason: because(stageRule, "program.emphasis-thoracic-mobility", {}, ["seed-000", "seed-002"]),
    },
    {
      focus: "hip-mobility",
      reason: because(stageRule, "program.emphasis-hip-mobility", {}, ["seed-000", "seed-002"]),
    },
    ...lowerCrossed.map((item) => ({ focus: item.focus, reason: item.reason })),
  ];
  const preference = profile.direction.preference;
  if (preference.length > 0) {
    items.push({
      focus: "directional-preference",
      reason: because("C-5", preference.length > 1 ? "program.emphasis-both-directions-ease" : `program.emphasis-${preference[0]!}-eases`, {}),
    });
  }
  if (direction.intolerance.includes("flexion")) {
    items.push({
      focus: "position-changes",
      reason: because("C-3", "program.emphasis-flexion-positions", {}, ["seed-000"]),
    });
  } else if (direction.intolerance.includes("extension")) {
    items.push({
      focus: "position-changes",
      reason: because("C-3", "program.emphasis-extension-positions", {}, ["seed-000"]),
    });
  }
  return items;
}
