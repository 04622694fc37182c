import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { parsePerformedSession } from "../../src/volume/index.js";
import { fixtureCatalog } from "./fixtures.js";

const catalog = fixtureCatalog;

test.prop([fc.anything()])("parsePerformedSession never throws on anything", (input) => {
  const result = parsePerformedSession(input, { catalog });
  if (!result.ok) {
    expect(result.error.issues.length).toBeGreaterThan(0);
    for (const issue of result.error.issues) {
      expect(typeof issue.message).toBe("string");
      expect(issue.message.length).toBeGreaterThan(0);
      expect(Array.isArray(issue.path)).toBe(true);
    }
  }
});

const looseSet = fc.record(
  {
    exerciseId: fc.oneof(fc.constantFrom(...catalog.map((exercise) => exercise.id)), fc.string()),
    side: fc.oneof(fc.constantFrom("left", "right", "both"), fc.anything()),
    reps: fc.oneof(fc.integer({ min: -5, max: 30 }), fc.double(), fc.anything()),
    load: fc.oneof(fc.double(), fc.integer({ min: -5, max: 300 })),
    unit: fc.oneof(fc.constantFrom("kg", "lb"), fc.string()),
    rir: fc.oneof(fc.constant(null), fc.integer({ min: -1, max: 12 })),
  },
  { requiredKeys: [] },
);

test.prop([fc.record({ date: fc.oneof(fc.constant("2026-11-20"), fc.string()), unit: fc.oneof(fc.constantFrom("kg", "lb"), fc.string()), sets: fc.array(looseSet, { maxLength: 6 }) }, { requiredKeys: ["sets"] })])(
  "parsePerformedSession: near-valid sessions parse to finite kilograms or fail with paths",
  (input) => {
    const result = parsePerformedSession(input, { catalog });
    if (result.ok) {
      for (const set of result.value.sets) {
        expect(Number.isFinite(set.loadKg)).toBe(true);
        expect(set.loadKg).toBeGreaterThanOrEqual(0);
        expect(Number.isInteger(set.reps) && set.reps >= 0).toBe(true);
      }
    } else {
      for (const issue of result.error.issues) expect(issue.path.every((key) => typeof key === "string" || typeof key === "number")).toBe(true);
    }
  },
);
