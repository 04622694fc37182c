/**
 * Does the ratio mean anything for this log? Rescaling, window sensitivity and null
 * comparisons (A-17).
 */
import type { Reason, RuleId } from "../evidence/index.js";
import { loadReason } from "./messages.js";
import { rounded } from "./rounded.js";
import { parseIsoDate } from "../internal/calendar.js";
import { requireArray, requireNumberIn, requireOptions } from "../internal/guards.js";
import { seededRandom, type Random } from "../internal/random.js";
import { ACWR_CAVEAT, acwr } from "./acwr.js";
import { acwrSettings, acwrValues } from "./acwrValues.js";
import type { DecayConvention } from "./decay.js";
import { readSeries } from "./readSeries.js";
import type { AcwrMethod, AcwrOptions, DailySeries } from "./types.js";

/**
 * Options of {@link acwrDiagnostics}: the ratio's own options, and how to resample.
 * @category Load
 */
export interface AcwrDiagnosticsOptions extends Partial<AcwrOptions> {
  /** Seed of the resampling (a whole number 0 … 2³² − 1). Default 1: the same log gives the same intervals. */
  readonly seed?: number;
  /** Bootstrap resamples and null draws, 0 … 100000. Default 1000; 0 skips them. */
  readonly resamples?: number;
  /** Block length of the moving-block bootstrap in days (days are autocorrelated). Default 7. */
  readonly blockDays?: number;
  /** Coverage of the intervals. Default 0.95. */
  readonly level?: number;
  /** The ratio counted as a flag in the window grid. Default 1.5 (the coupled danger zone). */
  readonly threshold?: number;
  /** Acute windows of the grid. Default 3, 5, 7, 10, 14. */
  readonly acuteGrid?: readonly number[];
  /** Chronic windows of the grid. Default 21, 28, 35, 42. */
  readonly chronicGrid?: readonly number[];
  /** Dated events (flare-ups, injuries): ISO dates of a {@link DailySeries}, or day indices. */
  readonly events?: readonly (string | number)[];
  /** The ratio is read this many days before each event. Default 1 (the day before). */
  readonly lagDays?: number;
}

/** A statistic with its bootstrap or null interval. @category Load */
export interface Interval {
  readonly level: number;
  readonly lower: number;
  readonly upper: number;
}

/**
 * A-17(a): how much the ratio is the acute load rescaled.
 * @category Load
 */
export interface RescalingCheck {
  /** Spearman correlation of the ratio with the acute load, over the days with a ratio; `null` with `reason`. */
  readonly spearman: number | null;
  /** Pearson correlation of the same pairs. */
  readonly pearson: number | null;
  /** Moving-block bootstrap interval of the Spearman correlation; `null` without resamples or pairs. */
  readonly interval: Interval | null;
  /** Days with a ratio (the pairs correlated). */
  readonly days: number;
  /** Why `spearman` is `null`: fewer than 3 days with a ratio, or a ratio or acute load that never changes. */
  readonly reason?: "too-few-days" | "no-variation";
}

/**
 * A-17(b): one window pair of the grid.
 * @category Load
 */
export interface WindowPair {
  readonly acuteDays: number;
  readonly chronicDays: number;
  /** Days with a ratio. */
  readonly days: number;
  /** Days whose ratio is at or above the threshold. */
  readonly flaggedDays: number;
  /** flaggedDays ÷ days, `null` without days. */
  readonly flaggedShare: number | null;
  /** Jaccard agreement (|A ∩ B| ÷ |A ∪ B|) of the flagged days with the reference pair's; `null` when neither flags a day. */
  readonly agreement: number | null;
}

/**
 * A-17(c): the events' association with the ratio against one null.
 * @category Load
 */
