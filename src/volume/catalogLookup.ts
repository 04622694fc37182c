/**
 * Looks exercises up by ID in a catalog array, indexing each array once.
 */
import { exercises as builtInCatalog } from "../catalog/exercises.js";
import type { Exercise } from "../catalog/types.js";

// Indexes are derived from frozen, read-only arrays, so caching them changes no result.
const indexes = /* @__PURE__ */ new WeakMap<readonly Exercise[], ReadonlyMap<string, Exercise>>();

/** The ID → exercise index of a catalog (the built-in one when omitted). */
export function exerciseIndex(catalog?: readonly Exercise[]): ReadonlyMap<string, Exercise> {
  const source = catalog ?? builtInCatalog;
  let index = indexes.get(source);
  if (index === undefined) {
    const map = new Map<string, Exercise>();
    for (const exercise of source) if (!map.has(exercise.id)) map.set(exercise.id, exercise);
    index = map;
    indexes.set(source, index);
  }
  return index;
}
