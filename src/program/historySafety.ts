/**
 * S-9 across the history: the check-ins recorded with exercise logs and ladder exposures. The
 * most recent one decides; when it does not allow training, no week is planned, as when today's
 * check-in withholds.
 */
import { reason } from "../evidence/index.js";
import { allowsTraining, SAFETY_ACTIONS, safetyNetText, screenCheckIn, type SessionCheckIn } from "../screening/index.js";
import type { SafetyAction, UnansweredQuestion } from "../screening/types.js";
import type { SessionSafetyCheck } from "../progression/index.js";
import type { PlanHistory, WithheldPlan, WithholdingAction } from "./types.js";

/** Something in the history that may carry a check-in. */
interface Carrier {
  readonly safety?: SessionSafetyCheck;
  readonly checkIn?: SessionCheckIn;
}

/** One recorded check-in, screened, with where it was found. */
interface Recorded {
  /** `undefined` for a ladder exposure without a date: it cannot be placed in time. */
  readonly date: string | undefined;
  readonly path: readonly (string | number)[];
  readonly where: string;
  readonly decision: SessionSafetyCheck & { readonly safetyNet?: string; readonly unanswered?: readonly UnansweredQuestion[] };
}

/** What the history's check-ins say. */
export interface HistorySafety {
  /** The check-in that decides for the week (S-9), when the history has one that allows training. */
  readonly latest: SessionSafetyCheck | undefined;
  /** No plan: the deciding check-in does not allow training. */
  readonly withheld: WithheldPlan | undefined;
}

const severity = (action: SafetyAction): number => SAFETY_ACTIONS.indexOf(action);

function screened(carrier: Carrier): Recorded["decision"] | undefined {
  if (carrier.safety !== undefined) return carrier.safety;
  if (carrier.checkIn !== undefined) return screenCheckIn(carrier.checkIn);
  return undefined;
}

function record(carrier: Carrier, date: string | undefined, path: readonly (string | number)[], where: string): Recorded | undefined {
  const decision = screened(carrier);
  return decision === undefined ? undefined : { date, path, where, decision };
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
export function historySafety(history: PlanHistory | undefined): HistorySafety {
  const dated: Recorded[] = [];
  const undated: Recorded[] = [];
  const logs = history?.exerciseLogs ?? [];
  let lastLogDate: string | undefined;
  logs.forEach((log) => {
    if ((log.safety !== undefined || log.checkIn !== undefined) && (lastLogDate === undefined || log.date > lastLogDate)) lastLogDate = log.date;
  });
  logs.forEach((log, index) => {
    if (log.date !== lastLogDate) return;
    const found = record(log, log.date, ["history", "exerciseLogs", index], `the ${log.exerciseId} log of ${log.date}`);
    if (found !== undefined) dated.push(found);
  });
  for (const [ladder, exposures] of Object.entries(history?.ladderExposures ?? {})) {
    const list = exposures ?? [];
    for (let index = list.length - 1; index >= 0; index--) {
      const exposure = list[index]!;
      const where = `the ${ladder} ladder exposure ${exposure.date === undefined ? `#${index + 1}` : `of ${exposure.date}`}`;
      const found = record(exposure, exposure.date, ["history", "ladderExposures", ladder, index], where);
      if (found === undefined) continue;
      (found.date === undefined ? undated : dated).push(found);
      break;
    }
  }
  const latestDate = dated.reduce<string | undefined>((latest, item) => (latest === undefined || item.date! > latest ? item.date : latest), undefined);
  const latest = worst(dated.filter((item) => item.date === latestDate));
  const deciding = worst(undated.filter((item) => !allowsTraining(item.decision.action))) ?? latest;
  if (deciding === undefined) return { latest: undefined, withheld: undefined };
  if (allowsTraining(deciding.decision.action)) return { latest: deciding.decision, withheld: undefined };
  return { latest: undefined, withheld: withheldBy(deciding) };
}

/**
 * S-9 for a plan: today's check-in, when given, comes after everything recorded (a withholding one
 * has already stopped the plan); otherwise the history's latest check-in decides.
 */
export function checkInSafety(checkIn: SessionCheckIn | undefined, history: PlanHistory | undefined): HistorySafety {
  if (checkIn !== undefined) return { latest: screenCheckIn(checkIn), withheld: undefined };
  return historySafety(history);
}

function withheldBy(found: Recorded): WithheldPlan {
  const { decision } = found;
  const action = decision.action as WithholdingAction;
  return {
    status: "withheld",
    action,
    ruleId: "S-9",
    reasons: [
      reason(
        "S-9",
        `The check-in recorded with ${found.where} says "${action}": no training is planned until that is resolved (a later check-in that re-screens clear lifts it).`,
      ),
      ...(decision.reasons ?? []),
    ],
    safetyNet: decision.safetyNet ?? safetyNetText(decision.action),
    // S-13: the paths point into the plan options, at the check-in that left them unanswered.
    unanswered: (decision.unanswered ?? []).map((item) => ({ path: [...found.path, "checkIn", ...item.path], question: item.question })),
  };
}
