/**
 * fast-check arbitraries built from a JSON Schema, independent of zod: documents a form built
 * from the schema could send. Covers the keywords spinewise's schemas use (objects with required
 * and optional properties, enum, const, integers and numbers with bounds, strings with a date or
 * date-time format or a pattern, arrays with item bounds and uniqueItems, anyOf/oneOf, type
 * lists for nullable values). Keywords that only assert (not, if/then/else, dependentRequired,
 * a oneOf/anyOf of `required` lists) are left to the caller: the documents are then repaired by
 * the rules the schema states and checked with ajv.
 */
import fc from "fast-check";
import * as z from "zod/mini";
import { isoDateString } from "../../src/internal/isoDateSchema.js";

type Schema = Record<string, unknown>;

export interface FromSchemaOptions {
  /** Longest array generated where the schema sets no maxItems (default 3). */
  readonly maxItems?: number;
  /** Keys added to objects whose schema allows additional properties (default true). */
  readonly extraKeys?: boolean;
}

const patternOf = (schema: unknown): string => (schema as { pattern: string }).pattern;
const patternsIn = (schema: unknown): string[] => ((schema as { allOf?: Schema[] }).allOf ?? []).map(patternOf);

// The patterns zod writes for ISO dates and date-times, and the supported-years pattern of the
// one calendar (1900–2200), taken from zod itself so that a zod upgrade cannot leave them stale.
const DATE_PATTERN = patternOf(z.toJSONSchema(z.iso.date()));
const DATE_TIME_PATTERN = patternOf(z.toJSONSchema(z.iso.datetime({ offset: true })));
const [, SUPPORTED_YEARS_PATTERN] = patternsIn(z.toJSONSchema(isoDateString("date")));

const two = (value: number): string => String(value).padStart(2, "0");
const DAY_MS = 86_400_000;
const dayNumber = (year: number): number => Date.UTC(year, 0, 1) / DAY_MS;

/** An ISO date from `fromYear` to `toYear`, biased toward the range's ends and leap days by fast-check's integers. */
export function isoDate(fromYear: number, toYear: number): fc.Arbitrary<string> {
  return fc.integer({ min: dayNumber(fromYear), max: dayNumber(toYear + 1) - 1 }).map((day) => new Date(day * DAY_MS).toISOString().slice(0, 10));
}

function isoDateTime(fromYear: number, toYear: number): fc.Arbitrary<string> {
  const offset = fc.oneof(
    fc.constant("Z"),
    fc.tuple(fc.constantFrom("+", "-"), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([sign, hours, minutes]) => `${sign}${two(hours)}:${two(minutes)}`),
  );
  const fraction = fc.option(fc.integer({ min: 0, max: 999_999 }).map((value) => `.${value}`), { nil: "" });
  return fc
    .tuple(isoDate(fromYear, toYear), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 59 }), fraction, offset)
    .map(([date, hours, minutes, seconds, fractionText, zone]) => `${date}T${two(hours)}:${two(minutes)}:${two(seconds)}${fractionText}${zone}`);
}

/** Any JSON value, small: what a form might put under a key the schema leaves open. */
export const anyJson = (): fc.Arbitrary<unknown> => fc.jsonValue({ maxDepth: 2 });

function matchesAll(patterns: readonly string[]): (value: string) => boolean {
  const regexes = patterns.map((pattern) => new RegExp(pattern, "u"));
  return (value) => regexes.every((regex) => regex.test(value));
}

function stringArbitrary(schema: Schema): fc.Arbitrary<string> {
  const patterns = [...(typeof schema["pattern"] === "string" ? [schema["pattern"]] : []), ...patternsIn(schema)];
  const minLength = (schema["minLength"] as number | undefined) ?? 0;
  const maxLength = schema["maxLength"] as number | undefined;
  const years: [number, number] = patterns.includes(SUPPORTED_YEARS_PATTERN as string) ? [1900, 2200] : [1000, 9999];
  let base: fc.Arbitrary<string>;
  if (schema["format"] === "date" || patterns.includes(DATE_PATTERN)) base = isoDate(...years);
  else if (schema["format"] === "date-time" || patterns.includes(DATE_TIME_PATTERN)) base = isoDateTime(...years);
  else if (schema["format"] !== undefined) throw new Error(`fromJsonSchema: no generator for format ${String(schema["format"])}`);
  else if (patterns.length > 0) base = fc.stringMatching(new RegExp(patterns[0] as string));
  else {
    // Printable ASCII most of the time, any Unicode (emoji included) some of the time.
    base = fc.oneof({ weight: 3, arbitrary: fc.string({ minLength, maxLength: Math.min(maxLength ?? 40, 40) }) }, fc.string({ unit: "grapheme", minLength, maxLength: Math.min(maxLength ?? 20, 20) }));
  }
  // Lengths as the parsers and JSON Schema count them: code points (the schemas' description says so).
  return base.filter((value) => {
    const length = [...value].length;
    return length >= minLength && (maxLength === undefined || length <= maxLength) && matchesAll(patterns)(value);
  });
}

