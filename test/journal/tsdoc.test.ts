import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as journal from "../../src/journal/index.js";
import { evaluateCheck, tsdocChecks } from "../tsdocExamples.js";

// Every TSDoc example line followed by `// => <JSON value>` is evaluated and compared, so the
// examples in the API docs cannot drift. `athlete` is the example intake, as in the program's docs.
const checks = tsdocChecks(new URL("../../src/journal/", import.meta.url));
const athlete: unknown = JSON.parse(readFileSync(new URL("../../examples/athlete.json", import.meta.url), "utf8"));

describe("TSDoc examples of src/journal", () => {
  it("has examples to check", () => {
    expect(checks.length).toBeGreaterThanOrEqual(12);
  });

  it.each(checks.map((check) => [`${check.file}: ${check.expression.replace(/\s+/g, " ")}`, check] as const))("%s", (_name, check) => {
    expect(evaluateCheck(check, { ...journal, athlete })).toEqual(check.expected);
  });
});
