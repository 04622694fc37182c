/**
 * Spine-axis load: daily exposure per spine axis from performed sessions, with the ratio and
 * the week-to-week change per axis.
 */
import type { Finding, Reason, RuleId } from "../evidence/index.js";
import { loadReason } from "./messages.js";
import { rounded } from "./rounded.js";
import type { Exercise, SpineAxis } from "../catalog/types.js";
import { formatIsoDate, requireIsoDate } from "../internal/calendar.js";
import { requireArray, requireObject, requireOneOf } from "../internal/guards.js";
import type { PerformedSession } from "../volume/types.js";
import { ACWR_CAVEAT, acwr } from "./acwr.js";
import { acwrSettings } from "./acwrValues.js";
import type { AbsentDays, AcwrOptions, AcwrPoint, DailySeries, WeekChange } from "./types.js";
import { weekOverWeekChange } from "./weekOverWeekChange.js";
import { weeklyVerdict, type WeeklyVerdict } from "./weeklyVerdict.js";

/**
 * The six spine axes of the catalog's demand vector, in its order (kept here so that
 * `spinewise/load` does not import the catalog; a test checks it against `SPINE_AXES`).
 */
export const AXES: readonly SpineAxis[] = Object.freeze(["flexion", "extension", "lateralFlexion", "rotation", "axialCompression", "shear"]);

/**
 * Options of {@link spineAxisLoad}.
 * @category Load
 */
export interface SpineAxisLoadOptions extends Partial<AcwrOptions> {
  /** The exercises the sessions name, with their spine demand: `exercises` from `spinewise/catalog`, or an extended catalog. */
  readonly catalog: readonly Exercise[];
  /** Whether a day without a performed session is rest (0) or unknown (`null`); A-2. */
  readonly absentDays: AbsentDays;
  /** First day (`YYYY-MM-DD`); default the first session's. */
  readonly from?: string;
  /** Last day, inclusive; default the last session's. */
  readonly to?: string;
}

/**
 * One axis of {@link spineAxisLoad}: its daily exposure and the load tools applied to it.
 * @category Load
 */
export interface AxisLoad {
  readonly axis: SpineAxis;
  /** Daily exposure (working sets × demand score), parallel to `dates`; `null` = unknown day. */
  readonly exposure: readonly (number | null)[];
  /** The axis's ACWR on the last day (A-3…A-6), `null` for an empty series. */
  readonly latest: AcwrPoint | null;
  /** The weekday-free verdict on the last 7 days, `null` for an empty series. */
  readonly week: WeeklyVerdict | null;
  /** Week-to-week change of the axis's exposure, 7-day weeks back from the last day. */
  readonly weeks: readonly WeekChange[];
  /** The axis spiked: its week is in the caution or danger zone, or its last week rose by 15 % or more. */
  readonly spiked: boolean;
}

/**
 * A spike on one axis, or an exercise the catalog does not know.
 * @category Load
 */
export interface AxisFinding extends Finding {
  readonly code: "load.axis-spike-zone" | "load.axis-spike-change" | "load.axis-spike-both" | "load.unknown-exercise";
  /** The axis that spiked; absent for an unknown exercise. */
  readonly axis?: SpineAxis;
}

/**
 * The daily spine-exposure series of every axis and what the load tools read in them.
 * @category Load
 */
export interface AxisSeries {
  readonly ruleId: RuleId;
  readonly startDate: string;
  readonly endDate: string;
  readonly absentDays: AbsentDays;
  readonly dates: readonly string[];
  /** One entry per axis, in the catalog's axis order. */
  readonly axes: readonly AxisLoad[];
  /** The axes that spiked, then exercises the catalog does not know; each with its reason. */
  readonly findings: readonly AxisFinding[];
  readonly reasons: readonly Reason[];
}

