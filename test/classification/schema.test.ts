import { describe, expect, it } from "vitest";
import { z } from "zod/mini";
import { clearingTestsSchema, parseClearingTests, parseEnduranceTimes, parseLowerCrossedAnswers, parseSymptomHistory } from "../../src/classification/index.js";

const quiet = { painNrs: 0, familiar: false, symptomsBefore: "back", symptomsAfter: "back", endPositionReached: true };
const issuesOf = (result: { ok: boolean; error?: { issues: readonly unknown[] } }) => (result.ok ? [] : (result.error?.issues ?? []));

describe("parseClearingTests", () => {
  it("accepts both tests and the C-6 findings", () => {
    const input = { flexion: { ...quiet, painNrs: 4, familiar: true }, extension: quiet, lateralShift: false };
    expect(parseClearingTests(input)).toEqual({ ok: true, value: input });
  });

  it("reports pain outside 0–10, non-integer pain, unknown locations and a missing test, each at its path", () => {
    const result = parseClearingTests({ flexion: { ...quiet, painNrs: 2.5, symptomsBefore: "calf" }, extension: { ...quiet, painNrs: -1 } });
    expect(issuesOf(result)).toEqual([
      { path: ["flexion", "painNrs"], message: "must be a whole number from 0 to 10 (NRS)" },
      { path: ["flexion", "symptomsBefore"], message: 'must be one of "none", "back", "buttock", "thigh", "below-knee"' },
      { path: ["extension", "painNrs"], message: "must be at least 0 (NRS runs 0–10)" },
    ]);
    expect(issuesOf(parseClearingTests({ flexion: quiet }))).toEqual([{ path: ["extension"], message: "a clearing test must be an object" }]);
  });

  it("reports familiar pain at 0/10 as a contradiction", () => {
    expect(issuesOf(parseClearingTests({ flexion: quiet, extension: { ...quiet, familiar: true } }))).toEqual([
      { path: ["extension", "familiar"], message: "familiar pain was reported with a pain score of 0: give the score, or set familiar to false" },
    ]);
  });

  it("reports an unknown field at its own path", () => {
    expect(issuesOf(parseClearingTests({ flexion: { ...quiet, pain: 3 }, extension: quiet }))).toEqual([
      { path: ["flexion", "pain"], message: 'unknown field "pain": check the spelling' },
    ]);
  });

  it("converts to JSON Schema", () => {
    const schema = z.toJSONSchema(clearingTestsSchema) as { required: string[] };
    expect(schema.required).toEqual(["flexion", "extension"]);
  });
});

describe("the other classification boundaries", () => {
  it("parseSymptomHistory rejects an activity that both worsens and eases", () => {
    expect(issuesOf(parseSymptomHistory({ worsenedBy: ["sitting"], easedBy: ["walking", "sitting"] }))).toEqual([
      { path: ["easedBy", 1], message: '"sitting" is listed as both worsening and easing the pain' },
    ]);
  });
  it("parseLowerCrossedAnswers needs all four answers as booleans", () => {
    expect(issuesOf(parseLowerCrossedAnswers({ anteriorPelvicTilt: true, weakGlutes: false, tightHipFlexors: false, liftsFeltInLowBack: "yes" }))).toEqual([
      { path: ["liftsFeltInLowBack"], message: "must be true or false" },
    ]);
  });
  it("parseEnduranceTimes rejects negative seconds", () => {
    expect(issuesOf(parseEnduranceTimes({ flexorSeconds: -1, extensorSeconds: 100, leftSideBridgeSeconds: 60, rightSideBridgeSeconds: 60 }))).toEqual([
      { path: ["flexorSeconds"], message: "must be at least 0 seconds" },
    ]);
  });
});
