import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { checkSessionStructure, parsePerformedSession, volumeLoad, type PerformedSet } from "../../src/volume/index.js";
import { fixtureCatalog } from "./fixtures.js";

const catalog = fixtureCatalog;
const byId = new Map(catalog.map((exercise) => [exercise.id, exercise]));
const rank: Record<string, number> = { unilateral: 0, "split-stance": 1, bilateral: 2 };
/** The documented reading: alternating and contralateral work goes with split-stance work from a split stance, else with single-leg work. */
function blockRank(id: string): number | null {
  const exercise = byId.get(id)!;
  if (exercise.dominance === "none") return null;
  const direct = rank[exercise.laterality];
  if (direct !== undefined) return direct;
  return exercise.position === "split-stance" || exercise.position === "half-kneeling" ? 1 : 0;
}
const legIds = catalog.filter((exercise) => blockRank(exercise.id) !== null).map((exercise) => exercise.id);
const anyIds = catalog.map((exercise) => exercise.id);

test.prop([fc.array(fc.array(fc.constantFrom(...anyIds), { maxLength: 4 }), { maxLength: 5 })])(
  "V-1: an order finding appears exactly when leg work goes back to an earlier block (naive oracle)",
  (blocks) => {
    const plan = { blocks: blocks.map((exerciseIds) => ({ exerciseIds })) };
    const ranks = blocks
      .flat()
      .map(blockRank)
      .filter((value): value is number => value !== null);
    const outOfOrder = ranks.some((value, i) => ranks.slice(0, i).some((earlier) => earlier > value));
    const findings = checkSessionStructure(plan, { catalog, requireAllBlocks: false });
    expect(findings.some((f) => f.ruleId === "V-1")).toBe(outOfOrder);
  },
);

test.prop([fc.array(fc.constantFrom(...legIds), { maxLength: 10 })])("V-1: sorting the leg work by block removes every order finding", (ids) => {
  const sorted = [...ids].sort((a, b) => blockRank(a)! - blockRank(b)!);
  const findings = checkSessionStructure({ blocks: [{ exerciseIds: sorted }] }, { catalog, requireAllBlocks: false });
  expect(findings.filter((f) => f.ruleId === "V-1")).toEqual([]);
});

const loggedSet: fc.Arbitrary<PerformedSet> = fc.record(
  { exerciseId: fc.constantFrom(...anyIds, "unknown-lift"), side: fc.constantFrom("left", "right", "both"), reps: fc.nat({ max: 20 }), warmup: fc.boolean() },
  { requiredKeys: ["exerciseId", "side", "reps"] },
);

test.prop([fc.array(loggedSet, { maxLength: 20 }), fc.boolean()])("checkSessionStructure never mutates, is deterministic, and every finding has a rule, a message and a path", (sets, requireAllBlocks) => {
  const session = { sets };
  const before = structuredClone(session);
  const findings = checkSessionStructure(session, { catalog, requireAllBlocks });
  expect(session).toEqual(before);
  expect(checkSessionStructure(session, { catalog, requireAllBlocks })).toEqual(findings);
  for (const finding of findings) {
    expect(["V-1", "V-2", "V-6"]).toContain(finding.ruleId);
    expect(finding.message.length).toBeGreaterThan(10);
    expect(Array.isArray(finding.path)).toBe(true);
    expect(finding.evidence).toEqual(["seed-000"]);
  }
});

test.prop([
  fc.array(
    fc.record({ exerciseId: fc.constantFrom("step-up", "single-leg-romanian-deadlift"), side: fc.constantFrom("left", "right"), reps: fc.integer({ min: 1, max: 20 }), load: fc.integer({ min: 0, max: 400 }) }),
    { minLength: 1, maxLength: 10 },
  ),
])("units: a session logged in pounds has the tonnage of the same numbers in kg × 0.45359237", (sets) => {
  const inPounds = parsePerformedSession({ date: "2026-11-16", unit: "lb", sets }, { catalog });
  const inKilograms = parsePerformedSession({ date: "2026-11-16", sets }, { catalog });
  expect(inPounds.ok && inKilograms.ok).toBe(true);
  if (!inPounds.ok || !inKilograms.ok) return;
  const pounds = volumeLoad(inPounds.value.sets, { unilateralSetCount: "pair", catalog });
  const kilograms = volumeLoad(inKilograms.value.sets, { unilateralSetCount: "pair", catalog });
  expect(pounds.totalVolumeLoadKg).toBeCloseTo(kilograms.totalVolumeLoadKg * 0.45359237, 6);
  expect(pounds.totalReps).toBe(kilograms.totalReps);
  expect(inPounds.value.sets.every((set, i) => set.logged?.unit === "lb" && set.logged.load === sets[i]!.load)).toBe(true);
});
