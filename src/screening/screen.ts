import { requireOneOf, requireOptions } from "../internal/guards.js";
import type { Reason, RuleId } from "../evidence/index.js";
import { clearingTestPositive, symptomShift } from "../classification/clearingTest.js";
import type { Direction } from "../classification/types.js";
import { routeNightPain } from "../staging/routeNightPain.js";
import type { Stage } from "../staging/types.js";
import { findClearance } from "./clearance.js";
import { screeningMessages, screeningReason } from "./messages.js";
import { AGE_QUESTION, RED_FLAG_QUESTIONS } from "./questions.js";
import { allowsTraining, SAFETY_ACTIONS } from "./types.js";
import type {
  AppliedClearance,
  ClearableFeature,
  Clearance,
  LegSymptoms,
  RadicularPain,
  RedFlagAnswer,
  RedFlagAnswers,
  SafetyAction,
  SafetyDecision,
  SafetyFlag,
  SafetyReason,
  ScreeningInput,
  SessionCheckIn,
  UnansweredQuestion,
} from "./types.js";

type FeatureKey = ClearableFeature;

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

/**
 * The safety-net text for an action: what to do now, then which symptoms mean "seek help
 * now" (every non-`proceed` result carries it; `proceed` carries the list too). With leg
 * symptoms in one leg it adds what to do if they spread (S-7).
 *
 * @param action - the safety action
 * @param options - `legSymptoms: true` adds the leg-specific line (S-7)
 * @returns the text
 * @throws TypeError when `action` is not a safety action
 * @example
 * ```ts
 * safetyNetText("stop-until-cleared").startsWith("Do not train");
 * // => true
 * ```
 * @category Screening
 */
export function safetyNetText(action: SafetyAction, options: { readonly legSymptoms?: boolean } = {}): string {
  requireOneOf("safetyNetText", "action", action, SAFETY_ACTIONS);
  requireOptions("safetyNetText", options);
  // The parts are templates (screening.safety-net.*) so spinewise/report can render them in a locale.
  const lead = screeningMessages[`screening.safety-net.lead.${action}`];
  const seekHelp = screeningMessages["screening.safety-net.seek-help"];
  // S-7: with pain in one leg, the safety net also names that leg.
  return options.legSymptoms === true ? `${lead} ${screeningMessages["screening.safety-net.leg"]} ${seekHelp}` : `${lead} ${seekHelp}`;
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
  readonly applied: AppliedClearance[];
  /** S-8: the NG65 criteria found, worded once the action is known (never "exercise is fine" behind a stop). */
  inflammatory: { readonly count: number; readonly criteria: string } | null;
}

/** A low-specificity flag waiting for S-6 to count it, with its own reason. */
interface PendingFlag {
  readonly reason: Reason;
  readonly features: readonly FeatureKey[];
  readonly code: SafetyFlag;
}

/** The S-9 reasons for a feature new since the last check-in. */
type NewFeatureCode = Extract<keyof typeof screeningMessages, `screening.new-${string}`>;

const newCollector = (): Collector => ({ reasons: [], advisories: [], flags: [], applied: [], inflammatory: null });

function push(into: Collector, why: Reason, action: SafetyAction, features: readonly FeatureKey[] = []): void {
  const base = { ...why, action };
  into.reasons.push(Object.freeze(features.length === 0 ? base : { ...base, features: Object.freeze([...features]) }));
}

const list = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;

/** A yes: only `true` (S-13: an omitted answer or "unknown" is unanswered, never read as yes or no). */
const yes = (answer: RedFlagAnswer | undefined): boolean => answer === true;

/** The leg symptoms when described; `null` for none, unanswered or "unknown". */
function legSymptomsOf(answers: RedFlagAnswers): LegSymptoms | null {
  const legs = answers.legSymptoms;
  return legs === undefined || legs === null || legs === "unknown" ? null : legs;
}

