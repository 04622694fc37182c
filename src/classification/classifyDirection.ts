import { reason, type Reason } from "../evidence/index.js";
import { clearingTestPositive, DEFAULT_DIRECTION_OPTIONS, symptomShift, type DirectionOptions } from "./clearingTest.js";
import type {
  ClearingTestResult,
  ClearingTests,
  DailyActivity,
  Direction,
  DirectionPattern,
  DirectionResult,
  SymptomHistory,
} from "./types.js";
import { requireObject, requireOptions } from "../internal/guards.js";

const DIRECTIONS: readonly Direction[] = ["flexion", "extension"];

const opposite = (direction: Direction): Direction => (direction === "flexion" ? "extension" : "flexion");

// C-3: the usual histories (seed 000; O'Sullivan 2005; Sahrmann MSI). Only direction-specific
// activities count (§11): "lifting" loads every direction, so it points nowhere.
const HISTORY_SIGNS: Readonly<Record<Direction, { worse: readonly DailyActivity[]; eased: readonly DailyActivity[] }>> = {
  flexion: { worse: ["sitting", "slouching", "bending"], eased: ["standing", "walking"] },
  extension: { worse: ["standing", "arching", "overhead", "lying-prone"], eased: ["sitting"] },
};

/**
 * Which direction the history points to (C-3): flexion signs are worse sitting, slouching or
 * bending and better standing or walking; extension signs are worse standing, arching,
 * reaching overhead or lying prone and better sitting. Lifting alone is not specific. Equal
 * counts point nowhere.
 *
 * @param history - what worsens and what eases the pain
 * @returns the direction the history suggests is intolerant, or `null`
 * @throws TypeError naming `historyDirection` when `history` is not an object; the lists inside
 * are the caller's contract (check untrusted input with {@link parseSymptomHistory})
 * @example
 * ```ts
 * historyDirection({ worsenedBy: ["sitting", "bending"], easedBy: ["walking"] });
 * // => "flexion"
 * ```
 * @category Classification
 */
export function historyDirection(history: SymptomHistory): Direction | null {
  requireObject("historyDirection", "history", history);
  const score = (direction: Direction): number => {
    const signs = HISTORY_SIGNS[direction];
    const worse = new Set(history.worsenedBy.filter((activity) => signs.worse.includes(activity)));
    const eased = new Set(history.easedBy.filter((activity) => signs.eased.includes(activity)));
    return worse.size + eased.size;
  };
  const flexion = score("flexion");
  const extension = score("extension");
  if (flexion > extension) return "flexion";
  if (extension > flexion) return "extension";
  return null;
}

const testName = (direction: Direction): string =>
  direction === "flexion" ? "flexion clearing test (rock-back)" : "extension clearing test (press-up)";

/**
 * Names the direction of intolerance from the two FMS clearing tests (C-1…C-6).
 *
 * A test is positive when it reproduces the familiar pain (C-1). The more painful positive
 * test names the intolerance; both positive within 2 points is multidirectional; neither
 * positive is no directional intolerance (C-2). A test that sends symptoms further down the
 * leg marks that direction intolerant whatever the score, and one that draws them back
 * toward the spine marks a preference (C-4, C-5). A history that points the other way
 * lowers the confidence (C-3); the pain-free opposite direction is named as relieving only when
 * the history says what eases it, or a test centralised (C-3, C-4, C-5); a lateral shift or rotation-provoked pain makes the result
 * indeterminate, with advice to see a clinician (C-6). The result is a starting hypothesis
 * for training, revised by how the back answers.
 *
 * @param tests - the two clearing tests and any lateral shift or rotation finding
 * @param history - what worsens and eases the pain, for the concordance check (C-3)
 * @param options - the C-1 threshold and the C-2 margin
 * @returns the pattern, intolerant and preferred directions, confidence and reasons
 * @throws TypeError naming `classifyDirection` when `tests` is not an object, or `history` or
 * `options` is given but not an object; the fields inside are the caller's contract (check
 * untrusted input with {@link parseClearingTests} and {@link parseSymptomHistory})
 * @example
 * ```ts
 * const quiet = { painNrs: 0, familiar: false, symptomsBefore: "back", symptomsAfter: "back", endPositionReached: true } as const;
 * classifyDirection({ flexion: { ...quiet, painNrs: 5, familiar: true }, extension: quiet }).pattern;
 * // => "flexion-intolerant"
 * ```
 * @category Classification
 */
