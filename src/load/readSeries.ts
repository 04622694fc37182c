/**
 * Reads the daily loads the object API accepts (a {@link DailySeries}, an array with `null`
 * for unknown days, or a Float64Array with NaN for them) into one Float64Array, checking every
 * load once.
 */
import type { DailySeries } from "./types.js";

/**
 * The largest daily load the object API accepts, in AU (kept here so that every reader of a
 * series shares it; re-exported as `MAX_DAILY_LOAD_AU`).
 */
export const MAX_LOAD_AU = 1e12;

/** A series read into a Float64Array (NaN = unknown), with its dates when it had them. */
export interface ReadSeries {
  readonly loads: Float64Array;
  readonly dates: readonly string[] | undefined;
}

/**
 * The loads of a series as a Float64Array, NaN for an unknown day.
 * @throws TypeError naming `functionName` when `series` is none of the accepted shapes
 * @throws RangeError naming `functionName` for a load that is not unknown or 0…{@link MAX_LOAD_AU}
 */
export function readSeries(functionName: string, series: DailySeries | readonly (number | null)[] | Float64Array, typed = false): ReadSeries {
  if (typed && series instanceof Float64Array) {
    for (let day = 0; day < series.length; day++) {
      const value = series[day] as number;
      if (value === value && !(value >= 0 && value <= MAX_LOAD_AU)) throw loadError(functionName, day, value, "NaN");
    }
    return { loads: series, dates: undefined };
  }
  const isArray = Array.isArray(series);
  const values = isArray ? (series as readonly (number | null)[]) : (series as DailySeries | null)?.loads;
  if (!Array.isArray(values)) {
    throw new TypeError(`${functionName}: series must be a DailySeries or an array of daily loads${typed ? " or a Float64Array" : ""}`);
  }
  const n = values.length;
  const loads = new Float64Array(n);
  for (let day = 0; day < n; day++) {
    const value = values[day];
    if (value === null) loads[day] = NaN;
    else if (typeof value === "number" && value >= 0 && value <= MAX_LOAD_AU) loads[day] = value;
    else throw loadError(functionName, day, value, "null");
  }
  return { loads, dates: isArray ? undefined : (series as DailySeries).dates };
}

function loadError(functionName: string, day: number, value: unknown, unknown: string): RangeError {
  return new RangeError(`${functionName}: day ${day} has load ${String(value)}; use ${unknown} for an unknown day, or a number from 0 to ${MAX_LOAD_AU} AU`);
}
