/**
 * The acute:chronic workload ratio as explained points (A-3… ).
 */
import type { Reason } from "../evidence/index.js";
import { loadReason } from "./messages.js";
import { acwrSettings, runAcwr } from "./acwrValues.js";
import { decayFormula, type DecayConvention } from "./decay.js";
import { zoneOf, zoneThresholds } from "./acwrZone.js";
import { MAX_LOAD_AU, readSeries } from "./readSeries.js";
import type { AcwrMethod, AcwrOptions, AcwrPoint, AcwrReasonCode, DailySeries } from "./types.js";
import { requireObject } from "../internal/guards.js";

/**
 * The largest daily load the object API accepts, in AU. A hard day is a few thousand AU;
 * the bound keeps every window sum far from overflow and rounding trouble.
 *
 * @example
 * ```ts
 * acwr([MAX_DAILY_LOAD_AU * 2]); // throws RangeError: acwr: day 0 has load 2000000000000; …
 * MAX_DAILY_LOAD_AU;
 * // => 1000000000000
 * ```
 * @category Load
 */
export const MAX_DAILY_LOAD_AU: number = MAX_LOAD_AU;

/**
 * The caveat every ACWR output carries: where the evidence comes from and that it is
 * contested. {@link explainAcwrPoint} appends it to every explanation.
 *
 * @example
 * ```ts
 * ACWR_CAVEAT.ruleId;
 * // => "A-10"
 * ```
 * @category Load
 */
export const ACWR_CAVEAT: Reason = /* @__PURE__ */ loadReason("A-10", "load.caveat", {});

const REASON_CODES: readonly (AcwrReasonCode | undefined)[] = [undefined, "warming-up", "too-many-unknown-days", "zero-chronic"];

/**
 * The acute:chronic workload ratio of every day, with the acute and chronic loads, the zone,
 * and a reason whenever there is no ratio.
 *
 * Why three methods: the coupled rolling ratio is the one the zones were published for;
 * the uncoupled ratio keeps the acute week out of the chronic mean, which removes the
 * built-in correlation between the two; the EWMA ratio weights recent days more and
 * reacts sooner. Why `null`: a ratio of a window not yet full, of mostly unknown days, or over
 * a chronic load of 0 would be a made-up number — peers that print 1 in week one or NaN
 * after a layoff mislead. Unknown days are skipped by the rolling means (mean of the known
 * days) and carried over by the EWMA, and a window with more than `maxUnknownFraction`
 * unknown days gives no ratio. Zones follow each method's thresholds; the evidence for
 * all of it is limited (A-10, see {@link ACWR_CAVEAT} and {@link explainAcwrPoint}).
 *
 * The points are a view over the columns of {@link acwrByAthlete}: the same computation fills
 * `acute`, `chronic`, `ratio` and `reason` columns, and each point reads its day from them (NaN
 * becomes `null`, the reason code its name), so the two agree bit for bit. At a million days
 * almost all of the time goes into building one object per day; read the columns (or
 * {@link acwrValues}) when only the numbers are needed.
 *
 * @param series - a {@link DailySeries} (points then carry dates) or plain daily loads in AU
 * with `null` for unknown days, one per calendar day; not mutated
 * @param options - the {@link AcwrOptions}; default method `"ewma"`, 7 and 28 days, at most
 * 20% unknown days per window
 * @returns one {@link AcwrPoint} per day, in order; no number is NaN or Infinity
 * @throws RangeError naming `acwr` for invalid options, or a day's load that is not `null` or
 * a number from 0 to {@link MAX_DAILY_LOAD_AU}
 * @throws TypeError naming `acwr` when `series` is neither a series nor an array, or `options` is
 * given but not an object (`acwr(loads, "coupled")` is refused, not read as the EWMA defaults)
 * @example
 * ```ts
 * const loads = [...Array(21).fill(300), ...Array(7).fill(450)];
 * const points = acwr(loads, { method: "coupled" });
 * points[26];
 * // => { acute: 428.57142857142856, chronic: null, ratio: null, zone: null, reason: "warming-up" }
 * points[27];
 * // => { acute: 450, chronic: 337.5, ratio: 1.3333333333333333, zone: "caution" }
 * acwr(loads, { method: "uncoupled" })[27].ratio;
 * // => 1.5
 * ```
 * @category Load
 */
