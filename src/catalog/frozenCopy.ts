/**
 * Copies plain data (objects, arrays, primitives) and freezes every level of the copy, so the
 * caller's objects are never frozen or shared by accident.
 */
export function deepFrozenCopy<T>(value: T): T {
  if (Array.isArray(value)) return Object.freeze(value.map((item: unknown) => deepFrozenCopy(item))) as T;
  if (value !== null && typeof value === "object") {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) copy[key] = deepFrozenCopy(item);
    return Object.freeze(copy) as T;
  }
  return value;
}
