/**
 * Deloads: scheduled every few weeks, or early when training load or pain says so (P-7, A-7, L-3).
 */
import type { Decision, Reason, RuleId } from "../evidence/index.js";
import { progressionReason as because } from "./messages.js";
import type { Zone } from "../load/types.js";
import { definedOnly, requireWholeNumber } from "./settings.js";
import { requireArray, requireOptions } from "../internal/guards.js";

/**
 * One completed training week, as {@link deloadDue} reads it. Every field but `deload` is
 * optional: the decision uses what is there and says what was missing.
 * @category Progression
 */
export interface WeekSummary {
  /** First day of the week (ISO `YYYY-MM-DD`), for display only. */
  readonly weekStart?: string;
  /** This week was a deload week. */
  readonly deload?: boolean;
  /** The acute:chronic workload ratio at the end of the week, or `null` when undefined. */
  readonly acwr?: number | null;
  /** The ACWR zone at the end of the week; read before `acwr` when present. */
  readonly zone?: Zone | null;
  /** Typical morning pain that week, 0–10 (L-3). */
  readonly morningPainNrs?: number | null;
}

/**
 * Settings of {@link deloadDue}.
 * @category Progression
 */
export interface DeloadOptions {
  /** P-7: a deload every this many weeks (the deload is the last week of the cycle). Default 5; the rule says 4–6. */
  readonly cadenceWeeks?: number;
  /**
   * a ratio at or above this is the caution zone when no zone is given. Default 1.3 (the
   * coupled ratio); use 1.444 for the uncoupled ratio.
   */
  readonly acwrCautionRatio?: number;
  /** L-3: morning pain rising this many weeks in a row triggers a deload. Default 2 (design). */
  readonly risingPainWeeks?: number;
}

/**
 * The default settings of {@link deloadDue}.
 * @example
 * ```ts
 * DEFAULT_DELOAD_OPTIONS.cadenceWeeks;
 * // => 5
 * ```
 * @category Progression
 */
export const DEFAULT_DELOAD_OPTIONS: Readonly<Required<DeloadOptions>> = Object.freeze({
  cadenceWeeks: 5,
  acwrCautionRatio: 1.3,
  risingPainWeeks: 2,
});

/** What set a deload off. @category Progression */
export type DeloadTrigger = "scheduled" | "acwr" | "pain-trend";

/**
 * The answer of {@link deloadDue}: `deload` or `continue` for the coming week.
 * @category Progression
 */
export interface DeloadDecision extends Decision<"deload" | "continue"> {
  /** Every trigger that fired, most urgent first (empty when the action is `continue`). */
  readonly triggers: readonly DeloadTrigger[];
  /** Completed weeks since the last deload week (all weeks when there was none). */
  readonly weeksSinceDeload: number;
}

/**
 * Decides whether the coming week should be a deload.
 *
 * Backs in pain need regular easy weeks: a deload is scheduled every 4–6 weeks (P-7; every
 * 5th week by default). It comes early when the latest acute:chronic workload ratio is in the
 * caution or danger zone or morning pain rose two weeks in a row (L-3). The ratio's
 * evidence comes from team sports and is disputed, so it only brings a deload forward.
 *
 * @param weeks - completed weeks, oldest first
 * @param options - cadence and thresholds; see {@link DEFAULT_DELOAD_OPTIONS}
 * @returns `deload` or `continue`, the triggers, the weeks since the last deload and the reasons
 * @throws RangeError naming `deloadDue` when the cadence or the rising-week count is not a whole
 *   number of at least 1, or the caution ratio is not a positive number
 * @throws TypeError naming `deloadDue` when `weeks` is not an array or `options` is given but not
 *   an object; a week that is not an object is the caller's contract (check untrusted input with
 *   {@link parseWeekSummaries})
 * @example
 * ```ts
 * deloadDue([{}, {}, {}, {}]).action;
 * // => "deload"
 * deloadDue([{ deload: true }, { zone: "caution" }]).ruleId;
 * // => "A-7"
 * deloadDue([{ morningPainNrs: 2 }]).action;
 * // => "continue"
 * ```
 * @category Progression
 */
