import { describe, expect, it } from "vitest";
import { volumeLoad, weeklyVolume, type PerformedSet } from "../../src/volume/index.js";
import { fixtureCatalog } from "./fixtures.js";

const catalog = fixtureCatalog;

const stepUps: PerformedSet[] = [
  { exerciseId: "step-up", side: "left", reps: 6, loadKg: 20, rir: 2 },
  { exerciseId: "step-up", side: "right", reps: 6, loadKg: 20, rir: 2 },
  { exerciseId: "step-up", side: "left", reps: 6, loadKg: 20, rir: 1 },
];

describe("volumeLoad", () => {
  it("V-7: volume load is load × reps × implements, kept per side", () => {
    const summary = volumeLoad(stepUps, { unilateralSetCount: "per-side", catalog });
    // Step-ups hold two dumbbells: 20 kg × 6 reps × 2 = 240 kg per set.
    expect(summary.perSide.left).toEqual({ reps: 12, volumeLoadKg: 480, holdSeconds: 0, workingSets: 2 });
    expect(summary.perSide.right).toEqual({ reps: 6, volumeLoadKg: 240, holdSeconds: 0, workingSets: 1 });
    expect(summary.perSide.both.reps).toBe(0);
    expect(summary.totalReps).toBe(18);
    expect(summary.totalVolumeLoadKg).toBe(720);
  });

  it("V-7: the three set-count modes count the same left, left, right differently", () => {
    const counts = (["pair", "per-side", "half-per-side"] as const).map((mode) => volumeLoad(stepUps, { unilateralSetCount: mode, catalog }).hardSets);
    // pair: max(2 left, 1 right) = 2; per-side: 3; half-per-side: 3 / 2.
    expect(counts).toEqual([2, 3, 1.5]);
  });

  it("V-7: without options, set counts are null with a reason; reps and tonnage are still there", () => {
    const summary = volumeLoad(stepUps.map((set) => ({ ...set, exerciseId: "unknown-lift" })));
    expect(summary.hardSets).toBeNull();
    expect(summary.setsPerMuscle).toBeNull();
    expect(summary.setCountMode).toBeNull();
    expect(summary.setCountNullReason).toBe("set-count-mode-not-chosen");
  });

  it("V-7: options without a set-count mode are a programmer error", () => {
    expect(() => volumeLoad(stepUps, { catalog } as never)).toThrow(TypeError);
    expect(() => volumeLoad(stepUps, { catalog, unilateralSetCount: "both" } as never)).toThrow(/pair", "per-side" or "half-per-side/);
    expect(() => volumeLoad(stepUps, { catalog, unilateralSetCount: "pair", hardSetMaxRir: -1 })).toThrow(RangeError);
    expect(() => volumeLoad(stepUps, { catalog, unilateralSetCount: "pair", bodyweight: { massKg: 80, fraction: 1.5 } })).toThrow(RangeError);
  });

  it("hard sets: RIR ≤ 3 by default, warm-ups excluded, missing RIR flagged and not guessed", () => {
    const sets: PerformedSet[] = [
      { exerciseId: "goblet-squat", side: "both", reps: 10, loadKg: 16, warmup: true },
      { exerciseId: "goblet-squat", side: "both", reps: 10, loadKg: 24, rir: 3 },
      { exerciseId: "goblet-squat", side: "both", reps: 10, loadKg: 24, rir: 4 },
      { exerciseId: "goblet-squat", side: "both", reps: 10, loadKg: 24 },
    ];
    const summary = volumeLoad(sets, { unilateralSetCount: "pair", catalog });
    expect(summary.warmupSets).toBe(1);
    expect(summary.workingSets).toBe(3);
    expect(summary.hardSets).toBe(1);
    expect(summary.setsWithoutRir).toBe(1);
    expect(summary.findings.map((f) => [f.ruleId, f.path])).toEqual([["V-7", [3]]]);
    expect(summary.findings[0]!.message).toContain("no RIR recorded");
    // Warm-ups still add reps and volume load: they were lifted.
    expect(summary.totalVolumeLoadKg).toBe(160 + 3 * 240);
    expect(volumeLoad(sets, { unilateralSetCount: "pair", catalog, hardSetMaxRir: 4 }).hardSets).toBe(2);
  });

  it("sets per muscle: direct 1, indirect 0.5 by default, configurable", () => {
    const summary = volumeLoad(stepUps, { unilateralSetCount: "pair", catalog });
    // Step-up: quadriceps and glutes direct, glute medius and calves indirect; 2 pairs.
    expect(summary.setsPerMuscle).toEqual({ quadriceps: 2, glutes: 2, "glute-medius": 1, calves: 1 });
    const custom = volumeLoad(stepUps, { unilateralSetCount: "pair", catalog, muscleCredit: { direct: 1, indirect: 0 } });
    expect(custom.setsPerMuscle).toEqual({ quadriceps: 2, glutes: 2, "glute-medius": 0, calves: 0 });
  });

  it("bodyweight is counted only when asked; assistance subtracts from it", () => {
    const sets: PerformedSet[] = [
      { exerciseId: "assisted-pistol-squat", side: "left", reps: 5, assistanceKg: 20, rir: 2 },
      { exerciseId: "assisted-pistol-squat", side: "right", reps: 5, assistanceKg: 20, rir: 2 },
    ];
    const without = volumeLoad(sets, { unilateralSetCount: "pair", catalog });
    expect(without.totalVolumeLoadKg).toBe(0);
    expect(without.bodyweightCounted).toBe(false);
    const withBodyweight = volumeLoad(sets, { unilateralSetCount: "pair", catalog, bodyweight: { massKg: 80, fraction: 0.75 } });
    // (80 × 0.75 − 20) × 5 = 200 kg per side.
    expect(withBodyweight.perSide.left.volumeLoadKg).toBe(200);
    expect(withBodyweight.perSide.right.volumeLoadKg).toBe(200);
    expect(withBodyweight.bodyweightCounted).toBe(true);
    const overAssisted = volumeLoad([{ ...sets[0]!, assistanceKg: 100 }], { unilateralSetCount: "pair", catalog, bodyweight: { massKg: 80, fraction: 0.75 } });
    expect(overAssisted.totalVolumeLoadKg).toBe(0);
  });

  it("a load on a bodyweight exercise needs its implements; otherwise it is reported", () => {
    const set: PerformedSet = { exerciseId: "isometric-squat-hold", side: "both", reps: 1, loadKg: 10, holdSeconds: 30, rir: 0 };
    const summary = volumeLoad([set], { unilateralSetCount: "pair", catalog });
    expect(summary.totalVolumeLoadKg).toBe(0);
    expect(summary.perSide.both.holdSeconds).toBe(30);
    expect(summary.findings[0]!.message).toContain("0 implements");
    expect(volumeLoad([{ ...set, implements: 1 }], { unilateralSetCount: "pair", catalog }).totalVolumeLoadKg).toBe(10);
  });

  it("unknown exercise IDs are reported once and left out of every total", () => {
    const summary = volumeLoad(
      [
        { exerciseId: "moon-squat", side: "both", reps: 10, loadKg: 50, rir: 1 },
        { exerciseId: "moon-squat", side: "both", reps: 10, loadKg: 50, rir: 1 },
        ...stepUps,
      ],
      { unilateralSetCount: "per-side", catalog },
    );
    expect(summary.findings.map((f) => [f.ruleId, f.severity, f.path, f.message])).toEqual([
      ["V-7", "warning", [0], 'unknown exercise "moon-squat": its 2 sets are left out of every total'],
      ["V-7", "info", [2], "Step-up: 12 working reps on the left, 6 on the right"],
    ]);
    expect(summary.totalReps).toBe(18);
    expect(summary.perExercise.map((entry) => entry.exerciseId)).toEqual(["step-up"]);
  });

  it("V-7: a side that did fewer working reps is noted; warm-ups and matched sides are not", () => {
    const matched = volumeLoad(
      [{ exerciseId: "step-up", side: "left", reps: 5, loadKg: 8, warmup: true }, ...stepUps.slice(0, 2)],
      { unilateralSetCount: "pair", catalog },
    );
    expect(matched.findings).toEqual([]);
    const uneven = volumeLoad([stepUps[0]!, { ...stepUps[1]!, reps: 4 }], { unilateralSetCount: "pair", catalog });
    expect(uneven.findings.map((f) => [f.ruleId, f.severity, f.message])).toEqual([["V-7", "info", "Step-up: 6 working reps on the left, 4 on the right"]]);
  });

  it("V-8: spine exposure sums each working set's demand per axis (each side is one exposure)", () => {
    const sets: PerformedSet[] = [
      { exerciseId: "single-leg-romanian-deadlift", side: "left", reps: 8, loadKg: 24, rir: 2 },
      { exerciseId: "single-leg-romanian-deadlift", side: "right", reps: 8, loadKg: 24, rir: 2 },
      { exerciseId: "trap-bar-deadlift-blocks", side: "both", reps: 20, loadKg: 60, rir: 0 },
      { exerciseId: "trap-bar-deadlift-blocks", side: "both", reps: 12, loadKg: 40, warmup: true },
    ];
    const summary = volumeLoad(sets, { unilateralSetCount: "pair", catalog });
    expect(summary.spineExposure).toEqual({ flexion: 3, extension: 0, lateralFlexion: 0, rotation: 2, axialCompression: 4, shear: 3 });
  });
});

