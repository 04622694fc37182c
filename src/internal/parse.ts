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
    return unreadable(thrown);
  }
  if (!result.success) return fail(toParseIssues(result.error?.issues ?? []));
  const value = result.data as T;
  const extra = refine ? refine(value) : [];
  if (extra.length > 0) return fail([...extra]);
  return { ok: true, value };
}

/** The result for input that threw while it was read: getters or proxies in the input can throw; that is bad input too. */
export function unreadable(thrown: unknown): ParseResult<never> {
  // What was thrown may not be writable either (an object with no prototype).
  let why = "reading it threw";
  try {
    why = thrown instanceof Error ? thrown.message : String(thrown);
  } catch {}
  return fail([{ path: [], message: `input could not be read: ${why}` }]);
}

/** A failed parse result. */
export function fail(issues: readonly ParseIssue[]): ParseResult<never> {
  return { ok: false, error: { issues } };
}
