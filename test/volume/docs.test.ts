/**
 * Runs every ```ts block of docs/volume.md in order, in one scope, and checks each `// =>`
 * line against the expression on the line above it (objects and arrays on the fields shown).
 */
import { readFileSync } from "node:fs";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import * as volume from "../../src/volume/index.js";

const doc = readFileSync(new URL("../../docs/volume.md", import.meta.url), "utf8");

interface Check {
  readonly line: number;
  readonly source: string;
}

/** The ```ts blocks of the guide, in order, import lines turned into lookups. */
function codeOf(markdown: string): string {
  const out: string[] = [];
  let inBlock = false;
  for (const line of markdown.split("\n")) {
    if (!inBlock) {
      if (line.trim() === "```ts") inBlock = true;
      continue;
    }
    if (line.trim() === "```") {
      inBlock = false;
      continue;
    }
    const importMatch = /^import (type )?\{([^}]*)\} from "spinewise\/volume";$/.exec(line.trim());
    if (importMatch) {
      if (importMatch[1] === undefined) out.push(`const {${importMatch[2]}} = __modules["spinewise/volume"];`);
      continue;
    }
    out.push(line);
  }
  return out.join("\n");
}

/**
 * Wraps every top-level expression statement followed by a `// =>` comment into
 * `__check(expression, expected, index)`; the expected value may continue on further comment lines.
 */
function toRunnable(markdown: string): { body: string; checks: Check[] } {
  const code = codeOf(markdown);
  const file = ts.createSourceFile("volume.md.ts", code, ts.ScriptTarget.ES2022, true);
  const statements = file.statements;
  const edits: { start: number; end: number; text: string }[] = [];
  const checks: Check[] = [];
  statements.forEach((statement, i) => {
    const gapEnd = i + 1 < statements.length ? statements[i + 1]!.getStart(file) : code.length;
    const gap = code.slice(statement.end, gapEnd);
    const match = /^[^\n]*\n?\s*\/\/ =>(.*(?:\n\s*\/\/ {2,}.*)*)/.exec(gap);
    if (match === null || !ts.isExpressionStatement(statement)) return;
    const expected = match[1]!.replace(/\n\s*\/\//g, "\n");
    const expression = statement.expression.getText(file);
    edits.push({ start: statement.getStart(file), end: statement.end, text: `__check(${expression}, (${expected}\n), ${checks.length});` });
    checks.push({ line: file.getLineAndCharacterOfPosition(statement.getStart(file)).line + 1, source: expression.split("\n")[0]! });
  });
  let rewritten = code;
  for (const edit of [...edits].reverse()) rewritten = rewritten.slice(0, edit.start) + edit.text + rewritten.slice(edit.end);
  const body = ts.transpileModule(rewritten, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } }).outputText;
  return { body, checks };
}

describe("docs/volume.md", () => {
  const { body, checks } = toRunnable(doc);

  it("has worked examples to check", () => {
    expect(checks.length).toBeGreaterThanOrEqual(25);
  });

  it("every // => result in the guide is what the code returns (V-1…V-8 worked examples)", () => {
    const results: { index: number; actual: unknown; expected: unknown }[] = [];
    const run = new Function("__modules", "__check", body) as (modules: unknown, check: (actual: unknown, expected: unknown, index: number) => void) => void;
    run({ "spinewise/volume": volume }, (actual, expected, index) => results.push({ index, actual, expected }));
    expect(results.map((result) => result.index)).toEqual(checks.map((_, index) => index));
    for (const { index, actual, expected } of results) {
      const where = `docs/volume.md code line ${checks[index]!.line}: ${checks[index]!.source}`;
      if (expected !== null && typeof expected === "object") expect(actual, where).toMatchObject(expected as object);
      else expect(actual, where).toEqual(expected);
    }
  });
});