/** S-13: the red-flag questions with no yes/no (or described/none) answer. */
function unansweredQuestions(answers: RedFlagAnswers, at: "intake" | "check-in"): UnansweredQuestion[] {
  return RED_FLAG_QUESTIONS.filter((item) => answers[item.key] === undefined || answers[item.key] === "unknown").map((item) =>
    Object.freeze({ path: Object.freeze([item.key]), question: at === "intake" ? item.question : item.checkInQuestion }),
  );
}

function pushUnanswered(into: Collector, unanswered: readonly UnansweredQuestion[]): void {
  if (unanswered.length === 0) return;
  // S-13: a skipped question screens nothing, so no answer may be read as "no".
  const keys = unanswered.map((item) => item.path.join("."));
  const why =
    unanswered.length === 1
      ? screeningReason("S-13", "screening.unanswered-one", { questions: list(keys) })
      : screeningReason("S-13", "screening.unanswered-many", { count: unanswered.length, questions: list(keys) });
  push(into, why, "incomplete-screening");
}

/** S-1, S-2, S-7: the leg and cauda equina features, shared by intake and check-in. */
function neurological(answers: RedFlagAnswers, into: Collector): RadicularPain {
  const cauda: string[] = [];
  const caudaFeatures: FeatureKey[] = [];
  const feature = (key: "bladderDysfunction" | "saddleNumbness" | "bowelDysfunction" | "newSexualDysfunction", text: string): void => {
    if (yes(answers[key])) {
      cauda.push(text);
      caudaFeatures.push(key);
    }
  };
  feature("bladderDysfunction", "new bladder retention, incontinence or difficulty starting to urinate");
  feature("saddleNumbness", "saddle numbness");
  feature("bowelDysfunction", "loss of bowel control or rectal sensation");
  feature("newSexualDysfunction", "new sexual dysfunction");
  const legs = legSymptomsOf(answers);
  if (legs !== null && legs.legs === "both") {
    cauda.push("symptoms in both legs");
    caudaFeatures.push("legSymptoms");
  }
  if (cauda.length > 0) {
    // S-1: possible cauda equina syndrome is an emergency whatever else is true.
    push(into, screeningReason("S-1", "screening.cauda-equina", { features: list(cauda) }), "emergency", caudaFeatures);
  }

  const deficit: string[] = [];
  const deficitFeatures: FeatureKey[] = [];
  if (yes(answers.footDrop)) {
    deficit.push("new foot drop");
    deficitFeatures.push("footDrop");
  }
  const weakerLeg = legs !== null && legs.weakness && legs.worsening;
  if (yes(answers.worseningLegWeakness) || weakerLeg) {
    deficit.push("worsening leg weakness");
    // S-12: both answers that say so are features a clearance must name.
    if (yes(answers.worseningLegWeakness)) deficitFeatures.push("worseningLegWeakness");
    if (weakerLeg) deficitFeatures.push("legSymptoms");
  }
  if (yes(answers.gaitDisturbance)) {
    deficit.push("a change in walking");
    deficitFeatures.push("gaitDisturbance");
  }
  if (deficit.length > 0) push(into, screeningReason("S-2", "screening.neurological-deficit", { features: list(deficit) }), "urgent-referral", deficitFeatures);

  if (legs === null) return "none";
  if (legs.legs === "both") return "both-legs";
  if (legs.numbness || legs.weakness) {
    // S-7: numbness or weakness in the leg needs a clinician before training.
    const code = legs.numbness && legs.weakness ? "screening.leg-numbness-and-weakness" : legs.numbness ? "screening.leg-numbness" : "screening.leg-weakness";
    push(into, screeningReason("S-7", code, {}), "stop-until-cleared", ["legSymptoms"]);
    return "radicular-with-deficit";
  }
  if (legs.reach === "below-knee") {
    if (legs.worsening) {
      push(into, screeningReason("S-7", "screening.leg-pain-worsening", {}), "stop-until-cleared", ["legSymptoms"]);
      return "radicular-worsening";
    }
    const why = screeningReason("S-7", "screening.radicular-pain", {});
    push(into, why, "proceed-with-advisory", ["legSymptoms"]);
    // S-7 (§11): the radicular advisory is listed with the advisories, where a lifter reads them.
    into.advisories.push(why);
    return "radicular";
  }
  return "none";
}