/**
 * Daily spine exposure per axis — flexion, extension, lateral flexion, rotation, axial
 * compression, shear — from performed sessions and the catalog, with the acute:chronic ratio,
 * the weekday-free weekly verdict and the week-to-week change per axis, and the axes that spiked
 * (A-15).
 *
 * Why: session RPE × minutes cannot see *what* loaded the spine. A week that swaps rows for
 * Romanian deadlifts can keep its session load flat while loaded flexion doubles; per-axis
 * exposure (each working set × the exercise's 0–3 demand score on the axis, V-8; warm-up sets
 * excluded) shows the spike and names the axis. The same tools as for session load apply, with
 * the same limits: a ratio of exposure scores is a trend, not a verdict.
 *
 * @param sessions - performed sessions (`date` and `sets`), any order; not mutated
 * @param options - `catalog` (required: pass `exercises` from `spinewise/catalog`; the load module
 * does not import it), `absentDays` (required, A-2), optional `from`/`to` and the ratio's options
 * (method default `"ewma"`)
 * @returns the dates, one {@link AxisLoad} per axis, and the findings
 * @throws TypeError naming `spineAxisLoad` when `sessions` is not an array or a session, the
 * options or the catalog has the wrong type
 * @throws RangeError naming `spineAxisLoad` for an impossible date, `to` before `from`, an unknown
 * `absentDays`, or invalid ratio options
 * @example
 * ```ts
 * import { exercises } from "spinewise/catalog";
 * const day = (date: string, exerciseId: string, sets: number) => ({ date, sets: Array.from({ length: sets }, () => ({ exerciseId, side: "both" as const, reps: 8 })) });
 * const result = spineAxisLoad([day("2026-03-02", "romanian-deadlift", 3), day("2026-03-04", "goblet-squat", 3)], { catalog: exercises, absentDays: "rest" });
 * result.axes.find((axis) => axis.axis === "flexion")?.exposure;
 * // => [6, 0, 3]
 * ```
 * @category Load
 */
