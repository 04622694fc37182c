import { inDateOrder } from "./datedSeries.js";
import type { ParamsOf, Reason } from "../evidence/index.js";
import { OSTELO, rounded } from "./makeScore.js";
import { because, type outcomesMessages } from "./messages.js";
import { outcomeChange } from "./outcomeChange.js";
import type { DatedOutcome, OutcomeTrend } from "./types.js";

/** O-4: the change from baseline to latest, said over the dates and days it spans. */
function trendReason(change: Reason, from: string, to: string, days: number): Reason {
  const verdict = change.code.replace("outcomes.change-", "") as "improved" | "worse" | `unchanged-${"none" | "better" | "worse"}`;
  const params = { ...change.params, from, to, days } as ParamsOf<(typeof outcomesMessages)["outcomes.trend-improved"]>;
  return because("O-4", `outcomes.trend-${verdict}`, params, change.evidence);
}

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
    const why =
      baseline === undefined
        ? because("O-4", "outcomes.trend-no-score", { count: ordered.length }, OSTELO)
        : because("O-4", "outcomes.trend-one-score", { score: rounded(baseline.entry.score.score ?? 0), date: baseline.entry.date }, OSTELO);
    return Object.freeze({
      instrument,
      points,
      baseline: baseline?.entry ?? null,
      latest: latest?.entry ?? null,
      days: null,
      change: null,
      sincePrevious: null,
      reasons: Object.freeze([why]),
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
        index === 0 ? trendReason(item, baseline.entry.date, latest.entry.date, days) : item,
      ),
    ),
  });
}
