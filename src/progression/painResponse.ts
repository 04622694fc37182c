/**
 * The pain-monitoring model: how the back answered an exercise (L-1, L-2, L-5).
 */
import type { Reason, RuleId } from "../evidence/index.js";
import { progressionReason as because } from "./messages.js";
import type { NextMorningRecovery, PainReport, PainResponse, PainResponseAction } from "./types.js";

/**
 * Thresholds of {@link painResponse}. Every number is a default that can be changed.
 * @category Progression
 */
export interface PainResponseOptions {
  /** L-1: the most pain (0–10) allowed during and right after an exercise. Default 5. */
  readonly ceilingNrs?: number;
  /** L-1: the ceiling for axially loaded lifts. Default 3 (design). */
  readonly axialCeilingNrs?: number;
  /** L-1: the top of the green band (0–2 by default; design). */
  readonly greenMaxNrs?: number;
  /** L-2: next-morning pain at baseline + this margin or more is a flare. Default 2 (the MCID). */
  readonly flareMarginNrs?: number;
  /** Treat the lift as axially loaded even when the report does not say so. */
  readonly axiallyLoaded?: boolean;
}

/**
 * The default thresholds of {@link painResponse}: ceiling 5, axial ceiling 3, green band 0–2,
 * flare margin 2.
 *
 * @example
 * ```ts
 * DEFAULT_PAIN_RESPONSE_OPTIONS.ceilingNrs;
 * // => 5
 * ```
 * @category Progression
 */
export const DEFAULT_PAIN_RESPONSE_OPTIONS: Readonly<Required<Omit<PainResponseOptions, "axiallyLoaded">>> = Object.freeze({
  ceilingNrs: 5,
  axialCeilingNrs: 3,
  greenMaxNrs: 2,
  flareMarginNrs: 2,
});

const SEVERITY: Readonly<Record<PainResponseAction, number>> = { green: 0, amber: 1, red: 2, "stop-and-rescreen": 3 };

const SPREADS: readonly string[] = ["none", "centralised", "peripheralised"];

/** NRS scores are whole numbers from 0 to 10: the 11-point numerical rating scale. */
function checkNrs(fn: string, path: string, value: unknown, required: boolean): void {
  if (value === undefined || value === null) {
    // L-1, L-2: a missing baseline or peak is not "no pain"; it cannot be judged at all.
    if (required) throw new TypeError(`${fn}: ${path} is required (a whole number from 0 to 10), got ${String(value)}`);
    return;
  }
  if (typeof value !== "number") throw new TypeError(`${fn}: ${path} must be a whole number from 0 to 10, got ${typeof value} ${JSON.stringify(value)}`);
  if (!Number.isInteger(value) || value < 0 || value > 10) {
    throw new RangeError(`${fn}: ${path} must be a whole number from 0 to 10, got ${String(value)}`);
  }
}

/**
 * Throws unless `report` is a complete pain report (L-1, L-2, L-5): `baselineNrs` and `duringNrs`
 * present, every score a whole number from 0 to 10, `spread` one of the three words. Shared by
 * the functions that judge pain reports, so each names itself and the path of the bad value.
 */
export function checkPainReport(fn: string, path: string, report: unknown): asserts report is PainReport {
  if (report === null || typeof report !== "object" || Array.isArray(report)) {
    throw new TypeError(`${fn}: ${path} must be a pain report object with baselineNrs and duringNrs, got ${report === null ? "null" : Array.isArray(report) ? "an array" : typeof report}`);
  }
  const value = report as Record<string, unknown>;
  checkNrs(fn, `${path}.baselineNrs`, value["baselineNrs"], true);
  checkNrs(fn, `${path}.duringNrs`, value["duringNrs"], true);
  // afterNrs is optional; nextMorningNrs may be null while the next morning has not come (L-2).
  if (value["afterNrs"] === null) throw new TypeError(`${fn}: ${path}.afterNrs must be a whole number from 0 to 10 or omitted, got null`);
  checkNrs(fn, `${path}.afterNrs`, value["afterNrs"], false);
  checkNrs(fn, `${path}.nextMorningNrs`, value["nextMorningNrs"], false);
  const spread = value["spread"];
  // L-5: a misspelt spread must not read as "none".
  if (spread !== undefined && (typeof spread !== "string" || !SPREADS.includes(spread))) {
    throw new RangeError(`${fn}: ${path}.spread must be none, centralised or peripheralised, got ${JSON.stringify(spread)}`);
  }
  const axial = value["axiallyLoaded"];
  if (axial !== undefined && typeof axial !== "boolean") {
    throw new TypeError(`${fn}: ${path}.axiallyLoaded must be true or false, got ${JSON.stringify(axial)}`);
  }
}

