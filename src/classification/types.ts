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
  /** Directions that sent symptoms further down the leg (C-4 veto; L-5 excludes them). */
  readonly peripheralising: readonly Direction[];
  readonly reasons: readonly Reason[];
}