function peripheralisingDirections(input: ScreeningInput): Direction[] {
  const tests = input.clearingTests;
  if (tests === undefined) return [];
  return (["flexion", "extension"] as const).filter((direction) => symptomShift(tests[direction]) === "peripheralised");
}

/** S-12: lifts each rule a clearance covers to `proceed-with-advisory`, and records who cleared what. */
function applyClearances(into: Collector, clearances: readonly Clearance[], reportDate: string | null): SafetyReason[] {
  return into.reasons.map((item) => {
    const clearance = findClearance(item.ruleId, item.action, item.features ?? [], clearances, reportDate);
    if (clearance === undefined) return item;
    recordClearance(into, item.ruleId, item.action, item.features ?? [], clearance);
    return Object.freeze({ ...item, ...cleared(item, clearance), action: "proceed-with-advisory" as const });
  });
}

/** S-12: a reason lifted by a clearance, saying who cleared it and when. */
const cleared = (item: Reason, clearance: Clearance): Reason =>
  screeningReason(item.ruleId, "screening.cleared", { finding: item.message, clearedBy: clearance.clearedBy, date: clearance.date }, item.evidence);

function recordClearance(into: Collector, ruleId: RuleId, lifted: SafetyAction, features: readonly FeatureKey[], clearance: Clearance): void {
  into.applied.push(
    Object.freeze({ ruleId, lifted, features: Object.freeze([...features]), clearedBy: clearance.clearedBy, date: clearance.date }),
  );
  into.advisories.push(
    screeningReason("S-12", "screening.clearance-applied", { rule: ruleId, features: list([...features]), clearedBy: clearance.clearedBy, date: clearance.date }, ["seed-003"]),
  );
}

interface Outcome {
  readonly radicularPain: RadicularPain;
  readonly excludedDirections: readonly Direction[];
  readonly nightPainRoute: SafetyDecision["nightPainRoute"];
  readonly unanswered: readonly UnansweredQuestion[];
}

function decide(into: Collector, outcome: Outcome, lifted: readonly SafetyReason[], fallback: Reason): SafetyDecision {
  const fallbackRule = fallback.ruleId;
  const collected = [...lifted];
  const provisional = collected.reduce<SafetyAction>((worst, item) => moreSevere(worst, item.action), "proceed");
  if (into.inflammatory !== null) {
    // S-8 (§11): a result that stops training never also says "exercise is fine".
    const allowed = allowsTraining(moreSevere(provisional, "proceed-with-advisory"));
    const { count, criteria } = into.inflammatory;
    const code = allowed ? "screening.inflammatory-exercise-fine" : "screening.inflammatory";
    collected.push(Object.freeze({ ...screeningReason("S-8", code, { count, criteria }), action: "proceed-with-advisory" as const }));
    into.advisories.push(screeningReason("S-8", allowed ? "screening.rheumatology-review-keep-exercising" : "screening.rheumatology-review", {}));
  }
  if (collected.every((item) => item.action === "proceed" && item.ruleId !== fallbackRule)) {
    collected.push(Object.freeze({ ...fallback, action: "proceed" as const }));
  }
  // Withheld means withheld: behind a decision that stops training, no staging input ("re-stage") is said.
  const kept = allowsTraining(provisional) ? collected : collected.filter((item) => item.ruleId !== "T-5");
  const reasons = kept
    .map((item, index) => ({ item, index }))
    .sort((a, b) => severity(a.item.action) - severity(b.item.action) || a.index - b.index)
    .map(({ item }) => item);
  const action = reasons.reduce<SafetyAction>((worst, item) => moreSevere(worst, item.action), "proceed");
  const decidedBy = action === "proceed" ? undefined : reasons.find((item) => item.action === action);
  const oneLeg = outcome.radicularPain !== "none" && outcome.radicularPain !== "both-legs";
  let stageCap: Stage | null = null;
  // T-4: leg pain (S-7), cleared or not, caps the stage at symptom modulation; other advisories at movement control.
  if (action === "proceed-with-advisory") stageCap = outcome.radicularPain === "none" ? "movement-control" : "symptom-modulation";
  else if (action !== "proceed") stageCap = "symptom-modulation";
  return Object.freeze({
    action,
    ruleId: decidedBy?.ruleId ?? fallbackRule,
    reasons: Object.freeze(reasons),
    safetyNet: safetyNetText(action, { legSymptoms: oneLeg }),
    advisories: Object.freeze([...into.advisories]),
    stageCap,
    trainingAllowed: allowsTraining(action),
    flags: Object.freeze([...into.flags]),
    radicularPain: outcome.radicularPain,
    excludedDirections: Object.freeze([...outcome.excludedDirections]),
    nightPainRoute: outcome.nightPainRoute,
    unanswered: Object.freeze([...outcome.unanswered]),
    clearances: Object.freeze([...into.applied]),
  });
}