export function acwr(series: DailySeries | readonly (number | null)[], options?: AcwrOptions): AcwrPoint[] {
  const settings = acwrSettings("acwr", options);
  const { loads, dates } = readSeries("acwr", series);
  const n = loads.length;
  // The columns, as acwrByAthlete computes them for each athlete; the points below only read them.
  const ratios = new Float64Array(n);
  const detail = { acute: new Float64Array(n), chronic: new Float64Array(n), reason: new Uint8Array(n) };
  runAcwr(loads, settings, ratios, detail);

  const thresholds = zoneThresholds(settings.method, settings.acuteDays, settings.chronicDays);
  const points: AcwrPoint[] = [];
  // Object literals of one fixed shape per branch keep a million points cheap to build.
  for (let day = 0; day < n; day++) {
    const acuteValue = detail.acute[day] as number;
    const chronicValue = detail.chronic[day] as number;
    const code = detail.reason[day] as number;
    if (code === 0) {
      const ratio = ratios[day] as number;
      const zone = zoneOf(ratio, thresholds);
      points.push(
        dates === undefined
          ? { acute: acuteValue, chronic: chronicValue, ratio, zone }
          : { date: dates[day] as string, acute: acuteValue, chronic: chronicValue, ratio, zone },
      );
    } else {
      const acute = acuteValue === acuteValue ? acuteValue : null;
      const chronic = chronicValue === chronicValue ? chronicValue : null;
      const reason = REASON_CODES[code] as AcwrReasonCode;
      points.push(
        dates === undefined
          ? { acute, chronic, ratio: null, zone: null, reason }
          : { date: dates[day] as string, acute, chronic, ratio: null, zone: null, reason },
      );
    }
  }
  return points;
}

/**
 * The reasons behind one ACWR point, in words, ending with the evidence caveat.
 *
 * Use it where a person reads the number: it says which formula produced the ratio, which
 * zone thresholds apply to that method, or why there is no ratio — and always that the ratio
 * is a trend, not a verdict.
 *
 * @param point - a point returned by {@link acwr}
 * @param options - the options the point was computed with (method default `"ewma"`)
 * @returns the reasons: the method's rule and its zone, or why the
 * ratio is `null`; then {@link ACWR_CAVEAT}
 * @throws RangeError naming `explainAcwrPoint` for invalid options
 * @throws TypeError naming `explainAcwrPoint` when `point` is not an object or `options` is given
 * but not an object; the point's fields are the caller's contract
 * @example
 * ```ts
 * const [point] = acwr([...Array(28).fill(300)], { method: "coupled" }).slice(-1);
 * explainAcwrPoint(point, { method: "coupled" }).map((reason) => reason.ruleId);
 * // => ["A-3", "A-7", "A-10"]
 * ```
 * @category Load
 */
export function explainAcwrPoint(point: AcwrPoint, options?: AcwrOptions): readonly Reason[] {
  requireObject("explainAcwrPoint", "point", point);
  const settings = acwrSettings("explainAcwrPoint", options);
  const { acuteDays: a, chronicDays: c, method } = settings;
  const reasons: Reason[] = [];
  if (point.ratio === null) {
    reasons.push(nullReason(point.reason, settings.maxUnknownFraction, c));
  } else {
    const values = { acuteDays: a, chronicDays: c, acute: format(point.acute), chronic: format(point.chronic), ratio: format(point.ratio) };
    reasons.push(
      method === "coupled"
        ? loadReason("A-3", "load.coupled", values)
        : method === "uncoupled"
          ? loadReason("A-4", "load.uncoupled", { ...values, firstDay: a + 1 })
          : // the decay convention is always named.
            loadReason("A-5", "load.ewma", { ...values, decay: settings.decay, formula: decayFormula(settings.decay) }),
    );
    const thresholds = zoneThresholds(method, a, c);
    const zone = {
      zone: point.zone ?? "none",
      method,
      sweetSpotFrom: format(thresholds.sweetSpotFrom),
      cautionFrom: format(thresholds.cautionFrom),
      dangerFrom: format(thresholds.dangerFrom),
    };
    reasons.push(loadReason("A-7", method === "ewma" ? "load.zone-borrowed" : "load.zone", zone));
  }
  reasons.push(ACWR_CAVEAT);
  return Object.freeze(reasons);
}

function nullReason(code: AcwrReasonCode | undefined, fraction: number, c: number): Reason {
  if (code === "warming-up") return loadReason("A-6", "load.warming-up", { chronicDays: c });
  if (code === "zero-chronic") return loadReason("A-6", "load.zero-chronic", {});
  return loadReason("A-6", "load.too-many-unknown-days", { percent: Math.round(fraction * 100) });
}

/** A load or ratio for a reason: 3 decimals, `unknown` (a term) when there is none. */
function format(value: number | null): number | string {
  return value === null ? "unknown" : Number.isFinite(value * 1000) ? Math.round(value * 1000) / 1000 : value;
}

