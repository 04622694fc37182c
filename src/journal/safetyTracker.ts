/**
 * The safety side of a replay (S-9, S-12, S-13): which check-ins withhold training and what
 * lifts them. A red flag at a check-in holds every following week until a clearance dated on or
 * after it names its features (S-12); an unanswered question holds until a later check-in
 * answers every question (S-13). A later report of a cleared feature is new or worse and holds
 * again (S-9).
 */
import type { Reason } from "../evidence/index.js";
import { journalReason as because } from "./messages.js";
import {
  allowsTraining,
  SAFETY_ACTIONS,
  safetyNetText,
  screenCheckIn,
  type ClearableFeature,
  type Clearance,
  type RedFlagAnswers,
  type SafetyAction,
  type SafetyDecision,
} from "../screening/index.js";
import type { ClearanceRecord, OpenFlag, SafetyState, TimelineEntry } from "./types.js";

/** A check-in on record: its answers, where it is, and its order among check-ins. */
interface CheckInRecord {
  readonly eventId: string;
  readonly date: string;
  readonly answers: RedFlagAnswers;
  readonly order: number;
}

interface Held {
  readonly checkIn: CheckInRecord;
  flag: OpenFlag;
}

const severity = (action: SafetyAction): number => SAFETY_ACTIONS.indexOf(action);

/** The features behind a withholding decision: what a clearance must name (S-12). */
function featuresOf(decision: SafetyDecision): ClearableFeature[] {
  const out = new Set<ClearableFeature>();
  for (const item of decision.reasons) {
    if (!allowsTraining(item.action)) for (const feature of item.features ?? []) out.add(feature);
  }
  return [...out];
}

function openFlag(checkIn: CheckInRecord, decision: SafetyDecision): OpenFlag {
  const unanswered = decision.action === "incomplete-screening";
  return {
    eventId: checkIn.eventId,
    date: checkIn.date,
    kind: unanswered ? "unanswered" : "flag",
    action: decision.action,
    ruleId: unanswered ? "S-13" : decision.ruleId,
    features: featuresOf(decision),
    reasons: decision.reasons,
    safetyNet: decision.safetyNet,
    // S-13: each question's path points at its answer in the journal.
    unanswered: decision.unanswered.map((item) => ({ path: [checkIn.eventId, "screening", ...item.path], question: item.question })),
  };
}

/** Tracks check-ins and clearances through a replay. */
export class SafetyTracker {
  private readonly clearances: Clearance[] = [];
  private readonly records: ClearanceRecord[] = [];
  private readonly held: Held[] = [];
  private order = 0;
  private lastComplete = -1;
  private latest: CheckInRecord | undefined;

  constructor(private readonly timeline: TimelineEntry[]) {}

  private screen(checkIn: CheckInRecord): SafetyDecision {
    return screenCheckIn({ ...checkIn.answers, date: checkIn.date, clearances: this.clearances });
  }

  /** S-9: a check-in is re-screened; what withholds is held open. */
  checkIn(eventId: string, date: string, answers: RedFlagAnswers): void {
    const record: CheckInRecord = { eventId, date, answers, order: this.order++ };
    this.latest = record;
    const decision = this.screen(record);
    if (decision.unanswered.length === 0) {
      // S-13: a complete check-in answers what an earlier one left open.
      const closed = this.held.filter((item) => item.flag.kind === "unanswered");
      for (const item of closed) this.held.splice(this.held.indexOf(item), 1);
      this.lastComplete = record.order;
      if (closed.length > 0) {
        this.timeline.push({
          date,
          eventId,
          kind: "check-in",
          ruleId: "S-13",
          message: `Every safety question answered: the incomplete screening of ${closed.map((item) => item.checkIn.date).join(", ")} no longer holds the plan.`,
          reasons: [],
        });
      }
    }
    if (!allowsTraining(decision.action)) {
      const flag = openFlag(record, decision);
      this.held.push({ checkIn: record, flag });
      const until =
        flag.kind === "unanswered"
          ? "until a check-in answers every safety question (S-13)"
          : `until a clinician's clearance dated on or after ${date} names ${flag.features.length > 0 ? flag.features.join(", ") : "what was found"} (S-12)`;
      this.timeline.push({
        date,
        eventId,
        kind: "check-in",
        ruleId: flag.ruleId,
        message: `Check-in: ${decision.action}. No training ${until}.`,
        reasons: decision.reasons,
      });
      return;
    }
    this.timeline.push({
      date,
      eventId,
      kind: "check-in",
      ruleId: decision.ruleId,
      message: decision.action === "proceed" ? "Check-in: no new red flag." : `Check-in: ${decision.action} (${decision.reasons[0]?.message ?? ""}).`,
      reasons: decision.reasons,
    });
  }

