import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import type { Exercise } from "../../src/catalog/types.js";
import { volumeLoad, weeklyVolume, type PerformedSession, type PerformedSet, type UnilateralSetCountMode, type VolumeSummary, type WeeklyVolume } from "../../src/volume/index.js";
import { demand, fixtureCatalog } from "./fixtures.js";

const catalog = fixtureCatalog;
const ids = [...catalog.map((exercise) => exercise.id), "not-in-catalog"];
const modes: readonly UnilateralSetCountMode[] = ["pair", "per-side", "half-per-side"];

const performedSet: fc.Arbitrary<PerformedSet> = fc.record(
  {
    exerciseId: fc.constantFrom(...ids),
    side: fc.constantFrom("left", "right", "both"),
    reps: fc.integer({ min: 0, max: 30 }),
    loadKg: fc.integer({ min: 0, max: 200 }),
    implements: fc.integer({ min: 0, max: 2 }),
    assistanceKg: fc.integer({ min: 0, max: 40 }),
    rir: fc.option(fc.integer({ min: 0, max: 6 })),
    warmup: fc.boolean(),
    holdSeconds: fc.integer({ min: 0, max: 60 }),
  },
  { requiredKeys: ["exerciseId", "side", "reps"] },
);
const sets = fc.array(performedSet, { maxLength: 25 });
const session: fc.Arbitrary<PerformedSession> = fc.record(
  { date: fc.constantFrom("2026-11-16", "2026-11-17", "2026-11-19", "2026-11-21"), bodyweightKg: fc.integer({ min: 40, max: 120 }), sets },
  { requiredKeys: ["date", "sets"] },
);
const mode = fc.constantFrom(...modes);
const bodyweight = fc.option(fc.record({ massKg: fc.integer({ min: 40, max: 120 }), fraction: fc.constantFrom(0, 0.5, 0.75, 1) }), { nil: undefined });

function sideTotals(summary: VolumeSummary) {
  return {
    reps: [summary.perSide.left.reps, summary.perSide.right.reps, summary.perSide.both.reps],
    volumeLoadKg: [summary.perSide.left.volumeLoadKg, summary.perSide.right.volumeLoadKg, summary.perSide.both.volumeLoadKg],
    holdSeconds: [summary.perSide.left.holdSeconds, summary.perSide.right.holdSeconds, summary.perSide.both.holdSeconds],
  };
}

test.prop([fc.array(session, { maxLength: 5 }), mode, bodyweight])("V-7: weekly volume is additive over sessions", (sessions, unilateralSetCount, counted) => {
  const options = { unilateralSetCount, catalog, ...(counted === undefined ? {} : { bodyweight: counted }) };
  const week = weeklyVolume(sessions, options);
  const parts = sessions.map((s) =>
    volumeLoad(s.sets, { ...options, ...(counted === undefined ? {} : { bodyweight: { ...counted, massKg: s.bodyweightKg ?? counted.massKg } }) }),
  );
  const sum = (pick: (summary: VolumeSummary) => number) => parts.reduce((total, part) => total + pick(part), 0);
  expect(week.totalReps).toBe(sum((p) => p.totalReps));
  expect(week.totalVolumeLoadKg).toBe(sum((p) => p.totalVolumeLoadKg));
  expect(week.perSide.left.reps).toBe(sum((p) => p.perSide.left.reps));
  expect(week.perSide.right.volumeLoadKg).toBe(sum((p) => p.perSide.right.volumeLoadKg));
  expect(week.hardSets).toBeCloseTo(sum((p) => p.hardSets ?? 0), 9);
  expect(week.workingSets).toBe(sum((p) => p.workingSets));
  for (const axis of ["flexion", "extension", "lateralFlexion", "rotation", "axialCompression", "shear"] as const) {
    expect(week.spineExposure[axis]).toBe(sum((p) => p.spineExposure[axis]));
  }
  expect(week.sessions.map((line) => line.totalVolumeLoadKg)).toEqual(parts.map((p) => p.totalVolumeLoadKg));
});

test.prop([sets, mode])("V-7: volume is additive over sides (left + right + both = the whole)", (all, unilateralSetCount) => {
  const options = { unilateralSetCount, catalog };
  const whole = volumeLoad(all, options);
  const bySide = (["left", "right", "both"] as const).map((side) => volumeLoad(all.filter((set) => set.side === side), options));
  expect(whole.perSide.left).toEqual(bySide[0]!.perSide.left);
  expect(whole.perSide.right).toEqual(bySide[1]!.perSide.right);
  expect(whole.perSide.both).toEqual(bySide[2]!.perSide.both);
  expect(whole.totalReps).toBe(bySide.reduce((total, part) => total + part.totalReps, 0));
  expect(whole.totalVolumeLoadKg).toBe(bySide.reduce((total, part) => total + part.totalVolumeLoadKg, 0));
  expect(whole.totalReps).toBe(whole.perSide.left.reps + whole.perSide.right.reps + whole.perSide.both.reps);
});

