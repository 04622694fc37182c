import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { getExercise } from "../../src/catalog/index.js";
import * as program from "../../src/program/index.js";
import * as report from "../../src/report/index.js";
import { safetyNetText } from "../../src/screening/index.js";
import { evaluateCheck, exampleChecks, tsdocChecks } from "../tsdocExamples.js";
import { athlete } from "./examplePlan.js";

// Every TSDoc example line followed by `// => <JSON value>` is evaluated and compared, so the
// examples in the API docs cannot drift. `athlete` is the example intake, as in the program's docs.
// The guide's examples (docs/report.md) are checked the same way.
const checks = [
  ...tsdocChecks(new URL("../../src/report/", import.meta.url)),
  ...exampleChecks("docs/report.md", readFileSync(new URL("../../docs/report.md", import.meta.url), "utf8")),
];

describe("TSDoc examples of src/report and the guide docs/report.md", () => {
  it("has examples to check", () => {
    expect(checks.filter((check) => check.file === "docs/report.md").length).toBeGreaterThanOrEqual(4);
  });

  it.each(checks.map((check) => [`${check.file}: ${check.expression.replace(/\s+/g, " ")}`, check] as const))("%s", (_name, check) => {
    expect(evaluateCheck(check, { ...program, ...report, athlete, getExercise, safetyNetText })).toEqual(check.expected);
  });
});
