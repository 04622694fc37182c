import { describe, expect, it } from "vitest";
import { z } from "zod/mini";
import { KG_PER_LB, parsePerformedSession, performedSessionSchema } from "../../src/volume/index.js";
import { fixtureCatalog } from "./fixtures.js";

const catalog = fixtureCatalog;
const parse = (input: unknown) => parsePerformedSession(input, { catalog });

function issuesOf(input: unknown) {
  const result = parse(input);
  return result.ok ? [] : result.error.issues.map((issue) => [issue.path, issue.message]);
}

describe("parsePerformedSession", () => {
  it("accepts a session in kg and fills the defaults explicitly", () => {
    const result = parse({
      date: "2026-11-20",
      sets: [
        { exerciseId: "step-up", side: "left", reps: 6, loadKg: 20, rir: 2 },
        { exerciseId: "trap-bar-deadlift-blocks", side: "both", reps: 20, load: 60 },
      ],
    });
    expect(result).toEqual({
      ok: true,
      value: {
        date: "2026-11-20",
        sets: [
          { exerciseId: "step-up", side: "left", reps: 6, loadKg: 20, rir: 2, warmup: false },
          { exerciseId: "trap-bar-deadlift-blocks", side: "both", reps: 20, loadKg: 60, rir: null, warmup: false },
        ],
      },
    });
  });

  it("converts pounds explicitly (1 lb = 0.45359237 kg) and keeps what was entered", () => {
    const result = parse({
      date: "2026-11-20",
      unit: "lb",
      bodyweight: 180,
      sets: [
        { exerciseId: "step-up", side: "left", reps: 6, load: 50, rir: 2 },
        { exerciseId: "step-up", side: "right", reps: 6, load: 22, unit: "kg", rir: 2 },
        { exerciseId: "assisted-pistol-squat", side: "left", reps: 5, assistance: 40 },
      ],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(KG_PER_LB).toBe(0.45359237);
    expect(result.value.bodyweightKg).toBeCloseTo(180 * 0.45359237, 12);
    expect(result.value.sets[0]).toMatchObject({ loadKg: 50 * 0.45359237, logged: { unit: "lb", load: 50 } });
    expect(result.value.sets[1]).toEqual({ exerciseId: "step-up", side: "right", reps: 6, loadKg: 22, rir: 2, warmup: false });
    expect(result.value.sets[2]).toMatchObject({ loadKg: 0, assistanceKg: 40 * 0.45359237, logged: { unit: "lb", assistance: 40 } });
  });

  it("reports negative reps and loads with their paths", () => {
    expect(issuesOf({ date: "2026-11-20", sets: [{ exerciseId: "step-up", side: "left", reps: -3, loadKg: -10 }] })).toEqual([
      [["sets", 0, "reps"], "reps must be 0 or more"],
      [["sets", 0, "loadKg"], "loadKg must be 0 or more"],
    ]);
    expect(issuesOf({ date: "2026-11-20", sets: [{ exerciseId: "step-up", side: "left", reps: 2.5 }] })).toEqual([
      [["sets", 0, "reps"], "reps must be a whole number"],
    ]);
  });

  it("reports unknown units", () => {
    expect(issuesOf({ date: "2026-11-20", unit: "stone", sets: [{ exerciseId: "step-up", side: "left", reps: 3, load: 10, unit: "kilo" }] })).toEqual([
      [["unit"], 'unit must be "kg" or "lb"'],
      [["sets", 0, "unit"], 'unit must be "kg" or "lb"'],
    ]);
  });

  it("reports a side on a bilateral exercise and both sides on a unilateral one (V-6)", () => {
    expect(
      issuesOf({
        date: "2026-11-20",
        sets: [
          { exerciseId: "trap-bar-deadlift-blocks", side: "left", reps: 20 },
          { exerciseId: "step-up", side: "both", reps: 12 },
          { exerciseId: "alternating-reverse-lunge", side: "both", reps: 12 },
        ],
      }),
    ).toEqual([
      [["sets", 0, "side"], 'Trap-bar deadlift off blocks is bilateral: log its sets with side "both", not "left"'],
      [["sets", 1, "side"], "Step-up is done one side at a time: log the left and the right side as separate sets (V-6)"],
    ]);
  });

  it("reports unknown exercise IDs, even next to schema problems", () => {
    expect(issuesOf({ date: "2026-13-40", sets: [{ exerciseId: "moon-squat", side: "both", reps: 5 }] })).toEqual([
      [["date"], "date must be a calendar date written YYYY-MM-DD"],
      [["sets", 0, "exerciseId"], 'unknown exercise "moon-squat": not in the catalog'],
    ]);
  });

  it("reports unknown keys, loads given twice and kilograms under a pound unit", () => {
    expect(
      issuesOf({
        date: "2026-11-20",
        sets: [
          { exerciseId: "step-up", side: "left", reps: 5, load: 10, loadKg: 10 },
          { exerciseId: "step-up", side: "right", reps: 5, weight: 10 },
          { exerciseId: "step-up", side: "right", reps: 5, loadKg: 10, unit: "lb" },
        ],
      }),
    ).toEqual([
      [["sets", 1], "unknown key in a set: weight"],
      [["sets", 0, "load"], "give load (in the set's unit) or loadKg, not both"],
      [["sets", 2, "unit"], 'unit is "lb" but the set gives only kilograms (loadKg, assistanceKg); give load in pounds or drop the unit'],
    ]);
  });

  it("reports a non-object and a missing sets array", () => {
    expect(issuesOf(42)).toEqual([[[], "a session must be an object"]]);
    expect(issuesOf({ date: "2026-11-20" })).toEqual([[["sets"], "sets must be an array of sets"]]);
  });

  it("caps values so that no product can overflow", () => {
    expect(issuesOf({ date: "2026-11-20", sets: [{ exerciseId: "step-up", side: "left", reps: 5, loadKg: 1e308 }] })).toEqual([
      [["sets", 0, "loadKg"], "loadKg must be at most 10000"],
    ]);
  });

  it("a parsed session round-trips through parse", () => {
    const first = parse({ date: "2026-11-20", unit: "lb", sets: [{ exerciseId: "step-up", side: "left", reps: 6, load: 50, rir: 2 }] });
    expect(first.ok).toBe(true);
    if (first.ok) expect(parse(JSON.parse(JSON.stringify(first.value)))).toEqual(first);
  });

  it("the schema converts to JSON Schema", () => {
    const schema = z.toJSONSchema(performedSessionSchema) as { required: string[]; properties: Record<string, unknown>; additionalProperties: boolean };
    expect(schema.required).toEqual(["date", "sets"]);
    expect(Object.keys(schema.properties)).toEqual(["date", "id", "unit", "bodyweight", "bodyweightKg", "sets"]);
    expect(schema.additionalProperties).toBe(false);
  });
});
