/**
 * Small edits to a valid document — a key dropped, added or misspelt, a value swapped for a
 * boundary or a wrong type, text padded with spaces, a number nudged — so that a property can
 * look at documents near the edge of what a parser accepts.
 */
import fc from "fast-check";

type Path = readonly (string | number)[];
type Container = Record<string, unknown> | unknown[];

const PALETTE: readonly unknown[] = [
  null, true, false, 0, 1, -1, 0.5, 2, 10, 11, 20, 100, 1440, 1e6, 1e308, -0.5, "", " ", "unknown", "none", "both", "left", "lb", "kg",
  "proceed", "hinge", "goblet-squat", "2026-02-30", "1899-12-31", "2201-01-01", "2026-03-02", "2026-03-02T10:00:00Z", "2026-03-02T10:00:00",
  "Europe/London", "Mars/Olympus", [], {}, ["bodyweight"], { min: 3, max: 1 },
];
const KEYS: readonly string[] = ["extra", "timezone", "comment", "date", "unit", "loadKg", "load", "rpe", "loadAu", "clearingTests", "clearances", "safety", "checkIn"];

/** One edit, by kind; `at` picks the place among every place in the document. */
export interface Mutation {
  readonly kind: "delete" | "replace" | "add" | "pad" | "nudge";
  readonly at: number;
  readonly value: unknown;
  readonly key: string;
  readonly by: number;
}

export const mutation = (): fc.Arbitrary<Mutation> =>
  fc.record({
    kind: fc.constantFrom("delete", "replace", "add", "pad", "nudge"),
    at: fc.nat(),
    value: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...PALETTE) }, fc.jsonValue({ maxDepth: 1 })),
    key: fc.constantFrom(...KEYS),
    by: fc.constantFrom(1, -1, 0.5, 2, 1000, -1000),
  });

function placesOf(value: unknown, path: Path = [], into: Path[] = []): Path[] {
  into.push(path);
  if (Array.isArray(value)) value.forEach((item, index) => placesOf(item, [...path, index], into));
  else if (value !== null && typeof value === "object") for (const [key, item] of Object.entries(value)) placesOf(item, [...path, key], into);
  return into;
}

function at(document: unknown, path: Path): unknown {
  return path.reduce<unknown>((value, key) => (value as Record<string | number, unknown>)[key], document);
}

/** Applies edits in order to a copy of `document` (JSON in, JSON out). */
export function mutate(document: unknown, mutations: readonly Mutation[]): unknown {
  let root = JSON.parse(JSON.stringify(document)) as unknown;
  for (const edit of mutations) {
    // A copy of the edit's value: the palette's [] and {} are shared by every run, and an edit
    // that adds into a value an earlier edit placed would otherwise grow the palette itself
    // (until it held itself and JSON.stringify threw, depending on the seed).
    const value = JSON.parse(JSON.stringify(edit.value)) as unknown;
    const places = placesOf(root);
    const path = places[edit.at % places.length] as Path;
    const target = at(root, path);
    const set = (value: unknown): void => {
      if (path.length === 0) root = value;
      else (at(root, path.slice(0, -1)) as Record<string | number, unknown>)[path[path.length - 1] as string | number] = value;
    };
    switch (edit.kind) {
      case "delete": {
        if (path.length === 0) break;
        const parent = at(root, path.slice(0, -1)) as Container;
        const key = path[path.length - 1] as string | number;
        if (Array.isArray(parent)) parent.splice(key as number, 1);
        else delete parent[key as string];
        break;
      }
      case "replace":
        set(value);
        break;
      case "add":
        if (Array.isArray(target)) target.push(value);
        else if (target !== null && typeof target === "object") (target as Record<string, unknown>)[edit.key] = value;
        break;
      case "pad":
        if (typeof target === "string") set(` ${target} `);
        break;
      case "nudge":
        if (typeof target === "number") set(target + edit.by);
        break;
    }
  }
  return JSON.parse(JSON.stringify(root)) as unknown;
}
