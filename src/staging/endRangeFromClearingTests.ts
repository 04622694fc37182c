import { clearingTestPositive, type DirectionOptions } from "../classification/clearingTest.js";
import type { ClearingTests } from "../classification/types.js";
import type { EndRange } from "./types.js";
import { requireObject, requireOptions } from "../internal/guards.js";

/**
 * Reads the staging end-range finding from the two clearing tests (T-1…T-3).
 *
 * An end position not reached is `pain-before-end-range` when the test reproduced the
 * familiar pain and `cannot-reach` otherwise (both are symptom-modulation triggers); both
 * reached with familiar pain in either is `pain-at-end-range`; both reached without it is
 * `reached-pain-free`. Discomfort that is not the familiar pain does not count (C-1).
 *
 * @param tests - the two clearing tests
 * @param options - the C-1 threshold
 * @returns the end-range finding for {@link StagingInput}
 * @throws TypeError naming `endRangeFromClearingTests` when `tests` is not an object or `options`
 * is given but not an object; the tests inside are the caller's contract
 * @example
 * ```ts
 * const quiet = { painNrs: 0, familiar: false, symptomsBefore: "none", symptomsAfter: "none", endPositionReached: true } as const;
 * endRangeFromClearingTests({ flexion: quiet, extension: { ...quiet, painNrs: 4, familiar: true } });
 * // => "pain-at-end-range"
 * ```
 * @category Staging
 */
export function endRangeFromClearingTests(tests: ClearingTests, options: DirectionOptions = {}): EndRange {
  requireObject("endRangeFromClearingTests", "tests", tests);
  requireOptions("endRangeFromClearingTests", options);
  const all = [tests.flexion, tests.extension];
  const notReached = all.filter((test) => !test.endPositionReached);
  if (notReached.length > 0) {
    return notReached.some((test) => clearingTestPositive(test, options)) ? "pain-before-end-range" : "cannot-reach";
  }
  return all.some((test) => clearingTestPositive(test, options)) ? "pain-at-end-range" : "reached-pain-free";
}
