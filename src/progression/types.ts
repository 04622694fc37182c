/**
 * The progression vocabulary: pain reports and responses, the safety check carried by a
 * session, and the dose a lifter is prescribed.
 */
import type { Decision, Reason } from "../evidence/index.js";
import type { SafetyAction } from "../screening/types.js";

/**
 * Where symptoms went during or after training, relative to where they started (L-5).
 * `peripheralised`: they spread further down the leg; `centralised`: they retreated toward
 * the spine; `none`: no change in location.
 * @category Progression
 */
export type SymptomSpread = "none" | "centralised" | "peripheralised";

/**
 * What a lifter reports about one exercise (or one session): pain on the 0–10 numerical
 * rating scale before, during, right after and the next morning, and where symptoms went.
 * @category Progression
 */
export interface PainReport {
  /** Pain before the session started (the pre-session baseline), 0–10. */
  readonly baselineNrs: number;
  /** Worst pain during the exercise, 0–10. */
  readonly duringNrs: number;
  /** Pain right after the session, 0–10; omitted when not asked. */
  readonly afterNrs?: number;
  /** Pain the next morning, 0–10; `null` or omitted while the next morning has not come yet. */
  readonly nextMorningNrs?: number | null;
  /** Where symptoms went (L-5); omitted means `none`. */
  readonly spread?: SymptomSpread;
  /** The lift loads the spine axially (bar on the back, heavy hinge); lowers the ceiling to 3 (L-1). */
  readonly axiallyLoaded?: boolean;
}

/**
 * The pain-monitoring traffic light: `green` (progress allowed), `amber` (hold),
 * `red` (regress) and `stop-and-rescreen` (peripheralisation, L-5).
 * @category Progression
 */
export type PainResponseAction = "green" | "amber" | "red" | "stop-and-rescreen";

/**
 * How the next morning compared with the pre-session baseline (L-2): `recovered` (at or below
 * baseline), `lingering` (above baseline by less than the flare margin), `flare` (baseline + 2
 * or more by default) or `unknown` (not reported yet).
 * @category Progression
 */
export type NextMorningRecovery = "recovered" | "lingering" | "flare" | "unknown";

/**
 * The answer of {@link painResponse}: the traffic light, the rule that decided it, every
 * reason, and the numbers it was judged on.
 * @category Progression
 */
export interface PainResponse extends Decision<PainResponseAction> {
  /** The higher of pain during and right after the exercise. */
  readonly peakNrs: number;
  /** The ceiling that applied (5, or 3 for axially loaded lifts, by default). */
  readonly ceilingNrs: number;
  /** Next-morning recovery against the baseline (L-2). */
  readonly nextMorning: NextMorningRecovery;
}

/**
 * The result of a session check-in re-screen (S-9); the screening module's `screenCheckIn`
 * result fits. Only the action and reasons are read; anything above `proceed-with-advisory`
 * stops all progression.
 * @category Progression
 */
export interface SessionSafetyCheck {
  readonly action: SafetyAction;
  readonly reasons?: readonly Reason[];
}
