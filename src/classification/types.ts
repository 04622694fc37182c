/**
 * The direction vocabulary shared by classification, the catalog policy and the planner.
 */
import type { Reason } from "../evidence/index.js";

/** A sagittal direction of spinal movement tested by the two clearing tests. @category Classification */
export type Direction = "flexion" | "extension";

/** The pattern named by the two clearing tests (C-2, C-6). @category Classification */
export type DirectionPattern =
  | "flexion-intolerant"
  | "extension-intolerant"
  | "multidirectional"
  | "no-directional-intolerance"
  | "indeterminate";

/** How far the clearing tests and the history agree (C-3). @category Classification */
export type Confidence = "high" | "low";

/** What the history said about the tests' direction (C-3). @category Classification */
export type Concordance = "agrees" | "disagrees" | "unspecific" | "not-checked";

/**
 * What the clearing tests say about direction (C-1…C-6).
 * @category Classification
 */
export interface DirectionResult {
  readonly pattern: DirectionPattern;
  /** Directions that provoke familiar pain or peripheralise (C-4, C-5). */
  readonly intolerance: readonly Direction[];
  /** Directions that relieve or centralise symptoms (C-4, C-5). */
  readonly preference: readonly Direction[];
  readonly confidence: Confidence;
  /**
   * How the history compared with the tests (C-3): `agrees`, `disagrees`, `unspecific` (it names
   * nothing direction-specific, or points both ways equally) or `not-checked` (no history given).
   */
  readonly concordance: Concordance;
  /** Directions that sent symptoms further down the leg (C-4 veto; L-5 excludes them). */
  readonly peripheralising: readonly Direction[];
  readonly reasons: readonly Reason[];
}

/**
 * Where symptoms reach, from the spine outward: `none`, `back`, `buttock`, `thigh`,
 * `below-knee`. A move outward during a test is peripheralisation, a move inward
 * centralisation (C-4).
 * @category Classification
 */
export type SymptomLocation = "none" | "back" | "buttock" | "thigh" | "below-knee";

/**
 * One clearing test as it was run (C-1, C-4).
 * @category Classification
 */
export interface ClearingTestResult {
  /** Worst pain during the test, 0–10 NRS (integer). */
  readonly painNrs: number;
  /** Whether the pain was the person's familiar back pain rather than a stretch or discomfort (C-1). */
  readonly familiar: boolean;
  /** Furthest point symptoms reached before the test. */
  readonly symptomsBefore: SymptomLocation;
  /** Furthest point symptoms reached after the test. */
  readonly symptomsAfter: SymptomLocation;
  /** Whether the end position was reached. */
  readonly endPositionReached: boolean;
}

/**
 * The two FMS clearing tests, plus what a sagittal screen cannot resolve (C-6).
 * @category Classification
 */
export interface ClearingTests {
  /** Quadruped rock-back: buttocks to heels, arms reaching forward. */
  readonly flexion: ClearingTestResult;
  /** Prone press-up: hands under the shoulders, pelvis stays down. */
  readonly extension: ClearingTestResult;
  /** A visible lateral shift of the trunk over the pelvis (C-6). */
  readonly lateralShift?: boolean;
  /** Pain provoked mainly by twisting (C-6). */
  readonly rotationProvokesPain?: boolean;
}

/**
 * Everyday activities that may worsen or ease back pain, used for the history check (C-3).
 * Only some point to a direction (C-3, §11): flexion — sitting, slouching, bending; extension —
 * standing, arching, overhead, lying prone. `lifting`, `walking` and `lying` alone are not
 * direction-specific as worsening activities.
 * @category Classification
 */
export type DailyActivity =
  | "sitting"
  | "slouching"
  | "bending"
  | "lifting"
  | "standing"
  | "walking"
  | "arching"
  | "overhead"
  | "lying"
  | "lying-prone";

/**
 * What the person reports worsens and eases their pain (C-3).
 * @category Classification
 */
export interface SymptomHistory {
  readonly worsenedBy: readonly DailyActivity[];
  readonly easedBy: readonly DailyActivity[];
}

/**
 * The seed's four lower-crossed questions (C-7).
 * @category Classification
 */
export interface LowerCrossedAnswers {
  /** Signs of excessive anterior pelvic tilt: sway-back, a "bulging" abdomen. */
  readonly anteriorPelvicTilt: boolean;
  /** Weak glutes (likely when they were never trained specifically). */
  readonly weakGlutes: boolean;
  /** Tight hip flexors. */
  readonly tightHipFlexors: boolean;
  /** Back squats and deadlifts felt mainly in the low back and quadriceps rather than the glutes. */
  readonly liftsFeltInLowBack: boolean;
}

/**
 * A training emphasis from the lower-crossed questions (C-7).
 * @category Classification
 */
export type EmphasisFocus = "glutes" | "abdominals" | "hip-flexor-mobility" | "avoid-back-extension-training";

/**
 * Hold times of McGill's four trunk endurance tests, in seconds (E-1…E-3).
 * @category Classification
 */
export interface EnduranceTimes {
  readonly flexorSeconds: number;
  readonly extensorSeconds: number;
  readonly leftSideBridgeSeconds: number;
  readonly rightSideBridgeSeconds: number;
  /** Chooses the 1999 reference means shown next to the times (E-3); omit to show both. */
  readonly sex?: "male" | "female";
}
