/**
 * The boundary defects the fuzz found, one example each, so that a regression names itself
 * (issue 13, item 6). The fuzz (exports.test-prop.ts) holds the same contract for every export.
 */
import { describe, expect, it } from "vitest";
import { findExercises, getExercise, suitability } from "../../src/catalog/index.js";
import { classifyDirection, parseClearingTests } from "../../src/classification/index.js";
import { formatCitation, reason } from "../../src/evidence/index.js";
import {
  acwr,
  acwrValues,
  acwrZone,
  dailyLoads,
  monotony,
  parseTrainingLog,
  sessionLoad,
  uncoupledFromCoupled,
  weekOverWeekChange,
  zoneThresholds,
} from "../../src/load/index.js";
import { deloadDue, nextLoadStep, parsePainReport, roundDownToAvailableLoad, stageTransition } from "../../src/progression/index.js";
import { moreConservativeStage, parseStagingInput, stageFromSymptoms } from "../../src/staging/index.js";
import { volumeLoad, weeklyVolume } from "../../src/volume/index.js";

const loads = [...Array(21).fill(300), ...Array(7).fill(450)];

describe("a wrong top-level argument is refused by name", () => {
  it("A-3: an options argument that is not an object is refused, not read as the EWMA defaults", () => {
    expect(() => acwr(loads, "coupled" as never)).toThrow(new TypeError('acwr: options must be an object or undefined, got the string "coupled"'));
    expect(() => acwrValues(new Float64Array(loads), null as never)).toThrow("acwrValues: options must be an object or undefined, got null");
    expect(() => monotony([1, 2], "sample" as never)).toThrow(TypeError);
    expect(() => volumeLoad([], "pair" as never)).toThrow(/^volumeLoad: options must be an object/);
  });

  it("null, a primitive or a list where an object belongs names the function and the value", () => {
    expect(() => classifyDirection(null as never)).toThrow("classifyDirection: tests must be an object, got null");
    expect(() => stageFromSymptoms([] as never)).toThrow("stageFromSymptoms: symptoms must be an object, got an array of 0");
    expect(() => suitability(getExercise("goblet-squat")!, 7 as never)).toThrow("suitability: profile must be an object, got number 7");
    expect(() => stageTransition({ stage: "movement-control" }, {} as never)).toThrow("stageTransition: weeks must be an array, got an object");
    expect(() => dailyLoads(null as never, { timeZone: "UTC", absentDays: "unknown" })).toThrow("dailyLoads: sessions must be an array, got null");
    expect(() => weekOverWeekChange(Object.create(null) as never)).toThrow("weekOverWeekChange: series.loads must be an array, got undefined");
    expect(() => deloadDue("weeks" as never)).toThrow(TypeError);
    expect(() => findExercises({}, new Map() as never)).toThrow("findExercises: catalog must be an array, got a Map");
  });

  it("a key that only an object's prototype has is not a member of any vocabulary", () => {
    expect(() => formatCitation("toString" as never)).toThrow('formatCitation: unknown citation ID the string "toString"');
    expect(() => reason("__proto__" as never, "x")).toThrow(RangeError);
    expect(() => acwrZone(1, "constructor" as never)).toThrow(/^acwrZone: unknown method/);
    expect(() => moreConservativeStage("hasOwnProperty" as never, "movement-control")).toThrow(/^moreConservativeStage: a must be one of/);
    // A null-prototype object in an error message does not crash the message.
    expect(() => sessionLoad(Object.create(null) as never, 30)).toThrow("sessionLoad: rpe must be a number from 0 to 10, got an object");
  });
});