function checkThreshold(name: string, value: number): void {
  if (!Number.isFinite(value) || value < 0 || value > 10) {
    throw new RangeError(`painResponse: option ${name} must be a number from 0 to 10, got ${String(value)}`);
  }
}

/**
 * Classifies how the back answered an exercise under the pain-monitoring model.
 *
 * Lifters in pain can keep training as long as pain stays under a ceiling during and right
 * after the exercise (L-1) and is back to the pre-session baseline by the next morning (L-2).
 * Symptoms spreading down the leg stop that direction at once (L-5). The bands are:
 *
 * - `stop-and-rescreen`: symptoms peripheralised (L-5), whatever the numbers;
 * - `red`: the peak of pain during and right after is above the ceiling (5, or 3 for axially
 *   loaded lifts; L-1), or next-morning pain is at baseline + 2 or more, a flare (L-2);
 * - `amber`: the peak is above the green band (3 up to the ceiling; L-1), or next-morning pain
 *   is above baseline but below the flare margin, or the next morning is not reported yet (L-2);
 * - `green`: the peak is 0–2 and next-morning pain is back to the baseline or lower.
 *
 * Green needs a reported next morning: a session cannot be called green the same day. A
 * missing baseline or peak is never read as "no pain": both are required (L-1, L-2).
 *
 * @param report - pain before, during, right after and the next morning, and symptom spread
 * @param options - thresholds; see {@link DEFAULT_PAIN_RESPONSE_OPTIONS}
 * @returns the traffic light with the deciding rule (L-1, L-2 or L-5) and every reason
 * @throws TypeError when the report is not an object, `baselineNrs` or `duringNrs` is missing, or a
 *   field has the wrong type
 * @throws RangeError when a pain score is not a whole number from 0 to 10 (the 11-point NRS), a
 *   threshold is not a number from 0 to 10, or `spread` is not one of its three words
 * @example
 * ```ts
 * painResponse({ baselineNrs: 2, duringNrs: 2, afterNrs: 1, nextMorningNrs: 2 }).action;
 * // => "green"
 * painResponse({ baselineNrs: 2, duringNrs: 4, nextMorningNrs: 2, axiallyLoaded: true }).action;
 * // => "red"
 * painResponse({ baselineNrs: 1, duringNrs: 2, nextMorningNrs: 3 }).ruleId;
 * // => "L-2"
 * ```
 * @category Progression
 */
export function painResponse(report: PainReport, options: PainResponseOptions = {}): PainResponse {
  checkPainReport("painResponse", "report", report);
  if (options === null || typeof options !== "object") {
    throw new TypeError(`painResponse: options must be an object, got ${options === null ? "null" : typeof options}`);
  }
  const atDefaults = options.ceilingNrs === undefined && options.axialCeilingNrs === undefined && options.greenMaxNrs === undefined && options.flareMarginNrs === undefined;
  if (!atDefaults || !Object.isFrozen(report)) return judge(report, options);
  // A frozen report at the default thresholds has one answer per axial flag: remembered, since a
  // planner asks about the same few logs for every candidate and a journal's reports are frozen.
  // The answer is frozen too, so sharing it changes nothing.
  let kept = defaultResponses.get(report);
  if (kept === undefined) {
    kept = {};
    defaultResponses.set(report, kept);
  }
  const key = options.axiallyLoaded === true ? "axial" : "plain";
  return (kept[key] ??= judge(report, options));
}

