/**
 * Plain-text layout for the human-readable output, at the terminal's width: wrapped paragraphs,
 * lines cut to one, and tables that wrap their cells, or list each row's cells under it when the
 * columns cannot fit side by side.
 */

/** Column alignment. */
export type Align = "left" | "right";

/** A table row: its cells, or one line of text across the table (a section title). */
export type Row = readonly string[] | { readonly span: string };

/** The characters a line takes (code points: every character spinewise prints is one column wide). */
export function textWidth(text: string): number {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}

function sliceText(text: string, end: number): string {
  return [...text].slice(0, end).join("");
}

/**
 * A token nobody may break: a path or a URL is copied as it is. Anything else longer than a line
 * breaks after the hyphens between its words (never inside a date), then anywhere.
 */
export function unbreakable(token: string): boolean {
  return token.includes("/") || token.includes("://");
}

/** A word's pieces after each hyphen that follows a letter: `single-|leg`, but `2026-03-30` whole. */
function hyphenParts(word: string): string[] {
  return word.split(/(?<=\p{L}-)/u);
}

/** Pieces of a word, each at most `room` long (a path or URL stays whole). */
function breakWord(word: string, room: number): string[] {
  if (textWidth(word) <= room || unbreakable(word) || room < 1) return [word];
  const pieces: string[] = [];
  let current = "";
  for (const part of hyphenParts(word)) {
    if (current !== "" && textWidth(current) + textWidth(part) > room) {
      pieces.push(current);
      current = "";
    }
    current += part;
    while (textWidth(current) > room) {
      pieces.push(sliceText(current, room));
      current = [...current].slice(room).join("");
    }
  }
  if (current !== "") pieces.push(current);
  return pieces;
}

/**
 * Wraps text at a width: the text's own leading spaces start the first line, `indent` starts the
 * others. A word longer than a line breaks after its hyphens (a path or URL stays whole, and is
 * the only thing that may run past the width).
 */
export function wrap(text: string, width: number, indent = ""): string {
  const lead = /^[^\S\n]*/.exec(text)?.[0] ?? "";
  // Each word with the spaces before it: a line keeps them (`Safety:     proceed`); a line break
  // or a new line of text replaces them.
  const words = [...text.slice(lead.length).matchAll(/(\s*)(\S+)/g)].map(([, space = "", word = ""]) => ({ space: space.includes("\n") ? " " : space, word }));
  const lines: string[] = [];
  let current = lead;
  const push = (word: string, space: string): void => {
    if (current.trim() !== "" && textWidth(current) + textWidth(space) + textWidth(word) > width) {
      lines.push(current);
      current = indent + word;
    } else {
      current = current.trim() === "" ? `${current}${word}` : `${current}${space}${word}`;
    }
  };
  for (const { space, word } of words) {
    const room = width - Math.max(textWidth(indent), current.trim() === "" ? textWidth(current) : 0);
    breakWord(word, Math.max(1, room)).forEach((piece, index) => push(piece, index === 0 ? space : ""));
  }
  if (current.trim() !== "") lines.push(current);
  return lines.join("\n");
}

/** Cuts text to one line of the width, ending with `…` when something was left out. */
export function truncate(text: string, width: number): string {
  const lead = /^[^\S\n]*/.exec(text)?.[0] ?? "";
  const flat = `${lead}${text.slice(lead.length).replace(/\s*\n\s*/g, " ")}`.trimEnd();
  if (textWidth(flat) <= width) return flat;
  return `${sliceText(flat, Math.max(0, width - 1)).trimEnd()}…`;
}

/** Formats a number with fixed decimals, or an en dash for `null`. */
export function num(value: number | null | undefined, decimals = 0): string {
  return value === null || value === undefined || !Number.isFinite(value) ? "–" : value.toFixed(decimals);
}

/** A heading line with a rule under it, both within the width. */
export function heading(text: string, width: number): string {
  const lines = wrap(text, width).split("\n");
  return `${lines.join("\n")}\n${"═".repeat(Math.min(width, Math.max(...lines.map(textWidth))))}`;
}

/** "1 day", "2 days": a count with its noun, plural when it is not 1 (`plural` for irregular ones). */
export function count(value: number, noun: string, plural = `${noun}s`): string {
  return `${value} ${value === 1 ? noun : plural}`;
}

/**
 * Terms and their descriptions in two columns (`--days N   training days a week`); the
 * description goes under its term when the term is long or the width narrow.
 */
export function definitions(items: readonly (readonly [string, string])[], width: number, indent = "  "): string {
  const termWidth = Math.min(Math.max(0, ...items.map(([term]) => textWidth(term))), 24);
  const beside = width - textWidth(indent) - termWidth - 2 >= 30;
  return items
    .map(([term, text]) => {
      if (text === "") return wrap(`${indent}${term}`, width, indent);
      if (beside && textWidth(term) <= termWidth) {
        const pad = `${indent}${" ".repeat(termWidth + 2)}`;
        return wrap(`${indent}${term.padEnd(termWidth + 2)}${text}`, width, pad);
      }
      return `${wrap(`${indent}${term}`, width, indent)}\n${wrap(`${indent}    ${text}`, width, `${indent}    `)}`;
    })
    .join("\n");
}

/**
 * A shell command within the width: broken between arguments with a ` \` continuation, so it can
 * be copied as it is.
 */
