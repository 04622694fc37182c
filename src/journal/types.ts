/**
 * The journal's vocabulary: the dated events of one athlete's record (J-1, J-2) and the state
 * a replay of them gives (J-3).
 */
import type { Reason, RuleId } from "../evidence/index.js";
import type { ClearingTests, EnduranceResult, EnduranceTimes, SymptomHistory } from "../classification/index.js";
import type { ClearableFeature, RedFlagAnswers, SafetyAction, UnansweredQuestion } from "../screening/index.js";
import type { NightPain, Stage } from "../staging/index.js";
import type { Exercise, ExerciseId, LadderId, LadderProgress } from "../catalog/index.js";
import type {
  DeloadDecision,
  DoseDecision,
  LadderDecision,
  PainReport,
  PainResponse,
  PainResponseAction,
  RangeOfMotion,
  Referral,
  SymptomSpread,
} from "../progression/index.js";
import type { AcwrMethod, Zone } from "../load/index.js";
import type { SpineExposure } from "../volume/index.js";
import type { Assessment, Intake, IntakeSymptoms } from "../program/index.js";

/**
 * The kinds of event a journal records (J-1).
 * @category Journal
 */
export type JournalEventType =
  | "intake"
  | "check-in"
  | "session"
  | "next-morning"
  | "weekly-check-in"
  | "retest"
  | "clearance"
  | "endurance-test"
  | "outcome"
  | "correction";

/**
 * What every event carries: its id (unique in the journal), its date, its type, the version
 * of the event format, and an optional note.
 * @category Journal
 */
export interface JournalEventBase<T extends JournalEventType> {
  /** The event format's version; omitted means 1, the only version so far. */
  readonly version?: 1;
  /** Unique in the journal; a correction names the event it supersedes by this id (J-2). */
  readonly id: string;
  /** The day it happened, ISO `YYYY-MM-DD` (J-2 orders events by it). */
  readonly date: string;
  readonly type: T;
  /** Free text kept with the record. */
  readonly note?: string;
}

/**
 * The intake: the same object `assess` takes. A journal has exactly one; a correction
 * supersedes it when an answer was wrong.
 * @category Journal
 */
export interface IntakeEvent extends JournalEventBase<"intake"> {
  readonly intake: Intake;
}

/**
 * A session check-in (S-9): the red-flag questions again, where any feature reported counts
 * as new or worse. Clearances are their own events.
 * @category Journal
 */
export interface CheckInEvent extends JournalEventBase<"check-in"> {
  readonly screening: RedFlagAnswers;
}

/**
 * One working set as done: reps, seconds held or metres carried, the load per implement, and
 * the side for a unilateral set. A set of a unilateral exercise without a side was done on
 * each side (its reps are per side).
 * @category Journal
 */
export interface SessionSet {
  readonly reps?: number;
  readonly seconds?: number;
  readonly meters?: number;
  /** Load per implement in kg; omitted for bodyweight. */
  readonly loadKg?: number;
  readonly side?: "left" | "right";
}

/**
 * One exercise of a session: its sets and how the back answered (L-1, L-2, L-5).
 * @category Journal
 */
export interface SessionExercise {
  readonly exerciseId: ExerciseId;
  readonly sets: readonly SessionSet[];
  /** Pain during, after and (once known) the next morning; the session's `pain` when omitted. */
  readonly pain?: PainReport;
  /** Range used (P-5). */
  readonly rangeOfMotion?: RangeOfMotion;
  /** Pause held at the hardest point, seconds (P-6). */
  readonly pauseSeconds?: number;
}

/**
 * A performed session: per exercise the sets and the pain, and the session RPE × minutes. One
 * event feeds dose progression, ladders, volume and training load (J-1).
 * @category Journal
 */
export interface SessionEvent extends JournalEventBase<"session"> {
  readonly exercises: readonly SessionExercise[];
  /** Session RPE on the CR-10 scale. */
  readonly rpe?: number;
  /** Session length in minutes. */
  readonly minutes?: number;
  /** One pain report for every exercise that has none of its own. */
  readonly pain?: PainReport;
  /** The check-in answered before the session (S-9), when the app asks it there. */
  readonly screening?: RedFlagAnswers;
}

/**
 * The next morning (L-2): one report that applies to the exercises of the session before it
 * (the latest dated before this event, or the one named by `sessionId`).
 * @category Journal
 */
export interface NextMorningEvent extends JournalEventBase<"next-morning"> {
  readonly nextMorningNrs: number;
  /** Where symptoms went overnight (L-5). */
  readonly spread?: SymptomSpread;
  /** The session it reports on; by default the latest session dated before it. */
  readonly sessionId?: string;
}

