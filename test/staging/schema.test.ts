import { describe, expect, it } from "vitest";
import { z } from "zod/mini";
import { parseStagingInput, stagingInputSchema } from "../../src/staging/index.js";

const base = { worstPainNrs: 3, endRange: "reached-pain-free", settlingTime: "within-an-hour", legSymptoms: "none" };
const issuesOf = (result: ReturnType<typeof parseStagingInput>) => (result.ok ? [] : result.error.issues);

describe("parseStagingInput", () => {
  it("accepts a valid input", () => {
    expect(parseStagingInput({ ...base, safety: { action: "proceed", stageCap: null } })).toEqual({ ok: true, value: { ...base, safety: { action: "proceed", stageCap: null } } });
  });
  it("reports pain outside 0–10, non-integer pain and unknown words at their paths", () => {
    expect(issuesOf(parseStagingInput({ ...base, worstPainNrs: 11 }))).toEqual([{ path: ["worstPainNrs"], message: "must be at most 10 (NRS runs 0–10)" }]);
    expect(issuesOf(parseStagingInput({ ...base, worstPainNrs: 4.5 }))[0]?.path).toEqual(["worstPainNrs"]);
    expect(issuesOf(parseStagingInput({ ...base, legSymptoms: "calf" }))).toEqual([{ path: ["legSymptoms"], message: 'must be one of "none", "above-knee", "below-knee"' }]);
    expect(issuesOf(parseStagingInput({ ...base, nightPain: { frequency: "always" } })).map((issue) => issue.path)).toEqual([
      ["nightPain", "frequency"],
      ["nightPain", "easedByChangingPosition"],
      ["nightPain", "secondHalfOfNight"],
      ["nightPain", "morningStiffnessEasesWithMovement"],
    ]);
  });
  it("reports a safety action and stage cap that contradict each other", () => {
    expect(issuesOf(parseStagingInput({ ...base, safety: { action: "proceed", stageCap: "movement-control" } }))[0]?.path).toEqual(["safety", "stageCap"]);
    expect(issuesOf(parseStagingInput({ ...base, safety: { action: "emergency", stageCap: null } }))[0]?.path).toEqual(["safety", "stageCap"]);
  });
  it("converts to JSON Schema", () => {
    expect((z.toJSONSchema(stagingInputSchema) as { required: string[] }).required).toEqual(["worstPainNrs", "endRange", "settlingTime", "legSymptoms"]);
  });
});
