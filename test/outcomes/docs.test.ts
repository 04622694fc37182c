import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as outcomes from "../../src/outcomes/index.js";
import { evaluateCheck, exampleChecks } from "../tsdocExamples.js";

// The guide's examples run against the module, so docs/outcomes.md cannot drift.
const guide = readFileSync(new URL("../../docs/outcomes.md", import.meta.url), "utf8");
const checks = exampleChecks("docs/outcomes.md", guide);

describe("docs/outcomes.md", () => {
  it("has examples to check", () => {
    expect(checks.length).toBeGreaterThanOrEqual(12);
  });

  it.each(checks.map((check) => [check.expression.replace(/\s+/g, " "), check] as const))("%s", (_name, check) => {
    expect(evaluateCheck(check, outcomes)).toEqual(check.expected);
  });

  it("O-3: ships no ODI wording and says the ODI is licensed; O-6 says RMDQ and PSFS codes are spinewise's own", () => {
    expect(guide).toMatch(/licensed\*\* through Mapi Research Trust/);
    expect(guide).toMatch(/no item wording and no Questionnaire/);
    expect(guide).toMatch(/We found no LOINC code for the RMDQ or the PSFS/);
  });
});