function requireAnswers(fn: string, value: unknown, what: string): void {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new TypeError(`${fn}: ${what} must be an object of answers, got ${value === null ? "null" : Array.isArray(value) ? "an array" : typeof value}`);
  }
}

/**
 * Screens for red flags before any training guidance (S-1…S-13): the most severe triggered
 * rule wins.
 *
 * Every S-1…S-5 question and the age must be answered: an omitted answer or `"unknown"` is
 * not "no", and yields `incomplete-screening` with the unanswered questions (S-13).
 * Cauda equina features and fever with back pain are emergencies (S-1, S-3); a progressive
 * neurological deficit, a history of cancer and significant trauma need urgent referral
 * (S-2, S-4, S-5); a minor fall or strenuous lift with osteoporosis or long-term steroids is a
 * suspected fragility fracture and stops training until cleared (S-5). The low-specificity
 * flags (a first episode after 50, no improvement after 4 weeks, unexplained weight loss,
 * night pain no position eases, steroid use, immunosuppression, …) are counted: one → proceed
 * with advisory, two or more → stop until cleared (S-6). Radicular pain in one leg caps the
 * stage at symptom modulation, or stops training when there is numbness, weakness or
 * worsening (S-7). The inflammatory screen (S-8) and a positive clearing test (S-10) add
 * advisories; under 16 is out of scope (S-11). A clinician's clearance lifts exactly the
 * features it names to proceed with advisory (S-12). Anything above `proceed-with-advisory`
 * allows no training output at all.
 *
 * @param input - the intake answers; nested shapes are the caller's contract (use
 * {@link parseScreeningInput} at the boundary)
 * @param options - the thresholds, with {@link DEFAULT_SCREENING_OPTIONS} as defaults
 * @returns the decision: action, deciding rule, every reason, the safety-net text,
 * advisories, the stage cap, the counted flags, the excluded directions, the unanswered
 * questions and the clearances that applied
 * @throws TypeError when `input` or `options` is not an object
 * @example
 * ```ts
 * screen({ ...allNo, ageYears: 34, saddleNumbness: true }).action;
 * // => "emergency"
 * screen({ ageYears: 34 }).action;
 * // => "incomplete-screening"
 * screen({ ...allNo, ageYears: 58, firstEpisode: true, durationWeeks: 2 }).stageCap;
 * // => "movement-control"
 * ```
 * @category Screening
 */
