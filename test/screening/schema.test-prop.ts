import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { parseScreeningInput, parseSessionCheckIn } from "../../src/screening/index.js";
import { screeningInput, sessionCheckIn } from "./arbitraries.js";

const isIssueList = (result: ReturnType<typeof parseScreeningInput>): boolean =>
  result.ok ||
  (result.error.issues.length > 0 &&
    result.error.issues.every((issue) => typeof issue.message === "string" && issue.message.length > 0 && Array.isArray(issue.path)));

describe("screening boundary fuzz", () => {
  test.prop([fc.anything()])("parseScreeningInput never throws and returns issues", (value) => {
    expect(isIssueList(parseScreeningInput(value))).toBe(true);
  });
  test.prop([fc.anything()])("parseSessionCheckIn never throws and returns issues", (value) => {
    expect(isIssueList(parseSessionCheckIn(value))).toBe(true);
  });
  test.prop([screeningInput(), fc.string({ maxLength: 12 }), fc.anything()])(
    "parseScreeningInput never throws on a valid intake with one field replaced",
    (input, key, value) => {
      expect(isIssueList(parseScreeningInput({ ...input, [key]: value }))).toBe(true);
    },
  );
  test.prop([screeningInput()])("every generated intake parses back to itself", (input) => {
    expect(parseScreeningInput(input)).toEqual({ ok: true, value: input });
  });
  test.prop([sessionCheckIn()])("every generated check-in parses back to itself", (checkIn) => {
    expect(parseSessionCheckIn(checkIn)).toEqual({ ok: true, value: checkIn });
  });
});
