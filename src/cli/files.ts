/**
 * Reading the user's files: JSON, and training logs as JSON or CSV. Every failure is one clear
 * line naming the file, never a stack trace.
 */
import { parse as parseCsv } from "csv-parse/sync";
import type { ParseIssue } from "../evidence/index.js";
import { badInput, CliError, type CliIo } from "./io.js";

/** The file argument that reads standard input. */
export const STDIN = "-";

/** A file as messages name it: `-` is "standard input". */
export function fileLabel(path: string): string {
  return path === STDIN ? "standard input" : path;
}

/** Reads a text file (`-`: standard input), turning Node's errors into one line. */
export function readText(io: CliIo, path: string): string {
  try {
    if (path === STDIN) {
      if (io.readStdin === undefined) throw badInput("standard input: this command line cannot read it");
      return io.readStdin();
    }
    return io.readFile(path);
  } catch (thrown) {
    if (thrown instanceof CliError) throw thrown;
    const code = (thrown as { code?: unknown } | null)?.code;
    const why =
      code === "ENOENT"
        ? "no such file"
        : code === "EISDIR"
          ? "it is a directory, not a file"
          : code === "EACCES" || code === "EPERM"
            ? "permission denied"
            : thrown instanceof Error
              ? thrown.message
              : String(thrown);
    throw badInput(`${fileLabel(path)}: cannot read ${path === STDIN ? "it" : "the file"}: ${why}`);
  }
}

/** Reads and parses a JSON file (`-`: standard input). */
export function readJson(io: CliIo, path: string): unknown {
  return parseJsonText(readText(io, path), path);
}

/** Parses the JSON text read from a file. */
export function parseJsonText(text: string, path: string): unknown {
  try {
    return JSON.parse(stripBom(text)) as unknown;
  } catch (thrown) {
    const detail = thrown instanceof Error ? thrown.message : String(thrown);
    throw badInput(`${fileLabel(path)}: not valid JSON (${detail})`);
  }
}

/** Whether text read from standard input is JSON (an object or array) rather than CSV. */
export function looksLikeJson(text: string): boolean {
  return /^\s*[[{]/.test(stripBom(text));
}

/** The columns a CSV training log must have, and the optional ones the CLI reads. */
export interface CsvColumns {
  readonly required: readonly string[];
  readonly optional: readonly string[];
  /** Columns whose cells are numbers (an empty cell is left out of the row). */
  readonly numeric: readonly string[];
  /** Groups of which at least one column must be present, e.g. `[["date", "startedAt"]]`. */
  readonly oneOf?: readonly (readonly string[])[];
}

/** A CSV file read into objects, with where each row sits in the file and the cells that are not numbers. */
export interface CsvTable {
  readonly rows: Record<string, unknown>[];
  /** The header's column names, in order. */
  readonly columns: readonly string[];
  /** The file's line number of each row (the header is row 1), for messages a person can find. */
  readonly rowNumbers: readonly number[];
  /** Numeric cells that are not plain decimal numbers, as `[row index, column]` paths; the cell stays text in its row. */
  readonly issues: readonly ParseIssue[];
}

/**
 * A plain decimal number as a spreadsheet writes it: digits, an optional minus sign and decimal
 * point. `Number()` alone would read `0x10` as 16, `1e3` as 1000 and `Infinity` as a load.
 */
const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * Reads a CSV file with a header row into one object per row. Wrong columns (missing, unknown or
 * named twice) are one line; numeric cells must be plain decimal numbers, and any other text is
 * kept in the row and listed in `issues`, so every bad cell is reported with its row and column.
 * An empty cell is left out of its row (absent, never 0).
 */
export function readCsv(io: CliIo, path: string, columns: CsvColumns): CsvTable {
  return parseCsvText(readText(io, path), path, columns);
}

/** Parses the CSV text read from a file (see {@link readCsv}). */
export function parseCsvText(text: string, file: string, columns: CsvColumns): CsvTable {
  const path = fileLabel(file);
  let records: { info: { lines: number }; record: string[] }[];
  try {
    records = parseCsv(stripBom(text), { skip_empty_lines: true, trim: true, relax_column_count: false, info: true }) as unknown as typeof records;
  } catch (thrown) {
    const detail = thrown instanceof Error ? thrown.message : String(thrown);
    throw badInput(`${path}: not valid CSV (${detail})`);
  }
  const [header, ...body] = records;
  if (header === undefined) throw badInput(`${path}: the CSV file is empty (expected a header row: ${columns.required.join(",")})`);
  const names = header.record.map((name) => name.trim());
  const missing = columns.required.filter((name) => !names.includes(name));
  for (const group of columns.oneOf ?? []) {
    if (!group.some((name) => names.includes(name))) missing.push(group.join(" or "));
  }
  const unknown = names.filter((name) => !columns.required.includes(name) && !columns.optional.includes(name));
  // A column named twice would let one of its cells silently win.
  const twice = [...new Set(names.filter((name, index) => names.indexOf(name) !== index))];
  if (missing.length > 0 || unknown.length > 0 || twice.length > 0) {
    const problems = [
      ...(missing.length > 0 ? [`missing ${missing.join(", ")}`] : []),
      ...(unknown.length > 0 ? [`unknown ${unknown.map((name) => name || "(a column with no name)").join(", ")}`] : []),
      ...(twice.length > 0 ? [`${twice.join(", ")} named more than once`] : []),
    ];
    throw badInput(
      `${path}: wrong CSV columns: ${problems.join("; ")} (the header may name ${[...columns.required, ...columns.optional].join(", ")}, each once; found ${names.join(", ") || "none"})`,
    );
  }
  const numeric = new Set(columns.numeric);
  const issues: ParseIssue[] = [];
  const rows = body.map(({ record: cells }, index) => {
    const row: Record<string, unknown> = {};
    names.forEach((name, column) => {
      const cell = cells[column] ?? "";
      if (cell === "") return;
      row[name] = cell;
      if (!numeric.has(name)) return;
      const value = Number(cell);
      if (!PLAIN_DECIMAL.test(cell)) {
        issues.push({ path: [index, name], message: `must be a plain decimal number such as 6 or 6.5, got ${JSON.stringify(cell)}` });
      } else if (!Number.isFinite(value)) {
        issues.push({ path: [index, name], message: `the number ${cell.length > 20 ? `${cell.slice(0, 20)}…` : cell} is too large` });
      } else {
        row[name] = value;
      }
    });
    return row;
  });
  // info.lines is the line a record ends on; a quoted cell may span lines.
  const rowNumbers = body.map(({ info, record }) => info.lines - record.reduce((sum, cell) => sum + cell.split("\n").length - 1, 0));
  return { rows, columns: names, rowNumbers, issues };
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