export interface NullComparison {
  /** `"shuffled"`: the chronic values permuted across days; `"normal"`: drawn from a normal of their mean and SD (kept > 0); `"constant"`: held at their mean. */
  readonly kind: "shuffled" | "normal" | "constant";
  /** Mean association under the null (the only value for `"constant"`). */
  readonly mean: number;
  /** Central interval of the null's associations; `null` for `"constant"`. */
  readonly interval: Interval | null;
  /** One-sided p: the share of null draws with an association at least the real one (with +1 smoothing). `null` for `"constant"`. */
  readonly pOneSided: number | null;
  /** Two-sided p: twice the smaller tail, at most 1. `null` for `"constant"`. */
  readonly pTwoSided: number | null;
  /** The real association is larger than the null's (one-sided p < 1 − level; for `"constant"`, larger than its value). */
  readonly beatsNull: boolean;
  /** The real association lies outside the null's central interval (two-sided); for `"constant"`, differs from it. */
  readonly outsideNull: boolean;
}

/**
 * A-17(c): events against the real ratio and its nulls.
 * @category Load
 */
export interface EventComparison {
  /** Events given. */
  readonly count: number;
  /** Events whose lagged day has a ratio (the ones compared). */
  readonly used: number;
  readonly lagDays: number;
  /** Mean ratio on the lagged event days − mean ratio on all other days with a ratio; `null` when no event has a ratio. */
  readonly association: number | null;
  readonly nulls: readonly NullComparison[];
}

/**
 * The diagnostics of {@link acwrDiagnostics} (A-17), with the ratio's conventions named.
 * @category Load
 */
export interface AcwrDiagnostics {
  readonly ruleId: RuleId;
  readonly method: AcwrMethod;
  readonly decay: DecayConvention;
  readonly acuteDays: number;
  readonly chronicDays: number;
  readonly seed: number;
  readonly resamples: number;
  readonly blockDays: number;
  readonly threshold: number;
  readonly rescaling: RescalingCheck;
  readonly windowSensitivity: readonly WindowPair[];
  /** Present when `events` were given. */
  readonly events?: EventComparison;
  readonly reasons: readonly Reason[];
}

/**
 * Two diagnostics that need no injury data, and a third with dated events, for whoever reads
 * an acute:chronic ratio (A-17, after Impellizzeri 2020 and 2021 and Python `acwr`'s
 * `rescaling_check`, `window_sensitivity` and `compare_to_null`).
 *
 * (a) **Rescaling**: the Spearman (and Pearson) correlation of the ratio with the acute load
 * alone, with a moving-block bootstrap interval. Near 1, the chronic denominator barely varies
 * and the ratio is the acute load in other units. (b) **Window sensitivity**: for every pair of
 * the grid (acute 3–14, chronic 21–42 days), the share of days whose ratio is at or above the
 * threshold (1.5) and the Jaccard agreement of those days with the reference pair's (the
 * options' windows, 7/28): flags that move with the windows are the windows' doing. (c) With
 * dated `events`: the association of the events with the real ratio (mean ratio the day before
 * an event − mean ratio on other days) against ratios whose chronic series is shuffled, drawn
 * from a matched normal, or held constant; "beats the null" (one-sided) and "outside the null"
 * (two-sided) are reported apart.
 *
 * Resampling is deterministic: the caller's `seed` (default 1) drives a small PRNG inside
 * spinewise, so a report can be reproduced exactly. Nothing here says the ratio predicts
 * injury (A-10); it says how much there is to read.
 *
 * @param series - a {@link DailySeries} or daily loads with `null` for unknown days; not mutated
 * @param options - the ratio's options (method default `"ewma"`) and the {@link AcwrDiagnosticsOptions}
 * @returns the three diagnostics, the conventions used and their reasons (A-17, then A-10)
 * @throws RangeError naming `acwrDiagnostics` for invalid options, an event date not in the
 * series, or an event index outside it
 * @throws TypeError naming `acwrDiagnostics` for a series or options of the wrong type
 * @example
 * ```ts
 * // Twelve weeks of Mon/Wed/Fri sessions whose size wanders from week to week.
 * const loads = Array.from({ length: 84 }, (_, day) => (day % 7 === 0 || day % 7 === 2 || day % 7 === 4 ? 300 + 120 * Math.sin(day / 9) : 0));
 * const report = acwrDiagnostics(loads, { method: "coupled", seed: 7, resamples: 200 });
 * [report.rescaling.days, report.rescaling.spearman?.toFixed(2), report.windowSensitivity.length];
 * // => [57, "0.75", 20]
 * ```
 * @category Load
 */
