/**
 * Reads the TSDoc examples of a source folder: every example line followed by `// => <JSON
 * value>` becomes a check of that expression, with the example's earlier `const` statements as
 * its setup. Results that are not JSON (objects shown with `...`) are skipped.
 */
import { readdirSync, readFileSync } from "node:fs";

export interface TsdocCheck {
  readonly file: string;
  readonly expression: string;
  readonly expected: unknown;
  readonly setup: string;
}

export function tsdocChecks(dir: URL): TsdocCheck[] {
  const checks: TsdocCheck[] = [];
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
  return checks;
}

/** Evaluates a check's expression after its setup, with the module's exports in scope. */
export function evaluateCheck(check: TsdocCheck, namespace: Record<string, unknown>): unknown {
  // The examples are TypeScript; `as const` is the only TS-only syntax they use.
  const js = (code: string) => code.replace(/ as const/g, "");
  const evaluate = new Function(...Object.keys(namespace), `${js(check.setup)}\nreturn (${js(check.expression)});`) as (...args: unknown[]) => unknown;
  return evaluate(...Object.values(namespace));
}
