import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as evidence from "../../src/evidence/index.js";
import * as report from "../../src/report/index.js";
import * as screening from "../../src/screening/index.js";
import { allNo } from "../screening/answers.js";
import { evaluateCheck, exampleChecks } from "../tsdocExamples.js";

// The examples of docs/i18n.md run, so the guide cannot drift from the code.
const checks = exampleChecks("docs/i18n.md", readFileSync(new URL("../../docs/i18n.md", import.meta.url), "utf8"));
const tooYoung = screening.screen({ ...allNo, ageYears: 15 }).reasons[0];

describe("docs/i18n.md", () => {
  it("has examples to check", () => {
    expect(checks.length).toBeGreaterThanOrEqual(6);
  });

  it.each(checks.map((check) => [check.expression.replace(/\s+/g, " "), check] as const))("%s", (_name, check) => {
    expect(evaluateCheck(check, { ...evidence, ...screening, ...report, allNo, tooYoung })).toEqual(check.expected);
  });
});
