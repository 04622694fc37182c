import { reason, type Reason, type RuleId } from "../evidence/index.js";
import { clearingTestPositive, symptomShift } from "../classification/clearingTest.js";
import type { Direction } from "../classification/types.js";
import { routeNightPain } from "../staging/routeNightPain.js";
import type { Stage } from "../staging/types.js";
import { allowsTraining, SAFETY_ACTIONS } from "./types.js";
import type {
  RadicularPain,
  RedFlagAnswers,
  SafetyAction,
  SafetyDecision,
  SafetyFlag,
  SafetyReason,
  ScreeningInput,
  SessionCheckIn,
} from "./types.js";

/**
 * Thresholds of the safety gate. The S-6 counts are design choices; the others follow the
 * guidelines cited by each rule.
 * @category Screening
 */
export interface ScreeningOptions {
  /** S-11: below this age the guidance is out of scope (default 16). */
  readonly minimumAgeYears?: number;
  /** S-6: a first episode above this age is a flag (default 50). */
  readonly firstEpisodeFlagAgeYears?: number;
  /** S-5: first-ever back pain above this age is a fracture flag (default 60). */
  readonly fractureFlagAgeYears?: number;
  /** S-6: no improvement after this many weeks is a flag (default 4). */
  readonly noImprovementWeeks?: number;
  /** S-6: this many flags → proceed with advisory (default 1). */
  readonly advisoryFlagCount?: number;
  /** S-6: this many flags → stop until cleared (default 2). */
  readonly stopFlagCount?: number;
  /** S-8: back pain that started before this age (default 45). */
  readonly inflammatoryOnsetBeforeYears?: number;
  /** S-8: … and has lasted at least this many weeks (default 13, i.e. longer than 3 months). */
  readonly inflammatoryMinimumWeeks?: number;
  /** S-8: … with at least this many NG65 criteria (default 4). */
  readonly inflammatoryCriteriaCount?: number;
  /** S-8: onset before this age is itself one NG65 criterion (default 35). */
  readonly inflammatoryEarlyOnsetYears?: number;
}

/**
 * Default {@link ScreeningOptions}.
 *
 * @example
 * ```ts
 * DEFAULT_SCREENING_OPTIONS.stopFlagCount;
 * // => 2
 * ```
 * @category Screening
 */
export const DEFAULT_SCREENING_OPTIONS: Readonly<Required<ScreeningOptions>> = Object.freeze({
  minimumAgeYears: 16,
  firstEpisodeFlagAgeYears: 50,
  fractureFlagAgeYears: 60,
  noImprovementWeeks: 4,
  advisoryFlagCount: 1,
  stopFlagCount: 2,
  inflammatoryOnsetBeforeYears: 45,
  inflammatoryMinimumWeeks: 13,
  inflammatoryCriteriaCount: 4,
  inflammatoryEarlyOnsetYears: 35,
});

const SEEK_HELP_NOW =
  "Seek emergency care at once (an emergency department, or your local emergency number) if you notice numbness or tingling between the legs, around the back passage or genitals; difficulty starting, stopping or controlling urine or bowels, or not feeling them; new sexual problems; pain, numbness or weakness in both legs; a foot that drops or catches, or leg weakness that is getting worse; or fever, chills or night sweats with the back pain.";

const SAFETY_NET_LEAD: Readonly<Record<SafetyAction, string>> = {
  emergency: "This needs emergency care now: do not train and do not wait to see if it settles.",
  "urgent-referral": "See a doctor urgently, today or within a few days; do not train until you have been assessed.",
  "stop-until-cleared": "Do not train until a doctor or physiotherapist has assessed you and cleared you.",
  "proceed-with-advisory": "You may train within the limits given, and mention these findings to a doctor or physiotherapist.",
  proceed: "No red flag was found.",
};

/**
 * The safety-net text for an action: what to do now, then which symptoms mean "seek help
 * now" (every non-`proceed` result carries it; `proceed` carries the list too).
 *
 * @param action - the safety action
 * @returns the text
 * @example
 * ```ts
 * safetyNetText("stop-until-cleared").startsWith("Do not train");
 * // => true
 * ```
 * @category Screening
 */
export function safetyNetText(action: SafetyAction): string {
  return `${SAFETY_NET_LEAD[action]} ${SEEK_HELP_NOW}`;
}

const severity = (action: SafetyAction): number => SAFETY_ACTIONS.indexOf(action);