export function acwrDiagnostics(series: DailySeries | readonly (number | null)[], options?: AcwrDiagnosticsOptions): AcwrDiagnostics {
  requireOptions("acwrDiagnostics", options);
  const settings = acwrSettings("acwrDiagnostics", { ...options, method: options?.method ?? "ewma" });
  const seed = options?.seed ?? 1;
  requireNumberIn("acwrDiagnostics", "seed", seed, 0, 4_294_967_295, true);
  const resamples = options?.resamples ?? 1000;
  requireNumberIn("acwrDiagnostics", "resamples", resamples, 0, 100_000, true);
  const blockDays = options?.blockDays ?? 7;
  requireNumberIn("acwrDiagnostics", "blockDays", blockDays, 1, 365, true);
  const level = options?.level ?? 0.95;
  requireNumberIn("acwrDiagnostics", "level", level, 0.5, 0.999);
  const threshold = options?.threshold ?? 1.5;
  requireNumberIn("acwrDiagnostics", "threshold", threshold, 0, 1000);
  const acuteGrid = grid("acuteGrid", options?.acuteGrid ?? [3, 5, 7, 10, 14]);
  const chronicGrid = grid("chronicGrid", options?.chronicGrid ?? [21, 28, 35, 42]);
  const lagDays = options?.lagDays ?? 1;
  requireNumberIn("acwrDiagnostics", "lagDays", lagDays, 0, 365, true);
  const { loads, dates } = readSeries("acwrDiagnostics", series);
  const ratioOptions = { method: settings.method, acuteDays: settings.acuteDays, chronicDays: settings.chronicDays, maxUnknownFraction: settings.maxUnknownFraction, decay: settings.decay };
  const points = acwr(Array.isArray(series) ? series : (series as DailySeries).loads, ratioOptions);

  // The days with a ratio, in time order.
  const dayIndex: number[] = [];
  const acute: number[] = [];
  const chronic: number[] = [];
  const ratio: number[] = [];
  points.forEach((point, day) => {
    if (point.ratio === null) return;
    dayIndex.push(day);
    acute.push(point.acute as number);
    chronic.push(point.chronic as number);
    ratio.push(point.ratio);
  });

  const random = seededRandom(seed);
  const rescaling = rescalingCheck(acute, ratio, resamples, blockDays, level, random);
  const windowSensitivity = windowGrid(loads, ratioOptions, acuteGrid, chronicGrid, threshold);
  const events =
    options?.events === undefined ? undefined : eventComparison(eventDays(options.events, dates, loads.length), dayIndex, acute, chronic, ratio, lagDays, resamples, level, random);

  const reasons: Reason[] = [rescalingReason(rescaling, level)];
  const reference = windowSensitivity.find((pair) => pair.acuteDays === settings.acuteDays && pair.chronicDays === settings.chronicDays);
  const shares = windowSensitivity.flatMap((pair) => (pair.flaggedShare === null ? [] : [pair.flaggedShare]));
  if (shares.length > 0) {
    const flags = { threshold, low: percent(Math.min(...shares)), high: percent(Math.max(...shares)), pairs: windowSensitivity.length };
    reasons.push(
      reference?.flaggedShare === null || reference === undefined
        ? loadReason("A-17", "load.window-flags", flags)
        : loadReason("A-17", "load.window-flags-reference", { ...flags, reference: percent(reference.flaggedShare), acuteDays: settings.acuteDays, chronicDays: settings.chronicDays }),
    );
  }
  if (events !== undefined) reasons.push(eventsReason(events));
  reasons.push(ACWR_CAVEAT);

  return Object.freeze({
    ruleId: "A-17",
    method: settings.method,
    decay: settings.decay,
    acuteDays: settings.acuteDays,
    chronicDays: settings.chronicDays,
    seed,
    resamples,
    blockDays,
    threshold,
    rescaling,
    windowSensitivity,
    ...(events === undefined ? {} : { events }),
    reasons: Object.freeze(reasons),
  } satisfies AcwrDiagnostics);
}

