/**
 * Reading the inputs of the commands: an intake file into an assessment, a training log
 * (JSON or CSV) into sessions. Bad input becomes a {@link CliError} listing every issue.
 */
import { formatPath, type ParseIssue } from "../evidence/index.js";
import { parseTrainingLog, type LoggedSession } from "../load/index.js";
import { assess, type Assessment } from "../program/index.js";
import { parseSessionCheckIn, type SessionCheckIn } from "../screening/index.js";
import { readCsv, readJson } from "./files.js";
import { badInput, type CliIo } from "./io.js";

/** Every issue as `file: path: message`, one per line. */
export function issuesError(file: string, issues: readonly ParseIssue[]): Error {
  const count = issues.length;
  return badInput(
    `${file}: ${count} problem${count === 1 ? "" : "s"}:`,
    ...issues.map((issue) => `  ${formatPath(issue.path)}: ${issue.message}`),
  );
}

/** Reads an intake file and assesses it. */
export function readAssessment(io: CliIo, file: string): Assessment {
  const result = assess(readJson(io, file));
  if (!result.ok) throw issuesError(file, result.error.issues);
  return result.value;
}

/** Reads today's check-in answers (S-9) from a JSON file. */
export function readCheckIn(io: CliIo, file: string): SessionCheckIn {
  const result = parseSessionCheckIn(readJson(io, file));
  if (!result.ok) throw issuesError(file, result.error.issues);
  return result.value;
}

/** The columns of a CSV training log (one of `date`/`startedAt`; `rpe` and `durationMinutes`, or `loadAu`). */
export const LOG_COLUMNS = ["date", "startedAt", "timeZone", "rpe", "durationMinutes", "loadAu", "id", "note"] as const;

/** Reads a training log: `.csv` as CSV with a header row, anything else as JSON. */
export function readTrainingLog(io: CliIo, file: string): readonly LoggedSession[] {
  let input: unknown;
  if (file.toLowerCase().endsWith(".csv")) {
    const rows = readCsv(io, file, {
      required: [],
      optional: LOG_COLUMNS,
      numeric: ["rpe", "durationMinutes", "loadAu"],
      oneOf: [["date", "startedAt"], ["rpe", "loadAu"]],
    });
    input = rows;
  } else {
    input = readJson(io, file);
  }
  const result = parseTrainingLog(input);
  if (!result.ok) throw issuesError(file, result.error.issues);
  return result.value;
}