  /** S-12: a clearance lifts the held check-ins whose features it names, as reported on or before its date. */
  clearance(eventId: string, clearance: Clearance, liftIntake: (clearances: readonly Clearance[]) => boolean): void {
    this.clearances.push(clearance);
    const lifted: string[] = [];
    for (const item of [...this.held]) {
      if (item.flag.kind !== "flag") continue;
      const decision = this.screen(item.checkIn);
      if (allowsTraining(decision.action)) {
        this.held.splice(this.held.indexOf(item), 1);
        lifted.push(item.checkIn.eventId);
      } else if (decision.action === "incomplete-screening") {
        // The flag is cleared; the questions left unanswered still need a complete check-in.
        lifted.push(item.checkIn.eventId);
        if (item.checkIn.order < this.lastComplete) this.held.splice(this.held.indexOf(item), 1);
        else item.flag = openFlag(item.checkIn, decision);
      }
    }
    if (liftIntake(this.clearances)) lifted.push("intake");
    this.records.push({ eventId, date: clearance.date, clearedBy: clearance.clearedBy, covers: clearance.covers, lifted });
    this.timeline.push({
      date: clearance.date,
      eventId,
      kind: "clearance",
      ruleId: "S-12",
      message:
        lifted.length > 0
          ? `${clearance.clearedBy} cleared ${clearance.covers.join(", ")}: the hold of ${lifted.map((id) => (id === "intake" ? "the intake" : `check-in ${id}`)).join(", ")} is lifted; it covers only what was reported on or before ${clearance.date}.`
          : `${clearance.clearedBy} cleared ${clearance.covers.join(", ")}: nothing held names exactly these features, so nothing is lifted.`,
      reasons: [],
    });
  }

  /** Every clearance so far (for screens run elsewhere: the intake, a re-test, the plan's check-in). */
  clearancesSoFar(): readonly Clearance[] {
    return this.clearances;
  }

  /** The latest check-in's answers and date, for the planner's re-screen (S-9). */
  latestCheckIn(): { readonly eventId: string; readonly date: string; readonly answers: RedFlagAnswers } | undefined {
    return this.latest;
  }

  /** The open flags, most severe first. */
  open(): OpenFlag[] {
    return this.held.map((item) => item.flag).sort((a, b) => severity(a.action) - severity(b.action));
  }

  /** The safety state, given the intake's own decision (withheld or not). */
  state(intake: { readonly action: SafetyAction; readonly reasons: readonly Reason[]; readonly safetyNet: string } | null): SafetyState {
    const open = this.open();
    const worst = open[0];
    const intakeHolds = intake !== null && !allowsTraining(intake.action);
    const action: SafetyAction =
      intakeHolds && (worst === undefined || severity(intake.action) <= severity(worst.action)) ? intake.action : (worst?.action ?? intake?.action ?? "proceed");
    const reasons: Reason[] = [];
    if (intakeHolds) reasons.push(because("S-12", "journal.intake-holds", { action: intake.action }), ...intake.reasons);
    for (const flag of open) {
      reasons.push(because(flag.ruleId, "journal.check-in-holds", { date: flag.date, eventId: flag.eventId, action: flag.action }), ...flag.reasons);
    }
    return {
      action,
      trainingAllowed: allowsTraining(action),
      open,
      clearances: this.records,
      latestCheckIn: this.latest === undefined ? null : { eventId: this.latest.eventId, date: this.latest.date },
      reasons,
      safetyNet: worst?.safetyNet ?? (intakeHolds ? intake.safetyNet : safetyNetText(action)),
    };
  }
}
