import { describe, expect, it } from "vitest";
import * as progression from "../../src/progression/index.js";
import { evaluateCheck, tsdocChecks } from "../tsdocExamples.js";

// Every TSDoc example line followed by `// => <JSON value>` is evaluated and compared, so the
// examples in the API docs cannot drift. Results shown as objects with `...` are skipped.
const checks = tsdocChecks(new URL("../../src/progression/", import.meta.url));

describe("TSDoc examples of src/progression", () => {
  it("has examples to check", () => {
    expect(checks.length).toBeGreaterThanOrEqual(35);
  });

  it.each(checks.map((check) => [`${check.file}: ${check.expression.replace(/\s+/g, " ")}`, check] as const))("%s", (_name, check) => {
    expect(evaluateCheck(check, progression)).toEqual(check.expected);
  });
});
