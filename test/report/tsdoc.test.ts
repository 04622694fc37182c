import { describe, expect, it } from "vitest";
import * as program from "../../src/program/index.js";
import * as report from "../../src/report/index.js";
import { evaluateCheck, tsdocChecks } from "../tsdocExamples.js";
import { athlete } from "./examplePlan.js";

// Every TSDoc example line followed by `// => <JSON value>` is evaluated and compared, so the
// examples in the API docs cannot drift. `athlete` is the example intake, as in the program's docs.
const checks = tsdocChecks(new URL("../../src/report/", import.meta.url));

describe("TSDoc examples of src/report", () => {
  it("has examples to check", () => {
    expect(checks.length).toBeGreaterThanOrEqual(2);
  });

  it.each(checks.map((check) => [`${check.file}: ${check.expression.replace(/\s+/g, " ")}`, check] as const))("%s", (_name, check) => {
    expect(evaluateCheck(check, { ...program, ...report, athlete })).toEqual(check.expected);
  });
});
