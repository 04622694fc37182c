import { describe, expect, it } from "vitest";
import { z } from "zod/mini";
import { parseScreeningInput, parseSessionCheckIn, screeningInputSchema, sessionCheckInSchema } from "../../src/screening/index.js";

const quiet = { painNrs: 0, familiar: false, symptomsBefore: "back", symptomsAfter: "back", endPositionReached: true };
const issuesOf = (result: ReturnType<typeof parseScreeningInput>) => (result.ok ? [] : result.error.issues);

describe("parseScreeningInput", () => {
  it("accepts a full, consistent intake and returns it unchanged", () => {
    const input = {
      ageYears: 34,
      firstEpisode: false,
      durationWeeks: 6,
      improvingSinceOnset: true,
      saddleNumbness: false,
      legSymptoms: { legs: "one", reach: "below-knee", numbness: false, weakness: false, worsening: false },
      nightPain: { frequency: "occasional", easedByChangingPosition: true, secondHalfOfNight: false, morningStiffnessEasesWithMovement: false },
      inflammatoryFeatures: { buttockPain: true },
      clearingTests: { flexion: { ...quiet, painNrs: 3, familiar: true }, extension: quiet },
    };
    expect(parseScreeningInput(input)).toEqual({ ok: true, value: input });
  });

  it("reports a non-integer age, an unknown field and a wrong type, each at its path", () => {
    const issues = issuesOf(parseScreeningInput({ ageYears: 34.5, saddleNumbnes: true, fever: "no" }));
    expect(issues).toContainEqual({ path: ["ageYears"], message: "age must be a whole number" });
    expect(issues).toContainEqual({ path: ["saddleNumbnes"], message: 'unknown field "saddleNumbnes": check the spelling' });
    expect(issues).toContainEqual({ path: ["fever"], message: 'must be true, false or "unknown" (don\'t know; an unanswered question stops the plan, S-13)' });
  });

  it("reports pain outside 0–10 and unknown locations inside the clearing tests", () => {
    const issues = issuesOf(parseScreeningInput({ clearingTests: { flexion: { ...quiet, painNrs: 12 }, extension: { ...quiet, symptomsAfter: "foot" } } }));
    expect(issues.map((issue) => issue.path)).toEqual([
      ["clearingTests", "flexion", "painNrs"],
      ["clearingTests", "extension", "symptomsAfter"],
    ]);
    expect(issues[1]?.message).toBe('must be one of "none", "back", "buttock", "thigh", "below-knee"');
  });

  it("reports contradictory answers", () => {
    // S-13: an unanswered age is not a parse issue; screen() names it as an unanswered question.
    expect(parseScreeningInput({ firstEpisode: true }).ok).toBe(true);
    expect(issuesOf(parseScreeningInput({ ageYears: 30, onsetAgeYears: 31 }))[0]?.path).toEqual(["onsetAgeYears"]);
    expect(issuesOf(parseScreeningInput({ ageYears: 20, durationWeeks: 2000 }))[0]?.path).toEqual(["durationWeeks"]);
    expect(issuesOf(parseScreeningInput({ improvingSinceOnset: false }))[0]?.path).toEqual(["durationWeeks"]);
    expect(issuesOf(parseScreeningInput({ clearingTests: { flexion: { ...quiet, familiar: true }, extension: quiet } }))[0]?.path).toEqual([
      "clearingTests",
      "flexion",
      "familiar",
    ]);
  });

  it("rejects a non-object", () => {
    expect(issuesOf(parseScreeningInput(null))).toEqual([{ path: [], message: "the screening input must be an object" }]);
  });
});

describe("parseSessionCheckIn", () => {
  it("accepts a dated check-in and rejects an impossible date", () => {
    expect(parseSessionCheckIn({ date: "2026-11-22", fever: false }).ok).toBe(true);
    expect(issuesOf(parseSessionCheckIn({ date: "2026-13-01" }))).toEqual([{ path: ["date"], message: "must be a date written YYYY-MM-DD" }]);
  });
});

describe("JSON Schema", () => {
  it("the schemas convert to JSON Schema with no unknown keys allowed", () => {
    const schema = z.toJSONSchema(screeningInputSchema) as { additionalProperties?: boolean; properties: Record<string, unknown> };
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties)).toContain("saddleNumbness");
    expect(() => z.toJSONSchema(sessionCheckInSchema)).not.toThrow();
  });
});

describe("issue functions for composed schemas", () => {
  it("screeningInputIssues, clearingTestsIssues and stagingInputIssues prefix their paths", async () => {
    const { screeningInputIssues } = await import("../../src/screening/index.js");
    const { clearingTestsIssues } = await import("../../src/classification/index.js");
    const { stagingInputIssues } = await import("../../src/staging/index.js");
    const tests = { flexion: { painNrs: 0, familiar: true, symptomsBefore: "back", symptomsAfter: "back", endPositionReached: true }, extension: { painNrs: 0, familiar: false, symptomsBefore: "back", symptomsAfter: "back", endPositionReached: true } } as const;
    expect(screeningInputIssues({ ageYears: 30, onsetAgeYears: 31, clearingTests: tests }, ["intake", "screening"]).map((issue) => issue.path)).toEqual([
      ["intake", "screening", "onsetAgeYears"],
      ["intake", "screening", "clearingTests", "flexion", "familiar"],
    ]);
    expect(clearingTestsIssues(tests, ["tests"])[0]?.path).toEqual(["tests", "flexion", "familiar"]);
    expect(
      stagingInputIssues({ worstPainNrs: 2, endRange: "reached-pain-free", settlingTime: "within-an-hour", legSymptoms: "none", safety: { action: "proceed", stageCap: "movement-control" } }, ["staging"])[0]?.path,
    ).toEqual(["staging", "safety", "stageCap"]);
  });
});
