import type { Finding } from "../evidence/index.js";
import { volumeReason } from "./messages.js";
import { requireIsoDate } from "../internal/calendar.js";
import type { PerformedSession, SessionVolume, SpineExposure, WeeklyVolume, WeeklyVolumeOptions } from "./types.js";
import { addSession, emptyTally, summaryOf, volumeContext } from "./volumeLoad.js";
import { requireArray } from "../internal/guards.js";

/**
 * Sums a week of performed sessions: reps and volume load per side, hard sets and sets per
 * muscle under the chosen set-count mode, and weekly spine exposure per axis next to tonnage.
 *
 * The set-count mode is a required option (V-7: how a left+right set counts is never a
 * silent default). Spine exposure (V-8) is Σ working sets × the exercise's demand score on
 * each axis, so a week whose tonnage is flat but whose loaded flexion or compression rose
 * shows it. Everything else is counted as in {@link volumeLoad}; a "pair" is matched within
 * a session. The sessions given are summed as one week; a finding says so when their dates
 * span more than 7 calendar days.
 *
 * @param sessions - the week's sessions (any order; each line of `sessions` keeps the input order)
 * @param options - `unilateralSetCount` (required), catalog, hard-set threshold, muscle credit, bodyweight
 * @returns the week's {@link WeeklyVolume}, with a line per session and every finding
 *   (paths are `[sessionIndex, "sets", setIndex]`)
 * @throws TypeError naming `weeklyVolume` when `sessions` is not an array, `options` is not an
 *   object, or `unilateralSetCount` is missing or unknown; a session that is not an object is
 *   the caller's contract (check untrusted input with {@link parsePerformedSession})
 * @throws RangeError naming `weeklyVolume` as {@link volumeLoad} (a session's `bodyweightKg` is
 *   held to 0–1,000 kg too), or when a session's date is not a real calendar date `YYYY-MM-DD`
 *   from 1900-01-01 to 2200-12-31
 * @example
 * ```ts
 * const week = weeklyVolume(
 *   [
 *     { date: "2026-11-16", sets: [{ exerciseId: "step-up", side: "left", reps: 8, loadKg: 16, rir: 2 }] },
 *     { date: "2026-11-19", sets: [{ exerciseId: "step-up", side: "left", reps: 8, loadKg: 16, rir: 1 }] },
 *   ],
 *   { unilateralSetCount: "per-side" },
 * );
 * week.perSide.left.reps;
 * // => 16
 * week.spineExposure.axialCompression; // 2 sets × the step-up's demand of 1
 * // => 2
 * ```
 * @category Volume
 */
export function weeklyVolume(sessions: readonly PerformedSession[], options: WeeklyVolumeOptions): WeeklyVolume {
  requireArray("weeklyVolume", "sessions", sessions);
  const context = volumeContext("weeklyVolume", options, true);
  const tally = emptyTally();
  const lines: SessionVolume[] = [];
  let first: { date: string; day: number } | null = null;
  let last: { date: string; day: number } | null = null;
  sessions.forEach((session, i) => {
    const line = addSession(tally, session.sets, context, [i, "sets"], session.bodyweightKg);
    lines.push(
      Object.freeze({
        date: session.date,
        ...(session.id === undefined ? {} : { id: session.id }),
        totalReps: line.reps,
        totalVolumeLoadKg: line.volumeLoadKg,
        hardSets: line.hardSets,
        spineExposure: Object.freeze(line.exposure) as SpineExposure,
      }),
    );
    const day = requireIsoDate("weeklyVolume", `sessions[${i}].date`, session.date);
    if (first === null || day < first.day) first = { date: session.date, day };
    if (last === null || day > last.day) last = { date: session.date, day };
  });
  const extra: Finding[] = [];
  const from = first as { date: string; day: number } | null;
  const to = last as { date: string; day: number } | null;
  if (from !== null && to !== null && to.day - from.day >= 7) {
    extra.push(
      Object.freeze({
        ...volumeReason("V-8", "volume.span-over-a-week", { days: to.day - from.day + 1, from: from.date, to: to.date }),
        severity: "warning" as const,
        path: Object.freeze([]),
      }),
    );
  }
  tally.findings.push(...extra);
  const summary = summaryOf(tally, context);
  return Object.freeze({
    ...summary,
    setCountMode: context.mode ?? "per-side",
    hardSets: summary.hardSets ?? 0,
    setsPerMuscle: summary.setsPerMuscle ?? Object.freeze({}),
    sessions: Object.freeze(lines),
    from: from?.date ?? null,
    to: to?.date ?? null,
  });
}