export function deloadDue(weeks: readonly WeekSummary[], options: DeloadOptions = {}): DeloadDecision {
  requireArray("deloadDue", "weeks", weeks);
  requireOptions("deloadDue", options);
  const settings = { ...DEFAULT_DELOAD_OPTIONS, ...definedOnly(options) };
  requireWholeNumber("deloadDue", "option cadenceWeeks", settings.cadenceWeeks, 1);
  requireWholeNumber("deloadDue", "option risingPainWeeks", settings.risingPainWeeks, 1);
  if (!Number.isFinite(settings.acwrCautionRatio) || settings.acwrCautionRatio <= 0) {
    throw new RangeError(`deloadDue: option acwrCautionRatio must be a positive number, got ${String(settings.acwrCautionRatio)}`);
  }

  let weeksSinceDeload = 0;
  for (let i = weeks.length - 1; i >= 0 && weeks[i]!.deload !== true; i--) weeksSinceDeload++;

  const triggers: DeloadTrigger[] = [];
  const reasons: Reason[] = [];
  const latest = weeks.at(-1);

  // the caution zone (1.3 coupled) and above bring the deload forward.
  if (latest !== undefined) {
    const zone = latest.zone ?? zoneFromRatio(latest.acwr, settings.acwrCautionRatio);
    if (zone === "caution" || zone === "danger") {
      triggers.push("acwr");
      reasons.push(
        typeof latest.acwr === "number"
          ? because("A-7", "progression.deload-acwr", { zone, ratio: Number(latest.acwr.toFixed(2)) })
          : because("A-7", "progression.deload-acwr-no-ratio", { zone }),
      );
    }
  }

  // L-3: pain must not rise week on week.
  let rising = 0;
  for (let i = weeks.length - 1; i > 0; i--) {
    const now = weeks[i]!.morningPainNrs;
    const before = weeks[i - 1]!.morningPainNrs;
    if (typeof now !== "number" || typeof before !== "number" || now <= before) break;
    rising++;
  }
  if (rising >= settings.risingPainWeeks) {
    triggers.push("pain-trend");
    reasons.push(because("L-3", "progression.deload-pain-rising", { weeks: rising }));
  }

  // P-7: the scheduled deload is the last week of each cycle.
  if (weeksSinceDeload >= settings.cadenceWeeks - 1) {
    triggers.push("scheduled");
    reasons.push(because("P-7", "progression.deload-scheduled", { weeks: weeksSinceDeload, cadence: settings.cadenceWeeks }));
  }

  if (triggers.length === 0) {
    const left = settings.cadenceWeeks - 1 - weeksSinceDeload;
    return Object.freeze({
      action: "continue",
      ruleId: "P-7",
      reasons: Object.freeze([
        left === 1
          ? because("P-7", "progression.deload-in-one-week", { weeks: weeksSinceDeload })
          : because("P-7", "progression.deload-in-weeks", { weeks: weeksSinceDeload, left }),
      ]),
      triggers: Object.freeze([]),
      weeksSinceDeload,
    });
  }
  const ruleId: RuleId = triggers[0] === "acwr" ? "A-7" : triggers[0] === "pain-trend" ? "L-3" : "P-7";
  return Object.freeze({
    action: "deload",
    ruleId,
    reasons: Object.freeze(reasons),
    triggers: Object.freeze(triggers),
    weeksSinceDeload,
  });
}

function zoneFromRatio(ratio: number | null | undefined, cautionRatio: number): Zone | null {
  if (typeof ratio !== "number" || !Number.isFinite(ratio)) return null;
  return ratio >= cautionRatio ? "caution" : "sweet-spot";
}
