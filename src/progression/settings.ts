/** Option merging shared by the progression functions (not exported from the module). */

/** Returns a copy of `value` without the keys whose value is `undefined`. */
export function definedOnly<T extends object>(value: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [key, entry] of Object.entries(value)) if (entry !== undefined) (out as Record<string, unknown>)[key] = entry;
  return out;
}

/** Throws a RangeError naming the function unless `value` is a whole number of at least `min`. */
export function requireWholeNumber(fn: string, name: string, value: number, min: number): void {
  if (!Number.isInteger(value) || value < min) {
    throw new RangeError(`${fn}: ${name} must be a whole number of at least ${min}, got ${String(value)}`);
  }
}