/** The more severe of two actions. */
function moreSevere(a: SafetyAction, b: SafetyAction): SafetyAction {
  return severity(a) <= severity(b) ? a : b;
}

interface Collector {
  readonly reasons: SafetyReason[];
  readonly advisories: Reason[];
  readonly flags: SafetyFlag[];
}

function push(into: Collector, ruleId: RuleId, action: SafetyAction, message: string): void {
  into.reasons.push(Object.freeze({ ...reason(ruleId, message), action }));
}

const list = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;

/** S-1, S-2, S-7: the leg and cauda equina features, shared by intake and check-in. */
function neurological(answers: RedFlagAnswers, into: Collector): RadicularPain {
  const cauda: string[] = [];
  if (answers.bladderDysfunction === true) cauda.push("new bladder retention, incontinence or difficulty starting to urinate");
  if (answers.saddleNumbness === true) cauda.push("saddle numbness");
  if (answers.bowelDysfunction === true) cauda.push("loss of bowel control or rectal sensation");
  if (answers.newSexualDysfunction === true) cauda.push("new sexual dysfunction");
  const legs = answers.legSymptoms ?? null;
  if (legs !== null && legs.legs === "both") cauda.push("symptoms in both legs");
  if (cauda.length > 0) {
    // S-1: possible cauda equina syndrome is an emergency whatever else is true.
    push(into, "S-1", "emergency", `Possible cauda equina syndrome: ${list(cauda)}.`);
  }

  const deficit: string[] = [];
  if (answers.footDrop === true) deficit.push("new foot drop");
  if (answers.worseningLegWeakness === true || (legs !== null && legs.weakness && legs.worsening)) deficit.push("worsening leg weakness");
  if (answers.gaitDisturbance === true) deficit.push("a change in walking");
  if (deficit.length > 0) push(into, "S-2", "urgent-referral", `Progressive neurological deficit: ${list(deficit)}.`);

  if (legs === null) return "none";
  if (legs.legs === "both") return "both-legs";
  if (legs.numbness || legs.weakness) {
    // S-7: numbness or weakness in the leg needs a clinician before training.
    push(into, "S-7", "stop-until-cleared", `Leg symptoms with ${legs.numbness && legs.weakness ? "numbness and weakness" : legs.numbness ? "numbness" : "weakness"}: a clinician should assess the nerve root before training.`);
    return "radicular-with-deficit";
  }
  if (legs.reach === "below-knee") {
    if (legs.worsening) {
      push(into, "S-7", "stop-until-cleared", "Leg pain below the knee that is getting worse: a clinician should assess it before training.");
      return "radicular-worsening";
    }
    push(
      into,
      "S-7",
      "proceed-with-advisory",
      "Leg pain below the knee in one leg (radicular pain): train with the stage capped at symptom modulation and without directions that send symptoms down the leg.",
    );
    return "radicular";
  }
  return "none";
}

function peripheralisingDirections(input: ScreeningInput): Direction[] {
  const tests = input.clearingTests;
  if (tests === undefined) return [];
  return (["flexion", "extension"] as const).filter((direction) => symptomShift(tests[direction]) === "peripheralised");
}

function decide(into: Collector, radicularPain: RadicularPain, excludedDirections: readonly Direction[], nightPainRoute: SafetyDecision["nightPainRoute"], fallbackRule: RuleId, fallbackMessage: string): SafetyDecision {
  if (into.reasons.every((item) => item.action === "proceed" && item.ruleId !== fallbackRule)) {
    into.reasons.push(Object.freeze({ ...reason(fallbackRule, fallbackMessage), action: "proceed" as const }));
  }
  const reasons = into.reasons
    .map((item, index) => ({ item, index }))
    .sort((a, b) => severity(a.item.action) - severity(b.item.action) || a.index - b.index)
    .map(({ item }) => item);
  const action = reasons.reduce<SafetyAction>((worst, item) => moreSevere(worst, item.action), "proceed");
  const decidedBy = action === "proceed" ? undefined : reasons.find((item) => item.action === action);
  let stageCap: Stage | null = null;
  if (action === "proceed-with-advisory") stageCap = radicularPain === "radicular" ? "symptom-modulation" : "movement-control";
  else if (action !== "proceed") stageCap = "symptom-modulation";
  return Object.freeze({
    action,
    ruleId: decidedBy?.ruleId ?? fallbackRule,
    reasons: Object.freeze(reasons),
    safetyNet: safetyNetText(action),
    advisories: Object.freeze([...into.advisories]),
    stageCap,
    trainingAllowed: allowsTraining(action),
    flags: Object.freeze([...into.flags]),
    radicularPain,
    excludedDirections: Object.freeze([...excludedDirections]),
    nightPainRoute,
  });
}

