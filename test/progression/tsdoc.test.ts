import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as progression from "../../src/progression/index.js";

// Every TSDoc example line followed by `// => <JSON value>` is evaluated and compared, so the
// examples in the API docs cannot drift. Results shown as objects with `...` are skipped.
const dir = new URL("../../src/progression/", import.meta.url);
const checks: { file: string; expression: string; expected: unknown; setup: string }[] = [];
for (const file of readdirSync(dir).filter((name) => name.endsWith(".ts"))) {
  const source = readFileSync(new URL(file, dir), "utf8");
  for (const match of source.matchAll(/```ts\n([\s\S]*?)```/g)) {
    const lines = match[1]!.split("\n").map((line) => line.replace(/^\s*\* ?/, ""));
    const statements: string[] = [];
    let current = "";
    for (const line of lines) {
      const result = /^\/\/ => (.*)$/.exec(line.trim());
      if (result !== null) {
        let expected: unknown;
        try {
          expected = JSON.parse(result[1]!);
        } catch {
          current = "";
          continue;
        }
        checks.push({ file, expression: current.trim().replace(/;$/, ""), expected, setup: statements.join("\n") });
        current = "";
      } else if (/^(const|let) /.test(line.trim()) || current.startsWith("const") || current.startsWith("let")) {
        current += `${line}\n`;
        if (/;\s*$/.test(line)) {
          statements.push(current);
          current = "";
        }
      } else {
        current += `${line}\n`;
      }
    }
  }
}

describe("TSDoc examples of src/progression", () => {
  it("has examples to check", () => {
    expect(checks.length).toBeGreaterThanOrEqual(35);
  });

  it.each(checks.map((check) => [`${check.file}: ${check.expression.replace(/\s+/g, " ")}`, check] as const))("%s", (_name, check) => {
    const names = Object.keys(progression);
    // The examples are TypeScript; `as const` is their only TS-only syntax.
    const js = (code: string) => code.replace(/ as const/g, "");
    const evaluate = new Function(...names, `${js(check.setup)}\nreturn (${js(check.expression)});`) as (...args: unknown[]) => unknown;
    expect(evaluate(...Object.values(progression))).toEqual(check.expected);
  });
});
