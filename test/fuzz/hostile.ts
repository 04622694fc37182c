/**
 * Hostile values for the boundary fuzz: what a JSON file, a form or a careless caller can hand
 * a public function, and the helpers that judge what came back.
 */
import fc from "fast-check";

/** Numbers that break arithmetic: non-finite, huge, tiny, negative zero, past 2^53. */
export const HOSTILE_NUMBERS: readonly number[] = [
  NaN,
  Infinity,
  -Infinity,
  1e308,
  -1e308,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  -0,
  0,
  -1,
  0.5,
  10.5,
  11,
  1440,
  1441,
  2 ** 53 + 2,
  -(2 ** 31),
];

/** Strings that break lookups on plain objects, date parsing and number coercion. */
export const HOSTILE_STRINGS: readonly string[] = [
  "",
  " ",
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "hasOwnProperty",
  "valueOf",
  "NaN",
  "Infinity",
  "1e308",
  "0x10",
  "-0",
  "2026-02-30",
  "9999-12-31",
  "0001-01-01",
  "+275760-09-13",
  "2026-03-02T25:00:00Z",
  "coupled",
  "ewma",
  "Europe/Nowhere",
  "{}",
  "[]",
  "null",
];

/** Keys that pollute prototypes when copied or merged carelessly. */
export const HOSTILE_KEYS: readonly string[] = ["__proto__", "constructor", "prototype", "toString", "valueOf", "hasOwnProperty", "length", "0"];

const leaf: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom<unknown>(null, undefined, true, false) },
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_NUMBERS) },
  { weight: 2, arbitrary: fc.double() },
  { weight: 2, arbitrary: fc.integer({ min: -1_000_000, max: 1_000_000 }) },
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);

/** An object whose keys include hostile ones, as own data properties (how JSON.parse makes them). */
function objectOf(value: fc.Arbitrary<unknown>, nullPrototype: boolean): fc.Arbitrary<Record<string, unknown>> {
  const key = fc.oneof(fc.constantFrom(...HOSTILE_KEYS), fc.string({ maxLength: 8 }));
  return fc.array(fc.tuple(key, value), { maxLength: 5 }).map((entries) => {
    const object: Record<string, unknown> = nullPrototype ? Object.create(null) : {};
    for (const [name, item] of entries) Object.defineProperty(object, name, { value: item, enumerable: true, writable: true, configurable: true });
    return object;
  });
}

const { junk } = fc.letrec<{ junk: unknown }>((tie) => ({
  junk: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    { weight: 6, arbitrary: leaf },
    { weight: 1, arbitrary: fc.array(tie("junk"), { maxLength: 4 }) },
    { weight: 1, arbitrary: objectOf(tie("junk"), false) },
    { weight: 1, arbitrary: objectOf(tie("junk"), true) },
  ),
}));

/** A value nested `depth` levels deep in arrays and objects. */
const deep: fc.Arbitrary<unknown> = fc
  .tuple(fc.integer({ min: 20, max: 200 }), leaf)
  .map(([depth, inner]) => {
    let value: unknown = inner;
    for (let level = 0; level < depth; level++) value = level % 2 === 0 ? [value] : { __proto__: null, value, constructor: inner };
    return value;
  });

/** JSON text parsed at run time: `__proto__` becomes an own key, as it does for a file read from disk. */
const parsedJson: fc.Arbitrary<unknown> = fc.constantFrom(
  '{"__proto__": {"polluted": true}}',
  '{"constructor": {"prototype": {"polluted": true}}}',
  '[{"__proto__": {"polluted": true}}]',
  '{"__proto__": null}',
  '{"loads": null, "dates": null}',
  '{"method": "__proto__"}',
).map((text) => JSON.parse(text) as unknown);

/**
 * A hostile top-level value: a primitive of any kind, an array or object of junk (hostile keys
 * included, null-prototype objects too), deeply nested junk, or parsed JSON with `__proto__`
 * keys. Getters that throw and symbols are out of scope.
 */
