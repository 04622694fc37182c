import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/run.js";
import { memoryIo } from "./memoryIo.js";

/** How many lines of the output cite a rule. */
function citations(argv: readonly string[], ruleId: string): number {
  const io = memoryIo();
  expect(run([...argv], io)).toBe(0);
  return io.stdoutText().split("\n").filter((line) => line.includes(`[${ruleId}]`)).length;
}

describe("advisories are printed once", () => {
  it("S-10: the demo and plan print the positive-clearing-test advisory once, not under the assessment and again under the week", () => {
    expect(citations(["demo"], "S-10")).toBe(1);
    expect(citations(["plan", "examples/athlete.json", "--log", "examples/training-log.csv", "--days", "3"], "S-10")).toBe(1);
  });
});