export function classifyDirection(
  tests: ClearingTests,
  history?: SymptomHistory,
  options: DirectionOptions = {},
): DirectionResult {
  requireObject("classifyDirection", "tests", tests);
  requireOptions("classifyDirection", history, "history");
  requireOptions("classifyDirection", options);
  const margin = options.multidirectionalMarginNrs ?? DEFAULT_DIRECTION_OPTIONS.multidirectionalMarginNrs;
  const reasons: Reason[] = [];
  const byDirection = (direction: Direction): ClearingTestResult => tests[direction];

  const positive = new Set<Direction>();
  const peripheralising: Direction[] = [];
  const centralising: Direction[] = [];
  for (const direction of DIRECTIONS) {
    const test = byDirection(direction);
    const shift = symptomShift(test);
    if (clearingTestPositive(test, options)) {
      positive.add(direction);
      reasons.push(reason("C-1", `The ${testName(direction)} reproduced familiar pain at ${test.painNrs}/10: positive.`));
    } else if (test.painNrs > 0) {
      reasons.push(
        reason("C-1", `The ${testName(direction)} gave ${test.painNrs}/10 that was not the familiar pain: discomfort, not a positive test.`),
      );
    }
    if (shift === "peripheralised") {
      peripheralising.push(direction);
      reasons.push(
        reason(
          "C-4",
          `The ${testName(direction)} sent symptoms further from the spine (${test.symptomsBefore} → ${test.symptomsAfter}): ${direction} is intolerant whatever the pain score.`,
        ),
      );
    } else if (shift === "centralised") {
      centralising.push(direction);
      reasons.push(
        reason(
          "C-4",
          `The ${testName(direction)} drew symptoms back toward the spine (${test.symptomsBefore} → ${test.symptomsAfter}): a preference for ${direction}, not an intolerance.`,
        ),
      );
    }
  }

  // C-4: a centralising test is a preference even when it hurt.
  const painful = DIRECTIONS.filter((direction) => positive.has(direction) && !centralising.includes(direction));
  const intolerant = new Set<Direction>(peripheralising);
  const [first, second] = painful;
  if (first !== undefined && second !== undefined) {
    const difference = Math.abs(tests.flexion.painNrs - tests.extension.painNrs);
    if (difference < margin || difference === 0) {
      // C-2: within the MCID neither test is clearly worse.
      intolerant.add(first).add(second);
      reasons.push(reason("C-2", `Both tests were positive and differ by ${difference} point(s), less than ${margin}: multidirectional.`));
    } else {
      const worse: Direction = tests.flexion.painNrs > tests.extension.painNrs ? "flexion" : "extension";
      intolerant.add(worse);
      reasons.push(
        reason(
          "C-2",
          `Both tests were positive; the ${testName(worse)} was ${difference} points more painful, so it names the intolerance (the ${opposite(worse)} test was positive too: go carefully there).`,
        ),
      );
    }
  } else if (first !== undefined) {
    intolerant.add(first);
    reasons.push(reason("C-2", `Only the ${testName(first)} was positive: ${first} intolerant.`));
  } else if (peripheralising.length === 0) {
    reasons.push(
      reason(
        "C-2",
        positive.size > 0
          ? "The only positive test also drew symptoms toward the spine, which makes it a preference: no directional intolerance."
          : "Neither test reproduced familiar pain: no directional intolerance.",
      ),
    );
  }

  const intolerance = DIRECTIONS.filter((direction) => intolerant.has(direction));
  let pattern: DirectionPattern =
    intolerance.length === 2 ? "multidirectional" : intolerance[0] === "flexion" ? "flexion-intolerant" : intolerance[0] === "extension" ? "extension-intolerant" : "no-directional-intolerance";

  const preferred = new Set<Direction>(centralising.filter((direction) => !intolerant.has(direction)));
  const only = intolerance.length === 1 ? intolerance[0] : undefined;
  const suggested = history === undefined ? null : historyDirection(history);
  if (preferred.size === 0 && only !== undefined && history !== undefined && (suggested === null || suggested === only)) {
    // C-3, C-5 (§11): the pain-free opposite direction is named as relieving only when the history
    // says what eases it; centralisation (C-4) needs no history.
    const other = opposite(only);
    const test = byDirection(other);
    const easedAsExpected = history.easedBy.some((activity) => HISTORY_SIGNS[only].eased.includes(activity));
    if (easedAsExpected && !positive.has(other) && symptomShift(test) !== "peripheralised" && test.endPositionReached) {
      preferred.add(other);
    }
  }

  const unresolved: string[] = [];
  if (tests.lateralShift === true) unresolved.push("A lateral shift");
  if (tests.rotationProvokesPain === true) unresolved.push(unresolved.length > 0 ? "pain provoked by rotation" : "Pain provoked by rotation");
  let confidence: DirectionResult["confidence"] = "high";
  if (unresolved.length > 0) {
    // C-6: two sagittal tests cannot see sideways or twisting patterns.
    pattern = "indeterminate";
    confidence = "low";
    for (const direction of [...preferred]) if (!centralising.includes(direction)) preferred.delete(direction);
    reasons.push(
      reason(
        "C-6",
        `${unresolved.join(" and ")} cannot be resolved by two sagittal tests: indeterminate; see a physiotherapist or other clinician to assess it.`,
      ),
    );
  }

  const preference = DIRECTIONS.filter((direction) => preferred.has(direction));
  reasons.push(
    reason(
      "C-5",
      `Provoking direction${intolerance.length === 1 ? "" : "s"}: ${intolerance.length > 0 ? intolerance.join(" and ") : "none"}; relieving direction${preference.length === 1 ? "" : "s"}: ${preference.length > 0 ? preference.join(" and ") : "none"}.`,
    ),
  );

  let concordance: DirectionResult["concordance"] = "not-checked";
  if (history !== undefined) {
    const disagrees =
      (suggested !== null && (pattern === "flexion-intolerant" || pattern === "extension-intolerant") && !intolerance.includes(suggested)) ||
      (suggested !== null && pattern === "no-directional-intolerance");
    if (disagrees) {
      // C-3: disagreement lowers confidence; staging then takes the more conservative stage.
      confidence = "low";
      concordance = "disagrees";
      reasons.push(
        reason(
          "C-3",
          `The history points to ${suggested} intolerance but the tests say ${pattern}: low confidence, stage one step more conservative.`,
        ),
      );
    } else if (suggested !== null) {
      concordance = "agrees";
      reasons.push(reason("C-3", `The history agrees: it points to ${suggested} intolerance.`));
    } else {
      concordance = "unspecific";
      reasons.push(reason("C-3", "The history names nothing specific to one direction; it neither supports nor contradicts the tests."));
    }
  }

  return Object.freeze({
    pattern,
    intolerance: Object.freeze(intolerance),
    preference: Object.freeze(preference),
    confidence,
    concordance,
    peripheralising: Object.freeze(peripheralising),
    reasons: Object.freeze(reasons),
  });
}