/**
 * The weekly check-in (L-3, L-7): typical morning pain and stiffness, and the week's worst pain.
 * @category Journal
 */
export interface WeeklyCheckInEvent extends JournalEventBase<"weekly-check-in"> {
  readonly morningPainNrs: number;
  readonly morningStiffnessNrs?: number;
  readonly worstPainNrs?: number;
  /** How many weeks radicular leg pain has lasted, when present (L-7). */
  readonly radicularPainWeeks?: number;
}

/**
 * The staging symptoms at a re-test: the intake's symptoms, plus night pain as it is now.
 * @category Journal
 */
export interface RetestSymptoms extends IntakeSymptoms {
  /** Night pain now; `null` for none. Omitted: the latest check-in's answer, else the intake's. */
  readonly nightPain?: NightPain | null;
}

/**
 * A re-test (L-4): both clearing tests re-run, and the staging symptoms now.
 * @category Journal
 */
export interface RetestEvent extends JournalEventBase<"retest"> {
  readonly clearingTests: ClearingTests;
  /** Omitted: the intake's symptoms with the latest weekly check-in's worst pain. */
  readonly symptoms?: RetestSymptoms;
  /** What makes the pain worse and what eases it now (C-3). Omitted: the intake's. */
  readonly history?: SymptomHistory;
}

/**
 * A clinician's clearance (S-12), dated by the event: it lifts exactly the features it names,
 * as they were reported on or before its date.
 * @category Journal
 */
export interface ClearanceEvent extends JournalEventBase<"clearance"> {
  readonly clearedBy: string;
  readonly covers: readonly ClearableFeature[];
  readonly assessedEmergency?: boolean;
}

/**
 * The trunk endurance tests (E-1…E-3).
 * @category Journal
 */
export interface EnduranceTestEvent extends JournalEventBase<"endurance-test"> {
  readonly times: EnduranceTimes;
}

/**
 * The outcome measures a journal records (O rules): Roland–Morris, PSFS, Oswestry, pain NRS.
 * @category Journal
 */
export type OutcomeMeasure = "rmdq" | "psfs" | "odi" | "nrs";

/**
 * An outcome measure's score, recorded as the caller scored it (RMDQ 0–24, PSFS 0–10, ODI
 * 0–100 %, NRS 0–10).
 * @category Journal
 */
export interface OutcomeEvent extends JournalEventBase<"outcome"> {
  readonly measure: OutcomeMeasure;
  readonly score: number;
}

/**
 * Every event but a correction: what a correction may supersede.
 * @category Journal
 */
export type RecordedEvent =
  | IntakeEvent
  | CheckInEvent
  | SessionEvent
  | NextMorningEvent
  | WeeklyCheckInEvent
  | RetestEvent
  | ClearanceEvent
  | EnduranceTestEvent
  | OutcomeEvent;

/**
 * The corrected version of an event: the same type, its id and date optional (the superseded
 * event's when omitted).
 * @category Journal
 */
export type CorrectedEvent = RecordedEvent extends infer E
  ? E extends RecordedEvent
    ? Omit<E, "id" | "date"> & { readonly id?: string; readonly date?: string }
    : never
  : never;

/**
 * A correction (J-2): a new event that supersedes an earlier one by its id, never an edit.
 * `event: null` withdraws the event. The latest correction of an id wins.
 * @category Journal
 */
export interface CorrectionEvent extends JournalEventBase<"correction"> {
  readonly supersedes: string;
  readonly event: CorrectedEvent | null;
}

/**
 * One event of an athlete's record (J-1).
 * @category Journal
 */
export type JournalEvent = RecordedEvent | CorrectionEvent;

/**
 * An athlete's record: dated events in any order (J-2 orders them).
 * @category Journal
 */
export type Journal = readonly JournalEvent[];

/**
 * The day weeks start on, for the week-by-week decisions (deloads, the deload clock).
 * @category Journal
 */
export type WeekStartDay = "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday";

/**
 * Options of {@link replay}.
 * @category Journal
 */
export interface ReplayOptions {
  /** The last day to replay, ISO `YYYY-MM-DD`; later events are ignored (J-2). Default: the latest event's date. */
  readonly asOf?: string;
  /** The weekday training weeks start on. Default `"monday"`. */
  readonly weekStartsOn?: WeekStartDay;
  /** The ACWR method of the load series (A-3…A-5). Default `"ewma"`. */
  readonly acwrMethod?: AcwrMethod;
  /** The time zone the load series is labelled with (sessions carry dates). Default `"UTC"`. */
  readonly timeZone?: string;
  /** The exercise catalog (ladders, laterality, spine demand). Default: the built-in catalog. */
  readonly catalog?: readonly Exercise[];
}

