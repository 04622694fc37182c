/**
 * J-2: the events that count on a day, in replay order. Corrections dated on or before the day
 * replace (or withdraw) the event they supersede, the latest correction winning; events dated
 * after the day are ignored; the rest are ordered by date, then by the type order of a day
 * (`JOURNAL_EVENT_TYPES`), then by id, so the input order never matters.
 */
import { JOURNAL_EVENT_TYPES } from "./schema.js";
import type { CorrectionEvent, Journal, RecordedEvent } from "./types.js";

/** A correction that counts, and the event it superseded. */
export interface AppliedCorrection {
  readonly correction: CorrectionEvent;
  readonly original: RecordedEvent | undefined;
}

/** The journal as replay reads it on one day. */
export interface OrderedJournal {
  /** Effective events (corrected versions in place of the originals), in replay order. */
  readonly events: readonly RecordedEvent[];
  /** Corrections dated on or before the day, in date order. */
  readonly corrections: readonly AppliedCorrection[];
}

const RANK: ReadonlyMap<string, number> = new Map(JOURNAL_EVENT_TYPES.map((type, index) => [type, index]));

/** Date, then the day's type order, then id: a total order on events with unique ids. */
export function compareEvents(a: { date: string; type: string; id: string }, b: { date: string; type: string; id: string }): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  const rank = (RANK.get(a.type) ?? 99) - (RANK.get(b.type) ?? 99);
  if (rank !== 0) return rank;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The effective events on `asOf` (J-2).
 *
 * @param journal - the events, in any order
 * @param asOf - the last day that counts
 */
export function orderJournal(journal: Journal, asOf: string): OrderedJournal {
  const recorded = new Map<string, RecordedEvent>();
  const corrections: CorrectionEvent[] = [];
  for (const event of journal) {
    if (event.date > asOf) continue;
    if (event.type === "correction") corrections.push(event);
    else recorded.set(event.id, event);
  }
  corrections.sort(compareEvents);
  const replaced = new Map<string, RecordedEvent | null>();
  const applied: AppliedCorrection[] = [];
  for (const correction of corrections) {
    const original = recorded.get(correction.supersedes);
    applied.push({ correction, original });
    if (original === undefined) continue;
    const next = correction.event;
    replaced.set(
      correction.supersedes,
      next === null ? null : ({ ...next, id: original.id, date: next.date ?? original.date } as RecordedEvent),
    );
  }
  const events: RecordedEvent[] = [];
  for (const [id, event] of recorded) {
    const effective = replaced.has(id) ? replaced.get(id)! : event;
    if (effective === null || effective.date > asOf) continue;
    events.push(effective);
  }
  events.sort(compareEvents);
  return { events, corrections: applied };
}
