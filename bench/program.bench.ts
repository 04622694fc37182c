/**
 * The planner's cost for a typical athlete: `assess` (parse + screening + classification +
 * staging) and `planWeek` (4 sessions, the 12-week log's load check). Run with
 * `npx vitest bench --run bench/program.bench.ts`; figures go in bench/RESULTS.md.
 */
import { readFileSync } from "node:fs";
import { bench, describe } from "vitest";
import { assess, planWeek } from "../src/program/index.js";
import { parseTrainingLog } from "../src/load/index.js";
import { exercises } from "../src/catalog/index.js";

const athlete: unknown = JSON.parse(readFileSync("examples/athlete.json", "utf8"));
const parsedLog = parseTrainingLog(JSON.parse(readFileSync("examples/training-log.json", "utf8")));
if (!parsedLog.ok) throw new Error("the example log does not parse");
const trainingLog = parsedLog.value;
const assessed = assess(athlete);
if (!assessed.ok) throw new Error("the example athlete does not parse");
const assessment = assessed.value;

describe("program", () => {
  bench("assess (example athlete)", () => {
    assess(athlete);
  });

  bench("planWeek (4 days, no history)", () => {
    planWeek(assessment, { weekStart: "2026-03-30", daysPerWeek: 4 });
  });

  bench("assess + planWeek (4 days, no history)", () => {
    const result = assess(athlete);
    if (result.ok) planWeek(result.value, { weekStart: "2026-03-30", daysPerWeek: 4 });
  });

  bench("assess + planWeek, cold verdict cache (a fresh catalog array each time)", () => {
    const result = assess(athlete);
    if (result.ok) planWeek(result.value, { weekStart: "2026-03-30", daysPerWeek: 4, catalog: [...exercises] });
  });

  bench("assess + planWeek (4 days, 12-week log)", () => {
    const result = assess(athlete);
    if (result.ok) planWeek(result.value, { weekStart: "2026-03-30", daysPerWeek: 4, timeZone: "Europe/London", history: { trainingLog } });
  });
});
