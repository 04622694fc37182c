import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseJournal, planNextWeek, replay } from "../../src/journal/index.js";

const lines = readFileSync(new URL("../../examples/journey.jsonl", import.meta.url), "utf8").split("\n").filter((line) => line !== "");

describe("examples/journey.jsonl", () => {
  it("J-1: 16 weeks of the green lifter, one event a line, that parse", () => {
    const parsed = parseJournal(lines.map((line) => JSON.parse(line) as unknown));
    expect(parsed.ok ? [] : parsed.error.issues).toEqual([]);
    expect(lines.length).toBeGreaterThanOrEqual(30);
    const journal = parsed.ok ? parsed.value : [];
    expect(new Set(journal.map((event) => event.type))).toEqual(new Set(["intake", "session", "next-morning", "weekly-check-in", "retest"]));
    const state = replay(journal);
    expect(state).toMatchObject({ status: "cleared", stage: "function-optimisation", intakeDate: "2026-03-28", asOf: "2026-07-19" });
    expect(state.stageChanges.map((change) => change.ruleId)).toEqual(["L-4"]);
    expect(planNextWeek(journal, { weekStart: "2026-07-20" }).status).toBe("planned");
  });
});
