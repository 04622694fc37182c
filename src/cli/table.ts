/**
 * Plain-text tables for the human-readable output.
 */

/** Column alignment. */
export type Align = "left" | "right";

/**
 * Lays rows out under a header with padded columns and a rule under the header.
 * Numbers should arrive already formatted; `align` right-aligns them.
 */
export function table(headers: readonly string[], rows: readonly (readonly string[])[], align: readonly Align[] = []): string {
  const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => (row[column] ?? "").length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, column) => {
        const width = widths[column] ?? 0;
        return align[column] === "right" ? cell.padStart(width) : cell.padEnd(width);
      })
      .join("  ")
      .trimEnd();
  return [line(headers), widths.map((width) => "─".repeat(width)).join("  "), ...rows.map(line)].join("\n");
}

/** Formats a number with fixed decimals, or an en dash for `null`. */
export function num(value: number | null | undefined, decimals = 0): string {
  return value === null || value === undefined || !Number.isFinite(value) ? "–" : value.toFixed(decimals);
}

/** A heading line with a rule under it. */
export function heading(text: string): string {
  return `${text}\n${"═".repeat(text.length)}`;
}

/** Wraps text at a width, indenting continuation lines. */
export function wrap(text: string, width = 96, indent = ""): string {
  const lead = /^\s*/.exec(text)?.[0] ?? "";
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = lead;
  for (const word of words) {
    if (current.trim() !== "" && current.length + 1 + word.length > width) {
      lines.push(current);
      current = indent + word;
    } else {
      current = current.trim() === "" ? `${current}${word}` : `${current} ${word}`;
    }
  }
  if (current.trim() !== "") lines.push(current);
  return lines.join("\n");
}
