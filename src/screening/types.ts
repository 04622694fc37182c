/**
 * The safety gate's action vocabulary, shared by every module that must respect it.
 */
import type { Decision, Reason, RuleId } from "../evidence/index.js";
import type { ClearingTests, Direction } from "../classification/types.js";
import type { NightPain, NightPainRoute, Stage } from "../staging/types.js";

/**
 * What the safety gate says to do, most to least severe.
 * Anything above `proceed-with-advisory` means no training output at all.
 * @category Screening
 */
export type SafetyAction =
  | "emergency"
  | "urgent-referral"
  | "stop-until-cleared"
  | "incomplete-screening"
  | "proceed-with-advisory"
  | "proceed";

/**
 * Safety actions ordered from most to least severe (S rules: the most severe triggered rule wins).
 * `incomplete-screening` (S-13) sits below the actions a found red flag asks for: a flag that was
 * found decides over a question left unanswered, and both give no training output.
 *
 * @example
 * ```ts
 * SAFETY_ACTIONS[0];
 * // => "emergency"
 * ```
 * @category Screening
 */
export const SAFETY_ACTIONS: readonly SafetyAction[] = Object.freeze([
  "emergency",
  "urgent-referral",
  "stop-until-cleared",
  "incomplete-screening",
  "proceed-with-advisory",
  "proceed",
] as const);

/**
 * Whether an action allows any training output (only `proceed` and `proceed-with-advisory` do;
 * `incomplete-screening` does not, S-13).
 *
 * @param action - a safety action
 * @returns true when training guidance may be given
 * @example
 * ```ts
 * allowsTraining("stop-until-cleared");
 * // => false
 * ```
 * @category Screening
 */
export function allowsTraining(action: SafetyAction): boolean {
  return action === "proceed" || action === "proceed-with-advisory";
}

/**
 * Leg symptoms as the person describes them (S-1, S-2, S-7).
 * @category Screening
 */
export interface LegSymptoms {
  /** One leg, or both legs (both legs is a cauda equina feature, S-1). */
  readonly legs: "one" | "both";
  /** How far down the leg the symptoms reach. */
  readonly reach: "above-knee" | "below-knee";
  /** Numbness or pins and needles in the leg. */
  readonly numbness: boolean;
  /** Weakness in the leg. */
  readonly weakness: boolean;
  /** Whether the leg symptoms are getting worse (spreading, stronger, weaker). */
  readonly worsening: boolean;
}

/**
 * The NICE NG65 criteria for the inflammatory back pain screen other than the night and
 * morning features, which come from {@link NightPain} (S-8, T-5).
 * @category Screening
 */
export interface InflammatoryFeatures {
  readonly buttockPain?: boolean;
  /** Back pain improves with movement. */
  readonly improvesWithMovement?: boolean;
  /** Back pain improves within 48 hours of taking an NSAID. */
  readonly improvesWithNsaidsWithin48Hours?: boolean;
  readonly firstDegreeRelativeWithSpondyloarthritis?: boolean;
  /** Current or past arthritis. */
  readonly arthritis?: boolean;
  /** Current or past enthesitis (pain where tendons attach, e.g. the heel). */
  readonly enthesitis?: boolean;
  /** Current or past psoriasis. */
  readonly psoriasis?: boolean;
}

/**
 * An answer to a yes/no red-flag question: `"unknown"` is "don't know", which screens nothing
 * and counts as unanswered (S-13), as does an omitted answer.
 * @category Screening
 */
export type RedFlagAnswer = boolean | "unknown";

/**
 * The red-flag questions asked at intake and again at every session check-in (S-1…S-5).
 * Every one must be answered (S-13): an omitted answer or `"unknown"` is not "no", and yields
 * `incomplete-screening`. The questions in words are {@link RED_FLAG_QUESTIONS}.
 * @category Screening
 */
