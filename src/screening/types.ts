/**
 * The safety gate's action vocabulary, shared by every module that must respect it.
 */

/**
 * What the safety gate says to do, most to least severe.
 * Anything above `proceed-with-advisory` means no training output at all.
 * @category Screening
 */
export type SafetyAction = "emergency" | "urgent-referral" | "stop-until-cleared" | "proceed-with-advisory" | "proceed";

/**
 * Safety actions ordered from most to least severe (S rules: the most severe triggered rule wins).
 *
 * @example
 * ```ts
 * SAFETY_ACTIONS[0];
 * // => "emergency"
 * ```
 * @category Screening
 */
export const SAFETY_ACTIONS: readonly SafetyAction[] = Object.freeze([
  "emergency",
  "urgent-referral",
  "stop-until-cleared",
  "proceed-with-advisory",
  "proceed",
] as const);

/**
 * Whether an action allows any training output (only `proceed` and `proceed-with-advisory` do).
 *
 * @param action - a safety action
 * @returns true when training guidance may be given
 * @example
 * ```ts
 * allowsTraining("stop-until-cleared");
 * // => false
 * ```
 * @category Screening
 */
export function allowsTraining(action: SafetyAction): boolean {
  return action === "proceed" || action === "proceed-with-advisory";
}