function grid(name: string, values: unknown): readonly number[] {
  requireArray("acwrDiagnostics", name, values);
  for (const value of values) requireNumberIn("acwrDiagnostics", `${name} entries`, value, 1, 100_000, true);
  return [...new Set(values as number[])].sort((a, b) => a - b);
}

/** A-17(a): correlations over the days with a ratio, and a moving-block bootstrap of Spearman's. */
function rescalingCheck(acute: readonly number[], ratio: readonly number[], resamples: number, blockDays: number, level: number, random: Random): RescalingCheck {
  const days = ratio.length;
  if (days < 3) return Object.freeze({ spearman: null, pearson: null, interval: null, days, reason: "too-few-days" });
  const spearman = spearmanOf(acute, ratio);
  const pearson = pearsonOf(acute, ratio);
  if (spearman === null || pearson === null) return Object.freeze({ spearman: null, pearson: null, interval: null, days, reason: "no-variation" });
  const block = Math.min(blockDays, days);
  const draws: number[] = [];
  const x = new Array<number>(days);
  const y = new Array<number>(days);
  for (let r = 0; r < resamples; r++) {
    // Moving-block bootstrap: whole runs of `block` consecutive days, so that the resampled
    // series keeps the day-to-day dependence that a one-day bootstrap would destroy.
    for (let filled = 0; filled < days; ) {
      const start = random.below(days - block + 1);
      for (let i = 0; i < block && filled < days; i++, filled++) {
        x[filled] = acute[start + i] as number;
        y[filled] = ratio[start + i] as number;
      }
    }
    const value = spearmanOf(x, y);
    if (value !== null) draws.push(value);
  }
  return Object.freeze({ spearman, pearson, interval: intervalOf(draws, level), days });
}

/** A-17(b): the flagged share of every window pair and its agreement with the reference pair. */
function windowGrid(
  loads: Float64Array,
  options: { readonly method: AcwrMethod; readonly acuteDays: number; readonly chronicDays: number; readonly maxUnknownFraction: number; readonly decay: DecayConvention },
  acuteGrid: readonly number[],
  chronicGrid: readonly number[],
  threshold: number,
): readonly WindowPair[] {
  const out = new Float64Array(loads.length);
  const flagsOf = (acuteDays: number, chronicDays: number): { days: number; flagged: Uint8Array } => {
    acwrValues(loads, { ...options, acuteDays, chronicDays, out });
    const flagged = new Uint8Array(loads.length);
    let days = 0;
    for (let t = 0; t < loads.length; t++) {
      const value = out[t] as number;
      if (value === value) {
        days++;
        if (value >= threshold) flagged[t] = 1;
      }
    }
    return { days, flagged };
  };
  const reference = flagsOf(options.acuteDays, options.chronicDays).flagged;
  const pairs: WindowPair[] = [];
  for (const acuteDays of acuteGrid) {
    for (const chronicDays of chronicGrid) {
      if (chronicDays <= acuteDays) continue;
      const { days, flagged } = flagsOf(acuteDays, chronicDays);
      let count = 0;
      let both = 0;
      let either = 0;
      for (let t = 0; t < loads.length; t++) {
        count += flagged[t] as number;
        both += (flagged[t] as number) & (reference[t] as number);
        either += (flagged[t] as number) | (reference[t] as number);
      }
      pairs.push(Object.freeze({ acuteDays, chronicDays, days, flaggedDays: count, flaggedShare: days === 0 ? null : count / days, agreement: either === 0 ? null : both / either }));
    }
  }
  return Object.freeze(pairs);
}

