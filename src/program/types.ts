/**
 * The planner's vocabulary: the assessment, the options of a week or a session, and the plans.
 *
 * A safety action above `proceed-with-advisory` is modelled as its own type with no sessions,
 * so a plan cannot exist for a person who must not train (S rules).
 */
import type { Reason, Finding, RuleId } from "../evidence/index.js";
import type { Clearance, SafetyAction, SafetyDecision, SessionCheckIn, UnansweredQuestion } from "../screening/types.js";
import type { DirectionResult, EmphasisFocus } from "../classification/types.js";
import type { Stage, StageResult } from "../staging/types.js";
import type {
  Equipment,
  Exercise,
  ExerciseId,
  LadderId,
  LadderProgress,
  SuitabilityAction,
  TrainingProfile,
} from "../catalog/types.js";
import type { LegBlock } from "../volume/types.js";
import type { DayFocus } from "./weekFrame.js";
import type { AcwrMethod, LoggedSession, Zone } from "../load/types.js";
import type { WeekProjection } from "../load/projectWeek.js";
import type { DeloadTrigger, ExerciseLog, LadderExposure, WeekSummary } from "../progression/index.js";

/**
 * The two safety actions that allow training output.
 * @category Program
 */
export type TrainingAction = Extract<SafetyAction, "proceed" | "proceed-with-advisory">;

/**
 * The safety actions that withhold every training output (S-1…S-11, and S-13's
 * `incomplete-screening`).
 * @category Program
 */
export type WithholdingAction = Exclude<SafetyAction, TrainingAction>;

/**
 * Something a plan should stress, from the lower-crossed questions (C-7), the direction
 * (C-5, §8) and the stage (T rules).
 * @category Program
 */
export type ProgramEmphasis =
  | EmphasisFocus
  | "bracing"
  | "thoracic-mobility"
  | "hip-mobility"
  | "directional-preference"
  | "position-changes";

/**
 * One emphasis with the reason it was chosen.
 * @category Program
 */
export interface EmphasisItem {
  readonly focus: ProgramEmphasis;
  readonly reason: Reason;
}

/**
 * An assessment that allows training: the safety decision, the direction, the stage, the
 * emphasis, the contraindication profile, the advisories and every reason.
 * @category Program
 */
export interface ClearedAssessment {
  readonly status: "cleared";
  readonly action: TrainingAction;
  readonly safety: SafetyDecision;
  readonly direction: DirectionResult;
  readonly stage: StageResult;
  readonly emphasis: readonly EmphasisItem[];
  /** What the catalog's contraindication policy needs (`suitability`). */
  readonly profile: TrainingProfile;
  /** Notes that do not change what the person may do (S-8, S-10, C-6, L-7 …). */
  readonly advisories: readonly Reason[];
  /** Every reason, in the order the steps ran: screening, classification, emphasis, staging. */
  readonly reasons: readonly Reason[];
  /** Which symptoms mean "seek help now". */
  readonly safetyNet: string;
}

/**
 * An assessment that withholds training: only the action, its reasons and the safety net.
 * There is no direction, stage or plan (S rules: no training output at all).
 * @category Program
 */
export interface WithheldAssessment {
  readonly status: "withheld";
  readonly action: WithholdingAction;
  readonly ruleId: RuleId;
  readonly safety: SafetyDecision;
  readonly reasons: readonly Reason[];
  readonly safetyNet: string;
  /** The safety questions to answer before anything is planned (S-13), with paths into the intake; empty otherwise. */
  readonly unanswered: readonly UnansweredQuestion[];
}

/**
 * The result of {@link assess}: cleared to train (with everything a plan needs) or withheld.
 * @category Program
 */
export type Assessment = ClearedAssessment | WithheldAssessment;

/**
 * What the planner knows about the past: exercise logs for dose progression, ladder
 * progress, completed weeks for deloads and a training log for the ACWR.
 * @category Program
 */
export interface PlanHistory {
  /** Ladder steps earned since the intake; the higher of this and the intake's step wins (P-1, P-2, L-6). */
  readonly ladderProgress?: LadderProgress;
  /**
   * Exposures to each ladder's steps with the pain response, oldest first. For a ladder with
   * exposures, `nextLadderStep` sets the step this week (advance after green exposures, drop back
   * on red: P-1, P-2, L-4, L-6), whatever the intake said.
   */
  readonly ladderExposures?: Partial<Readonly<Record<LadderId, readonly LadderExposure[]>>>;
  /** Completed weeks, oldest first, for `deloadDue` (P-7, A-7, L-3). */
  readonly weeks?: readonly WeekSummary[];
  /** Logged sessions (session RPE × minutes) for the ACWR (A-1…A-7). */
  readonly trainingLog?: readonly LoggedSession[];
  /** Logged sessions of single exercises with the pain response, oldest first, for dose progression (`nextDose`). */
  readonly exerciseLogs?: readonly ExerciseLog[];
  /**
   * Clinicians' clearances (S-12). A check-in in the history that stops training (an emergency, an
   * urgent referral, stop until cleared) holds every later week, whatever later check-ins say,
   * until a clearance dated on or after it names its features.
   */
  readonly clearances?: readonly Clearance[];
}

