/**
 * The outcome vocabulary: instruments, scores, changes and trends (O-1…O-6).
 */
import type { CitationId, Reason, RuleId } from "../evidence/index.js";

/**
 * An outcome measure spinewise scores: the Roland–Morris Disability Questionnaire (O-1), the
 * Patient-Specific Functional Scale (O-2), the Oswestry Disability Index (O-3) and the 0–10
 * pain numeric rating scale.
 * @category Outcomes
 */
export type OutcomeInstrument = "rmdq" | "psfs" | "odi" | "nrs";

/**
 * Every instrument, in the order of the domain reference.
 *
 * @example
 * ```ts
 * OUTCOME_INSTRUMENTS.length;
 * // => 4
 * ```
 * @category Outcomes
 */
export const OUTCOME_INSTRUMENTS: readonly OutcomeInstrument[] = /* @__PURE__ */ (() =>
  Object.freeze(["rmdq", "psfs", "odi", "nrs"] as const))();

/**
 * Which way a score gets better: disability and pain scores fall as the person improves, the
 * PSFS rises.
 * @category Outcomes
 */
export type OutcomeDirection = "higher-is-worse" | "higher-is-better";

/** An answer to one ODI section: 0 (no disability) to 5 (most disability) (O-3). @category Outcomes */
export type OdiAnswer = 0 | 1 | 2 | 3 | 4 | 5;

/**
 * One activity the person named on the PSFS and how well they can do it today, 0 (unable) to 10
 * (able to do it as before the problem) (O-2).
 * @category Outcomes
 */
export interface PsfsActivity {
  readonly activity: string;
  readonly score: number;
}

/**
 * Why a score is `null`: RMDQ answers with an unanswered statement (O-1), or an ODI with more
 * than one section unanswered (O-3).
 * @category Outcomes
 */
export type OutcomeReasonCode = "incomplete-answers" | "too-many-missing-sections";

/**
 * A scored outcome measure: the score (or `null` with a reason code), its range, which way is
 * better, and the reasons.
 * @category Outcomes
 */
export interface OutcomeScore {
  readonly instrument: OutcomeInstrument;
  /** The score, or `null` when the answers cannot be scored ({@link OutcomeScore.reasonCode} says why). */
  readonly score: number | null;
  /** The lowest and highest possible score. */
  readonly range: { readonly min: number; readonly max: number };
  readonly direction: OutcomeDirection;
  /** `points`, or `percent` for the ODI. */
  readonly unit: "points" | "percent";
  /** Statements (RMDQ) or sections (ODI) left unanswered, numbered from 1; empty otherwise. */
  readonly missing: readonly number[];
  /** The PSFS activities and their ratings (O-2); absent for the other instruments. */
  readonly activities?: readonly PsfsActivity[];
  /** Present when {@link OutcomeScore.score} is `null`. */
  readonly reasonCode?: OutcomeReasonCode;
  /** The rule that scored it. */
  readonly ruleId: RuleId;
  readonly reasons: readonly Reason[];
}

/**
 * A score and the day it was recorded (ISO `YYYY-MM-DD`).
 * @category Outcomes
 */
export interface DatedOutcome {
  readonly date: string;
  readonly score: OutcomeScore;
}

/**
 * Whether a change is meaningful (O-4); `unknown` when either score is `null`.
 * @category Outcomes
 */
export type OutcomeChangeStatus = "improved" | "unchanged" | "worse" | "unknown";

/**
 * Which kind of threshold judged a change (O-4): a fixed number of points (NRS 2, RMDQ 5, ODI
 * 10), 30 % of the baseline score, or the PSFS's minimal detectable change (2 on the mean, 3 for
 * a single activity).
 * @category Outcomes
 */
export type ChangeThresholdKind = "points" | "percent-of-baseline" | "detectable-change";

/**
 * One threshold of O-4, as the change in the score's own units that it asks for.
 * @category Outcomes
 */
export interface ChangeThreshold {
  readonly kind: ChangeThresholdKind;
  /** The change needed, in the score's units (points; percentage points for the ODI). */
  readonly amount: number;
  /** For `percent-of-baseline`: the share of the baseline (30). */
  readonly percent?: number;
  /** The threshold in words, e.g. `"5 points"` or `"30 % of the baseline 12, 3.6 points"`. */
  readonly label: string;
  readonly evidence: readonly CitationId[];
}

/**
 * How one PSFS activity named at both times changed (O-4: 3 points for a single activity).
 * @category Outcomes
 */
export interface PsfsActivityChange {
  readonly activity: string;
  readonly baseline: number;
  readonly latest: number;
  /** Latest minus baseline (positive = better on the PSFS). */
  readonly change: number;
  readonly status: Exclude<OutcomeChangeStatus, "unknown">;
}

/**
 * The change between two scores of one instrument, judged by O-4.
 * @category Outcomes
 */
export interface OutcomeChange {
  readonly instrument: OutcomeInstrument;
  readonly status: OutcomeChangeStatus;
  readonly baseline: number | null;
  readonly latest: number | null;
  /** Latest minus baseline, in the score's units; `null` when either is `null`. */
  readonly change: number | null;
  /** The change towards better (positive = better whatever the instrument's direction). */
  readonly improvement: number | null;
  /**
   * The threshold that decided: the one met for `improved` or `worse` (the fixed points first
   * when both are met), the smallest one for `unchanged`; `null` for `unknown`.
   */
  readonly threshold: ChangeThreshold | null;
  /** Every threshold that applied to this pair of scores. */
  readonly thresholds: readonly ChangeThreshold[];
  /** PSFS: the activities named at both times, matched by name (case and spaces ignored). */
  readonly activities?: readonly PsfsActivityChange[];
  readonly ruleId: RuleId;
  readonly reasons: readonly Reason[];
}

/**
 * A dated series of one instrument, its first and latest scores and the change between them.
 * @category Outcomes
 */
export interface OutcomeTrend {
  readonly instrument: OutcomeInstrument;
  /** The series in date order (entries of one day keep their order). */
  readonly points: readonly DatedOutcome[];
  /** The first entry with a score, or `null` when no entry has one. */
  readonly baseline: DatedOutcome | null;
  /** The last entry with a score, or `null`. */
  readonly latest: DatedOutcome | null;
  /** Calendar days from baseline to latest, or `null`. */
  readonly days: number | null;
  /** Baseline to latest (O-4), or `null` with fewer than two scores. */
  readonly change: OutcomeChange | null;
  /** The score before the latest to the latest (O-4), or `null` with fewer than two scores. */
  readonly sincePrevious: OutcomeChange | null;
  readonly reasons: readonly Reason[];
}

/**
 * Answers to one instrument, as a caller holds them or as {@link fromQuestionnaireResponse}
 * reads them from FHIR, with the day they were given when known.
 * @category Outcomes
 */
export type OutcomeAnswers =
  | { readonly instrument: "rmdq"; readonly answers: readonly (boolean | null)[]; readonly date?: string }
  | { readonly instrument: "psfs"; readonly activities: readonly PsfsActivity[]; readonly date?: string }
  | { readonly instrument: "odi"; readonly sections: readonly (OdiAnswer | null)[]; readonly date?: string }
  | { readonly instrument: "nrs"; readonly nrs: number; readonly date?: string };
