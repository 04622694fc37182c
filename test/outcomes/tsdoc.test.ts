import { describe, expect, it } from "vitest";
import * as outcomes from "../../src/outcomes/index.js";
import { evaluateCheck, tsdocChecks } from "../tsdocExamples.js";

// Every TSDoc example of src/outcomes with a `// =>` result is run, so the API docs cannot drift.
const checks = tsdocChecks(new URL("../../src/outcomes/", import.meta.url));

describe("TSDoc examples of src/outcomes", () => {
  it("has examples to check", () => {
    expect(checks.length).toBeGreaterThanOrEqual(25);
  });

  it.each(checks.map((check) => [`${check.file}: ${check.expression.replace(/\s+/g, " ")}`, check] as const))("%s", (_name, check) => {
    expect(evaluateCheck(check, outcomes)).toEqual(check.expected);
  });
});
