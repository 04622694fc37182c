/**
 * S-9 and S-12 across the history: the check-ins recorded with exercise logs and ladder
 * exposures. A finding that stops training holds every later week until a clearance names it;
 * otherwise the most recent check-in decides. When the decision does not allow training, no week
 * is planned, as when today's check-in withholds.
 */
import type { Reason } from "../evidence/index.js";
import { programReason as because } from "./messages.js";
import { allowsTraining, SAFETY_ACTIONS, safetyNetText, screenCheckIn, type Clearance, type SessionCheckIn } from "../screening/index.js";
import type { SafetyAction, UnansweredQuestion } from "../screening/types.js";
import type { SessionSafetyCheck } from "../progression/index.js";
import type { PlanHistory, WithheldPlan, WithholdingAction } from "./types.js";

/** Something in the history that may carry a check-in. */
interface Carrier {
  readonly safety?: SessionSafetyCheck;
  readonly checkIn?: SessionCheckIn;
}

/** Where in the history a check-in was recorded: with an exercise log, or a ladder exposure (dated or by its number). */
type Where =
  | { readonly exercise: string; readonly date: string }
  | { readonly ladder: string; readonly date: string }
  | { readonly ladder: string; readonly number: number };

/** One recorded check-in, screened, with where it was found. */
interface Recorded {
  /** `undefined` for a ladder exposure without a date: it cannot be placed in time. */
  readonly date: string | undefined;
  readonly path: readonly (string | number)[];
  readonly where: Where;
  readonly decision: SessionSafetyCheck & { readonly safetyNet?: string; readonly unanswered?: readonly UnansweredQuestion[] };
  /** A ready-made `safety` result rather than answers re-screened here. */
  readonly readyMade: boolean;
}

/** What the history's check-ins say. */
export interface HistorySafety {
  /** The check-in that decides for the week (S-9), when the history has one that allows training. */
  readonly latest: SessionSafetyCheck | undefined;
  /** No plan: the deciding check-in does not allow training. */
  readonly withheld: WithheldPlan | undefined;
  /** The withholding finding holds until a clearance names it (S-12): a later clear check-in does not lift it. */
  readonly needsClearance: boolean;
}

const severity = (action: SafetyAction): number => SAFETY_ACTIONS.indexOf(action);

/**
 * A carrier's re-screen. Its check-in is screened on its own date with the clearances on record
 * (S-12: one dated on or after it lifts the features it names); a ready-made `safety` result
 * carries no answers, so no clearance can be matched to it.
 */
function screened(carrier: Carrier, date: string | undefined, clearances: readonly Clearance[]): Recorded["decision"] | undefined {
  if (carrier.safety !== undefined) return carrier.safety;
  if (carrier.checkIn === undefined) return undefined;
  // S-12: a check-in that cannot be placed in time is taken as reported before every clearance on record.
  const on = carrier.checkIn.date ?? date ?? "1900-01-01";
  const recorded = [...(carrier.checkIn.clearances ?? []), ...clearances];
  return screenCheckIn({ ...carrier.checkIn, date: on, clearances: recorded });
}

function record(carrier: Carrier, date: string | undefined, path: readonly (string | number)[], where: Where, clearances: readonly Clearance[]): Recorded | undefined {
  const decision = screened(carrier, date, clearances);
  return decision === undefined ? undefined : { date, path, where, decision, readyMade: carrier.safety !== undefined };
}

/** S-12: the actions a later clear check-in does not lift; only a clearance does. */
const HELD: readonly SafetyAction[] = ["emergency", "urgent-referral", "stop-until-cleared"];

/** The most recent of several dated check-ins; on that day the most severe stands. */
function latestOf(items: readonly Recorded[]): Recorded | undefined {
  const latestDate = items.reduce<string | undefined>((latest, item) => (latest === undefined || item.date! > latest ? item.date : latest), undefined);
  return worst(items.filter((item) => item.date === latestDate));
}

/** The worst of several check-ins (S rules: on the same day, the most severe stands). */
function worst(items: readonly Recorded[]): Recorded | undefined {
  let found: Recorded | undefined;
  for (const item of items) if (found === undefined || severity(item.decision.action) < severity(found.decision.action)) found = item;
  return found;
}

