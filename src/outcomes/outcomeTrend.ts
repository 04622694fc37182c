import { inDateOrder } from "./datedSeries.js";
import { because, OSTELO, shown } from "./makeScore.js";
import { outcomeChange } from "./outcomeChange.js";
import type { DatedOutcome, OutcomeTrend } from "./types.js";

/**
 * Follows one instrument over time: the series in date order, the first and latest scores, and
 * whether the change between them, and since the score before the latest, is meaningful (O-4).
 *
 * Entries whose score is `null` (incomplete answers) stay in `points` but are skipped as
 * baseline and latest. Entries of the same day keep their order, so the last one given counts as
 * the latest.
 *
 * @param series - dated scores of one instrument, in any order
 * @returns the ordered points, baseline, latest, the days between them, both changes and the reasons
 * @throws TypeError when `series` is not a list of `{ date, score }` objects; RangeError when it is empty, a date is not an ISO date from 1900 to 2200, or the scores are of more than one instrument
 * @example
 * ```ts
 * const trend = outcomeTrend([
 *   { date: "2026-03-02", score: scoreRmdq(Array.from({ length: 24 }, (_, index) => index < 12)) },
 *   { date: "2026-03-30", score: scoreRmdq(Array.from({ length: 24 }, (_, index) => index < 6)) },
 * ]);
 * trend.days;
 * // => 28
 * trend.change?.status;
 * // => "improved"
 * ```
 * @category Outcomes
 */
export function outcomeTrend(series: readonly DatedOutcome[]): OutcomeTrend {
  const ordered = inDateOrder("outcomeTrend", "series", series);
  const first = ordered[0];
  if (first === undefined) throw new RangeError("outcomeTrend: series must hold at least one dated score, got an empty array");
  const instrument = first.entry.score.instrument;
  for (const { entry } of ordered) {
    if (entry.score.instrument !== instrument) {
      throw new RangeError(`outcomeTrend: series must hold one instrument, got ${String(instrument)} and ${String(entry.score.instrument)}`);
    }
  }
  const scored = ordered.filter(({ entry }) => entry.score.score !== null);
  const baseline = scored[0];
  const latest = scored.at(-1);
  const previous = scored.at(-2);
  const points = Object.freeze(ordered.map(({ entry }) => entry));
  if (baseline === undefined || latest === undefined || previous === undefined) {
    const message =
      baseline === undefined
        ? `No entry of the ${ordered.length} has a score: there is no trend yet.`
        : `One score so far (${shown(baseline.entry.score.score ?? 0)} on ${baseline.entry.date}): a trend needs two.`;
    return Object.freeze({
      instrument,
      points,
      baseline: baseline?.entry ?? null,
      latest: latest?.entry ?? null,
      days: null,
      change: null,
      sincePrevious: null,
      reasons: Object.freeze([because("O-4", message, OSTELO)]),
    });
  }
  const change = outcomeChange(baseline.entry.score, latest.entry.score);
  const sincePrevious = outcomeChange(previous.entry.score, latest.entry.score);
  const days = latest.day - baseline.day;
  return Object.freeze({
    instrument,
    points,
    baseline: baseline.entry,
    latest: latest.entry,
    days,
    change,
    sincePrevious,
    reasons: Object.freeze(
      change.reasons.map((item, index) =>
        index === 0 ? because("O-4", `${baseline.entry.date} to ${latest.entry.date} (${days} days): ${item.message}`, item.evidence) : item,
      ),
    ),
  });
}