/**
 * What a timeline entry is about.
 * @category Journal
 */
export type TimelineKind =
  | "intake"
  | "check-in"
  | "clearance"
  | "session"
  | "next-morning"
  | "weekly-check-in"
  | "retest"
  | "retest-due"
  | "endurance-test"
  | "outcome"
  | "correction"
  | "stage"
  | "ladder"
  | "deload"
  | "layoff"
  | "referral"
  | "ignored";

/**
 * One decision of the replay, with the rule that made it and why.
 * @category Journal
 */
export interface TimelineEntry {
  readonly date: string;
  /** The event behind it; `null` for a decision of the calendar (a deload week). */
  readonly eventId: string | null;
  readonly kind: TimelineKind;
  readonly ruleId: RuleId;
  /** One line a newcomer can read. */
  readonly message: string;
  readonly reasons: readonly Reason[];
}

/**
 * One change of stage and why (L-3, L-4).
 * @category Journal
 */
export interface StageChange {
  readonly date: string;
  readonly eventId: string;
  readonly from: Stage;
  readonly to: Stage;
  readonly ruleId: RuleId;
  readonly reasons: readonly Reason[];
}

/**
 * Where one earn-back ladder stands (P-1, P-2, L-4, L-6, G-2).
 * @category Journal
 */
export interface LadderState {
  readonly ladder: LadderId;
  /** The step to train now (0-based). */
  readonly step: number;
  readonly exerciseId: ExerciseId;
  readonly stepCount: number;
  /** Exposures counted at this step since it was reached (or since a layoff). */
  readonly exposuresAtStep: number;
  /** The latest decision, `null` before any exposure. */
  readonly decision: LadderDecision | null;
  readonly changes: readonly { readonly date: string; readonly from: number; readonly to: number; readonly ruleId: RuleId; readonly reasons: readonly Reason[] }[];
}

/**
 * One exercise's dose state: its last logged session and what `nextDose` makes of it.
 * @category Journal
 */
export interface DoseState {
  readonly exerciseId: ExerciseId;
  /** Logged sessions of it (with a pain report). */
  readonly sessions: number;
  readonly lastDate: string;
  /** The heaviest load of the last session, `null` for bodyweight. */
  readonly lastLoadKg: number | null;
  readonly lastResponse: PainResponse;
  /** The next dose from the last session's dose (L-1…L-5, P-5, P-6, P-8, P-9). */
  readonly next: DoseDecision;
}

/**
 * A check-in that withholds training until something lifts it: a red flag until a clearance
 * names its features (S-9, S-12); an unanswered question until a complete check-in (S-13).
 * @category Journal
 */
export interface OpenFlag {
  readonly eventId: string;
  readonly date: string;
  readonly kind: "flag" | "unanswered";
  readonly action: SafetyAction;
  readonly ruleId: RuleId;
  /** The features a clearance must name to lift it (S-12). */
  readonly features: readonly ClearableFeature[];
  readonly reasons: readonly Reason[];
  readonly safetyNet: string;
  /** For `unanswered`: the questions, with paths into the journal (`[eventId, "screening", key]`). */
  readonly unanswered: readonly UnansweredQuestion[];
}

/**
 * A clearance on record and what it lifted (S-12).
 * @category Journal
 */
export interface ClearanceRecord {
  readonly eventId: string;
  readonly date: string;
  readonly clearedBy: string;
  readonly covers: readonly ClearableFeature[];
  /** The check-ins (by event id, or `"intake"`) whose hold it lifted. */
  readonly lifted: readonly string[];
}

/**
 * The safety side of the state (S-9, S-12, S-13).
 * @category Journal
 */
export interface SafetyState {
  /** The most severe action now: the intake's, or an open flag's. */
  readonly action: SafetyAction;
  readonly trainingAllowed: boolean;
  readonly open: readonly OpenFlag[];
  readonly clearances: readonly ClearanceRecord[];
  /** The latest check-in (its event id and date), `null` before any. */
  readonly latestCheckIn: { readonly eventId: string; readonly date: string } | null;
  readonly reasons: readonly Reason[];
  readonly safetyNet: string;
}

/**
 * One day of the load series: the day's load, and the ratio and zone (A-3…A-7).
 * @category Journal
 */
export interface LoadDay {
  readonly date: string;
  /** Summed session RPE × minutes; 0 a rest day; `null` unknown (a session without RPE or minutes). */
  readonly loadAu: number | null;
  /** The acute and chronic loads behind the ratio (A-3…A-5), `null` when undefined. */
  readonly acute: number | null;
  readonly chronic: number | null;
  readonly ratio: number | null;
  readonly zone: Zone | null;
}