/**
 * Options of {@link planWeek}.
 * @category Program
 */
export interface PlanOptions {
  /** The Monday (or any first day) of the week to plan, ISO `YYYY-MM-DD`. No clock is read. */
  readonly weekStart: string;
  /** Training days this week, 2–6. Default 3. */
  readonly daysPerWeek?: number;
  /** Kit available; bodyweight, a mat and a wall are always assumed. Default: a full gym. */
  readonly equipment?: readonly Equipment[];
  /** Minutes per session, 20–180. Default 60. */
  readonly sessionMinutes?: number;
  /** The IANA time zone of the training log's days. Default `"UTC"`. */
  readonly timeZone?: string;
  /** The ACWR method (A-3…A-5). Default `"ewma"`. */
  readonly acwrMethod?: AcwrMethod;
  readonly history?: PlanHistory;
  /** The exercise catalog to plan from (e.g. extended with `extendCatalog`). Default: the built-in catalog. */
  readonly catalog?: readonly Exercise[];
  /**
   * Today's check-in answers (S-9), re-screened with `screenCheckIn` before anything is planned:
   * a new red flag yields no plan; new radicular pain caps the stage (S-7, T-4).
   */
  readonly checkIn?: SessionCheckIn;
}

/**
 * Options of {@link planSession}: one day, on its own.
 * @category Program
 */
export interface SessionOptions {
  /** The day of the session, ISO `YYYY-MM-DD`. */
  readonly date: string;
  /** Whether this day may load the spine axially (P-7 alternation). Default true. */
  readonly axialLoading?: boolean;
  /** Kit available; bodyweight, a mat and a wall are always assumed. Default: a full gym. */
  readonly equipment?: readonly Equipment[];
  /** Minutes for the session, 20–180. Default 60. */
  readonly sessionMinutes?: number;
  /** What the day emphasises (G-4): the V-1 leg blocks (`"lower"`, the default) or an upper-body push and pull. */
  readonly focus?: DayFocus;
  /** Which day of the week's rotation this is (0-based); varies exercise choice deterministically. Default 0. */
  readonly rotation?: number;
  /** Multiplier on block volume from the week (deload, ACWR), 0.3–1. Default 1. */
  readonly volumeScale?: number;
  readonly history?: Pick<PlanHistory, "ladderProgress" | "exerciseLogs">;
  /** The exercise catalog to plan from. Default: the built-in catalog. */
  readonly catalog?: readonly Exercise[];
  /** Today's check-in answers (S-9); see {@link PlanOptions.checkIn}. */
  readonly checkIn?: SessionCheckIn;
}

/**
 * Where an exercise sits in a session.
 * @category Program
 */
export type SlotRole =
  | "breathing"
  | "thoracic-mobility"
  | "hip-mobility"
  | "directional-preference"
  | "hip-dominant"
  | "knee-dominant"
  | "anti-extension"
  | "anti-rotation"
  | "anti-lateral-flexion"
  | "upper-push"
  | "upper-pull"
  | "outside-neutral"
  | "walking";

/**
 * How much of an exercise to do.
 * @category Program
 */
export type PlannedDose =
  | {
      readonly kind: "reps";
      /** Reps in each set (per side when `perSide`). */
      readonly sets: readonly number[];
      readonly perSide: boolean;
      readonly tempo?: string;
      /** Load per implement in kg from dose progression, when history gives one. */
      readonly loadKg?: number;
    }
  | { readonly kind: "hold"; readonly sets: number; readonly holdSeconds: number; readonly perSide: boolean }
  | { readonly kind: "distance"; readonly sets: number; readonly distanceMeters: number; readonly perSide: boolean }
  | { readonly kind: "breaths"; readonly sets: number; readonly breaths: number }
  | { readonly kind: "minutes"; readonly minutes: number };

/**
 * One exercise in a plan, its dose, the policy's verdict and why it was chosen.
 * @category Program
 */
export interface PlannedExercise {
  readonly exerciseId: ExerciseId;
  readonly name: string;
  readonly role: SlotRole;
  readonly dose: PlannedDose;
  /** Never `avoid`: the planner only picks `ok`, or `caution` with a reason. */
  readonly suitability: Exclude<SuitabilityAction, "avoid">;
  /** Axial compression demand ≥ 2 (P-7). */
  readonly axial: boolean;
  readonly cues: readonly string[];
  readonly reasons: readonly Reason[];
}