/**
 * Screens for red flags before any training guidance (S-1…S-11): the most severe triggered
 * rule wins.
 *
 * Cauda equina features and fever with back pain are emergencies (S-1, S-3); a progressive
 * neurological deficit, a history of cancer and significant trauma need urgent referral
 * (S-2, S-4, S-5). The low-specificity flags (a first episode after 50, no improvement after
 * 4 weeks, unexplained weight loss, night pain no position eases, steroid use,
 * immunosuppression, …) are counted: one → proceed with advisory, two or more → stop until
 * cleared (S-6). Radicular pain in one leg caps the stage at symptom modulation, or stops
 * training when there is numbness, weakness or worsening (S-7). The inflammatory screen
 * (S-8) and a positive clearing test (S-10) add advisories; under 16 is out of scope (S-11).
 * Anything above `proceed-with-advisory` allows no training output at all.
 *
 * @param input - the intake answers (omitted answers mean "no")
 * @param options - the thresholds, with {@link DEFAULT_SCREENING_OPTIONS} as defaults
 * @returns the decision: action, deciding rule, every reason, the safety-net text,
 * advisories, the stage cap, the counted flags and the excluded directions
 * @example
 * ```ts
 * screen({ ageYears: 34, saddleNumbness: true }).action;
 * // => "emergency"
 * screen({ ageYears: 58, firstEpisode: true, durationWeeks: 2 }).stageCap;
 * // => "movement-control"
 * ```
 * @category Screening
 */