export const hostile: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 10, arbitrary: leaf },
  { weight: 4, arbitrary: junk },
  { weight: 1, arbitrary: deep },
  { weight: 1, arbitrary: parsedJson },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(new Float64Array([NaN, 1e308]), new Map(), new Set([1]), new Date(Number.NaN), new Number(3)) },
);

/** What kind of value a top-level argument is, for telling a wrong kind from wrong contents. */
export type Kind = "undefined" | "null" | "number" | "string" | "boolean" | "array" | "typed-array" | "object" | "other";

export function kindOf(value: unknown): Kind {
  if (value === undefined) return "undefined";
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (ArrayBuffer.isView(value)) return "typed-array";
  const type = typeof value;
  if (type === "number" || type === "string" || type === "boolean" || type === "object") return type;
  return "other";
}

/** Whether a kind holds contents (whose deeper shape is the caller's contract on typed functions). */
export function isContainer(kind: Kind): boolean {
  return kind === "array" || kind === "object" || kind === "typed-array";
}

// Frozen data (the built-in catalog, ladders, frozen results) cannot change: walk it once.
const frozenFinite = new WeakMap<object, boolean>();

/** Whether every number reachable from a value is finite (the input was finite). */
export function allFinite(value: unknown, seen: WeakSet<object> = new WeakSet()): boolean {
  if (typeof value === "number") return Number.isFinite(value);
  if (value === null || typeof value !== "object") return true;
  if (seen.has(value)) return true;
  seen.add(value);
  const known = frozenFinite.get(value);
  if (known !== undefined) return known;
  let finite = true;
  if (ArrayBuffer.isView(value)) finite = !(value instanceof Float64Array || value instanceof Float32Array) || value.every(Number.isFinite);
  else if (value instanceof Map) finite = [...value].every(([key, item]) => allFinite(key, seen) && allFinite(item, seen));
  else if (value instanceof Set) finite = [...value].every((item) => allFinite(item, seen));
  else for (const key of Object.keys(value)) if (!allFinite((value as Record<string, unknown>)[key], seen)) finite = false;
  if (Object.isFrozen(value)) frozenFinite.set(value, finite);
  return finite;
}

/** The path of the first NaN or ±Infinity in a result, or `undefined` when there is none. */
export function nonFinitePath(value: unknown, path = "result", seen: WeakSet<object> = new WeakSet()): string | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? undefined : `${path} = ${String(value)}`;
  if (value === null || typeof value !== "object" || seen.has(value) || frozenFinite.get(value) === true) return undefined;
  seen.add(value);
  for (const key of Object.keys(value)) {
    const found = nonFinitePath((value as Record<string, unknown>)[key], `${path}.${key}`, seen);
    if (found !== undefined) return found;
  }
  if (Object.isFrozen(value)) frozenFinite.set(value, true);
  return undefined;
}

const PROTOTYPES: readonly object[] = [Object.prototype, Array.prototype, Function.prototype];
const baseline = PROTOTYPES.map((prototype) => Reflect.ownKeys(prototype).length);
const baselineToString = Object.prototype.toString;

/**
 * Prototype pollution since the module loaded, the cheap way (run after every call): an
 * inherited enumerable key on `{}` or `[]` (what `target[key] = value` through `__proto__`
 * leaves), or a replaced `toString`. `undefined` when there is none.
 */
export function quickPollution(): string | undefined {
  for (const key in {}) return `{} has the inherited enumerable key ${JSON.stringify(key)}`;
  for (const key in []) return `[] has the inherited enumerable key ${JSON.stringify(key)}`;
  if (Object.prototype.toString !== baselineToString) return "Object.prototype.toString was replaced";
  return undefined;
}

/** Prototype pollution of any kind (a non-enumerable key too), or `undefined`: run after each property. */
export function pollution(): string | undefined {
  for (const [index, prototype] of PROTOTYPES.entries()) {
    if (Reflect.ownKeys(prototype).length !== baseline[index]) return `a key was added to ${["Object", "Array", "Function"][index]}.prototype`;
  }
  return quickPollution();
}

/** A short, safe rendering of a fuzz input for failure messages. */
export function show(value: unknown): string {
  try {
    return fc.stringify(value).slice(0, 300);
  } catch {
    return Object.prototype.toString.call(value);
  }
}