export function screen(input: ScreeningInput, options: ScreeningOptions = {}): SafetyDecision {
  requireAnswers("screen", input, "input");
  requireAnswers("screen", options, "options");
  const o = { ...DEFAULT_SCREENING_OPTIONS, ...options };
  const into = newCollector();
  const age = input.ageYears;
  const clearances = input.clearances ?? [];

  const unanswered: UnansweredQuestion[] = unansweredQuestions(input, "intake");
  if (age === undefined) unanswered.push(Object.freeze({ path: Object.freeze([AGE_QUESTION.key]), question: AGE_QUESTION.question }));
  pushUnanswered(into, unanswered);

  const radicularPain = neurological(input, into);

  // S-3: infection.
  if (yes(input.fever)) push(into, screeningReason("S-3", "screening.fever", {}), "emergency", ["fever"]);
  // S-6 decides what the flags mean together; each flag's own reason follows the count.
  const pending: PendingFlag[] = [];
  const flag = (code: SafetyFlag, why: Reason, features: readonly FeatureKey[]): void => {
    into.flags.push(code);
    pending.push({ reason: why, features, code });
  };
  if (yes(input.ivDrugUse)) flag("iv-drug-use", screeningReason("S-3", "screening.flag-iv-drug-use", {}), ["ivDrugUse"]);
  if (yes(input.immunosuppression)) flag("immunosuppression", screeningReason("S-3", "screening.flag-immunosuppression", {}), ["immunosuppression"]);
  if (yes(input.recentSpinalProcedure)) flag("recent-spinal-procedure", screeningReason("S-3", "screening.flag-recent-spinal-procedure", {}), ["recentSpinalProcedure"]);
  if (yes(input.recentInfection)) flag("recent-infection", screeningReason("S-3", "screening.flag-recent-infection", {}), ["recentInfection"]);

  // S-4: malignancy. Henschke 2013: a history of cancer is the one informative single flag.
  if (yes(input.cancerHistory)) push(into, screeningReason("S-4", "screening.cancer-history", {}), "urgent-referral", ["cancerHistory"]);
  if (yes(input.unexplainedWeightLoss)) flag("unexplained-weight-loss", screeningReason("S-4", "screening.flag-unexplained-weight-loss", {}), ["unexplainedWeightLoss"]);
  const nightPain = input.nightPain === "unknown" ? null : (input.nightPain ?? null);
  const nightPainRoute = routeNightPain(nightPain);
  if (nightPainRoute === "non-positional") {
    // T-5: night pain that no position eases is a flag. S-8/T-5 (§11): the inflammatory pattern is
    // routed to S-8 instead, so one fact is not counted twice.
    flag("non-positional-night-pain", screeningReason("S-4", "screening.flag-non-positional-night-pain", {}), ["nightPain"]);
    pending.push({ reason: screeningReason("T-5", "screening.night-pain-to-safety-gate", {}), features: ["nightPain"], code: "non-positional-night-pain" });
  } else if (nightPainRoute === "positional") {
    push(into, screeningReason("T-5", "screening.night-pain-positional", {}), "proceed");
  }

  // S-5: fracture.
  if (yes(input.significantTrauma)) push(into, screeningReason("S-5", "screening.significant-trauma", {}), "urgent-referral", ["significantTrauma"]);
  if (yes(input.minorTraumaOrStrenuousLift) && (yes(input.osteoporosis) || yes(input.longTermCorticosteroids))) {
    // S-5 (§11): a suspected fragility fracture is assessed before any loading.
    const risk: FeatureKey = yes(input.osteoporosis) ? "osteoporosis" : "longTermCorticosteroids";
    const why = screeningReason("S-5", risk === "osteoporosis" ? "screening.fragility-osteoporosis" : "screening.fragility-corticosteroids", {});
    push(into, why, "stop-until-cleared", ["minorTraumaOrStrenuousLift", risk]);
  }
  // S-5, S-6 (§11): a first episode after 60 is also one after 50 — one fact, one flag.
  if (input.firstEpisode === true && age !== undefined && age > o.fractureFlagAgeYears) {
    flag("first-episode-over-60", screeningReason("S-5", "screening.flag-first-episode-over-60", { age: o.fractureFlagAgeYears }), ["firstEpisode"]);
  } else if (input.firstEpisode === true && age !== undefined && age > o.firstEpisodeFlagAgeYears) {
    flag("first-episode-over-50", screeningReason("S-6", "screening.flag-first-episode-over-50", { age: o.firstEpisodeFlagAgeYears }), ["firstEpisode"]);
  }

  // S-6: the other low-specificity flags.
  if (input.improvingSinceOnset === false && input.durationWeeks !== undefined && input.durationWeeks >= o.noImprovementWeeks) {
    flag("no-improvement-after-4-weeks", screeningReason("S-6", "screening.flag-no-improvement", { weeks: input.durationWeeks }), ["improvingSinceOnset"]);
  }
  if (yes(input.longTermCorticosteroids)) flag("long-term-corticosteroids", screeningReason("S-6", "screening.flag-long-term-corticosteroids", {}), ["longTermCorticosteroids"]);

  countFlags(into, pending, clearances, o);
  inflammatoryScreen(input, nightPain, nightPainRoute, into, o);
  clearingTestNotes(input, into);
  const excludedDirections = peripheralisingDirections(input);
  if (excludedDirections.length > 0) {
    const [first, second] = excludedDirections;
    into.advisories.push(
      second === undefined
        ? screeningReason("C-4", "screening.excluded-direction", { direction: first ?? "" })
        : screeningReason("C-4", "screening.excluded-directions", { first: first ?? "", second }),
    );
  }

  // S-11: out of scope below 16 (a missing age is unanswered, S-13).
  if (age !== undefined && age < o.minimumAgeYears) {
    push(into, screeningReason("S-11", "screening.under-minimum-age", { age, minimumAge: o.minimumAgeYears }), "stop-until-cleared");
  }

  const lifted = applyClearances(into, clearances, null);
  return decide(into, { radicularPain, excludedDirections, nightPainRoute, unanswered }, lifted, screeningReason("S-6", "screening.no-flag", {}));
}