describe("physical bounds: finite in, finite out", () => {
  it("A-1: a session lasts at most a day, and so do the sessions of one day", () => {
    expect(sessionLoad(10, 1440)).toBe(14_400);
    expect(() => sessionLoad(6, 1441)).toThrow("sessionLoad: durationMinutes must be a number > 0 and at most 1440 (a day), got number 1441");
    expect(() => sessionLoad(2, 1e308)).toThrow(RangeError);
    const issues = (input: unknown) => {
      const result = parseTrainingLog(input);
      return result.ok ? [] : result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    };
    expect(issues([{ date: "2026-03-02", rpe: 5, durationMinutes: 1441 }])).toEqual(["0.durationMinutes: durationMinutes must be at most 1440 (a day)"]);
    expect(
      issues([
        { date: "2026-03-02", rpe: 5, durationMinutes: 900 },
        { date: "2026-03-03", rpe: 5, durationMinutes: 900 },
        { startedAt: "2026-03-02T20:00:00+01:00", rpe: 5, durationMinutes: 600 },
      ]),
    ).toEqual(["2.durationMinutes: the sessions logged on 2026-03-02 (0, 2) add up to 1500 minutes; a day has 1440"]);
    expect(issues([{ date: "2026-03-02", loadAu: 1e308 }])).toEqual(["0.loadAu: loadAu must be at most 1000000000000"]);
  });

  it("A-8, V-7, P-9: loads of 1e308 are refused, not summed to Infinity", () => {
    expect(() => monotony([1e308, 1e308, 0, 0])).toThrow("monotony: day 0 has load 1e+308; loads are numbers from 0 to 1000000000000 AU");
    expect(() => volumeLoad([{ exerciseId: "goblet-squat", side: "both", reps: 2, loadKg: 1e308 }])).toThrow(
      "volumeLoad: sets[0].loadKg must be a number from 0 to 10000, got number 1e+308",
    );
    expect(() => weeklyVolume([{ date: "2026-03-02", sets: [{ exerciseId: "goblet-squat", side: "both", reps: 1e308 }] }], { unilateralSetCount: "pair" })).toThrow(
      "weeklyVolume: sessions[0].sets[0].reps must be a number from 0 to 10000, got number 1e+308",
    );
    expect(() => nextLoadStep(Number.MAX_VALUE, { kind: "fixed", stepKg: 1 })).toThrow(/^nextLoadStep: loadKg must be a number from 0 to 10000/);
    expect(() => nextLoadStep(0, { kind: "barbell", barKg: 1e308 })).toThrow(/^nextLoadStep: barKg/);
    // A step below a gram would be a step of 0 (and a division by it).
    expect(() => roundDownToAvailableLoad(10, { kind: "dumbbell", stepKg: 5e-324 })).toThrow(/^roundDownToAvailableLoad: stepKg must be a number of kg from 0.001/);
  });

  it("A-7: a coupled ratio with no uncoupled counterpart is refused, and an unreachable threshold stays finite", () => {
    expect(() => uncoupledFromCoupled(1e308)).toThrow(RangeError);
    const thresholds = zoneThresholds("uncoupled", 20, 28);
    expect(Object.values(thresholds).every(Number.isFinite)).toBe(true);
    expect(acwrZone(50, "uncoupled", thresholds)).toBe("caution");
    expect(() => zoneThresholds("uncoupled", 0)).toThrow(/^zoneThresholds: need whole-day windows/);
  });

  it("A-9: a week of next to no load gives no percentage, not Infinity", () => {
    const dates = Array.from({ length: 14 }, (_, day) => `2026-03-${String(day + 2).padStart(2, "0")}`);
    const series = { startDate: dates[0]!, endDate: dates[13]!, timeZone: "UTC", absentDays: "rest" as const, dates, loads: [...Array(7).fill(5e-324 / 7), ...Array(7).fill(300)], findings: [] };
    const [, second] = weekOverWeekChange(series);
    expect(second).toMatchObject({ changePercent: null, reason: "previous-zero" });
  });

  it("A-2: a `to` before every session gives that one day, the sessions reported outside it", () => {
    const series = dailyLoads([{ date: "2026-03-05", loadAu: 100 }], { timeZone: "UTC", absentDays: "unknown", to: "2026-03-01" });
    expect(series.dates).toEqual(["2026-03-01"]);
    expect(series.findings.map((finding) => finding.code)).toEqual(["load.outside-range", "load.gap"]);
  });
});

describe("NRS scores are whole numbers from 0 to 10 in every parser", () => {
  const quiet = { painNrs: 0, familiar: false, symptomsBefore: "back", symptomsAfter: "back", endPositionReached: true };
  it.each([2.5, 11, -1])("C-1, T-1, L-1: %s is refused", (nrs) => {
    expect(parseClearingTests({ flexion: { ...quiet, painNrs: nrs, familiar: true }, extension: quiet }).ok).toBe(false);
    expect(parseStagingInput({ worstPainNrs: nrs, endRange: "reached-pain-free", settlingTime: "within-an-hour", legSymptoms: "none" }).ok).toBe(false);
    expect(parsePainReport({ baselineNrs: 1, duringNrs: nrs }).ok).toBe(false);
  });
});
