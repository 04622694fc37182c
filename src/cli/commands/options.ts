/**
 * Checks shared by the commands' options.
 */
import { isIsoDate, ISO_DATE_RULE } from "../../internal/calendar.js";
import { badInput, usageError, type CliIo } from "../io.js";

/** A string option restricted to a list, with a default. */
export function oneOfOption<const T extends string>(flag: string, value: unknown, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (typeof value === "string" && (allowed as readonly string[]).includes(value)) return value as T;
  throw usageError(`${flag} must be one of ${allowed.join(", ")}, got ${JSON.stringify(value)}`);
}

/** A whole-number option within bounds. */
export function intOption(flag: string, value: unknown, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const number = typeof value === "string" && /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isInteger(number) || number < min || number > max) {
    throw usageError(`${flag} must be a whole number from ${min} to ${max}, got ${JSON.stringify(value)}`);
  }
  return number;
}

/** An ISO date option: a real calendar date within the supported range. */
export function dateOption(flag: string, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (isIsoDate(value)) return value;
  throw usageError(`${flag} must be ${ISO_DATE_RULE}, got ${JSON.stringify(value)}`);
}

/** An IANA time zone option (default UTC). */
export function checkTimeZone(value: unknown): string {
  if (value === undefined) return "UTC";
  if (typeof value === "string") {
    try {
      new Intl.DateTimeFormat("en", { timeZone: value });
      return value;
    } catch {
      // fall through to the usage error
    }
  }
  throw usageError(`--time-zone must be an IANA time zone such as Europe/London, got ${JSON.stringify(value)}`);
}

/** A comma-separated or repeated list option, each item checked against a vocabulary. */
export function listOption<T extends string>(flag: string, value: unknown, allowed: readonly T[]): T[] | undefined {
  if (value === undefined) return undefined;
  const raw = (Array.isArray(value) ? value : [value]).flatMap((item) => String(item).split(","));
  const items = raw.map((item) => item.trim()).filter((item) => item !== "");
  const unknown = items.filter((item) => !(allowed as readonly string[]).includes(item));
  if (unknown.length > 0) throw usageError(`${flag}: unknown value${unknown.length === 1 ? "" : "s"} ${unknown.join(", ")} (known: ${allowed.join(", ")})`);
  return items as T[];
}

/** Writes an output file, turning Node's errors into one line. */
export function writeOutput(io: CliIo, path: string, text: string): void {
  try {
    io.writeFile(path, text);
  } catch (thrown) {
    const code = (thrown as { code?: unknown } | null)?.code;
    throw badInput(`${path}: cannot write the file: ${code === "ENOENT" ? "no such directory" : code === "EISDIR" ? "it is a directory" : thrown instanceof Error ? thrown.message : String(thrown)}`);
  }
}
