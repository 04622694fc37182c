import type { Decision, Reason } from "../evidence/index.js";
import { classificationReason } from "./messages.js";
import type { SafetyAction } from "../screening/types.js";
import { STAGES, type Stage } from "../staging/types.js";
import type { EnduranceTimes } from "./types.js";
import { describeValue, requireObject, requireOneOf, requireOptions } from "../internal/guards.js";

/** E-2: a ratio shown to 2 decimals; one too large to scale keeps its value (no Infinity in params). */
const hundredths = (value: number): number => (Number.isFinite(value * 100) ? Math.round(value * 100) / 100 : value);

/**
 * The endurance ratio targets (E-2) and the safety gate's action (E-1).
 * @category Classification
 */
export interface EnduranceOptions {
  /** The safety gate's action; anything but `proceed` refuses the tests (E-1). */
  readonly safetyAction?: SafetyAction;
  /** Flexor ÷ extensor must stay below this (default 1.0). */
  readonly flexorToExtensorMax?: number;
  /** Right ÷ left side bridge must lie within these bounds, inclusive (default 0.95–1.05). */
  readonly sideBridgeBalance?: readonly [number, number];
  /** Each side bridge ÷ extensor must stay below this (default 0.75). */
  readonly sideBridgeToExtensorMax?: number;
}

/**
 * Default {@link EnduranceOptions} targets from McGill's textbooks (E-2).
 *
 * @example
 * ```ts
 * DEFAULT_ENDURANCE_OPTIONS.sideBridgeToExtensorMax;
 * // => 0.75
 * ```
 * @category Classification
 */
export const DEFAULT_ENDURANCE_OPTIONS: Readonly<Required<Omit<EnduranceOptions, "safetyAction">>> = Object.freeze({
  flexorToExtensorMax: 1.0,
  sideBridgeBalance: Object.freeze([0.95, 1.05] as const),
  sideBridgeToExtensorMax: 0.75,
});

/**
 * The names of the four endurance ratios (E-2).
 * @category Classification
 */
export type EnduranceRatioName =
  | "flexor-to-extensor"
  | "right-to-left-side-bridge"
  | "left-side-bridge-to-extensor"
  | "right-side-bridge-to-extensor";

/**
 * One endurance ratio, its target and whether it passed (E-2). `value` is `null`, with
 * `result: "undefined"`, when the divisor is 0 s.
 * @category Classification
 */
export interface EnduranceRatio {
  readonly name: EnduranceRatioName;
  readonly value: number | null;
  /** Pass when `min ≤ value` (if `min` is set) and `value < max`, or `value ≤ max` when `includesMax`. */
  readonly target: { readonly min: number | null; readonly max: number; readonly includesMax: boolean };
  readonly result: "pass" | "fail" | "undefined";
  readonly reason: Reason;
}

/**
 * The four endurance tests by name (E-3).
 * @category Classification
 */
export type EnduranceTestName = "flexor" | "extensor" | "left-side-bridge" | "right-side-bridge";

/**
 * An absolute hold time next to the 1999 reference means, informative only (E-3).
 * @category Classification
 */
export interface EnduranceReference {
  readonly test: EnduranceTestName;
  readonly seconds: number;
  /** McGill, Childs & Liebenson 1999 means for young, healthy, untrained adults. */
  readonly referenceSeconds: { readonly men: number; readonly women: number };
  /** The time as a percentage of the mean for the given sex; `null` when sex was not given. */
  readonly percentOfReference: number | null;
}

/**
 * The endurance test report (E-1…E-3): `report` with every ratio, or `refuse` with the
 * reason the tests should not be run yet.
 * @category Classification
 */
export interface EnduranceResult extends Decision<"report" | "refuse"> {
  /** Empty when refused. */
  readonly ratios: readonly EnduranceRatio[];
  /** Empty when refused. Never pass/fail (E-3). */
  readonly absoluteTimes: readonly EnduranceReference[];
}

// E-3: McGill, Childs & Liebenson 1999 means, seconds (not the textbook's pooled table).
const REFERENCE_1999: Readonly<Record<EnduranceTestName, { men: number; women: number }>> = {
  flexor: { men: 144, women: 149 },
  extensor: { men: 146, women: 189 },
  "right-side-bridge": { men: 94, women: 72 },
  "left-side-bridge": { men: 97, women: 77 },
};

function checkSeconds(name: string, value: number): void {
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
    throw new RangeError(`enduranceRatios: ${name} must be a finite number of seconds ≥ 0, got ${describeValue(value)}`);
  }
}

/**
 * Reports McGill's trunk endurance ratios (E-1…E-3).
 *
 * The ratios say more than the absolute times: flexor ÷ extensor below 1.0, right ÷ left
 * side bridge within 0.95–1.05, and each side bridge ÷ extensor below 0.75 (targets from
 * McGill's textbooks). The tests load the spine for long holds, so they are only for the
 * `function-optimisation` stage with no flag above `proceed`; otherwise the function refuses
 * (E-1). Absolute times are shown against the 1999 means but never judged (E-3). Without a
 * stage the ratios are computed, with a reminder of E-1.
 *
 * @param times - the four hold times in seconds (and optionally sex, for the reference means)
 * @param stage - the current stage; anything but `function-optimisation` refuses
 * @param options - the safety action and the ratio targets
 * @returns `report` with ratios and reference times, or `refuse` with the reason
 * @throws RangeError naming `enduranceRatios` when a time is negative, NaN or infinite, or
 * `stage` is given but not a stage
 * @throws TypeError naming `enduranceRatios` when `times` is not an object or `options` is given
 * but not an object; the options' fields are the caller's contract
 * @example
 * ```ts
 * enduranceRatios({ flexorSeconds: 120, extensorSeconds: 150, leftSideBridgeSeconds: 100, rightSideBridgeSeconds: 100 }, "function-optimisation")
 *   .ratios.map((ratio) => ratio.result);
 * // => ["pass", "pass", "pass", "pass"]
 * ```
 * @category Classification
 */