function numberArbitrary(schema: Schema, integer: boolean): fc.Arbitrary<number> {
  const minimum = schema["minimum"] as number | undefined;
  const maximum = schema["maximum"] as number | undefined;
  const exclusiveMinimum = schema["exclusiveMinimum"] as number | undefined;
  const exclusiveMaximum = schema["exclusiveMaximum"] as number | undefined;
  if (integer) {
    const min = Math.max(minimum ?? Number.MIN_SAFE_INTEGER, exclusiveMinimum === undefined ? -Infinity : Math.floor(exclusiveMinimum) + 1);
    const max = Math.min(maximum ?? Number.MAX_SAFE_INTEGER, exclusiveMaximum === undefined ? Infinity : Math.ceil(exclusiveMaximum) - 1);
    return fc.integer({ min, max });
  }
  const min = exclusiveMinimum ?? minimum;
  const max = exclusiveMaximum ?? maximum;
  const bounds = {
    ...(min === undefined ? {} : { min, minExcluded: exclusiveMinimum !== undefined }),
    ...(max === undefined ? {} : { max, maxExcluded: exclusiveMaximum !== undefined }),
  };
  const wholeMin = Math.ceil(Math.max(min ?? -1e6, -1e6)) + (exclusiveMinimum !== undefined && Number.isInteger(exclusiveMinimum) ? 1 : 0);
  const wholeMax = Math.floor(Math.min(max ?? 1e6, 1e6)) - (exclusiveMaximum !== undefined && Number.isInteger(exclusiveMaximum) ? 1 : 0);
  const double = fc.double({ noNaN: true, noDefaultInfinity: true, ...bounds });
  // Whole numbers as well as fractions: most real values are whole. -0 is written as 0 in JSON.
  const value = wholeMin <= wholeMax ? fc.oneof(fc.integer({ min: wholeMin, max: wholeMax }), double) : double;
  return value.map((number) => (Object.is(number, -0) ? 0 : number));
}

/** A sub-schema that only asserts (required lists, not, if/then): nothing to generate from. */
function onlyAsserts(schema: Schema): boolean {
  return !["type", "const", "enum", "properties", "items", "anyOf", "oneOf", "pattern", "format"].some((key) => key in schema);
}

function unionArbitrary(branches: readonly Schema[], options: FromSchemaOptions): fc.Arbitrary<unknown> | undefined {
  if (branches.every(onlyAsserts)) return undefined;
  if (branches.some(onlyAsserts)) throw new Error("fromJsonSchema: a union mixes value and assertion branches");
  return fc.oneof(...branches.map((branch) => fromJsonSchema(branch, options)));
}

function objectArbitrary(schema: Schema, options: FromSchemaOptions): fc.Arbitrary<Record<string, unknown>> {
  const properties = (schema["properties"] ?? {}) as Record<string, Schema>;
  const required = new Set((schema["required"] ?? []) as string[]);
  const shape = Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, fromJsonSchema(value, options)]));
  const record = fc.record(shape, { requiredKeys: Object.keys(shape).filter((key) => required.has(key)) });
  if (schema["additionalProperties"] === false || options.extraKeys === false) return record as fc.Arbitrary<Record<string, unknown>>;
  // Keys the schema leaves open (it says nothing of them) may hold anything.
  const extraKey = fc.constantFrom("comment", "source", "x-app", "reasons", "ruleId").filter((key) => !(key in properties));
  const extras = fc.dictionary(extraKey, anyJson(), { maxKeys: 2 });
  return fc.tuple(record, extras).map(([value, extra]) => ({ ...extra, ...value }));
}

function arrayArbitrary(schema: Schema, options: FromSchemaOptions): fc.Arbitrary<unknown[]> {
  const items = fromJsonSchema((schema["items"] ?? {}) as Schema, options);
  const minLength = (schema["minItems"] as number | undefined) ?? 0;
  const maxLength = Math.max(minLength, Math.min((schema["maxItems"] as number | undefined) ?? Infinity, minLength + (options.maxItems ?? 3)));
  if (schema["uniqueItems"] === true) return fc.uniqueArray(items, { minLength, maxLength, selector: (value) => JSON.stringify(value) });
  return fc.array(items, { minLength, maxLength });
}

/**
 * An arbitrary of the values a JSON Schema describes (before the rules it states in its
 * description: the caller repairs those). Throws on a keyword it cannot generate from, so a new
 * keyword in a schema is noticed rather than ignored.
 */
export function fromJsonSchema(schema: Schema, options: FromSchemaOptions = {}): fc.Arbitrary<unknown> {
  if ("$ref" in schema) throw new Error("fromJsonSchema: $ref is not supported (spinewise schemas are inline)");
  if ("const" in schema) return fc.constant(schema["const"]);
  if (Array.isArray(schema["enum"])) return fc.constantFrom(...(schema["enum"] as unknown[]));
  for (const key of ["anyOf", "oneOf"] as const) {
    const branches = schema[key] as Schema[] | undefined;
    if (branches === undefined) continue;
    const union = unionArbitrary(branches, options);
    if (union !== undefined) return union;
  }
  const type = schema["type"];
  if (Array.isArray(type)) return fc.oneof(...type.map((one) => fromJsonSchema({ ...schema, type: one }, options)));
  switch (type) {
    case "null":
      return fc.constant(null);
    case "boolean":
      return fc.boolean();
    case "integer":
      return numberArbitrary(schema, true);
    case "number":
      return numberArbitrary(schema, false);
    case "string":
      return stringArbitrary(schema);
    case "array":
      return arrayArbitrary(schema, options);
    case "object":
      return objectArbitrary(schema, options);
    case undefined:
      if (onlyAsserts(schema)) return anyJson();
      throw new Error(`fromJsonSchema: a schema with no type: ${JSON.stringify(schema).slice(0, 200)}`);
    default:
      throw new Error(`fromJsonSchema: unknown type ${String(type)}`);
  }
}
