/**
 * The journey: one athlete's record as typed, versioned, append-only dated events (J-1, J-2),
 * replayed into their state and their next week (J-3). `parseJournal` checks the record,
 * `replay` gives the state on a day (stage, ladders, doses, safety, load, deloads, layoffs, the
 * re-test due, the timeline of every decision), `planNextWeek` plans from it, `performedAsPlanned`
 * records a planned session as done, and `previewResponses` says what each response to the next
 * set would lead to.
 *
 * @packageDocumentation
 */
export { replay, LAYOFF_DAYS } from "./replay.js";
export { planNextWeek } from "./planNextWeek.js";
export type { JournalPlanOptions } from "./planNextWeek.js";
export { performedAsPlanned } from "./performedAsPlanned.js";
export type { PerformedAsPlannedOptions } from "./performedAsPlanned.js";
export { previewResponses } from "./previewResponses.js";
export type { PreviewOptions } from "./previewResponses.js";
export { parseJournal, parseJournalEvent, journalEventSchema, JOURNAL_VERSION, JOURNAL_EVENT_TYPES } from "./schema.js";
export { journalJsonSchema, journalEventJsonSchema } from "./jsonSchema.js";
export type {
  AthleteState,
  CheckInEvent,
  ClearanceEvent,
  ClearanceRecord,
  CorrectedEvent,
  CorrectionEvent,
  DoseState,
  EnduranceTestEvent,
  IntakeEvent,
  Journal,
  JournalEvent,
  JournalEventBase,
  JournalEventType,
  LadderState,
  Layoff,
  LoadDay,
  LoadState,
  NextMorningEvent,
  OpenFlag,
  OutcomeEvent,
  OutcomeMeasure,
  PreviewResponse,
  RecordedEvent,
  ReplayOptions,
  ResponsePreview,
  RetestDue,
  RetestEvent,
  RetestSymptoms,
  SafetyState,
  SessionEvent,
  SessionExercise,
  SessionSet,
  StageChange,
  TimelineEntry,
  TimelineKind,
  WeeklyCheckInEvent,
  WeekStartDay,
  WeekState,
} from "./types.js";
export { journalMessages, journalReason } from "./messages.js";