/** Event days as indices into the series. */
function eventDays(events: unknown, dates: readonly string[] | undefined, n: number): number[] {
  requireArray("acwrDiagnostics", "events", events);
  const first = dates === undefined || dates.length === 0 ? null : parseIsoDate(dates[0]);
  return (events as readonly unknown[]).map((event, index) => {
    if (typeof event === "number") {
      requireNumberIn("acwrDiagnostics", `events[${index}]`, event, 0, n - 1, true);
      return event;
    }
    const day = parseIsoDate(event);
    if (day === null || first === null || day - first < 0 || day - first >= n) {
      throw new RangeError(`acwrDiagnostics: events[${index}] must be a date of the series${dates === undefined ? " (give a DailySeries, or day indices)" : ` (${dates[0]}…${dates[n - 1]})`} or a day index, got ${JSON.stringify(event)}`);
    }
    return day - first;
  });
}

/** A-17(c): the association of the events with the ratio, against three nulls. */
function eventComparison(
  events: readonly number[],
  dayIndex: readonly number[],
  acute: readonly number[],
  chronic: readonly number[],
  ratio: readonly number[],
  lagDays: number,
  resamples: number,
  level: number,
  random: Random,
): EventComparison {
  const position = new Map(dayIndex.map((day, i) => [day, i]));
  const marked = new Uint8Array(ratio.length);
  for (const event of events) {
    const at = position.get(event - lagDays);
    if (at !== undefined) marked[at] = 1;
  }
  const used = marked.reduce((sum, flag) => sum + flag, 0);
  const association = associationOf(ratio, marked);
  if (association === null || chronic.length < 2) return Object.freeze({ count: events.length, used, lagDays, association, nulls: Object.freeze([]) });

  const mean = chronic.reduce((sum, value) => sum + value, 0) / chronic.length;
  const sd = Math.sqrt(chronic.reduce((sum, value) => sum + (value - mean) * (value - mean), 0) / chronic.length);
  const replaced = new Array<number>(ratio.length);
  const draw = (chronicOf: (i: number) => number): number => {
    for (let i = 0; i < ratio.length; i++) replaced[i] = (acute[i] as number) / chronicOf(i);
    return associationOf(replaced, marked) as number;
  };
  const shuffled: number[] = [];
  const normal: number[] = [];
  const order = [...chronic];
  for (let r = 0; r < resamples; r++) {
    // Fisher–Yates: the chronic values of the log, on other days.
    for (let i = order.length - 1; i > 0; i--) {
      const j = random.below(i + 1);
      const held = order[i] as number;
      order[i] = order[j] as number;
      order[j] = held;
    }
    shuffled.push(draw((i) => order[i] as number));
    normal.push(draw(() => positiveNormal(mean, sd, random)));
  }
  const constant = draw(() => mean);
  return Object.freeze({
    count: events.length,
    used,
    lagDays,
    association,
    nulls: Object.freeze([nullOf("shuffled", shuffled, association, level), nullOf("normal", normal, association, level), constantNull(constant, association)]),
  });
}

/** A normal draw of the chronic load's mean and SD, redrawn until positive (a chronic load is > 0 wherever there is a ratio). */
function positiveNormal(mean: number, sd: number, random: Random): number {
  for (let attempt = 0; attempt < 64; attempt++) {
    const value = mean + sd * random.normal();
    if (value > 0) return value;
  }
  return mean;
}

/** Mean ratio on the marked days − mean ratio on the others; `null` when either group is empty. */
function associationOf(ratio: readonly number[], marked: Uint8Array): number | null {
  let inSum = 0;
  let inCount = 0;
  let outSum = 0;
  for (let i = 0; i < ratio.length; i++) {
    if (marked[i] === 1) {
      inSum += ratio[i] as number;
      inCount++;
    } else outSum += ratio[i] as number;
  }
  const outCount = ratio.length - inCount;
  return inCount === 0 || outCount === 0 ? null : inSum / inCount - outSum / outCount;
}