export function screen(input: ScreeningInput, options: ScreeningOptions = {}): SafetyDecision {
  const o = { ...DEFAULT_SCREENING_OPTIONS, ...options };
  const into: Collector = { reasons: [], advisories: [], flags: [] };
  const age = input.ageYears;

  const radicularPain = neurological(input, into);

  // S-3: infection.
  if (input.fever === true) push(into, "S-3", "emergency", "Fever, chills or night sweats with back pain: possible spinal infection.");
  // S-6 decides what the flags mean together; each flag's own reason follows the count.
  const pending: { ruleId: RuleId; message: string }[] = [];
  const flag = (ruleId: RuleId, code: SafetyFlag, message: string): void => {
    into.flags.push(code);
    pending.push({ ruleId, message: `${message} (a flag counted by S-6).` });
  };
  if (input.ivDrugUse === true) flag("S-3", "iv-drug-use", "Intravenous drug use");
  if (input.immunosuppression === true) flag("S-3", "immunosuppression", "Immunosuppression");
  if (input.recentSpinalProcedure === true) flag("S-3", "recent-spinal-procedure", "A recent spinal procedure");
  if (input.recentInfection === true) flag("S-3", "recent-infection", "A recent infection");

  // S-4: malignancy. Henschke 2013: a history of cancer is the one informative single flag.
  if (input.cancerHistory === true) push(into, "S-4", "urgent-referral", "A history of cancer with new back pain.");
  if (input.unexplainedWeightLoss === true) flag("S-4", "unexplained-weight-loss", "Unexplained weight loss");
  const nightPain = input.nightPain ?? null;
  const nightPainRoute = routeNightPain(nightPain);
  if (nightPain !== null && !nightPain.easedByChangingPosition) {
    // T-5: night pain that no position eases is a flag, whatever its timing (safety first).
    flag("S-4", "non-positional-night-pain", "Night pain that no change of position eases");
    pending.push({ ruleId: "T-5", message: "Night pain not eased by any position goes to the safety gate as a flag (S-4, S-6)." });
  } else if (nightPainRoute === "positional") {
    push(into, "T-5", "proceed", "Night pain eased by changing position is mechanical: it is a staging input.");
  }

  // S-5: fracture.
  if (input.significantTrauma === true) push(into, "S-5", "urgent-referral", "Significant trauma at the onset: possible fracture.");
  if (input.minorTraumaOrStrenuousLift === true && (input.osteoporosis === true || input.longTermCorticosteroids === true)) {
    flag("S-5", "minor-trauma-with-bone-risk", `A minor fall or strenuous lift with ${input.osteoporosis === true ? "osteoporosis" : "long-term corticosteroids"}`);
  }
  if (input.firstEpisode === true && age !== undefined && age > o.fractureFlagAgeYears) {
    flag("S-5", "first-episode-over-60", `First-ever back pain after ${o.fractureFlagAgeYears}`);
  }

  // S-6: the other low-specificity flags.
  if (input.firstEpisode === true && age !== undefined && age > o.firstEpisodeFlagAgeYears) {
    flag("S-6", "first-episode-over-50", `A first episode of back pain after ${o.firstEpisodeFlagAgeYears}`);
  }
  if (input.improvingSinceOnset === false && input.durationWeeks !== undefined && input.durationWeeks >= o.noImprovementWeeks) {
    flag("S-6", "no-improvement-after-4-weeks", `No improvement after ${input.durationWeeks} weeks`);
  }
  if (input.longTermCorticosteroids === true) flag("S-6", "long-term-corticosteroids", "Long-term corticosteroid use");

  const count = into.flags.length;
  if (count > 0) {
    // S-6: concern comes from combinations (Finucane 2020); the counts are a design choice.
    const action: SafetyAction = count >= o.stopFlagCount ? "stop-until-cleared" : count >= o.advisoryFlagCount ? "proceed-with-advisory" : "proceed";
    push(into, "S-6", action, `${count} low-specificity flag${count === 1 ? "" : "s"} (${into.flags.join(", ")}): ${action}.`);
    for (const item of pending) push(into, item.ruleId, action, item.message);
  }

  // S-8: inflammatory back pain screen (NICE NG65).
  const features = input.inflammatoryFeatures ?? {};
  const onsetAge =
    input.onsetAgeYears ?? (age !== undefined && input.durationWeeks !== undefined ? age - input.durationWeeks / 52 : undefined);
  const criteria: string[] = [];
  if (onsetAge !== undefined && onsetAge < o.inflammatoryEarlyOnsetYears) criteria.push(`onset before ${o.inflammatoryEarlyOnsetYears}`);
  if (nightPain?.secondHalfOfNight === true) criteria.push("waking in the second half of the night");
  if (features.buttockPain === true) criteria.push("buttock pain");
  if (features.improvesWithMovement === true || nightPain?.morningStiffnessEasesWithMovement === true) criteria.push("improvement with movement");
  if (features.improvesWithNsaidsWithin48Hours === true) criteria.push("improvement within 48 hours of NSAIDs");
  if (features.firstDegreeRelativeWithSpondyloarthritis === true) criteria.push("a first-degree relative with spondyloarthritis");
  if (features.arthritis === true) criteria.push("arthritis");
  if (features.enthesitis === true) criteria.push("enthesitis");
  if (features.psoriasis === true) criteria.push("psoriasis");
  const inflammatoryEligible =
    onsetAge !== undefined && onsetAge < o.inflammatoryOnsetBeforeYears && input.durationWeeks !== undefined && input.durationWeeks >= o.inflammatoryMinimumWeeks;
  if (nightPainRoute === "inflammatory") {
    push(into, "T-5", "proceed", "Night pain in the second half of the night with morning stiffness easing with movement goes to the inflammatory screen (S-8).");
  }
  if (inflammatoryEligible && criteria.length >= o.inflammatoryCriteriaCount) {
    push(
      into,
      "S-8",
      "proceed-with-advisory",
      `Possible inflammatory back pain (${criteria.length} NICE NG65 criteria: ${list(criteria)}): ask for a routine rheumatology review; exercise is fine.`,
    );
    into.advisories.push(reason("S-8", "Ask your doctor for a routine rheumatology review (spondyloarthritis assessment); keep exercising meanwhile."));
  }

  // S-10: a note only, never a change of action or stage.
  const tests = input.clearingTests;
  if (tests !== undefined) {
    const positive = (["flexion", "extension"] as const).filter(
      (direction) => clearingTestPositive(tests[direction]) || symptomShift(tests[direction]) === "peripheralised",
    );
    if (positive.length > 0) {
      const message = `The ${positive.join(" and ")} clearing test${positive.length > 1 ? "s were" : " was"} positive: the FMS itself refers positive clearing tests to a clinician for assessment. This does not change the decision.`;
      push(into, "S-10", "proceed", message);
      into.advisories.push(reason("S-10", message));
    }
  }
  const excludedDirections = peripheralisingDirections(input);
  if (excludedDirections.length > 0) {
    into.advisories.push(
      reason("C-4", `Excluded while symptoms spread down the leg: ${excludedDirections.join(" and ")} (it peripheralised in the clearing tests).`),
    );
  }

  // S-11: out of scope below 16.
  if (age === undefined) {
    into.advisories.push(reason("S-11", "Age was not given: the age checks (S-5, S-6, S-11) could not be applied."));
  } else if (age < o.minimumAgeYears) {
    push(into, "S-11", "stop-until-cleared", `Age ${age}: this guidance is for adults and people over ${o.minimumAgeYears - 1}; see a clinician.`);
  }

  return decide(into, radicularPain, excludedDirections, nightPainRoute, "S-6", "No red flag and no low-specificity flag was found.");
}

