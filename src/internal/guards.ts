/**
 * Top-level argument checks for the public functions: one line at the top of each, so that a
 * `null`, a primitive where an object or a list belongs, or an options argument that is not
 * an object is refused with an error naming the function and the value, instead of a raw
 * "Cannot read properties of null" from deep inside (or, worse, being silently ignored).
 * Deeper shape errors on typed functions stay the caller's contract; the `parseX` functions
 * check those.
 */

/** A short description of a value for an error message; never throws (null-prototype objects included). */
export function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (value === undefined) return "undefined";
  if (Array.isArray(value)) return `an array of ${value.length}`;
  switch (typeof value) {
    case "string":
      return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
    case "number":
    case "boolean":
    case "bigint":
      return `${typeof value} ${String(value)}`;
    case "object": {
      const name = (Object.getPrototypeOf(value) as { constructor?: { name?: unknown } } | null)?.constructor?.name;
      return typeof name === "string" && name !== "Object" ? `a ${name}` : "an object";
    }
    default:
      return `a ${typeof value}`;
  }
}

/** Whether a value is a non-null object that is not an array (typed arrays included). */
function isRecord(value: unknown): value is object {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !ArrayBuffer.isView(value);
}

/**
 * Refuses anything but a non-null object that is not an array or a typed array.
 * @throws TypeError `fn: name must be an object, got …`
 */
export function requireObject(fn: string, name: string, value: unknown): asserts value is object {
  if (!isRecord(value)) throw new TypeError(`${fn}: ${name} must be an object, got ${describeValue(value)}`);
}

/**
 * Refuses anything but an array.
 * @throws TypeError `fn: name must be an array, got …`
 */
export function requireArray(fn: string, name: string, value: unknown): asserts value is readonly unknown[] {
  if (!Array.isArray(value)) throw new TypeError(`${fn}: ${name} must be an array, got ${describeValue(value)}`);
}

/**
 * Refuses an options argument that is given but is not an object (`acwr(series, "coupled")`
 * must not quietly mean the defaults).
 * @throws TypeError `fn: options must be an object or undefined, got …`
 */
export function requireOptions(fn: string, value: unknown, name = "options"): asserts value is object | undefined {
  if (value !== undefined && !isRecord(value)) throw new TypeError(`${fn}: ${name} must be an object or undefined, got ${describeValue(value)}`);
}

/**
 * Refuses anything but a string.
 * @throws TypeError `fn: name must be a string, got …`
 */
export function requireString(fn: string, name: string, value: unknown): asserts value is string {
  if (typeof value !== "string") throw new TypeError(`${fn}: ${name} must be a string, got ${describeValue(value)}`);
}

/**
 * Refuses anything but a finite number from `min` to `max` (whole when `whole` is set).
 * @throws RangeError `fn: name must be a … from min to max, got …`
 */
export function requireNumberIn(fn: string, name: string, value: unknown, min: number, max: number, whole = false): asserts value is number {
  if (typeof value !== "number" || !(value >= min && value <= max) || (whole && !Number.isInteger(value))) {
    throw new RangeError(`${fn}: ${name} must be a ${whole ? "whole number" : "number"} from ${min} to ${max}, got ${describeValue(value)}`);
  }
}

/**
 * Refuses a value that is not one of `allowed` (an own lookup: `"__proto__"` and `"toString"`
 * are not members of any vocabulary).
 * @throws RangeError `fn: name must be one of …, got …`
 */
export function requireOneOf<const T>(fn: string, name: string, value: unknown, allowed: readonly T[]): asserts value is T {
  if (!allowed.includes(value as T)) {
    const list = allowed.length <= 8 ? allowed.map((item) => JSON.stringify(item)).join(", ") : `the ${allowed.length} known values`;
    throw new RangeError(`${fn}: ${name} must be one of ${list}, got ${describeValue(value)}`);
  }
}

/**
 * Refuses a value that is not an own key of `record` (so `"__proto__"`, `"constructor"` and
 * `"toString"` never reach a lookup on a plain object).
 * @throws RangeError `fn: unknown name …`
 */
export function requireKeyOf<K extends string>(fn: string, name: string, value: unknown, record: Readonly<Record<K, unknown>>): asserts value is K {
  if (typeof value !== "string" || !Object.hasOwn(record, value)) throw new RangeError(`${fn}: unknown ${name} ${describeValue(value)}`);
}

/**
 * Refuses a locale that is not a string or not a well-formed BCP 47 language tag, and returns
 * the canonical tag (`"de-AT"`) with its language in lower case (`"de"`).
 * @throws TypeError `fn: locale must be a string, got …`
 * @throws RangeError `fn: locale must be a BCP 47 language tag …`
 */
export function requireLocale(fn: string, value: unknown): { readonly tag: string; readonly language: string } {
  requireString(fn, "locale", value);
  let tag: string;
  try {
    tag = Intl.getCanonicalLocales(value)[0] ?? "en";
  } catch {
    throw new RangeError(`${fn}: locale must be a BCP 47 language tag such as "en" or "de-AT", got ${JSON.stringify(value)}`);
  }
  return { tag, language: tag.split("-")[0]!.toLowerCase() };
}
