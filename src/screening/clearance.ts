/**
 * Matching a clinician's clearance to what a screen found (S-12). Internal to the safety gate.
 */
import type { RuleId } from "../evidence/index.js";
import type { ClearableFeature, Clearance, SafetyAction } from "./types.js";

type FeatureKey = ClearableFeature;

/** The actions a clearance can lift (S-12); `emergency` needs `assessedEmergency` as well. */
const LIFTABLE: readonly SafetyAction[] = ["emergency", "urgent-referral", "stop-until-cleared"];

/** Rules no clearance lifts: S-11 is out of scope, S-13 is a question nobody answered. */
const NEVER_LIFTED: readonly RuleId[] = ["S-11", "S-13"];

/**
 * The clearance that lifts a rule's action for these features, if any (S-12).
 *
 * A clearance lifts exactly the features it names, as they stood on its date: a report dated
 * after the clearance is new or worse and re-triggers; a report with no date (an intake is
 * screened as it stands) is matched when `reportDate` is `null`.
 *
 * @param ruleId - the rule that asked for the action
 * @param action - the action it asked for
 * @param features - the answers that triggered it
 * @param clearances - the clearances on record
 * @param reportDate - the date of the report screened, or `null` for an intake screened as it stands
 */
export function findClearance(
  ruleId: RuleId,
  action: SafetyAction,
  features: readonly FeatureKey[],
  clearances: readonly Clearance[],
  reportDate: string | null,
): Clearance | undefined {
  if (features.length === 0 || !LIFTABLE.includes(action) || NEVER_LIFTED.includes(ruleId)) return undefined;
  return clearances.find(
    (clearance) =>
      // ISO dates compare as strings: a report on or before the clearance is what it assessed.
      (reportDate === null || reportDate <= clearance.date) &&
      features.every((feature) => clearance.covers.includes(feature)) &&
      (action !== "emergency" || clearance.assessedEmergency === true),
  );
}
