import { describe, expect, it } from "vitest";
import { exercises, getExercise, SPINE_AXES } from "../../src/catalog/index.js";
import { acwr, spineAxisLoad, weeklyVerdict } from "../../src/load/index.js";
import { AXES } from "../../src/load/spineAxisLoad.js";

type Side = "both" | "left" | "right";
const sets = (exerciseId: string, count: number, side: Side = "both", warmup = false) => Array.from({ length: count }, () => ({ exerciseId, side, reps: 8, ...(warmup ? { warmup } : {}) }));
const dateOf = (day: number) => new Date(Date.UTC(2026, 0, 5 + day)).toISOString().slice(0, 10);

describe("spineAxisLoad (A-15)", () => {
  it("A-15: the axes are the catalog's, in its order", () => {
    expect(AXES).toEqual(SPINE_AXES);
  });

  it("A-15, V-8: each working set adds its exercise's demand score on every axis; warm-up sets add nothing", () => {
    const rdl = getExercise("romanian-deadlift")!.spineDemand;
    const goblet = getExercise("goblet-squat")!.spineDemand;
    const result = spineAxisLoad(
      [
        { date: "2026-03-02", sets: [...sets("romanian-deadlift", 2, "both", true), ...sets("romanian-deadlift", 3)] },
        { date: "2026-03-04", sets: [...sets("goblet-squat", 2), ...sets("romanian-deadlift", 1)] },
      ],
      { catalog: exercises, absentDays: "rest" },
    );
    expect(result.dates).toEqual(["2026-03-02", "2026-03-03", "2026-03-04"]);
    for (const axis of result.axes) {
      expect(axis.exposure).toEqual([3 * rdl[axis.axis], 0, 2 * goblet[axis.axis] + rdl[axis.axis]]);
    }
    expect(result.axes.find((axis) => axis.axis === "flexion")?.exposure).toEqual([6, 0, 4]);
    expect(result.findings).toEqual([]);
  });

  it("A-2, A-15: days without a session are unknown unless absent days are rest; from/to bound the series", () => {
    const sessions = [{ date: "2026-03-02", sets: sets("goblet-squat", 2) }, { date: "2026-03-05", sets: sets("goblet-squat", 1) }];
    const unknown = spineAxisLoad(sessions, { catalog: exercises, absentDays: "unknown" });
    expect(unknown.axes[0]?.exposure).toEqual([2, null, null, 1]);
    const bounded = spineAxisLoad(sessions, { catalog: exercises, absentDays: "rest", from: "2026-03-01", to: "2026-03-03" });
    expect(bounded.axes[0]?.exposure).toEqual([0, 2, 0]);
    expect(spineAxisLoad([], { catalog: exercises, absentDays: "rest" }).axes).toEqual([]);
  });

  it("A-15: a flat session load can hide a spike in loaded flexion; the flexion axis names it", () => {
    // Eight weeks of Mon/Wed/Fri sessions of 45 minutes at RPE 6: the first seven with goblet squats and
    // bird dogs, the last with Romanian deadlifts instead of squats. Session RPE × minutes never moves.
    const sessions = Array.from({ length: 56 }, (_, day) => day)
      .filter((day) => [0, 2, 4].includes(day % 7))
      .map((day) => ({ date: dateOf(day), sets: [...sets(day >= 49 ? "romanian-deadlift" : "goblet-squat", 4), ...sets("bird-dog", 3)] }));
    const sessionLoads = Array.from({ length: 56 }, (_, day) => ([0, 2, 4].includes(day % 7) ? 6 * 45 : 0));
    expect(weeklyVerdict(sessionLoads).zone).toBe("sweet-spot");
    const result = spineAxisLoad(sessions, { catalog: exercises, absentDays: "rest" });
    const flexion = result.axes.find((axis) => axis.axis === "flexion");
    expect(flexion?.spiked).toBe(true);
    expect(flexion?.weeks.at(-1)?.changePercent).toBe(100);
    expect(result.findings.find((finding) => finding.axis === "flexion")?.message).toBe("Spine exposure in flexion spiked: its exposure rose 100% on the week before (A-9).");
    // Extension went from nothing to the deadlift's demand: its week's ratio is in the danger zone.
    expect(result.axes.find((axis) => axis.axis === "extension")?.week?.zone).toBe("danger");
    expect(result.reasons[0]?.message).toContain("spiked: flexion, extension");
    expect(result.axes.filter((axis) => axis.axis === "rotation" || axis.axis === "lateralFlexion").every((axis) => !axis.spiked)).toBe(true);
    // The per-axis ratio is acwr applied to the axis's exposure series.
    expect(flexion?.latest).toEqual({ date: "2026-02-27", ...acwr(flexion?.exposure ?? []).at(-1) });
  });

  it("A-15: an exercise the catalog does not know adds nothing and is reported", () => {
    const result = spineAxisLoad([{ date: "2026-03-02", sets: [...sets("moon-press", 2), ...sets("goblet-squat", 1)] }], { catalog: exercises, absentDays: "rest" });
    expect(result.findings.map((finding) => [finding.code, finding.severity])).toEqual([["load.unknown-exercise", "warning"]]);
    expect(result.findings[0]?.message).toContain('2 working set(s) of "moon-press"');
    expect(result.axes.find((axis) => axis.axis === "axialCompression")?.exposure).toEqual([1]);
  });

  it("refuses bad input, naming spineAxisLoad", () => {
    expect(() => spineAxisLoad("x" as never, { catalog: exercises, absentDays: "rest" })).toThrow(/^spineAxisLoad: sessions must be an array/);
    expect(() => spineAxisLoad([], undefined as never)).toThrow(/^spineAxisLoad: options must be an object/);
    expect(() => spineAxisLoad([], { catalog: undefined as never, absentDays: "rest" })).toThrow(/^spineAxisLoad: options.catalog must be an array/);
    expect(() => spineAxisLoad([], { catalog: exercises, absentDays: "zero" as never })).toThrow(/^spineAxisLoad: options.absentDays must be one of/);
    expect(() => spineAxisLoad([{ date: "2026-02-30", sets: [] }], { catalog: exercises, absentDays: "rest" })).toThrow(RangeError);
    expect(() => spineAxisLoad([{ date: "2026-03-02", sets: [] }], { catalog: exercises, absentDays: "rest", to: "2026-03-01" })).toThrow(/^spineAxisLoad: options.to \(2026-03-01\) is before the first day \(2026-03-02\)/);
  });
});