describe("weeklyVolume", () => {
  it("V-7: requires the set-count mode", () => {
    expect(() => weeklyVolume([], undefined as never)).toThrow(/unilateralSetCount is required/);
  });

  it("V-7/V-8: sums the week, with a line per session and the dates covered", () => {
    const week = weeklyVolume(
      [
        { date: "2026-11-19", id: "thu", sets: stepUps },
        { date: "2026-11-16", sets: [{ exerciseId: "trap-bar-deadlift-blocks", side: "both", reps: 20, loadKg: 60, rir: 0 }] },
      ],
      { unilateralSetCount: "pair", catalog },
    );
    expect(week.totalVolumeLoadKg).toBe(720 + 1200);
    expect(week.hardSets).toBe(3);
    expect(week.sessions).toEqual([
      { date: "2026-11-19", id: "thu", totalReps: 18, totalVolumeLoadKg: 720, hardSets: 2, spineExposure: { flexion: 0, extension: 0, lateralFlexion: 0, rotation: 0, axialCompression: 3, shear: 0 } },
      { date: "2026-11-16", totalReps: 20, totalVolumeLoadKg: 1200, hardSets: 1, spineExposure: { flexion: 1, extension: 0, lateralFlexion: 0, rotation: 0, axialCompression: 2, shear: 1 } },
    ]);
    expect([week.from, week.to]).toEqual(["2026-11-16", "2026-11-19"]);
    expect(week.spineExposure.axialCompression).toBe(5);
    expect(week.findings.map((f) => [f.severity, f.path, f.message])).toEqual([["info", [0, "sets", 0], "Step-up: 12 working reps on the left, 6 on the right"]]);
  });

  it("V-8: exposure shows a rise in loaded compression when tonnage is flat", () => {
    const options = { unilateralSetCount: "pair" as const, catalog };
    const hinge = weeklyVolume([{ date: "2026-11-16", sets: [{ exerciseId: "trap-bar-deadlift-blocks", side: "both", reps: 10, loadKg: 48, rir: 2 }] }], options);
    const stepUp = weeklyVolume([{ date: "2026-11-16", sets: [{ exerciseId: "step-up", side: "both", reps: 10, loadKg: 24, rir: 2 }] }], options);
    expect(hinge.totalVolumeLoadKg).toBe(stepUp.totalVolumeLoadKg);
    expect(hinge.spineExposure.axialCompression).toBeGreaterThan(stepUp.spineExposure.axialCompression);
  });

  it("uses each session's bodyweight when bodyweight is counted", () => {
    const sets: PerformedSet[] = [{ exerciseId: "assisted-pistol-squat", side: "left", reps: 10, rir: 2 }];
    const week = weeklyVolume(
      [
        { date: "2026-11-16", bodyweightKg: 90, sets },
        { date: "2026-11-18", sets },
      ],
      { unilateralSetCount: "per-side", catalog, bodyweight: { massKg: 80, fraction: 0.5 } },
    );
    expect(week.sessions.map((line) => line.totalVolumeLoadKg)).toEqual([450, 400]);
  });

  it("paths point into the sessions; a span over 7 days is reported", () => {
    const week = weeklyVolume(
      [
        { date: "2026-11-01", sets: [] },
        { date: "2026-11-10", sets: [{ exerciseId: "moon-squat", side: "both", reps: 1 }] },
      ],
      { unilateralSetCount: "half-per-side", catalog },
    );
    expect(week.findings.map((f) => [f.ruleId, f.path])).toEqual([
      ["V-7", [1, "sets", 0]],
      ["V-8", []],
    ]);
    expect(week.findings[1]!.message).toBe("the sessions span 10 calendar days (2026-11-01 to 2026-11-10); they are summed as one week");
  });

  it("an empty week is all zeros", () => {
    const week = weeklyVolume([], { unilateralSetCount: "pair", catalog });
    expect(week).toMatchObject({ totalReps: 0, totalVolumeLoadKg: 0, hardSets: 0, setsPerMuscle: {}, from: null, to: null, sessions: [] });
  });
});
