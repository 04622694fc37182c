/**
 * The safety gate's action vocabulary, shared by every module that must respect it.
 */
import type { Decision, Reason } from "../evidence/index.js";
import type { ClearingTests, Direction } from "../classification/types.js";
import type { NightPain, NightPainRoute, Stage } from "../staging/types.js";

/**
 * What the safety gate says to do, most to least severe.
 * Anything above `proceed-with-advisory` means no training output at all.
 * @category Screening
 */
export type SafetyAction = "emergency" | "urgent-referral" | "stop-until-cleared" | "proceed-with-advisory" | "proceed";

/**
 * Safety actions ordered from most to least severe (S rules: the most severe triggered rule wins).
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
  "proceed-with-advisory",
  "proceed",
] as const);

/**
 * Whether an action allows any training output (only `proceed` and `proceed-with-advisory` do).
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
 * The red-flag questions asked at intake and again at every session check-in (S-1…S-5).
 * An omitted answer means "no".
 * @category Screening
 */
export interface RedFlagAnswers {
  /** S-1: new retention or incontinence of urine, or difficulty starting to urinate. */
  readonly bladderDysfunction?: boolean;
  /** S-1: numbness in the saddle area (perineum, genitals, around the anus). */
  readonly saddleNumbness?: boolean;
  /** S-1: loss of bowel control or of rectal sensation. */
  readonly bowelDysfunction?: boolean;
  /** S-1: new sexual dysfunction. */
  readonly newSexualDysfunction?: boolean;
  /** S-1 (both legs), S-2 (worsening weakness), S-7 (one leg below the knee). */
  readonly legSymptoms?: LegSymptoms | null;
  /** S-2: new foot drop. */
  readonly footDrop?: boolean;
  /** S-2: leg weakness that is getting worse. */
  readonly worseningLegWeakness?: boolean;
  /** S-2: a change in walking (tripping, unsteadiness). */
  readonly gaitDisturbance?: boolean;
  /** S-3: fever, chills or night sweats with the back pain. */
  readonly fever?: boolean;
  /** S-3 (S-6 flag): intravenous drug use. */
  readonly ivDrugUse?: boolean;
  /** S-3 (S-6 flag): immunosuppression (drugs or illness). */
  readonly immunosuppression?: boolean;
  /** S-3 (S-6 flag): a recent spinal procedure (injection, surgery). */
  readonly recentSpinalProcedure?: boolean;
  /** S-3 (S-6 flag): a recent infection elsewhere in the body. */
  readonly recentInfection?: boolean;
  /** S-4: a history of cancer (with new back pain). */
  readonly cancerHistory?: boolean;
  /** S-4 (S-6 flag): weight loss with no explanation. */
  readonly unexplainedWeightLoss?: boolean;
  /** S-4, S-6, S-8, T-5: night pain; omit or `null` when there is none. */
  readonly nightPain?: NightPain | null;
  /** S-5: significant trauma (a fall from height, a road accident). */
  readonly significantTrauma?: boolean;
  /** S-5 (S-6 flag with osteoporosis or corticosteroids): a minor fall or a strenuous lift at onset. */
  readonly minorTraumaOrStrenuousLift?: boolean;
  /** S-5: known osteoporosis. */
  readonly osteoporosis?: boolean;
  /** S-5, S-6 flag: long-term corticosteroid (steroid) use. */
  readonly longTermCorticosteroids?: boolean;
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
}

/**
 * What the person reports at a session check-in (S-9): any red-flag feature reported here is
 * taken as new since the intake.
 * @category Screening
 */
export interface SessionCheckIn extends RedFlagAnswers {
  /** The check-in date, `YYYY-MM-DD`, for the record. */
  readonly date?: string;
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
  | "recent-infection"
  | "minor-trauma-with-bone-risk";

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
}