/** S-6: the flags counted together; a flag a clearance covers no longer counts, and says who cleared it (S-12). */
function countFlags(
  into: Collector,
  pending: readonly PendingFlag[],
  clearances: readonly Clearance[],
  o: Readonly<Required<ScreeningOptions>>,
): void {
  const count = into.flags.length;
  if (count === 0) return;
  const actionFor = (n: number): SafetyAction => (n >= o.stopFlagCount ? "stop-until-cleared" : n >= o.advisoryFlagCount ? "proceed-with-advisory" : "proceed");
  const uncounted = actionFor(count);
  const clearedBy = new Map<SafetyFlag, Clearance>();
  for (const item of pending) {
    const clearance = findClearance("S-6", "stop-until-cleared", item.features, clearances, null);
    if (clearance !== undefined && !clearedBy.has(item.code)) clearedBy.set(item.code, clearance);
  }
  const remaining = into.flags.filter((code) => !clearedBy.has(code));
  // S-12: cleared flags still leave an advisory; the rest are counted as S-6 says.
  const action = clearedBy.size > 0 ? moreSevere(actionFor(remaining.length), "proceed-with-advisory") : uncounted;
  const flags = into.flags.join(", ");
  const clearedList = [...clearedBy.keys()].join(", ");
  // S-6: concern comes from combinations (Finucane 2020); the counts are a design choice.
  const counted =
    clearedBy.size === 0
      ? count === 1
        ? screeningReason("S-6", "screening.flag-count-one", { flags, action })
        : screeningReason("S-6", "screening.flag-count-many", { count, flags, action })
      : count === 1
        ? screeningReason("S-6", "screening.flag-count-one-cleared", { flags, cleared: clearedList, action })
        : screeningReason("S-6", "screening.flag-count-many-cleared", { count, flags, cleared: clearedList, action });
  push(into, counted, action, []);
  for (const [code, clearance] of clearedBy) {
    const features = pending.filter((item) => item.code === code).flatMap((item) => item.features);
    if (uncounted !== action) recordClearance(into, "S-6", uncounted, [...new Set(features)], clearance);
  }
  for (const item of pending) {
    const clearance = clearedBy.get(item.code);
    push(into, clearance === undefined ? item.reason : cleared(item.reason, clearance), clearance === undefined ? action : "proceed-with-advisory");
  }
}