export interface RedFlagAnswers {
  /** S-1: new retention or incontinence of urine, or difficulty starting to urinate. */
  readonly bladderDysfunction?: RedFlagAnswer;
  /** S-1: numbness in the saddle area (perineum, genitals, around the anus). */
  readonly saddleNumbness?: RedFlagAnswer;
  /** S-1: loss of bowel control or of rectal sensation. */
  readonly bowelDysfunction?: RedFlagAnswer;
  /** S-1: new sexual dysfunction. */
  readonly newSexualDysfunction?: RedFlagAnswer;
  /** S-1 (both legs), S-2 (worsening weakness), S-7 (one leg below the knee); `null` when there are none. */
  readonly legSymptoms?: LegSymptoms | null | "unknown";
  /** S-2: new foot drop. */
  readonly footDrop?: RedFlagAnswer;
  /** S-2: leg weakness that is getting worse. */
  readonly worseningLegWeakness?: RedFlagAnswer;
  /** S-2: a change in walking (tripping, unsteadiness). */
  readonly gaitDisturbance?: RedFlagAnswer;
  /** S-3: fever, chills or night sweats with the back pain. */
  readonly fever?: RedFlagAnswer;
  /** S-3 (S-6 flag): intravenous drug use. */
  readonly ivDrugUse?: RedFlagAnswer;
  /** S-3 (S-6 flag): immunosuppression (drugs or illness). */
  readonly immunosuppression?: RedFlagAnswer;
  /** S-3 (S-6 flag): a recent spinal procedure (injection, surgery). */
  readonly recentSpinalProcedure?: RedFlagAnswer;
  /** S-3 (S-6 flag): a recent infection elsewhere in the body. */
  readonly recentInfection?: RedFlagAnswer;
  /** S-4: a history of cancer (with new back pain). */
  readonly cancerHistory?: RedFlagAnswer;
  /** S-4 (S-6 flag): weight loss with no explanation. */
  readonly unexplainedWeightLoss?: RedFlagAnswer;
  /** S-4, S-6, S-8, T-5: night pain; `null` when there is none. */
  readonly nightPain?: NightPain | null | "unknown";
  /** S-5: significant trauma (a fall from height, a road accident). */
  readonly significantTrauma?: RedFlagAnswer;
  /** S-5 (S-6 flag with osteoporosis or corticosteroids): a minor fall or a strenuous lift at onset. */
  readonly minorTraumaOrStrenuousLift?: RedFlagAnswer;
  /** S-5: known osteoporosis. */
  readonly osteoporosis?: RedFlagAnswer;
  /** S-5, S-6 flag: long-term corticosteroid (steroid) use. */
  readonly longTermCorticosteroids?: RedFlagAnswer;
}

/**
 * Everything the safety gate asks at intake (S-1…S-11).
 * @category Screening
 */
export interface ScreeningInput extends RedFlagAnswers {
  /** Age in whole years; needed for S-11 and the age flags of S-5 and S-6. */
  readonly ageYears?: number;
  /** Whether this is the person's first-ever episode of back pain (S-5, S-6). */
  readonly firstEpisode?: boolean;
  /** How long this episode has lasted, in whole weeks (S-6, S-8). */
  readonly durationWeeks?: number;
  /** Whether the pain has been improving since it started (S-6: no improvement after 4 weeks is a flag). */
  readonly improvingSinceOnset?: boolean;
  /** Age when back pain first started, in whole years (S-8); derived from age and duration when omitted. */
  readonly onsetAgeYears?: number;
  /** The NICE NG65 criteria (S-8). */
  readonly inflammatoryFeatures?: InflammatoryFeatures;
  /** The two clearing tests, when run (S-7 excluded directions, S-10 advisory). */
  readonly clearingTests?: ClearingTests;
  /** Clinicians' clearances of features found before (S-12). */
  readonly clearances?: readonly Clearance[];
}

/**
 * What the person reports at a session check-in (S-9): any red-flag feature reported here is
 * taken as new or worse since the last check-in. Every question must be answered (S-13).
 * @category Screening
 */
export interface SessionCheckIn extends RedFlagAnswers {
  /** The check-in date, `YYYY-MM-DD`; a clearance is matched to it (S-12), so give it. */
  readonly date?: string;
  /** Clinicians' clearances (S-12): one covers what this check-in reports only if dated on or after it. */
  readonly clearances?: readonly Clearance[];
}

/**
 * What a clearance can name (S-12): a red-flag answer, or one of the two intake answers behind
 * an S-6 flag (`firstEpisode` with the age, `improvingSinceOnset` with the duration).
 * @category Screening
 */
export type ClearableFeature = keyof RedFlagAnswers | "firstEpisode" | "improvingSinceOnset";

