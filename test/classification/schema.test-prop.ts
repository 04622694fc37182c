import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { parseClearingTests, parseEnduranceTimes, parseLowerCrossedAnswers, parseSymptomHistory } from "../../src/classification/index.js";
import type { ParseResult } from "../../src/evidence/index.js";
import { clearingTests, enduranceTimes, lowerCrossedAnswers, symptomHistory } from "../screening/arbitraries.js";

const isIssueList = (result: ParseResult<unknown>): boolean =>
  result.ok || (result.error.issues.length > 0 && result.error.issues.every((issue) => issue.message.length > 0 && Array.isArray(issue.path)));

describe("classification boundary fuzz", () => {
  test.prop([fc.anything()])("every parseX never throws and returns issues", (value) => {
    for (const parse of [parseClearingTests, parseSymptomHistory, parseLowerCrossedAnswers, parseEnduranceTimes]) {
      expect(isIssueList(parse(value))).toBe(true);
    }
  });
  test.prop([clearingTests(), fc.constantFrom("flexion", "extension"), fc.string({ maxLength: 12 }), fc.anything()])(
    "parseClearingTests never throws with one field of one test replaced",
    (tests, which, key, value) => {
      expect(isIssueList(parseClearingTests({ ...tests, [which]: { ...tests[which], [key]: value } }))).toBe(true);
    },
  );
  test.prop([clearingTests(), symptomHistory(), lowerCrossedAnswers(), enduranceTimes()])("generated inputs parse back to themselves", (tests, history, answers, times) => {
    expect(parseClearingTests(tests)).toEqual({ ok: true, value: tests });
    expect(parseSymptomHistory(history)).toEqual({ ok: true, value: history });
    expect(parseLowerCrossedAnswers(answers)).toEqual({ ok: true, value: answers });
    expect(parseEnduranceTimes(times)).toEqual({ ok: true, value: times });
  });
});
