import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { getExercise, suitability, type LadderId, type TrainingProfile } from "../../src/catalog/index.js";
import type { Direction, DirectionPattern } from "../../src/classification/types.js";
import type { Stage } from "../../src/staging/types.js";
import { intoleranceOf } from "./arbitraries.js";

const doc = readFileSync(new URL("../../docs/suitability.md", import.meta.url), "utf8");
const table = doc.split("<!-- worked-examples:start -->")[1]?.split("<!-- worked-examples:end -->")[0] ?? "";
const rows = table
  .split("\n")
  .filter((line) => line.startsWith("|") && !line.startsWith("|---") && !line.startsWith("| rule"))
  .map((line) => line.split("|").slice(1, -1).map((cell) => cell.trim()));

function parseDirection(cell: string): TrainingProfile["direction"] {
  const [pattern, ...notes] = cell.split(",").map((part) => part.trim());
  const preference: Direction[] = [];
  const peripheralising: Direction[] = [];
  for (const note of notes) {
    const [verb, direction] = note.split(" ") as [string, Direction];
    if (verb === "prefers") preference.push(direction);
    else if (verb === "peripheralises") peripheralising.push(direction);
    else throw new Error(`unknown direction note "${note}"`);
  }
  const intolerance = [...new Set([...intoleranceOf(pattern as DirectionPattern), ...peripheralising])];
  return { pattern: pattern as DirectionPattern, intolerance, preference, peripheralising };
}

function parseProgress(cell: string): Partial<Record<LadderId, number>> {
  if (cell === "–") return {};
  return Object.fromEntries(
    cell.split(",").map((part) => {
      const [ladder, step] = part.trim().split(" ");
      return [ladder, Number(step)];
    }),
  );
}

describe("docs/suitability.md worked examples", () => {
  it("has a table of examples", () => {
    expect(rows.length).toBeGreaterThanOrEqual(15);
  });

  for (const [rule, exerciseCell, directionCell, stage, progressCell, flagsCell, verdict, decidedBy] of rows) {
    const id = (exerciseCell ?? "").replace(/`/g, "");
    it(`${rule}: ${id}, ${directionCell}, ${stage}, ${progressCell}, ${flagsCell} → ${verdict} (${decidedBy})`, () => {
      const exercise = getExercise(id);
      expect(exercise, id).toBeDefined();
      const profile: TrainingProfile = {
        direction: parseDirection(directionCell ?? ""),
        stage: stage as Stage,
        ladderProgress: parseProgress(progressCell ?? "–"),
        flags: { radicular: flagsCell === "radicular", axialLoadSensitive: flagsCell === "axial-load sensitive" },
      };
      const decision = suitability(exercise!, profile);
      expect({ action: decision.action, ruleId: decision.ruleId }).toEqual({ action: verdict, ruleId: decidedBy });
    });
  }
});