export function spineAxisLoad(sessions: readonly PerformedSession[], options: SpineAxisLoadOptions): AxisSeries {
  requireArray("spineAxisLoad", "sessions", sessions);
  requireObject("spineAxisLoad", "options", options);
  requireArray("spineAxisLoad", "options.catalog", options.catalog);
  requireOneOf("spineAxisLoad", "options.absentDays", options.absentDays, ["unknown", "rest"] as const);
  const settings = acwrSettings("spineAxisLoad", { ...options, method: options.method ?? "ewma" });
  const ratioOptions: AcwrOptions = { method: settings.method, acuteDays: settings.acuteDays, chronicDays: settings.chronicDays, maxUnknownFraction: settings.maxUnknownFraction, decay: settings.decay };
  const index = new Map<string, Exercise>();
  for (const exercise of options.catalog) if (!index.has(exercise.id)) index.set(exercise.id, exercise);

  // The days of the series.
  const days = sessions.map((session, i) => {
    requireObject("spineAxisLoad", `sessions[${i}]`, session);
    requireArray("spineAxisLoad", `sessions[${i}].sets`, session.sets);
    return requireIsoDate("spineAxisLoad", `sessions[${i}].date`, session.date);
  });
  const first = options.from === undefined ? Math.min(...days) : requireIsoDate("spineAxisLoad", "options.from", options.from);
  const last = options.to === undefined ? Math.max(...days) : requireIsoDate("spineAxisLoad", "options.to", options.to);
  if (!Number.isFinite(first) || !Number.isFinite(last)) {
    return Object.freeze({ ruleId: "A-15", startDate: "", endDate: "", absentDays: options.absentDays, dates: [], axes: Object.freeze([]), findings: Object.freeze([]), reasons: Object.freeze([loadReason("A-15", "load.no-performed-session", {})]) });
  }
  if (last < first) throw new RangeError(`spineAxisLoad: options.to (${formatIsoDate(last)}) is before the first day (${formatIsoDate(first)})`);
  const n = last - first + 1;
  const dates = Array.from({ length: n }, (_, day) => formatIsoDate(first + day));
  const recorded = new Uint8Array(n);
  const exposure = AXES.map(() => new Array<number>(n).fill(0));
  const unknown = new Map<string, number>();

  sessions.forEach((session, i) => {
    const day = (days[i] as number) - first;
    if (day < 0 || day >= n) return;
    recorded[day] = 1;
    for (const set of session.sets) {
      if (set.warmup === true) continue;
      const exercise = index.get(set.exerciseId);
      if (exercise === undefined) {
        unknown.set(set.exerciseId, (unknown.get(set.exerciseId) ?? 0) + 1);
        continue;
      }
      // A-15, V-8: a working set adds the exercise's demand score on every axis.
      AXES.forEach((axis, a) => {
        (exposure[a] as number[])[day] = ((exposure[a] as number[])[day] as number) + exercise.spineDemand[axis];
      });
    }
  });

  const axes: AxisLoad[] = [];
  const findings: AxisFinding[] = [];
  AXES.forEach((axis, a) => {
    const values = (exposure[a] as number[]).map((value, day) => (recorded[day] === 1 || options.absentDays === "rest" ? value : null));
    const series: DailySeries = { startDate: dates[0] as string, endDate: dates[n - 1] as string, timeZone: "UTC", absentDays: options.absentDays, dates, loads: values, findings: [] };
    const points = acwr(series, ratioOptions);
    const week = weeklyVerdict(series, ratioOptions);
    const weeks = weekOverWeekChange(series);
    const lastWeek = weeks[weeks.length - 1];
    const zoneSpike = week.zone === "caution" || week.zone === "danger";
    const changeSpike = lastWeek?.action === "warning";
    const spiked = zoneSpike || changeSpike;
    if (spiked) {
      const ratio = rounded(week.ratio ?? 0, 2);
      const change = rounded(lastWeek?.changePercent ?? 0, 0);
      const why = !changeSpike
        ? loadReason("A-15", "load.axis-spike-zone", { axis, ratio, zone: week.zone ?? "no-zone" })
        : !zoneSpike
          ? loadReason("A-15", "load.axis-spike-change", { axis, change })
          : loadReason("A-15", "load.axis-spike-both", { axis, ratio, zone: week.zone ?? "no-zone", change });
      findings.push(Object.freeze({ ...(why as Reason & { readonly code: AxisFinding["code"] }), severity: "warning" as const, axis }));
    }
    axes.push(Object.freeze({ axis, exposure: Object.freeze(values), latest: points[n - 1] ?? null, week, weeks, spiked }));
  });
  for (const [exerciseId, count] of unknown) {
    findings.push(
      Object.freeze({ ...(loadReason("A-15", "load.unknown-exercise", { count, exercise: exerciseId }) as Reason & { readonly code: "load.unknown-exercise" }), severity: "warning" as const }),
    );
  }
  const spikedAxes = axes.filter((item) => item.spiked).map((item) => AXIS_NAMES[item.axis]);
  const reasons = [
    spikedAxes.length === 0
      ? loadReason("A-15", "load.spine-exposure", { method: settings.method })
      : loadReason("A-15", "load.spine-exposure-spiked", { method: settings.method, axes: spikedAxes.join(", ") }),
    ACWR_CAVEAT,
  ];
  return Object.freeze({
    ruleId: "A-15",
    startDate: dates[0] as string,
    endDate: dates[n - 1] as string,
    absentDays: options.absentDays,
    dates: Object.freeze(dates),
    axes: Object.freeze(axes),
    findings: Object.freeze(findings),
    reasons: Object.freeze(reasons),
  });
}

/** The axes in words, for messages. */
export const AXIS_NAMES: Readonly<Record<SpineAxis, string>> = Object.freeze({
  flexion: "flexion",
  extension: "extension",
  lateralFlexion: "lateral flexion",
  rotation: "rotation",
  axialCompression: "axial compression",
  shear: "shear",
});
