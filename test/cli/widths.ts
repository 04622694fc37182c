import { unbreakable } from "../../src/cli/table.js";

/**
 * The lines of a text wider than `width` characters, but those that are one token nobody may
 * break (a path or a URL, after the indentation): what a width test expects to be empty.
 */
export function overflowing(text: string, width: number): string[] {
  return text.split("\n").filter((line) => {
    if ([...line].length <= width) return false;
    const tokens = line.trim().split(/\s+/);
    return !(tokens.length === 1 && unbreakable(tokens[0] ?? ""));
  });
}
