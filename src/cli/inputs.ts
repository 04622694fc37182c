/**
 * Reading the inputs of the commands: an intake file into an assessment, a training log
 * (JSON or CSV) into sessions. Bad input becomes a {@link CliError} listing every issue.
 */
import { formatPath, type ParseIssue } from "../evidence/index.js";
import { loggedSessionSchema, parseTrainingLog, trainingLogSchema, type LoggedSession } from "../load/index.js";
import { assess, type Assessment } from "../program/index.js";
import { parseSessionCheckIn, type SessionCheckIn } from "../screening/index.js";
import { fileLabel, looksLikeJson, parseCsvText, parseJsonText, readJson, readText, STDIN } from "./files.js";
import { badInput, type CliIo } from "./io.js";

/** Every issue as `file: path: message`, one per line. */
export function issuesError(
  file: string,
  issues: readonly ParseIssue[],
  where: (path: readonly (string | number)[]) => string = formatPath,
): Error {
  const count = issues.length;
  return badInput(`${fileLabel(file)}: ${count} problem${count === 1 ? "" : "s"}:`, ...issues.map((issue) => `  ${where(issue.path)}: ${issue.message}`));
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

/** The fields of one logged session, from the library's schema: the CSV columns and the JSON keys. */
const SESSION_FIELDS: readonly string[] = Object.keys(loggedSessionSchema.shape);
/** The keys of a training log written as an object (`{ timeZone, sessions }`). */
const LOG_FIELDS: readonly string[] = Object.keys(trainingLogSchema.def.options[1].shape);

/** The columns of a CSV training log (one of `date`/`startedAt`; `rpe` and `durationMinutes`, or `loadAu`). */
export const LOG_COLUMNS: readonly string[] = SESSION_FIELDS;

/**
 * Reads a training log: `.csv` as CSV with a header row, anything else as JSON; standard input
 * (`-`) as JSON when it starts with `{` or `[`, else as CSV.
 */
export function readTrainingLog(io: CliIo, file: string): readonly LoggedSession[] {
  const text = readText(io, file);
  const csv = file === STDIN ? !looksLikeJson(text) : file.toLowerCase().endsWith(".csv");
  if (csv) return readCsvTrainingLog(text, file);
  const input = parseJsonText(text, file);
  const result = parseTrainingLog(input);
  // A misspelt key (`timezone`) would otherwise be dropped without a word.
  const unknown = unknownFields(input);
  if (result.ok && unknown.length === 0) return result.value;
  const issues = result.ok ? [] : result.error.issues;
  const reported = new Set(issues.map((issue) => formatPath(issue.path)));
  throw issuesError(file, [...issues, ...unknown.filter((issue) => !reported.has(formatPath(issue.path)))]);
}

/**
 * A CSV log: cells that are not plain numbers and the parser's issues, each named by the row of
 * the file and its column (`row 3, column rpe`).
 */
function readCsvTrainingLog(text: string, file: string): readonly LoggedSession[] {
  const table = parseCsvText(text, file, {
    required: [],
    optional: LOG_COLUMNS,
    numeric: ["rpe", "durationMinutes", "loadAu"],
    oneOf: [["date", "startedAt"], ["rpe", "loadAu"]],
  });
  const result = parseTrainingLog(table.rows);
  if (result.ok && table.issues.length === 0) return result.value;
  // A bad cell is reported once, as read; the parser's own complaint about that text is left out.
  const bad = new Set(table.issues.map((issue) => formatPath(issue.path)));
  const issues = [...table.issues, ...(result.ok ? [] : result.error.issues.filter((issue) => !bad.has(formatPath(issue.path))))];
  // In file order: by row, then by column as the header has them.
  const place = ([index, column]: readonly (string | number)[]): [number, number] => [
    typeof index === "number" ? index : -1,
    typeof column === "string" && table.columns.includes(column) ? table.columns.indexOf(column) : table.columns.length,
  ];
  const sorted = issues
    .map((issue, order) => ({ issue, order, at: place(issue.path) }))
    .sort((a, b) => a.at[0] - b.at[0] || a.at[1] - b.at[1] || a.order - b.order);
  throw issuesError(
    file,
    sorted.map(({ issue }) => issue),
    (path) => {
      const [index, column, ...rest] = path;
      if (typeof index !== "number") return formatPath(path);
      const row = `row ${table.rowNumbers[index] ?? index + 2}`;
      if (column === undefined) return row;
      return `${row}, column ${formatPath([column, ...rest])}`;
    },
  );
}

/** Keys of a JSON training log that the log does not have, each with its path. */
function unknownFields(input: unknown): ParseIssue[] {
  const issues: ParseIssue[] = [];
  const check = (value: unknown, known: readonly string[], path: readonly (string | number)[]): void => {
    if (value === null || typeof value !== "object" || Array.isArray(value)) return;
    for (const key of Object.keys(value)) {
      if (!known.includes(key)) issues.push({ path: [...path, key], message: unknownFieldMessage(key, known) });
    }
  };
  let sessions: unknown = input;
  let prefix: readonly (string | number)[] = [];
  if (input !== null && typeof input === "object" && !Array.isArray(input)) {
    check(input, LOG_FIELDS, []);
    sessions = Object.hasOwn(input, "sessions") ? (input as { sessions?: unknown }).sessions : undefined;
    prefix = ["sessions"];
  }
  if (Array.isArray(sessions)) sessions.forEach((session: unknown, index) => check(session, SESSION_FIELDS, [...prefix, index]));
  return issues;
}

function unknownFieldMessage(key: string, known: readonly string[]): string {
  const near = known.find((name) => name.toLowerCase() === key.toLowerCase());
  return `unknown field ${JSON.stringify(key)}: check the spelling${near === undefined ? ` (known: ${known.join(", ")})` : ` (did you mean ${JSON.stringify(near)}?)`}`;
}