/**
 * The kind of a session block: the three V-1 blocks, the gentler symptom-modulation block, or
 * the upper-body block of an upper day (G-4).
 * @category Program
 */
export type BlockKind = LegBlock | "foundation" | "upper";

/**
 * A block of main work: a hip-dominant and a knee-dominant movement (V-2).
 * @category Program
 */
export interface PlannedBlock {
  readonly kind: BlockKind;
  readonly title: string;
  /** The block's one effort instruction, by stage (G-5). */
  readonly effort: string;
  readonly exercises: readonly PlannedExercise[];
  readonly reasons: readonly Reason[];
}

/**
 * One planned session: warm-up, main blocks in V-1 order, core work, and the reasons.
 * @category Program
 */
export interface PlannedSession {
  readonly status: "planned";
  readonly date: string;
  readonly stage: Stage;
  /** What the day emphasises (G-4): the V-1 leg blocks, or an upper-body push and pull. */
  readonly focus: DayFocus;
  /** Whether the day carries axial loading (P-7). */
  readonly axialDay: boolean;
  /** The pain rules in plain words (G-6), when the session is planned on its own; a week states them once. */
  readonly painRules?: readonly Reason[];
  readonly warmUp: readonly PlannedExercise[];
  readonly blocks: readonly PlannedBlock[];
  readonly core: readonly PlannedExercise[];
  /** Easy walking or conditioning, when the stage calls for it. */
  readonly finish: readonly PlannedExercise[];
  readonly estimatedMinutes: number;
  /** Structure problems found by `checkSessionStructure` (V-1, V-2, V-6); empty for a sound plan. */
  readonly findings: readonly Finding[];
  readonly reasons: readonly Reason[];
}

/**
 * No plan: the safety action withholds training. Only the action, its reasons and the
 * safety-net text; `sessions` cannot be present.
 * @category Program
 */
export interface WithheldPlan {
  readonly status: "withheld";
  readonly action: WithholdingAction;
  readonly ruleId: RuleId;
  readonly reasons: readonly Reason[];
  readonly safetyNet: string;
  /** The safety questions to answer first (S-13), with paths into the intake or the check-in; empty otherwise. */
  readonly unanswered: readonly UnansweredQuestion[];
  readonly sessions?: never;
}

/**
 * The result of {@link planSession}: a session, or no plan.
 * @category Program
 */
export type SessionPlan = PlannedSession | WithheldPlan;

/**
 * The week's training-load check (A-1…A-10): the latest ratio and zone, and what it changed.
 * @category Program
 */
export interface LoadCheck {
  readonly method: AcwrMethod;
  /** The last day with data, `YYYY-MM-DD`, or `null` for an empty log. */
  readonly date: string | null;
  readonly ratio: number | null;
  readonly zone: Zone | null;
  /** Why the ratio is `null`, when it is. */
  readonly reasonCode?: string;
  /** Multiplier applied to the week's volume (1 when nothing changed). */
  readonly volumeScale: number;
  /**
   * the ratio and CTL/ATL/TSB now and where the planned week would leave them if done as
   * planned (each session's estimated minutes × the lifter's recent mean session RPE); absent
   * when the log gives no day to project from.
   */
  readonly projection?: WeekProjection;
  readonly reasons: readonly Reason[];
}

/**
 * The week's deload decision (P-7), when the history had weeks.
 * @category Program
 */
export interface DeloadCheck {
  readonly action: "deload" | "continue";
  readonly triggers: readonly DeloadTrigger[];
  readonly volumeScale: number;
  readonly reasons: readonly Reason[];
}

/**
 * A planned week: its sessions, the volume scale and why, the checks, and every reason.
 * @category Program
 */
export interface PlannedWeek {
  readonly status: "planned";
  readonly action: TrainingAction;
  /** The pain rules the week trains by, in plain words, first (G-6): L-1, L-2, L-5 and what to record. */
  readonly painRules: readonly Reason[];
  readonly weekStart: string;
  readonly stage: Stage;
  readonly sessions: readonly PlannedSession[];
  /** The product of every scale applied to block volume this week (deload, ACWR). */
  readonly volumeScale: number;
  readonly load: LoadCheck | null;
  readonly deload: DeloadCheck | null;
  /** Ladder steps the week's suitability used. */
  readonly ladderProgress: LadderProgress;
  /** Axial-alternation findings (P-7); empty when the days alternate. */
  readonly findings: readonly Finding[];
  readonly advisories: readonly Reason[];
  readonly reasons: readonly Reason[];
  readonly safetyNet: string;
}

/**
 * The result of {@link planWeek}: a week, or no plan.
 * @category Program
 */
export type WeekPlan = PlannedWeek | WithheldPlan;
