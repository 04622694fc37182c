// Naive, obviously-correct implementations of the load formulas, written straight from
// DOMAIN.md §6 with no sliding state, for the property tests to compare against.
export type Method = "coupled" | "uncoupled" | "ewma";

interface Windows {
  readonly acuteDays?: number;
  readonly chronicDays?: number;
  readonly maxUnknownFraction?: number;
  /** the EWMA decay convention (default span). */
  readonly decay?: "span" | "exponential" | "half-life" | "linear";
}

/** A-13 straight from the definitions. */
export function lambdaOf(decay: Windows["decay"], days: number): number {
  if (decay === "exponential") return 1 - Math.exp(-1 / days);
  if (decay === "half-life") return 1 - 0.5 ** (1 / days);
  if (decay === "linear") return 1 / days;
  return 2 / (days + 1);
}

function windowMean(values: readonly (number | null)[], maxUnknownFraction: number): number | null {
  const known = values.filter((value): value is number => value !== null);
  const unknown = values.length - known.length;
  if (known.length === 0 || unknown / values.length > maxUnknownFraction) return null;
  return known.reduce((sum, value) => sum + value, 0) / known.length;
}

/** straight from the definition: slice the windows, average the known days. */
export function naiveRollingRatio(loads: readonly (number | null)[], t: number, method: "coupled" | "uncoupled", windows: Windows = {}): number | null {
  const a = windows.acuteDays ?? 7;
  const c = windows.chronicDays ?? 28;
  const f = windows.maxUnknownFraction ?? 0.2;
  if (t < c - 1) return null;
  const acute = windowMean(loads.slice(t - a + 1, t + 1), f);
  const chronicWindow = method === "coupled" ? loads.slice(t - c + 1, t + 1) : loads.slice(t - c + 1, t - a + 1);
  const chronic = windowMean(chronicWindow, f);
  if (acute === null || chronic === null || chronic === 0) return null;
  // A chronic mean so small that the quotient overflows counts as zero (A-6: never Infinity).
  const ratio = acute / chronic;
  return Number.isFinite(ratio) ? ratio : null;
}

/** A-5 straight from the recursion, seeded with the first known day, unknown days carried. */
export function naiveEwma(loads: readonly (number | null)[], windows: Windows = {}): { acute: (number | null)[]; chronic: (number | null)[]; ratio: (number | null)[] } {
  const a = windows.acuteDays ?? 7;
  const c = windows.chronicDays ?? 28;
  const f = windows.maxUnknownFraction ?? 0.2;
  const acuteLambda = lambdaOf(windows.decay, a);
  const chronicLambda = lambdaOf(windows.decay, c);
  let acute: number | undefined;
  let chronic: number | undefined;
  const result = { acute: [] as (number | null)[], chronic: [] as (number | null)[], ratio: [] as (number | null)[] };
  loads.forEach((load, t) => {
    if (load !== null) {
      if (acute === undefined || chronic === undefined) {
        acute = load;
        chronic = load;
      } else {
        acute = acuteLambda * load + (1 - acuteLambda) * acute;
        chronic = chronicLambda * load + (1 - chronicLambda) * chronic;
      }
    }
    result.acute.push(acute ?? null);
    result.chronic.push(chronic ?? null);
    const unknownAcute = loads.slice(Math.max(0, t - a + 1), t + 1).filter((value) => value === null).length;
    const unknownChronic = loads.slice(Math.max(0, t - c + 1), t + 1).filter((value) => value === null).length;
    const tooManyUnknown = unknownAcute / a > f || unknownAcute === a || unknownChronic / c > f || unknownChronic === c;
    if (t < c - 1 || tooManyUnknown || acute === undefined || chronic === undefined || chronic === 0) result.ratio.push(null);
    else result.ratio.push(acute / chronic);
  });
  return result;
}

/** Relative closeness for ratios computed along different summation orders. */
export function close(actual: number | null, expected: number | null, tolerance = 1e-9): boolean {
  if (actual === null || expected === null) return actual === expected;
  return Math.abs(actual - expected) <= tolerance * Math.max(1, Math.abs(expected));
}