/** Responses to frozen reports at the default thresholds, by report and axial flag. */
const defaultResponses = new WeakMap<PainReport, { axial?: PainResponse; plain?: PainResponse }>();

/** L-1, L-2, L-5 on a checked report. */
function judge(report: PainReport, options: PainResponseOptions): PainResponse {
  const defaults = DEFAULT_PAIN_RESPONSE_OPTIONS;
  const axial = report.axiallyLoaded === true || options.axiallyLoaded === true;
  const ceilingNrs = axial ? (options.axialCeilingNrs ?? defaults.axialCeilingNrs) : (options.ceilingNrs ?? defaults.ceilingNrs);
  const greenMaxNrs = Math.min(options.greenMaxNrs ?? defaults.greenMaxNrs, ceilingNrs);
  const flareMarginNrs = options.flareMarginNrs ?? defaults.flareMarginNrs;
  checkThreshold("ceilingNrs", ceilingNrs);
  checkThreshold("greenMaxNrs", greenMaxNrs);
  checkThreshold("flareMarginNrs", flareMarginNrs);

  const peakNrs = Math.max(report.duringNrs, report.afterNrs ?? 0);
  const found: { action: PainResponseAction; ruleId: RuleId; reason: Reason }[] = [];
  const add = (action: PainResponseAction, ruleId: RuleId, why: Reason): void => {
    found.push({ action, ruleId, reason: why });
  };

  // L-5: peripheralisation stops the direction whatever the pain scores say.
  if (report.spread === "peripheralised") {
    add("stop-and-rescreen", "L-5", because("L-5", "progression.pain-peripheralised", {}));
  }

  // L-1: the ceiling applies during the exercise and right after the session.
  if (peakNrs > ceilingNrs) {
    add("red", "L-1", because("L-1", axial ? "progression.pain-above-axial-ceiling" : "progression.pain-above-ceiling", { peak: peakNrs, ceiling: ceilingNrs }));
  } else if (peakNrs > greenMaxNrs) {
    add("amber", "L-1", because("L-1", axial ? "progression.pain-amber-axial" : "progression.pain-amber", { peak: peakNrs, ceiling: ceilingNrs, greenMax: greenMaxNrs }));
  } else {
    add("green", "L-1", because("L-1", "progression.pain-green", { peak: peakNrs, greenMax: greenMaxNrs }));
  }

  // L-2: recovery is judged against the pre-session baseline; baseline + 2 (the MCID) is a flare.
  let nextMorning: NextMorningRecovery;
  const morning = report.nextMorningNrs;
  if (morning === null || morning === undefined) {
    nextMorning = "unknown";
    add("amber", "L-2", because("L-2", "progression.pain-morning-unknown", {}));
  } else if (morning >= report.baselineNrs + flareMarginNrs) {
    nextMorning = "flare";
    add("red", "L-2", because("L-2", "progression.pain-flare", { morning, margin: flareMarginNrs, baseline: report.baselineNrs }));
  } else if (morning > report.baselineNrs) {
    nextMorning = "lingering";
    add("amber", "L-2", because("L-2", "progression.pain-lingering", { morning, baseline: report.baselineNrs }));
  } else {
    nextMorning = "recovered";
    add("green", "L-2", because("L-2", "progression.pain-recovered", { morning, baseline: report.baselineNrs }));
  }

  if (report.spread === "centralised") {
    add("green", "L-5", because("L-5", "progression.pain-centralised", {}));
  }

  // The most severe finding decides; its reasons come first, the rest follow as context.
  let worst = found[0]!;
  for (const item of found) if (SEVERITY[item.action] > SEVERITY[worst.action]) worst = item;
  const reasons = [worst.reason, ...found.filter((item) => item !== worst).map((item) => item.reason)];
  return Object.freeze({
    action: worst.action,
    ruleId: worst.ruleId,
    reasons: Object.freeze(reasons),
    peakNrs,
    ceilingNrs,
    nextMorning,
  });
}
