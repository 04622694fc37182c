/**
 * The pain rules a lifter trains by, in plain words, stated once and first in every plan (G-6).
 */
import { requireOptions } from "../internal/guards.js";
import type { Reason } from "../evidence/index.js";
import { programReason as because } from "./messages.js";
import { DEFAULT_PAIN_RESPONSE_OPTIONS, type PainResponseOptions } from "../progression/index.js";

/**
 * The pain-monitoring rules as a lifter reads them, first in every planned week (G-6): the
 * ceiling during and right after each exercise (L-1: 5/10, 3/10 for axially loaded lifts), the
 * next-morning check (L-2), stop and re-screen when symptoms spread down a leg (L-5), and what
 * to record so the next plan can follow the back's answer. The numbers are the ones the
 * progression uses, so the words and the decisions never disagree.
 *
 * @param options - the pain thresholds the plan's progression uses; {@link DEFAULT_PAIN_RESPONSE_OPTIONS} by default
 * @returns four reasons, in the order a lifter needs them
 * @throws TypeError naming the function when `options` is not an object
 * @example
 * ```ts
 * painRules()[0]?.message.startsWith("During each exercise");
 * // => true
 * painRules().map((rule) => rule.ruleId);
 * // => ["L-1", "L-2", "L-5", "G-6"]
 * ```
 * @category Program
 */
export function painRules(options: PainResponseOptions = {}): readonly Reason[] {
  requireOptions("painRules", options);
  const ceiling = options.ceilingNrs ?? DEFAULT_PAIN_RESPONSE_OPTIONS.ceilingNrs;
  const axial = options.axialCeilingNrs ?? DEFAULT_PAIN_RESPONSE_OPTIONS.axialCeilingNrs;
  const flare = options.flareMarginNrs ?? DEFAULT_PAIN_RESPONSE_OPTIONS.flareMarginNrs;
  return Object.freeze([
    because("L-1", "program.pain-rules-ceiling", { ceiling, axialCeiling: axial }, ["silbernagel-2007"]),
    because("L-2", "program.pain-rules-next-morning", { flare }, ["silbernagel-2007", "suzuki-2020"]),
    because("L-5", "program.pain-rules-spread", {}),
    because("G-6", "program.pain-rules-record", {}, ["silbernagel-2007"]),
  ]);
}
