/**
 * What the command line touches outside itself, passed in so that tests run every command
 * in-process with in-memory files.
 */
import { appendFileSync, readFileSync, writeFileSync } from "node:fs";

/** The command line's view of the outside world. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Reads a UTF-8 text file; throws Node's errors (`ENOENT`, `EISDIR`, …). */
  readonly readFile: (path: string) => string;
  readonly writeFile: (path: string, text: string) => void;
  /** Appends to a text file in one write, creating it when missing (`spinewise journal`: append-only, J-1). */
  readonly appendFile?: (path: string, text: string) => void;
  /** Reads all of standard input as UTF-8 text (a file argument `-`); absent where there is none. */
  readonly readStdin?: () => string;
  /** The width human output wraps at (see {@link terminalWidth}); 80 when absent. */
  readonly columns?: number;
}

/** The narrowest width the output is laid out for: a smaller `COLUMNS` counts as this. */
export const MIN_COLUMNS = 20;

/**
 * The width to wrap human output at: `COLUMNS` when it is set to a whole number, else the
 * terminal's width when stdout is a terminal, else 80 (a pipe or a file).
 */
export function terminalWidth(env: Readonly<Record<string, string | undefined>>, stdout: { readonly isTTY?: boolean; readonly columns?: number }): number {
  const fromEnv = env.COLUMNS?.trim() ?? "";
  if (/^\d+$/.test(fromEnv) && Number(fromEnv) > 0) return Math.max(MIN_COLUMNS, Number(fromEnv));
  if (stdout.isTTY === true && typeof stdout.columns === "number" && stdout.columns > 0) return Math.max(MIN_COLUMNS, stdout.columns);
  return 80;
}

/** The real process: stdout, stderr and the file system. */
export const nodeIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readFileSync(path, "utf8"),
  writeFile: (path, text) => writeFileSync(path, text, "utf8"),
  appendFile: (path, text) => appendFileSync(path, text, "utf8"),
  readStdin: () => readFileSync(0, "utf8"),
  get columns() {
    return terminalWidth(process.env, process.stdout);
  },
};

/** Exit codes: 0 ok, 1 bad input, 2 usage. */
export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 1;
export const EXIT_USAGE = 2;

/**
 * A problem the user can fix: printed as its lines (never a stack trace) with its exit code.
 */
export class CliError extends Error {
  readonly exitCode: number;
  readonly lines: readonly string[];
  constructor(exitCode: number, lines: readonly string[]) {
    super(lines.join("\n"));
    this.name = "CliError";
    this.exitCode = exitCode;
    this.lines = lines;
  }
}

/** A bad-input error (exit 1). */
export function badInput(...lines: string[]): CliError {
  return new CliError(EXIT_BAD_INPUT, lines);
}

/** A usage error (exit 2). */
export function usageError(...lines: string[]): CliError {
  return new CliError(EXIT_USAGE, lines);
}