/** S-8: the inflammatory back pain screen (NICE NG65); worded in {@link decide}, once the action is known. */
function inflammatoryScreen(
  input: ScreeningInput,
  nightPain: ScreeningInput["nightPain"] & object | null,
  nightPainRoute: SafetyDecision["nightPainRoute"],
  into: Collector,
  o: Readonly<Required<ScreeningOptions>>,
): void {
  const age = input.ageYears;
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
  const eligible =
    onsetAge !== undefined && onsetAge < o.inflammatoryOnsetBeforeYears && input.durationWeeks !== undefined && input.durationWeeks >= o.inflammatoryMinimumWeeks;
  if (nightPainRoute === "inflammatory") {
    push(into, screeningReason("T-5", "screening.night-pain-inflammatory", {}), "proceed");
  }
  if (eligible && criteria.length >= o.inflammatoryCriteriaCount) into.inflammatory = { count: criteria.length, criteria: list(criteria) };
}

/** S-10: a note only, never a change of action or stage. */
function clearingTestNotes(input: ScreeningInput, into: Collector): void {
  const tests = input.clearingTests;
  if (tests === undefined) return;
  const positive = (["flexion", "extension"] as const).filter(
    (direction) => clearingTestPositive(tests[direction]) || symptomShift(tests[direction]) === "peripheralised",
  );
  if (positive.length === 0) return;
  const [first, second] = positive;
  const why =
    second === undefined
      ? screeningReason("S-10", "screening.clearing-test-positive", { direction: first ?? "" })
      : screeningReason("S-10", "screening.clearing-tests-positive", { first: first ?? "", second });
  push(into, why, "proceed");
  into.advisories.push(why);
}

/**
 * Re-screens at a session check-in (S-9): any S-1…S-5 feature reported is taken as new or
 * worse since the last check-in and overrides all training output.
 *
 * Every question must be answered, as at intake (S-13). Emergencies and urgent referrals keep
 * their own action (S-1…S-5). The features that count only as flags at intake (IV drug use,
 * immunosuppression, a recent procedure or infection, unexplained weight loss, night pain no
 * position eases, new steroid use) stop training until cleared when they are new; so does a
 * minor fall or strenuous lift with bone risk (S-5). New leg symptoms are judged by S-7 (one
 * leg below the knee caps the stage; numbness, weakness or worsening stops; both legs is S-1).
 * A clearance dated on or after the check-in lifts what it names (S-12); a check-in dated after
 * a clearance reports something new or worse, which the clearance never covers. Call it at
 * every session, before planning or progressing.
 *
 * @param checkIn - what the person reports today; nested shapes are the caller's contract (use
 * {@link parseSessionCheckIn} at the boundary)
 * @returns the decision, in the same shape as {@link screen}
 * @throws TypeError when `checkIn` is not an object
 * @example
 * ```ts
 * screenCheckIn({ ...allNo, unexplainedWeightLoss: true }).action;
 * // => "stop-until-cleared"
 * screenCheckIn({ ...allNo }).action;
 * // => "proceed"
 * screenCheckIn({}).action;
 * // => "incomplete-screening"
 * ```
 * @category Screening
 */
