import type { Reason } from "../src/evidence/index.js";

/**
 * Every reason inside a value (decisions, findings, plans, nested results), depth first: an
 * object with a rule, a code, a message and params. A reason's params are not searched.
 */
export function reasonsIn(value: unknown, into: Reason[] = []): Reason[] {
  if (Array.isArray(value)) {
    for (const item of value) reasonsIn(item, into);
  } else if (typeof value === "object" && value !== null) {
    const record = value as Record<string, unknown>;
    if (typeof record["ruleId"] === "string" && typeof record["code"] === "string" && typeof record["message"] === "string" && "params" in record) {
      into.push(value as Reason);
    }
    for (const key of Object.keys(record)) if (key !== "params") reasonsIn(record[key], into);
  }
  return into;
}