/**
 * S-9: the most recent check-in in the history decides. Exercise logs are read in date order; on
 * the latest day with a check-in the most severe one stands. A ladder's exposures are read in the
 * order given (as `nextLadderStep` reads them): its last check-in counts, placed on its date when
 * it has one. A ladder check-in without a date cannot be shown to be followed by a clear one, so
 * when it withholds only today's check-in (`PlanOptions.checkIn`) lifts it.
 */
export function historySafety(history: PlanHistory | undefined, todayClearances: readonly Clearance[] = []): HistorySafety {
  const clearances = [...(history?.clearances ?? []), ...todayClearances];
  const dated: Recorded[] = [];
  const undated: Recorded[] = [];
  (history?.exerciseLogs ?? []).forEach((log, index) => {
    const found = record(log, log.date, ["history", "exerciseLogs", index], { exercise: log.exerciseId, date: log.date }, clearances);
    if (found !== undefined) dated.push(found);
  });
  for (const [ladder, exposures] of Object.entries(history?.ladderExposures ?? {})) {
    (exposures ?? []).forEach((exposure, index, list) => {
      const where: Where = exposure.date === undefined ? { ladder, number: index + 1 } : { ladder, date: exposure.date };
      const found = record(exposure, exposure.date, ["history", "ladderExposures", ladder, index], where, clearances);
      if (found === undefined) return;
      // Without a date an exposure cannot be placed in time: only a ladder's last one counts.
      if (found.date !== undefined) dated.push(found);
      else if (index === list.length - 1 || list.slice(index + 1).every((later) => later.checkIn === undefined && later.safety === undefined)) undated.push(found);
    });
  }
  // S-12: a finding that stops training holds, whatever later check-ins say, until a clearance
  // names it. A ready-made `safety` result carries no answers: a later clear check-in lifts it.
  const holds = (item: Recorded): boolean => HELD.includes(item.decision.action) && !item.readyMade;
  const held = worst(undated.filter(holds)) ?? latestOf(dated.filter(holds));
  const latest = latestOf(dated);
  const deciding = held ?? worst(undated.filter((item) => !allowsTraining(item.decision.action))) ?? latest;
  if (deciding === undefined) return { latest: undefined, withheld: undefined, needsClearance: false };
  if (allowsTraining(deciding.decision.action)) return { latest: deciding.decision, withheld: undefined, needsClearance: false };
  return { latest: undefined, withheld: withheldBy(deciding), needsClearance: deciding === held };
}

/**
 * S-9 for a plan: today's check-in, when given, comes after everything recorded (a withholding one
 * has already stopped the plan); otherwise the history's latest check-in decides.
 */
export function checkInSafety(checkIn: SessionCheckIn | undefined, history: PlanHistory | undefined): HistorySafety {
  if (checkIn === undefined) return historySafety(history);
  // S-12: today's clear check-in does not lift a finding the history holds; a clearance does.
  const recorded = historySafety(history, checkIn.clearances ?? []);
  if (recorded.needsClearance) return recorded;
  return { latest: screenCheckIn(checkIn), withheld: undefined, needsClearance: false };
}

/** S-9, S-12: the check-in that withholds the plan, where it was recorded and what lifts it. */
function withheldWhy(where: Where, action: SafetyAction, held: boolean): Reason {
  if ("exercise" in where) return because("S-9", held ? "program.check-in-log-held" : "program.check-in-log", { ...where, action });
  if ("date" in where) return because("S-9", held ? "program.check-in-exposure-held" : "program.check-in-exposure", { ...where, action });
  return because("S-9", held ? "program.check-in-undated-exposure-held" : "program.check-in-undated-exposure", { ...where, action });
}

function withheldBy(found: Recorded): WithheldPlan {
  const { decision } = found;
  const action = decision.action as WithholdingAction;
  return {
    status: "withheld",
    action,
    ruleId: "S-9",
    reasons: [
      withheldWhy(found.where, action, HELD.includes(action)),
      ...(decision.reasons ?? []),
    ],
    safetyNet: decision.safetyNet ?? safetyNetText(decision.action),
    // S-13: the paths point into the plan options, at the check-in that left them unanswered.
    unanswered: (decision.unanswered ?? []).map((item) => ({ path: [...found.path, "checkIn", ...item.path], question: item.question })),
  };
}
