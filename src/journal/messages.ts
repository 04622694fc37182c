/**
 * The journal module's reasons in English: one template per stable code. Codes are stable
 * within a major version (docs/i18n.md); `spinewise/report` renders them in other locales.
 */
import { reasonsFrom } from "../evidence/messages.js";

/**
 * The English templates of the journal's reasons (the replayed stage, re-tests, layoffs, the
 * safety state and a withheld next week; J, L, G, P and S rules), by stable code.
 * @example
 * ```ts
 * journalMessages["journal.layoff-gradual"];
 * // => "Reintroduce squats and deadlifts gradually after a layoff."
 * ```
 * @category Journal
 */
export const journalMessages = {
  // replay (J-2, J-3, L-4, G-11, P-6)
  "journal.correction-note": "{note}",
  "journal.exit-conditions-met":
    "For {weeks} weeks the worst pain has been at or below {pain}/10 with no red response: {stage}'s exit conditions look met. A stage advances only after both clearing tests are re-run and re-staged.",
  "journal.layoff-gradual": "Reintroduce squats and deadlifts gradually after a layoff.",
  "journal.stage-changed": "The journey's stage is {stage} since {date} (was {from}).",
  "journal.stage-now": "The journey's stage is {stage}.",
  "journal.stage-now-since": "The journey's stage is {stage} since {date}.",
  "journal.retest-due":
    'A re-test is due (since {date}): re-run both clearing tests and record a "retest" event with their results and the symptoms of the day.',
  "journal.first-week-back":
    "The first week back after {days} days without a session: loads restart at {percent} % of the pre-layoff dose and the deload clock restarts.",
  "journal.ladder-layoff": "Reintroduce the hinge and the squat gradually after a layoff.",

  // the safety state and a withheld next week (S-9, S-12, S-13)
  "journal.intake-holds": "The intake says {action}: no training until a clearance names what it found.",
  "journal.check-in-holds": "The check-in of {date} ({eventId}) says {action}.",
  "journal.plan-unanswered": "The check-in of {date} ({eventId}) left safety questions unanswered: no plan until a check-in answers every one.",
  "journal.plan-needs-clearance":
    "The check-in of {date} ({eventId}) says {action}: no plan until a clinician's clearance dated on or after it names {features} (S-12).",
  "journal.plan-needs-any-clearance":
    "The check-in of {date} ({eventId}) says {action}: no plan until a clinician's clearance dated on or after it names what was found (S-12).",

  // Terms: an ID param (stage, safety action, zone, range, ladder, axis, stance, slot) is shown as its word
  "journal.term.symptom-modulation": "symptom modulation",
  "journal.term.movement-control": "movement control",
  "journal.term.function-optimisation": "function optimisation",
  "journal.term.emergency": "emergency: seek care now",
  "journal.term.urgent-referral": "urgent referral",
  "journal.term.stop-until-cleared": "stop until cleared by a clinician",
  "journal.term.incomplete-screening": "screening incomplete",
  "journal.term.proceed-with-advisory": "train, with a note",
  "journal.term.proceed": "train",
} as const;

/**
 * The typed constructor of the journal's reasons.
 * @example
 * ```ts
 * journalReason("J-3", "journal.stage-now", { stage: "movement-control" }).message;
 * // => "The journey's stage is movement control."
 * ```
 * @category Journal
 */
export const journalReason = /* @__PURE__ */ reasonsFrom(journalMessages, "journalReason");
