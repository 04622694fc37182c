import type { Reason } from "../evidence/index.js";
import { classificationReason } from "./messages.js";
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

/** The directions of a list as one word of the C-5 codes. */
const directionSet = (directions: readonly Direction[]): "none" | Direction | "both" =>
  directions.length === 2 ? "both" : (directions[0] ?? "none");

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
      reasons.push(classificationReason("C-1", `classification.${direction}-test-positive`, { pain: test.painNrs }));
    } else if (test.painNrs > 0) {
      reasons.push(classificationReason("C-1", `classification.${direction}-test-discomfort`, { pain: test.painNrs }));
    }
    if (shift === "peripheralised") {
      peripheralising.push(direction);
      reasons.push(classificationReason("C-4", `classification.${direction}-peripheralised`, { before: test.symptomsBefore, after: test.symptomsAfter }));
    } else if (shift === "centralised") {
      centralising.push(direction);
      reasons.push(classificationReason("C-4", `classification.${direction}-centralised`, { before: test.symptomsBefore, after: test.symptomsAfter }));
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
      reasons.push(classificationReason("C-2", "classification.multidirectional", { difference, margin }));
    } else {
      const worse: Direction = tests.flexion.painNrs > tests.extension.painNrs ? "flexion" : "extension";
      intolerant.add(worse);
      reasons.push(classificationReason("C-2", `classification.${worse}-worse`, { difference }));
    }
  } else if (first !== undefined) {
    intolerant.add(first);
    reasons.push(classificationReason("C-2", `classification.only-${first}-positive`, {}));
  } else if (peripheralising.length === 0) {
    reasons.push(classificationReason("C-2", positive.size > 0 ? "classification.positive-but-centralising" : "classification.no-positive-test", {}));
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

  const shifted = tests.lateralShift === true;
  const rotation = tests.rotationProvokesPain === true;
  let confidence: DirectionResult["confidence"] = "high";
  if (shifted || rotation) {
    // C-6: two sagittal tests cannot see sideways or twisting patterns.
    pattern = "indeterminate";
    confidence = "low";
    for (const direction of [...preferred]) if (!centralising.includes(direction)) preferred.delete(direction);
    const code = shifted && rotation ? "classification.lateral-shift-and-rotation-pain" : shifted ? "classification.lateral-shift" : "classification.rotation-pain";
    reasons.push(classificationReason("C-6", code, {}));
  }

  const preference = DIRECTIONS.filter((direction) => preferred.has(direction));
  reasons.push(classificationReason("C-5", `classification.provoking-${directionSet(intolerance)}-relieving-${directionSet(preference)}`, {}));

  let concordance: DirectionResult["concordance"] = "not-checked";
  if (history !== undefined) {
    const disagrees =
      (suggested !== null && (pattern === "flexion-intolerant" || pattern === "extension-intolerant") && !intolerance.includes(suggested)) ||
      (suggested !== null && pattern === "no-directional-intolerance");
    if (disagrees) {
      // C-3: disagreement lowers confidence; staging then takes the more conservative stage.
      confidence = "low";
      concordance = "disagrees";
      reasons.push(classificationReason("C-3", "classification.history-disagrees", { suggested, pattern }));
    } else if (suggested !== null) {
      concordance = "agrees";
      reasons.push(classificationReason("C-3", "classification.history-agrees", { suggested }));
    } else {
      concordance = "unspecific";
      reasons.push(classificationReason("C-3", "classification.history-unspecific", {}));
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