export function commandLine(command: string, width: number, indent = "  "): string {
  // An option and its value stay together: `--days 3` is one piece.
  const words = command.split(" ").reduce<string[]>((pieces, word) => {
    const last = pieces[pieces.length - 1];
    if (last !== undefined && /^--?[a-z]/.test(last) && !last.includes(" ") && !word.startsWith("-") && word !== "|" && word !== "<" && word !== ">") {
      pieces[pieces.length - 1] = `${last} ${word}`;
    } else pieces.push(word);
    return pieces;
  }, []);
  const lines: string[] = [];
  let current = indent;
  const more = `${indent}    `;
  for (const word of words) {
    const start = current === indent || current === more;
    if (!start && textWidth(current) + 1 + textWidth(word) + 2 > width) {
      lines.push(`${current} \\`);
      current = more + word;
    } else current = start ? current + word : `${current} ${word}`;
  }
  lines.push(current);
  return lines.join("\n");
}

function isCells(row: Row): row is readonly string[] {
  return Array.isArray(row);
}

/** The narrowest a cell can wrap to without cutting a word: its longest word, or piece of a hyphenated one. */
function longestWord(text: string): number {
  return Math.max(0, ...text.split(/\s+/).map((word) => (unbreakable(word) ? textWidth(word) : Math.max(...hyphenParts(word).map(textWidth)))));
}

/** A cell's leading spaces, and the indentation of its wrapped lines (two more, when it has any). */
function cellIndent(cell: string): { lead: string; more: string } {
  const lead = /^\s*/.exec(cell)?.[0] ?? "";
  return { lead, more: lead === "" ? "" : `${lead}  ` };
}

/**
 * Lays rows out under a header within a width. Cells wrap when the columns are too wide together;
 * when even that cannot fit, each row is its first cell on a line, then `header: cell` lines under
 * it. Numbers should arrive already formatted; `align` right-aligns them. A `{ span }` row is a
 * line of text across the table.
 */
export function table(headers: readonly string[], rows: readonly Row[], width: number, align: readonly Align[] = []): string {
  const cellRows = rows.filter(isCells);
  const columns = headers.map((header, column) => [header, ...cellRows.map((row) => row[column] ?? "")]);
  const natural = columns.map((cells) => Math.max(...cells.map(textWidth)));
  // Numbers never wrap (their header may); text wraps down to its longest word (a hyphenated word
  // breaks after a hyphen), with the indentation of its wrapped lines.
  const least = columns.map(([header = "", ...cells], column) =>
    align[column] === "right"
      ? Math.max(longestWord(header), ...cells.map(textWidth))
      : Math.max(longestWord(header), ...cells.map((cell) => (textWidth(cell) <= longestWord(cell) ? textWidth(cell) : longestWord(cell) + textWidth(cellIndent(cell).more)))),
  );
  const sum = (widths: readonly number[]): number => widths.reduce((total, value) => total + value, 0);
  // Two spaces between columns, one when that is what makes them fit.
  const gap = sum(least) + 2 * (headers.length - 1) <= width ? 2 : 1;
  const total = (widths: readonly number[]): number => sum(widths) + gap * (widths.length - 1);
  if (total(least) > width) return stacked(headers, rows, width);
  const widths = [...natural];
  // Wrap headers first (a header wider than its cells: `load AU` over `3590`), then the widest
  // cells, one column a step at a time.
  const cellWidths = columns.map(([, ...cells]) => Math.max(0, ...cells.map(textWidth)));
  for (const floor of [(column: number) => Math.max(least[column] ?? 0, cellWidths[column] ?? 0), (column: number) => least[column] ?? 0]) {
    while (total(widths) > width) {
      let widest = -1;
      widths.forEach((value, column) => {
        if (value > floor(column) && (widest < 0 || value > (widths[widest] ?? 0))) widest = column;
      });
      if (widest < 0) break;
      widths[widest] = (widths[widest] ?? 0) - 1;
    }
  }
  const line = (cells: readonly string[]): string[] => {
    const wrapped = widths.map((cellWidth, column) => {
      const cell = cells[column] ?? "";
      return textWidth(cell) <= cellWidth ? [cell] : wrap(cell, cellWidth, cellIndent(cell).more).split("\n");
    });
    const height = Math.max(...wrapped.map((lines) => lines.length));
    return Array.from({ length: height }, (_, index) =>
      wrapped
        .map((lines, column) => {
          const text = lines[index] ?? "";
          const pad = (widths[column] ?? 0) - textWidth(text);
          return align[column] === "right" ? `${" ".repeat(Math.max(0, pad))}${text}` : `${text}${" ".repeat(Math.max(0, pad))}`;
        })
        .join(" ".repeat(gap))
        .trimEnd(),
    );
  };
  return [
    ...line(headers),
    widths.map((value) => "─".repeat(value)).join(" ".repeat(gap)),
    ...rows.flatMap((row) => (isCells(row) ? line(row) : [wrap(row.span, width, "  ")])),
  ].join("\n");
}

/** Each row as its first cell, then `header: cell` under it: for widths no columns fit. */
function stacked(headers: readonly string[], rows: readonly Row[], width: number): string {
  return rows
    .flatMap((row) => {
      if (!isCells(row)) return [wrap(row.span, width, "  ")];
      const [first = "", ...rest] = row;
      const lead = /^\s*/.exec(first)?.[0] ?? "";
      return [
        wrap(first, width, `${lead}  `),
        ...rest.flatMap((cell, index) => {
          if (cell.trim() === "") return [];
          const header = headers[index + 1] ?? "";
          return [wrap(`${lead}    ${header === "" ? "" : `${header}: `}${cell.trim()}`, width, `${lead}      `)];
        }),
      ];
    })
    .join("\n");
}