/**
 * Re-screens at a session check-in (S-9): any S-1…S-5 feature reported is taken as new since
 * the intake and overrides all training output.
 *
 * Emergencies and urgent referrals keep their own action (S-1…S-5). The features that count
 * only as flags at intake (IV drug use, immunosuppression, a recent procedure or infection,
 * unexplained weight loss, night pain no position eases, a minor fall with bone risk, new
 * steroid use) stop training until cleared when they are new. New leg symptoms are judged
 * by S-7 (one leg below the knee caps the stage; numbness, weakness or worsening stops; both
 * legs is S-1). Call it at every session, before planning or progressing.
 *
 * @param checkIn - what the person reports today (omitted answers mean "no")
 * @returns the decision, in the same shape as {@link screen}
 * @example
 * ```ts
 * screenCheckIn({ unexplainedWeightLoss: true }).action;
 * // => "stop-until-cleared"
 * screenCheckIn({}).action;
 * // => "proceed"
 * ```
 * @category Screening
 */
export function screenCheckIn(checkIn: SessionCheckIn): SafetyDecision {
  const into: Collector = { reasons: [], advisories: [], flags: [] };
  const radicularPain = neurological(checkIn, into);
  if (checkIn.fever === true) push(into, "S-3", "emergency", "New fever, chills or night sweats with back pain: possible spinal infection.");
  if (checkIn.cancerHistory === true) push(into, "S-4", "urgent-referral", "A history of cancer reported with the back pain.");
  if (checkIn.significantTrauma === true) push(into, "S-5", "urgent-referral", "New significant trauma: possible fracture.");

  const nightPain = checkIn.nightPain ?? null;
  const nightPainRoute = routeNightPain(nightPain);
  const newFeatures: [SafetyFlag, string][] = [];
  if (checkIn.ivDrugUse === true) newFeatures.push(["iv-drug-use", "intravenous drug use (S-3)"]);
  if (checkIn.immunosuppression === true) newFeatures.push(["immunosuppression", "immunosuppression (S-3)"]);
  if (checkIn.recentSpinalProcedure === true) newFeatures.push(["recent-spinal-procedure", "a recent spinal procedure (S-3)"]);
  if (checkIn.recentInfection === true) newFeatures.push(["recent-infection", "a recent infection (S-3)"]);
  if (checkIn.unexplainedWeightLoss === true) newFeatures.push(["unexplained-weight-loss", "unexplained weight loss (S-4)"]);
  if (nightPain !== null && !nightPain.easedByChangingPosition) newFeatures.push(["non-positional-night-pain", "night pain that no position eases (S-4)"]);
  if (checkIn.minorTraumaOrStrenuousLift === true && (checkIn.osteoporosis === true || checkIn.longTermCorticosteroids === true)) {
    newFeatures.push(["minor-trauma-with-bone-risk", "a minor fall or strenuous lift with bone risk (S-5)"]);
  }
  if (checkIn.longTermCorticosteroids === true) newFeatures.push(["long-term-corticosteroids", "long-term corticosteroid use (S-5)"]);
  for (const [code, text] of newFeatures) {
    into.flags.push(code);
    // S-9: a new S-1…S-5 feature overrides all training output.
    push(into, "S-9", "stop-until-cleared", `New since the intake: ${text}. No training until a clinician has reviewed it.`);
  }
  if (nightPainRoute === "positional") push(into, "T-5", "proceed", "Night pain eased by changing position is a staging input: re-stage.");
  if (nightPainRoute === "inflammatory") {
    into.advisories.push(reason("T-5", "Night pain in the second half of the night with morning stiffness easing with movement: run the inflammatory screen (S-8) again at the next review."));
  }
  return decide(into, radicularPain, [], nightPainRoute, "S-9", "Re-screened at check-in: no new red flag.");
}