test.prop([fc.array(fc.record({ exerciseId: fc.constantFrom("step-up", "goblet-squat"), side: fc.constantFrom("left", "right", "both"), reps: fc.integer({ min: 0, max: 30 }), loadKg: fc.double({ noNaN: true, noDefaultInfinity: true, min: 0, max: 300 }), rir: fc.constant(1) }), { maxLength: 20 })])(
  "V-7: with fractional loads, tonnage still equals the sum of load × reps × implements",
  (loaded) => {
    const summary = volumeLoad(loaded, { unilateralSetCount: "pair", catalog });
    const implementsOf = (id: string) => catalog.find((exercise) => exercise.id === id)!.implements;
    const naive = loaded.reduce((total, set) => total + set.loadKg * set.reps * implementsOf(set.exerciseId), 0);
    expect(summary.totalVolumeLoadKg).toBeCloseTo(naive, 6);
    expect(Number.isFinite(summary.totalVolumeLoadKg)).toBe(true);
  },
);

test.prop([fc.array(session, { maxLength: 4 }), bodyweight])("V-7: changing the set-count mode never changes tonnage, reps or exposure", (sessions, counted) => {
  const [pair, perSide, half] = modes.map((unilateralSetCount) =>
    weeklyVolume(sessions, { unilateralSetCount, catalog, ...(counted === undefined ? {} : { bodyweight: counted }) }),
  ) as [WeeklyVolume, WeeklyVolume, WeeklyVolume];
  for (const other of [perSide, half]) {
    expect(sideTotals(other)).toEqual(sideTotals(pair));
    expect(other.totalVolumeLoadKg).toBe(pair.totalVolumeLoadKg);
    expect(other.spineExposure).toEqual(pair.spineExposure);
    expect(other.workingSets).toBe(pair.workingSets);
  }
  // per-side counts every side's set, pair one per matched pair, half-per-side half of each.
  expect(perSide.hardSets!).toBeGreaterThanOrEqual(pair.hardSets!);
  expect(pair.hardSets!).toBeGreaterThanOrEqual(half.hardSets!);
});

const zeroCatalog: readonly Exercise[] = catalog.map((exercise) => ({ ...exercise, spineDemand: demand({}) }));

test.prop([sets, mode])("V-8: spine exposure is zero for an all-zero-demand session", (all, unilateralSetCount) => {
  const summary = volumeLoad(all, { unilateralSetCount, catalog: zeroCatalog });
  expect(Object.values(summary.spineExposure).every((value) => value === 0)).toBe(true);
});

test.prop([sets, fc.integer({ min: 1, max: 5 }), mode])("V-8: spine exposure scales linearly with the number of sets", (all, times, unilateralSetCount) => {
  const once = volumeLoad(all, { unilateralSetCount, catalog });
  const repeated = volumeLoad(Array.from({ length: times }, () => all).flat(), { unilateralSetCount, catalog });
  for (const axis of Object.keys(once.spineExposure) as (keyof typeof once.spineExposure)[]) {
    expect(repeated.spineExposure[axis]).toBe(times * once.spineExposure[axis]);
  }
  expect(repeated.totalVolumeLoadKg).toBe(times * once.totalVolumeLoadKg);
});

test.prop([fc.array(session, { maxLength: 4 }), mode, bodyweight])("inputs are never mutated, and the result is deterministic and frozen", (sessions, unilateralSetCount, counted) => {
  const before = structuredClone(sessions);
  const options = { unilateralSetCount, catalog, ...(counted === undefined ? {} : { bodyweight: counted }) };
  const optionsBefore = structuredClone(options);
  const first = weeklyVolume(sessions, options);
  const again = weeklyVolume(sessions, options);
  expect(sessions).toEqual(before);
  expect(options).toEqual(optionsBefore);
  expect(again).toEqual(first);
  expect(Object.isFrozen(first)).toBe(true);
  expect(Object.isFrozen(first.perSide.left)).toBe(true);
  expect(Object.isFrozen(first.findings)).toBe(true);
});

test.prop([fc.array(session, { maxLength: 4 }), mode])("no NaN or Infinity in any number of the summary", (sessions, unilateralSetCount) => {
  const week = weeklyVolume(sessions, { unilateralSetCount, catalog });
  const numbers: number[] = [];
  JSON.stringify(week, (_key, value: unknown) => {
    if (typeof value === "number") numbers.push(value);
    return value;
  });
  expect(numbers.every(Number.isFinite)).toBe(true);
  // JSON turns NaN into null; a round trip must keep every number.
  expect(JSON.parse(JSON.stringify(week.perSide))).toEqual(week.perSide);
});
