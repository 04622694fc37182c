/**
 * Builds the frozen {@link OutcomeScore} every scoring function returns, from the instrument's
 * metadata (not exported from the module).
 */
import type { CitationId, ParamsOf } from "../evidence/index.js";
import { requireArray } from "../internal/guards.js";
import { because, type outcomesMessages, type OutcomesMessageCode } from "./messages.js";
import { SCALES } from "./scales.js";
import type { OutcomeInstrument, OutcomeReasonCode, OutcomeScore, PsfsActivity } from "./types.js";


/** The sources of O-4 for the NRS, RMDQ and ODI thresholds. */
export const OSTELO: readonly CitationId[] = ["ostelo-2008"];

/** A PSFS activity's name as matched across times and checked for repeats: case and spaces ignored. */
export function activityKey(activity: string): string {
  return activity.trim().replace(/\s+/g, " ").toLowerCase();
}

/** A number for a message: at most one decimal (35.555… → 35.6). */
export function shown(value: number): string {
  return String(rounded(value));
}

/** A number for a reason's params: at most one decimal (35.555… → 35.6). */
export function rounded(value: number): number {
  return Math.round(value * 10) / 10;
}

/** The optional parts of a score. */
export interface ScoreExtras {
  readonly missing?: readonly number[];
  readonly activities?: readonly PsfsActivity[];
  readonly reasonCode?: OutcomeReasonCode;
}

/** A frozen score with the instrument's range, direction, unit and rule, and one reason. */
export function makeScore<C extends OutcomesMessageCode>(
  instrument: OutcomeInstrument,
  score: number | null,
  code: C,
  params: ParamsOf<(typeof outcomesMessages)[C]>,
  extras: ScoreExtras = {},
): OutcomeScore {
  const info = SCALES[instrument];
  return Object.freeze({
    instrument,
    score,
    range: info.range,
    direction: info.direction,
    unit: info.unit,
    missing: Object.freeze([...(extras.missing ?? [])]),
    ...(extras.activities === undefined ? {} : { activities: Object.freeze(extras.activities.map((item) => Object.freeze({ activity: item.activity, score: item.score }))) }),
    ...(extras.reasonCode === undefined ? {} : { reasonCode: extras.reasonCode }),
    ruleId: info.ruleId,
    reasons: Object.freeze([because(info.ruleId, code, params, info.citations)]),
  });
}

/**
 * Checks a list of item answers for a fixed-length instrument and returns the 1-based numbers
 * of the unanswered ones (`null`).
 * @throws TypeError or RangeError naming the function when the list has the wrong length or an answer of the wrong kind
 */
export function unansweredItems(fn: string, name: string, answers: unknown, length: number, accepts: (answer: unknown) => boolean, kind: string): number[] {
  requireArray(fn, name, answers);
  if (answers.length !== length) throw new RangeError(`${fn}: ${name} must hold ${length} answers, got ${answers.length}`);
  const missing: number[] = [];
  for (let index = 0; index < length; index++) {
    const answer: unknown = answers[index];
    if (answer === null) missing.push(index + 1);
    else if (!accepts(answer)) throw new RangeError(`${fn}: ${name}[${index}] must be ${kind} or null, got ${String(answer)}`);
  }
  return missing;
}
