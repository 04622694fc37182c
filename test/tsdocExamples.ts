/**
 * Reads the TSDoc examples of a source folder: every example line followed by `// => <JSON
 * value>` becomes a check of that expression, with the example's earlier `const` statements as
 * its setup. Results that are not JSON (objects shown with `...`) are skipped.
 */
import { readdirSync, readFileSync } from "node:fs";
import ts from "typescript";

export interface TsdocCheck {
  readonly file: string;
  readonly expression: string;
  readonly expected: unknown;
  readonly setup: string;
}

/** The checks of one file's ```ts blocks (TSDoc comments or Markdown); `import` lines are left out. */
export function exampleChecks(file: string, source: string): TsdocCheck[] {
  const checks: TsdocCheck[] = [];
  for (const match of source.matchAll(/```ts\n([\s\S]*?)```/g)) {
    const lines = match[1]!
      .split("\n")
      .map((line) => line.replace(/^\s*\* ?/, ""))
      .filter((line) => !line.startsWith("import "));
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
  return checks;
}

/** The checks of every TSDoc example in a source folder. */
export function tsdocChecks(dir: URL): TsdocCheck[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".ts"))
    .flatMap((file) => exampleChecks(file, readFileSync(new URL(file, dir), "utf8")));
}

/** Evaluates a check's expression after its setup, with the module's exports in scope (TypeScript compiled to JavaScript first). */
export function evaluateCheck(check: TsdocCheck, namespace: Record<string, unknown>): unknown {
  const source = `function example(${Object.keys(namespace).join(", ")}) {\n${check.setup}\nreturn (${check.expression});\n}`;
  const js = ts.transpileModule(source, { compilerOptions: { target: ts.ScriptTarget.ES2022 } }).outputText;
  const example = new Function(`${js}\nreturn example;`)() as (...args: unknown[]) => unknown;
  return example(...Object.values(namespace));
}
