/**
 * Turns a zod/mini schema into a spinewise `parseX` function: never throws, returns every
 * issue with its path.
 */
import type { ParseIssue, ParseResult } from "../evidence/decision.js";

interface ZodIssueLike {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}
interface SafeParseLike<T> {
  readonly success: boolean;
  readonly data?: T;
  readonly error?: { readonly issues: readonly ZodIssueLike[] };
}
interface SchemaLike<T> {
  safeParse(input: unknown): SafeParseLike<T>;
}

/** Converts zod issue paths (which may hold symbols) to string | number keys. */
export function toParseIssues(issues: readonly ZodIssueLike[]): ParseIssue[] {
  return issues.map((issue) => ({
    path: issue.path.map((key) => (typeof key === "number" ? key : String(key))),
    message: issue.message,
  }));
}

/**
 * Runs a schema and wraps the outcome. Extra semantic checks (`refine`) return more issues,
 * which are appended so that nothing is lost.
 */
export function parseWith<T>(
  schema: SchemaLike<T>,
  input: unknown,
  refine?: (value: T) => readonly ParseIssue[],
): ParseResult<T> {
  let result: SafeParseLike<T>;
  try {
    result = schema.safeParse(input);
  } catch (thrown) {
    // Getters or proxies in the input can throw inside the schema; that is bad input too.
    return fail([{ path: [], message: `input could not be read: ${thrown instanceof Error ? thrown.message : String(thrown)}` }]);
  }
  if (!result.success) return fail(toParseIssues(result.error?.issues ?? []));
  const value = result.data as T;
  const extra = refine ? refine(value) : [];
  if (extra.length > 0) return fail([...extra]);
  return { ok: true, value };
}

/** A failed parse result. */
export function fail(issues: readonly ParseIssue[]): ParseResult<never> {
  return { ok: false, error: { issues } };
}
