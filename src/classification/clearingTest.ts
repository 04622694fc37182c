import type { ClearingTestResult, SymptomLocation } from "./types.js";
import { requireObject, requireOptions } from "../internal/guards.js";

/**
 * Options for reading the clearing tests (C-1, C-2). The numbers are design choices.
 * @category Classification
 */
export interface DirectionOptions {
  /** C-1: the lowest familiar pain score that makes a test positive (default 1). */
  readonly positiveThresholdNrs?: number;
  /** C-2: both tests positive and closer than this many points → multidirectional (default 2, the MCID). */
  readonly multidirectionalMarginNrs?: number;
}

/**
 * Default {@link DirectionOptions}: positive from NRS 1 (C-1), multidirectional below a
 * 2-point difference (C-2, Suzuki 2020's MCID).
 *
 * @example
 * ```ts
 * DEFAULT_DIRECTION_OPTIONS.multidirectionalMarginNrs;
 * // => 2
 * ```
 * @category Classification
 */
export const DEFAULT_DIRECTION_OPTIONS: Readonly<Required<DirectionOptions>> = Object.freeze({
  positiveThresholdNrs: 1,
  multidirectionalMarginNrs: 2,
});

/**
 * Symptom locations from the spine outward.
 *
 * @example
 * ```ts
 * SYMPTOM_LOCATIONS.indexOf("thigh") > SYMPTOM_LOCATIONS.indexOf("buttock");
 * // => true
 * ```
 * @category Classification
 */
export const SYMPTOM_LOCATIONS: readonly SymptomLocation[] = Object.freeze([
  "none",
  "back",
  "buttock",
  "thigh",
  "below-knee",
] as const);

/**
 * Whether a clearing test is positive: it reproduced the person's familiar pain at or above
 * the threshold (C-1). Discomfort or a stretch that is not the familiar pain does not count.
 *
 * @param test - one clearing test
 * @param options - the C-1 threshold
 * @returns true when the test reproduced familiar pain
 * @throws TypeError naming `clearingTestPositive` when `test` is not an object or `options` is
 * given but not an object; the fields inside are the caller's contract (check untrusted input
 * with {@link parseClearingTests})
 * @example
 * ```ts
 * clearingTestPositive({ painNrs: 3, familiar: false, symptomsBefore: "back", symptomsAfter: "back", endPositionReached: true });
 * // => false
 * ```
 * @category Classification
 */
export function clearingTestPositive(test: ClearingTestResult, options: DirectionOptions = {}): boolean {
  requireObject("clearingTestPositive", "test", test);
  requireOptions("clearingTestPositive", options);
  // C-1: FMS separates familiar pain from mere discomfort; the NRS ≥ 1 threshold is a design choice.
  const threshold = options.positiveThresholdNrs ?? DEFAULT_DIRECTION_OPTIONS.positiveThresholdNrs;
  return test.familiar && test.painNrs >= threshold;
}

/**
 * How a test moved the symptoms (C-4): `peripheralised` when they reached further from the
 * spine (into the buttock or beyond), `centralised` when leg or buttock symptoms retreated
 * toward the spine, otherwise `unchanged`.
 *
 * @param test - one clearing test
 * @returns the direction the symptoms moved
 * @throws TypeError naming `symptomShift` when `test` is not an object; the fields inside are
 * the caller's contract (check untrusted input with {@link parseClearingTests})
 * @example
 * ```ts
 * symptomShift({ painNrs: 2, familiar: true, symptomsBefore: "thigh", symptomsAfter: "back", endPositionReached: true });
 * // => "centralised"
 * ```
 * @category Classification
 */
export function symptomShift(test: ClearingTestResult): "peripheralised" | "centralised" | "unchanged" {
  requireObject("symptomShift", "test", test);
  const before = SYMPTOM_LOCATIONS.indexOf(test.symptomsBefore);
  const after = SYMPTOM_LOCATIONS.indexOf(test.symptomsAfter);
  const back = SYMPTOM_LOCATIONS.indexOf("back");
  // C-4: new back pain alone is provocation, not peripheralisation; spreading past the back is.
  if (after > before && after > back) return "peripheralised";
  // C-4: centralisation is referred symptoms retreating toward the spine.
  if (after < before && before > back) return "centralised";
  return "unchanged";
}