export function enduranceRatios(times: EnduranceTimes, stage?: Stage, options: EnduranceOptions = {}): EnduranceResult {
  requireObject("enduranceRatios", "times", times);
  if (stage !== undefined) requireOneOf("enduranceRatios", "stage", stage, STAGES);
  requireOptions("enduranceRatios", options);
  checkSeconds("flexorSeconds", times.flexorSeconds);
  checkSeconds("extensorSeconds", times.extensorSeconds);
  checkSeconds("leftSideBridgeSeconds", times.leftSideBridgeSeconds);
  checkSeconds("rightSideBridgeSeconds", times.rightSideBridgeSeconds);

  const refusals: Reason[] = [];
  if (stage !== undefined && stage !== "function-optimisation") {
    refusals.push(classificationReason("E-1", "classification.endurance-wrong-stage", { stage }));
  }
  if (options.safetyAction !== undefined && options.safetyAction !== "proceed") {
    refusals.push(classificationReason("E-1", "classification.endurance-safety", { action: options.safetyAction }));
  }
  if (refusals.length > 0) {
    return Object.freeze({ action: "refuse", ruleId: "E-1", reasons: Object.freeze(refusals), ratios: Object.freeze([]), absoluteTimes: Object.freeze([]) });
  }

  const flexorMax = options.flexorToExtensorMax ?? DEFAULT_ENDURANCE_OPTIONS.flexorToExtensorMax;
  const [balanceMin, balanceMax] = options.sideBridgeBalance ?? DEFAULT_ENDURANCE_OPTIONS.sideBridgeBalance;
  const bridgeMax = options.sideBridgeToExtensorMax ?? DEFAULT_ENDURANCE_OPTIONS.sideBridgeToExtensorMax;

  const ratio = (
    name: EnduranceRatioName,
    numerator: number,
    denominator: number,
    target: EnduranceRatio["target"],
  ): EnduranceRatio => {
    // E-2: the side-bridge balance has both bounds, the other ratios a maximum only; each ratio's
    // templates name exactly the bounds it has (the union of codes asks for all of them).
    const bounds = target.min === null ? { max: target.max } : { min: target.min, max: target.max };
    const value = numerator / denominator;
    // Numbers never lie: a 0 s divisor (or one too small to divide by) gives null, not Infinity.
    if (denominator === 0 || !Number.isFinite(value)) {
      return Object.freeze({
        name,
        value: null,
        target: Object.freeze(target),
        result: "undefined",
        reason: classificationReason("E-2", `classification.${name}-undefined`, bounds as { min: number; max: number }),
      });
    }
    const aboveMin = target.min === null || value >= target.min;
    const belowMax = target.includesMax ? value <= target.max : value < target.max;
    const result = aboveMin && belowMax ? "pass" : "fail";
    return Object.freeze({
      name,
      value,
      target: Object.freeze(target),
      result,
      reason: classificationReason("E-2", `classification.${name}-${result}`, { ...(bounds as { min: number; max: number }), value: hundredths(value) }),
    });
  };

  const ratios = [
    ratio("flexor-to-extensor", times.flexorSeconds, times.extensorSeconds, { min: null, max: flexorMax, includesMax: false }),
    ratio("right-to-left-side-bridge", times.rightSideBridgeSeconds, times.leftSideBridgeSeconds, {
      min: balanceMin,
      max: balanceMax,
      includesMax: true,
    }),
    ratio("left-side-bridge-to-extensor", times.leftSideBridgeSeconds, times.extensorSeconds, {
      min: null,
      max: bridgeMax,
      includesMax: false,
    }),
    ratio("right-side-bridge-to-extensor", times.rightSideBridgeSeconds, times.extensorSeconds, {
      min: null,
      max: bridgeMax,
      includesMax: false,
    }),
  ];

  const secondsByTest: Record<EnduranceTestName, number> = {
    flexor: times.flexorSeconds,
    extensor: times.extensorSeconds,
    "left-side-bridge": times.leftSideBridgeSeconds,
    "right-side-bridge": times.rightSideBridgeSeconds,
  };
  const absoluteTimes = (Object.keys(REFERENCE_1999) as EnduranceTestName[]).map((test) => {
    const reference = REFERENCE_1999[test];
    const mean = times.sex === "male" ? reference.men : times.sex === "female" ? reference.women : null;
    return Object.freeze({
      test,
      seconds: secondsByTest[test],
      referenceSeconds: Object.freeze({ ...reference }),
      percentOfReference: mean === null ? null : (secondsByTest[test] / mean) * 100,
    });
  });

  const reasons: Reason[] = [
    ...(stage === undefined ? [classificationReason("E-1", "classification.endurance-no-stage", {})] : []),
    ...ratios.map((item) => item.reason),
    classificationReason("E-3", "classification.endurance-reference", {}),
  ];
  return Object.freeze({
    action: "report",
    ruleId: "E-2",
    reasons: Object.freeze(reasons),
    ratios: Object.freeze(ratios),
    absoluteTimes: Object.freeze(absoluteTimes),
  });
}