function nullOf(kind: "shuffled" | "normal", draws: readonly number[], real: number, level: number): NullComparison {
  const atLeast = draws.filter((value) => value >= real).length;
  const atMost = draws.filter((value) => value <= real).length;
  const pOneSided = (1 + atLeast) / (1 + draws.length);
  const pTwoSided = Math.min(1, 2 * Math.min(pOneSided, (1 + atMost) / (1 + draws.length)));
  const interval = intervalOf(draws, level);
  return Object.freeze({
    kind,
    mean: draws.reduce((sum, value) => sum + value, 0) / Math.max(1, draws.length),
    interval,
    pOneSided,
    pTwoSided,
    beatsNull: draws.length > 0 && pOneSided < 1 - level,
    outsideNull: interval !== null && (real < interval.lower || real > interval.upper),
  });
}

function constantNull(value: number, real: number): NullComparison {
  return Object.freeze({ kind: "constant", mean: value, interval: null, pOneSided: null, pTwoSided: null, beatsNull: real > value, outsideNull: real !== value });
}

/** The central `level` interval of draws (linear interpolation); `null` without draws. */
function intervalOf(draws: readonly number[], level: number): Interval | null {
  if (draws.length === 0) return null;
  const sorted = [...draws].sort((a, b) => a - b);
  const at = (q: number): number => {
    const position = q * (sorted.length - 1);
    const below = Math.floor(position);
    const above = Math.min(below + 1, sorted.length - 1);
    return (sorted[below] as number) + (position - below) * ((sorted[above] as number) - (sorted[below] as number));
  };
  return Object.freeze({ level, lower: at((1 - level) / 2), upper: at(1 - (1 - level) / 2) });
}

/** Pearson correlation; `null` when either variable is constant. */
function pearsonOf(x: readonly number[], y: readonly number[]): number | null {
  const n = x.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i] as number;
    my += y[i] as number;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (x[i] as number) - mx;
    const dy = (y[i] as number) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (!(sxx > 0 && syy > 0)) return null;
  // Rounding can carry |r| a hair past 1.
  return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
}

/** Spearman correlation: Pearson of the ranks, ties sharing their mean rank. */
function spearmanOf(x: readonly number[], y: readonly number[]): number | null {
  return pearsonOf(ranks(x), ranks(y));
}

function ranks(values: readonly number[]): number[] {
  const order = values.map((_, i) => i).sort((a, b) => (values[a] as number) - (values[b] as number));
  const result = new Array<number>(values.length);
  for (let start = 0; start < order.length; ) {
    let end = start;
    while (end + 1 < order.length && values[order[end + 1] as number] === values[order[start] as number]) end++;
    const rank = (start + end) / 2 + 1;
    for (let i = start; i <= end; i++) result[order[i] as number] = rank;
    start = end + 1;
  }
  return result;
}

function rescalingReason(check: RescalingCheck, level: number): Reason {
  if (check.spearman === null) {
    return check.reason === "too-few-days"
      ? loadReason("A-17", "load.rescaling-too-few-days", { days: check.days })
      : loadReason("A-17", "load.rescaling-constant", {});
  }
  const reading = check.spearman >= 0.9 ? "mostly-rescaled" : check.spearman >= 0.5 ? "partly-rescaled" : "not-rescaled";
  const shown = { spearman: fixed(check.spearman), days: check.days, pearson: fixed(check.pearson as number), reading };
  return check.interval === null
    ? loadReason("A-17", "load.rescaling", shown)
    : loadReason("A-17", "load.rescaling-interval", { ...shown, level: Math.round(level * 100), lower: fixed(check.interval.lower), upper: fixed(check.interval.upper) });
}

function eventsReason(events: EventComparison): Reason {
  if (events.association === null) return loadReason("A-17", "load.events-none", { count: events.count, lagDays: events.lagDays });
  const parts = events.nulls.map((item) => `${item.kind}: ${item.beatsNull ? "beats" : "does not beat"} the null${item.pOneSided === null ? "" : ` (p ${item.pOneSided.toFixed(2)} one-sided, ${(item.pTwoSided as number).toFixed(2)} two-sided)`}`);
  return loadReason("A-17", "load.events", { lagDays: events.lagDays, used: events.used, association: fixed(events.association), comparisons: parts.join("; ") });
}

function fixed(value: number): number {
  return rounded(value, 2);
}

function percent(value: number): number {
  return rounded(value * 100, 1);
}
