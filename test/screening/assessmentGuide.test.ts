import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { classifyDirection, parseClearingTests, parseSymptomHistory, type ClearingTests, type SymptomHistory } from "../../src/classification/index.js";
import { parseScreeningInput, screen } from "../../src/screening/index.js";
import { endRangeFromClearingTests, parseStagingInput, stageFromSymptoms, type StagingInput } from "../../src/staging/index.js";

// The worked example in docs/assessment.md: its intake and its results are read from the page.
const guide = readFileSync(new URL("../../docs/assessment.md", import.meta.url), "utf8");
const block = (language: string): string => {
  const match = new RegExp("```" + language + "\\n([\\s\\S]*?)```").exec(guide);
  if (!match?.[1]) throw new Error(`docs/assessment.md has no ${language} block`);
  return match[1];
};

interface Intake {
  screening: Record<string, unknown>;
  clearingTests: ClearingTests;
  history: SymptomHistory;
  staging: Omit<StagingInput, "endRange">;
}

const render = (value: unknown): string =>
  value === null ? "null" : Array.isArray(value) ? value.map((item) => (typeof item === "object" && item !== null ? ("stage" in item ? (item as { code: string }).code : (item as { ruleId: string }).ruleId) : String(item))).join(", ") : String(value);

describe("docs/assessment.md worked example", () => {
  const intake = JSON.parse(block("json")) as Intake;

  it("S-1…S-11, C-1…C-6, T-1…T-5: the intake is valid at every boundary", () => {
    expect(parseScreeningInput(intake.screening).ok).toBe(true);
    expect(parseClearingTests(intake.clearingTests).ok).toBe(true);
    expect(parseSymptomHistory(intake.history).ok).toBe(true);
    expect(parseStagingInput({ ...intake.staging, endRange: "reached-pain-free" }).ok).toBe(true);
  });

  it("produces exactly the results the page shows", () => {
    const safety = screen({ ...(intake.screening as object), nightPain: intake.staging.nightPain, clearingTests: intake.clearingTests });
    const direction = classifyDirection(intake.clearingTests, intake.history);
    const stage = stageFromSymptoms({
      ...intake.staging,
      endRange: endRangeFromClearingTests(intake.clearingTests),
      safety,
      directionConfidence: direction.confidence,
    });
    const results: Record<string, Record<string, unknown>> = { safety: { ...safety }, direction: { ...direction }, stage: { ...stage } };
    const lines = block("text").trim().split("\n");
    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines) {
      const [path = "", ...rest] = line.trim().split(/\s+/);
      const [object = "", field = ""] = path.split(".");
      expect(render(results[object]?.[field]), path).toBe(rest.join(" "));
    }
  });
});
