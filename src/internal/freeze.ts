/** Freezes a value and everything reachable from it (plain data only). */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    // Arrays by index and objects by `for…in` (plain data inherits no enumerable keys): a key
    // list per object is an allocation, and a replayed year freezes tens of thousands of them.
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) deepFreeze(value[index]);
    } else {
      for (const key in value) deepFreeze((value as Record<string, unknown>)[key]);
    }
  }
  return value;
}