/**
 * The training-load series from the journal's sessions (A-1… ).
 * @category Journal
 */
export interface LoadState {
  readonly method: AcwrMethod;
  readonly timeZone: string;
  readonly days: readonly LoadDay[];
  /** The last day with a ratio, `null` without one. */
  readonly latest: { readonly date: string; readonly ratio: number; readonly zone: Zone | null } | null;
}

/**
 * A layoff (G-11): 14 or more days without a session.
 * @category Journal
 */
export interface Layoff {
  /** The first and last day without a session. */
  readonly from: string;
  readonly to: string;
  readonly days: number;
  /** The day training resumed; `null` while it goes on. */
  readonly returnDate: string | null;
}

/**
 * One completed (or current) training week.
 * @category Journal
 */
export interface WeekState {
  readonly weekStart: string;
  readonly complete: boolean;
  readonly sessions: number;
  /** Decided as a deload week at its start (P-7, A-7, L-3; G-11: volume at 60 %, loads held). */
  readonly deload: boolean;
  /** No session that week: it counts as an easy week for the deload clock (P-7). */
  readonly rest: boolean;
  readonly deloadDecision: DeloadDecision;
  /** This week counts from a layoff's return: the deload clock restarted (G-11). */
  readonly clockRestart: boolean;
  readonly loadAu: number | null;
  /** The week's ratio from its 7-day means, `null` when undefined. */
  readonly acwr: number | null;
  readonly zone: Zone | null;
  readonly morningPainNrs: number | null;
  /** Weekly volume (V-7, V-8): sets per side counted once each. */
  readonly volume: {
    readonly workingSets: number;
    readonly totalReps: number;
    readonly totalVolumeLoadKg: number;
    readonly spineExposure: SpineExposure;
  };
}

/**
 * Whether a re-test is due (L-4): the stage's exit conditions looked met for two weeks.
 * @category Journal
 */
export interface RetestDue {
  readonly due: boolean;
  /** The day it became due, `null` when not due. */
  readonly since: string | null;
  /** What to record: a `retest` event with both clearing tests and the symptoms now. */
  readonly record: string;
  readonly reasons: readonly Reason[];
}

/**
 * The athlete's state after a replay (J-1, J-3): pure and deterministic in the journal and the
 * options.
 * @category Journal
 */
export interface AthleteState {
  /** `not-started` before the intake; otherwise whether training may be planned. */
  readonly status: "not-started" | "cleared" | "withheld";
  readonly asOf: string;
  readonly intakeDate: string | null;
  /** The assessment plans are built from (the intake's or the latest re-test's), with the journey's stage and ladders; `null` before the intake. */
  readonly assessment: Assessment | null;
  readonly stage: Stage | null;
  readonly stageChanges: readonly StageChange[];
  readonly ladders: readonly LadderState[];
  readonly ladderProgress: LadderProgress;
  readonly doses: readonly DoseState[];
  readonly safety: SafetyState;
  readonly load: LoadState;
  readonly weeks: readonly WeekState[];
  /** The week that starts after `asOf` (or is under way): its deload decision and whether it follows a layoff. */
  readonly currentWeek: {
    readonly weekStart: string;
    readonly deload: DeloadDecision;
    readonly firstWeekBack: boolean;
  } | null;
  readonly lastDeload: string | null;
  readonly layoffs: readonly Layoff[];
  readonly retest: RetestDue;
  readonly referral: { readonly referral: Referral; readonly reasons: readonly Reason[] } | null;
  readonly enduranceTests: readonly { readonly date: string; readonly result: EnduranceResult }[];
  readonly outcomes: readonly { readonly date: string; readonly measure: OutcomeMeasure; readonly score: number }[];
  readonly timeline: readonly TimelineEntry[];
}

/**
 * The four answers {@link previewResponses} previews.
 * @category Journal
 */
export type PreviewResponse = "green" | "amber" | "red" | "stop";

/**
 * What would follow one response to the next set of an exercise.
 * @category Journal
 */
export interface ResponsePreview {
  readonly response: PreviewResponse;
  /** The pain report assumed for it. */
  readonly pain: PainReport;
  readonly painResponse: PainResponseAction;
  /** The next dose after it (`nextDose`). */
  readonly dose: DoseDecision;
  /** The ladder's next step after it, when the exercise is its current step. */
  readonly ladder: LadderDecision | null;
  /** "If this …, we will …", in one line. */
  readonly summary: string;
}
