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
}

/** The real process: stdout, stderr and the file system. */
export const nodeIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readFileSync(path, "utf8"),
  writeFile: (path, text) => writeFileSync(path, text, "utf8"),
  appendFile: (path, text) => appendFileSync(path, text, "utf8"),
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