/**
 * A clinician's clearance to train (S-12; seed 003: "once a medical care provider has cleared
 * you to exercise"). It lifts `stop-until-cleared` and `urgent-referral` to
 * `proceed-with-advisory` for exactly the features it names, as they stood on its date. It never
 * lifts a feature it does not name, a feature reported new or worse after its date, an emergency
 * unless it names the feature and `assessedEmergency` is true, S-11 (under 16) or unanswered
 * questions (S-13).
 * @category Screening
 */
export interface Clearance {
  /** The day the clinician cleared the person, `YYYY-MM-DD`. */
  readonly date: string;
  /** Who cleared it, e.g. "Dr A. Patel (GP)". */
  readonly clearedBy: string;
  /** The answers the clearance covers (keys of {@link RedFlagAnswers}, or `firstEpisode`, `improvingSinceOnset`). */
  readonly covers: readonly ClearableFeature[];
  /** The emergency features it names were assessed as such (e.g. emergency imaging): needed to lift an emergency. */
  readonly assessedEmergency?: boolean;
  /** Free text kept with the record. */
  readonly note?: string;
}

/**
 * A clearance that changed the decision: which rule's action it lifted, for which features,
 * by whom and when (S-12).
 * @category Screening
 */
export interface AppliedClearance {
  readonly ruleId: RuleId;
  /** The action the rule asked for before the clearance. */
  readonly lifted: SafetyAction;
  readonly features: readonly ClearableFeature[];
  readonly clearedBy: string;
  readonly date: string;
}

/**
 * A red-flag question left unanswered (S-13): where its answer goes and the question in words.
 * @category Screening
 */
export interface UnansweredQuestion {
  /** The path of the answer in the input that was screened (e.g. `["fever"]`; an intake prefixes `"screening"`). */
  readonly path: readonly (string | number)[];
  readonly question: string;
}

/**
 * A low-specificity flag counted by the combination rule (S-6).
 * @category Screening
 */
export type SafetyFlag =
  | "first-episode-over-50"
  | "first-episode-over-60"
  | "no-improvement-after-4-weeks"
  | "unexplained-weight-loss"
  | "non-positional-night-pain"
  | "long-term-corticosteroids"
  | "immunosuppression"
  | "iv-drug-use"
  | "recent-spinal-procedure"
  | "recent-infection";

/**
 * What the leg symptoms mean for the safety gate (S-1, S-7).
 * @category Screening
 */
export type RadicularPain = "none" | "radicular" | "radicular-with-deficit" | "radicular-worsening" | "both-legs";

/**
 * A reason from the safety gate, with the action that rule alone asks for.
 * @category Screening
 */
export interface SafetyReason extends Reason {
  readonly action: SafetyAction;
  /** The answers that triggered the rule: what a clearance must name to lift it (S-12). */
  readonly features?: readonly ClearableFeature[];
}

/**
 * The safety gate's decision (S-1…S-11): the most severe triggered rule wins.
 * Only `proceed` and `proceed-with-advisory` allow any training output.
 * @category Screening
 */
export interface SafetyDecision extends Decision<SafetyAction> {
  /** Every rule that triggered, most severe first (S-10 and T-5 notes included). */
  readonly reasons: readonly SafetyReason[];
  /** Which symptoms mean "seek help now"; worded for the action. */
  readonly safetyNet: string;
  /** Notes that never change the action or the stage (S-10, S-8 review, missing answers). */
  readonly advisories: readonly Reason[];
  /** The most advanced stage allowed (T-4): `null` when uncapped. */
  readonly stageCap: Stage | null;
  /** Whether any training output may be given (only `proceed` and `proceed-with-advisory`). */
  readonly trainingAllowed: boolean;
  /** The low-specificity flags counted by S-6. */
  readonly flags: readonly SafetyFlag[];
  /** What the leg symptoms mean (S-1, S-7). */
  readonly radicularPain: RadicularPain;
  /** Directions that peripheralised in the clearing tests, excluded while radicular (S-7, C-4). */
  readonly excludedDirections: readonly Direction[];
  /** Where the night pain went (T-5). */
  readonly nightPainRoute: NightPainRoute;
  /** The red-flag questions left unanswered (S-13); empty when every one was answered. */
  readonly unanswered: readonly UnansweredQuestion[];
  /** The clearances that lifted an action (S-12); empty when none applied. */
  readonly clearances: readonly AppliedClearance[];
}
