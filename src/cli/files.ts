/**
 * Reading the user's files: JSON, and training logs as JSON or CSV. Every failure is one clear
 * line naming the file, never a stack trace.
 */
import { parse as parseCsv } from "csv-parse/sync";
import { badInput, type CliIo } from "./io.js";

/** Reads a text file, turning Node's errors into one line. */
export function readText(io: CliIo, path: string): string {
  try {
    return io.readFile(path);
  } catch (thrown) {
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
    throw badInput(`${path}: cannot read the file: ${why}`);
  }
}

/** Reads and parses a JSON file. */
export function readJson(io: CliIo, path: string): unknown {
  const text = readText(io, path);
  try {
    return JSON.parse(stripBom(text)) as unknown;
  } catch (thrown) {
    const detail = thrown instanceof Error ? thrown.message : String(thrown);
    throw badInput(`${path}: not valid JSON (${detail})`);
  }
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

/**
 * Reads a CSV file with a header row into one object per row. Missing required columns are
 * one line; numeric cells become numbers (a cell that is not a number stays text, so the
 * schema reports it with its row and column).
 */
export function readCsv(io: CliIo, path: string, columns: CsvColumns): Record<string, unknown>[] {
  const text = readText(io, path);
  let rows: string[][];
  try {
    rows = parseCsv(stripBom(text), { skip_empty_lines: true, trim: true, relax_column_count: false }) as string[][];
  } catch (thrown) {
    const detail = thrown instanceof Error ? thrown.message : String(thrown);
    throw badInput(`${path}: not valid CSV (${detail})`);
  }
  const [header, ...body] = rows;
  if (header === undefined) throw badInput(`${path}: the CSV file is empty (expected a header row: ${columns.required.join(",")})`);
  const names = header.map((name) => name.trim());
  const missing = columns.required.filter((name) => !names.includes(name));
  for (const group of columns.oneOf ?? []) {
    if (!group.some((name) => names.includes(name))) missing.push(group.join(" or "));
  }
  const unknown = names.filter((name) => !columns.required.includes(name) && !columns.optional.includes(name));
  if (missing.length > 0 || unknown.length > 0) {
    const problems = [
      ...(missing.length > 0 ? [`missing ${missing.join(", ")}`] : []),
      ...(unknown.length > 0 ? [`unknown ${unknown.join(", ")}`] : []),
    ];
    throw badInput(
      `${path}: wrong CSV columns: ${problems.join("; ")} (the header may name ${[...columns.required, ...columns.optional].join(", ")}; found ${names.join(", ") || "none"})`,
    );
  }
  const numeric = new Set(columns.numeric);
  return body.map((cells) => {
    const row: Record<string, unknown> = {};
    names.forEach((name, index) => {
      const cell = cells[index] ?? "";
      if (cell === "") return;
      if (numeric.has(name)) {
        const value = Number(cell);
        row[name] = Number.isFinite(value) ? value : cell;
      } else {
        row[name] = cell;
      }
    });
    return row;
  });
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