export function screenCheckIn(checkIn: SessionCheckIn): SafetyDecision {
  requireAnswers("screenCheckIn", checkIn, "checkIn");
  const into = newCollector();
  const unanswered = unansweredQuestions(checkIn, "check-in");
  pushUnanswered(into, unanswered);
  const radicularPain = neurological(checkIn, into);
  if (yes(checkIn.fever)) push(into, screeningReason("S-3", "screening.check-in-fever", {}), "emergency", ["fever"]);
  if (yes(checkIn.cancerHistory)) push(into, screeningReason("S-4", "screening.check-in-cancer-history", {}), "urgent-referral", ["cancerHistory"]);
  if (yes(checkIn.significantTrauma)) push(into, screeningReason("S-5", "screening.check-in-significant-trauma", {}), "urgent-referral", ["significantTrauma"]);

  const nightPain = checkIn.nightPain === "unknown" ? null : (checkIn.nightPain ?? null);
  const nightPainRoute = routeNightPain(nightPain);
  const newFeatures: [SafetyFlag | null, NewFeatureCode, FeatureKey[]][] = [];
  if (yes(checkIn.ivDrugUse)) newFeatures.push(["iv-drug-use", "screening.new-iv-drug-use", ["ivDrugUse"]]);
  if (yes(checkIn.immunosuppression)) newFeatures.push(["immunosuppression", "screening.new-immunosuppression", ["immunosuppression"]]);
  if (yes(checkIn.recentSpinalProcedure)) newFeatures.push(["recent-spinal-procedure", "screening.new-recent-spinal-procedure", ["recentSpinalProcedure"]]);
  if (yes(checkIn.recentInfection)) newFeatures.push(["recent-infection", "screening.new-recent-infection", ["recentInfection"]]);
  if (yes(checkIn.unexplainedWeightLoss)) newFeatures.push(["unexplained-weight-loss", "screening.new-unexplained-weight-loss", ["unexplainedWeightLoss"]]);
  if (nightPainRoute === "non-positional") newFeatures.push(["non-positional-night-pain", "screening.new-non-positional-night-pain", ["nightPain"]]);
  if (yes(checkIn.minorTraumaOrStrenuousLift) && (yes(checkIn.osteoporosis) || yes(checkIn.longTermCorticosteroids))) {
    const risk: FeatureKey = yes(checkIn.osteoporosis) ? "osteoporosis" : "longTermCorticosteroids";
    newFeatures.push([null, "screening.new-fragility-fracture", ["minorTraumaOrStrenuousLift", risk]]);
  }
  if (yes(checkIn.longTermCorticosteroids)) newFeatures.push(["long-term-corticosteroids", "screening.new-long-term-corticosteroids", ["longTermCorticosteroids"]]);
  for (const [code, messageCode, features] of newFeatures) {
    if (code !== null) into.flags.push(code);
    // S-9: a new S-1…S-5 feature overrides all training output.
    push(into, screeningReason("S-9", messageCode, {}), "stop-until-cleared", features);
  }
  if (nightPainRoute === "positional") push(into, screeningReason("T-5", "screening.check-in-night-pain-positional", {}), "proceed");
  if (nightPainRoute === "inflammatory") into.advisories.push(screeningReason("T-5", "screening.check-in-night-pain-inflammatory", {}));
  const clearances = checkIn.clearances ?? [];
  if (clearances.length > 0 && checkIn.date === undefined) {
    // S-12: a clearance covers features as they stood on its date; an undated report cannot be matched.
    into.advisories.push(screeningReason("S-12", "screening.clearance-undated", {}));
  }
  const lifted = applyClearances(into, checkIn.date === undefined ? [] : clearances, checkIn.date ?? null);
  return decide(into, { radicularPain, excludedDirections: [], nightPainRoute, unanswered }, lifted, screeningReason("S-9", "screening.check-in-clear", {}));
}
