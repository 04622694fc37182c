// Issue 13, item 10: one calendar, so every part of spinewise rejects the same dates the same way.
// Before, axialAlternation read "2026-02-30" as 2 March while planWeek threw, weeklyVolume let
// Date.parse roll it over, and a log spanning 0001–9999 or `--week-start 9999-12-31` got through.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/run.js";
import { dailyLoads, parseDailyLoadsOptions, parseTrainingLog, weekOverWeekChange, type DailySeries } from "../../src/load/index.js";
import { assess, planSession, planWeek } from "../../src/program/index.js";
import { axialAlternation, nextDose, parseExerciseLogs, type ExerciseLog, type Prescription } from "../../src/progression/index.js";
import { parsePerformedSession, weeklyVolume } from "../../src/volume/index.js";
import { memoryIo } from "../cli/memoryIo.js";

const REJECTED = ["2026-02-30", "2100-02-29", "1900-02-29", "2026-04-31", "0000-01-01", "0001-01-01", "9999-12-31", "1899-12-31", "2201-01-01"];
const EDGES = ["1900-01-01", "2200-12-31", "2000-02-29", "2024-02-29"];
const RULE = "an ISO date written YYYY-MM-DD: a real calendar date from 1900-01-01 to 2200-12-31";

const squat = { id: "back-squat", spineDemand: { axialCompression: 3 } } as const;
const goblet: Prescription = { exerciseId: "goblet-squat", sets: 3, reps: { min: 8, max: 10 }, loadKg: 16 };
const log = (date: string): ExerciseLog => ({
  date,
  exerciseId: "goblet-squat",
  sets: [{ reps: 10, loadKg: 16 }],
  pain: { baselineNrs: 1, duringNrs: 2, afterNrs: 1, nextMorningNrs: 1 },
});

function cli(argv: string[], files: Record<string, string> = {}) {
  const io = memoryIo(files);
  const code = run(argv, io);
  return { code, out: io.stdoutText(), err: io.stderrText() };
}

describe("typed functions throw a RangeError naming themselves and the value", () => {
  it.each(REJECTED)("%s", (date) => {
    const got = `got ${JSON.stringify(date)}`;
    // The issue's case: "2026-02-30" after "2026-02-28" was read as 2 March and not as consecutive.
    expect(() => axialAlternation([{ date: "2026-02-28", exercises: [squat] }, { date, exercises: [squat] }])).toThrow(
      `axialAlternation: days[1].date must be ${RULE}, ${got}`,
    );
    expect(() => nextDose([log(date)], goblet)).toThrow(`nextDose: history[0].date must be ${RULE}, ${got}`);
    expect(() => nextDose([log("2026-03-02")], goblet, { today: date })).toThrow(`nextDose: options.today must be ${RULE}, ${got}`);
    expect(() => weeklyVolume([{ date, sets: [] }], { unilateralSetCount: "per-side" })).toThrow(`weeklyVolume: sessions[0].date must be ${RULE}, ${got}`);
    expect(() => dailyLoads([{ date, loadAu: 1 }], { timeZone: "UTC", absentDays: "unknown" })).toThrow(`dailyLoads: session 0 date must be ${RULE}, ${got}`);
    expect(() => dailyLoads([], { timeZone: "UTC", absentDays: "unknown", from: date })).toThrow(`dailyLoads: from must be ${RULE}, ${got}`);
    expect(() => dailyLoads([{ startedAt: `${date}T12:00:00Z`, loadAu: 1 }], { timeZone: "UTC", absentDays: "unknown" })).toThrow(
      /^dailyLoads: session 0 has startedAt ".*", not an ISO date-time on a real calendar date from 1900-01-01 to 2200-12-31$/,
    );
    const series: DailySeries = { ...dailyLoads([{ date: "2026-03-02", loadAu: 1 }], { timeZone: "UTC", absentDays: "unknown" }), startDate: date };
    expect(() => weekOverWeekChange(series)).toThrow(`weekOverWeekChange: series.startDate must be ${RULE}, ${got}`);
  });

  it("planWeek and planSession reject the same dates, and a week that would leave the range", () => {
    const result = assess(JSON.parse(readFileSync("examples/athlete.json", "utf8")));
    if (!result.ok || result.value.status !== "cleared") throw new Error("the example athlete should be cleared");
    const assessment = result.value;
    for (const date of REJECTED) {
      expect(() => planWeek(assessment, { weekStart: date }), date).toThrow(`planWeek: weekStart must be ${RULE}, got ${JSON.stringify(date)}`);
      expect(() => planSession(assessment, { date }), date).toThrow(`planSession: date must be ${RULE}, got ${JSON.stringify(date)}`);
    }
    // The load check reads the day before the week; the week's last day must be a date too.
    expect(() => planWeek(assessment, { weekStart: "2200-12-31" })).toThrow('planWeek: weekStart must be from 1900-01-02 to 2200-12-25, got "2200-12-31"');
    expect(() => planWeek(assessment, { weekStart: "1900-01-01" })).toThrow(RangeError);
    expect(planWeek(assessment, { weekStart: "2200-12-25" }).status).toBe("planned");
    const leapWeek = planWeek(assessment, { weekStart: "2024-02-26", daysPerWeek: 6 });
    if (leapWeek.status !== "planned") throw new Error("expected a plan");
    expect(leapWeek.sessions.map((session) => session.date)).toContain("2024-02-29");
  });

  it("the supported edges and leap days are accepted everywhere", () => {
    for (const date of EDGES) {
      expect(() => axialAlternation([{ date, exercises: [squat] }]), date).not.toThrow();
      expect(nextDose([log(date)], goblet).action, date).toBeDefined();
      expect(weeklyVolume([{ date, sets: [] }], { unilateralSetCount: "per-side" }).from).toBe(date);
      expect(dailyLoads([{ date, loadAu: 1 }], { timeZone: "UTC", absentDays: "unknown" }).dates).toEqual([date]);
    }
  });

  it("a startedAt whose local day leaves the range is rejected, not folded into a huge series", () => {
    expect(() => dailyLoads([{ startedAt: "1900-01-01T00:30:00Z", loadAu: 1 }], { timeZone: "America/New_York", absentDays: "unknown" })).toThrow(
      'dailyLoads: session 0 has startedAt "1900-01-01T00:30:00Z", whose local date in America/New_York falls outside the supported dates 1900-01-01…2200-12-31',
    );
  });
});

describe("parsers reject the same dates with a clear message", () => {
  it.each(REJECTED)("%s", (date) => {
    // A date of a year outside 1900–2200 gets the range message; a day that does not exist, the format one.
    const range = date < "1900" || date >= "2201";
    const expected = (name: string) => `${name} must be ${range ? "from 1900-01-01 to 2200-12-31" : "a real calendar date written YYYY-MM-DD"}`;
    const issues = (result: { ok: boolean; error?: { issues: readonly { path: readonly (string | number)[]; message: string }[] } }) =>
      result.ok ? [] : (result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]);
    expect(issues(parseTrainingLog([{ date, loadAu: 1 }]))).toEqual([["0.date", expected("date")]]);
    expect(issues(parseDailyLoadsOptions({ timeZone: "UTC", absentDays: "unknown", from: date }))).toEqual([["from", expected("from")]]);
    expect(issues(parseExerciseLogs([log(date)]))).toEqual([["0.date", expected("date")]]);
    const volume = issues(parsePerformedSession({ date, sets: [] }));
    expect(volume).toEqual([["date", range ? expected("date") : "date must be a calendar date written YYYY-MM-DD"]]);
    // A date-time is held to the same years (its written date must also exist: Date.parse rolls 30 February over).
    if (range) expect(issues(parseTrainingLog([{ startedAt: `${date}T12:00:00Z`, loadAu: 1 }]))).toEqual([["0.startedAt", "startedAt must be from 1900-01-01 to 2200-12-31"]]);
  });

  it("a log spanning years 0001–9999 is rejected at once (it used to take minutes)", () => {
    const started = performance.now();
    const result = parseTrainingLog([
      { date: "0001-01-01", loadAu: 100 },
      { date: "9999-12-31", loadAu: 100 },
    ]);
    expect(result.ok).toBe(false);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("a log spanning the whole supported range still folds in well under a second per call", () => {
    const series = dailyLoads(
      [
        { date: "1900-01-01", loadAu: 1 },
        { date: "2200-12-31", loadAu: 1 },
      ],
      { timeZone: "UTC", absentDays: "rest" },
    );
    expect(series.dates.length).toBe(109_938);
    expect(series.dates.at(-1)).toBe("2200-12-31");
  });
});

describe("the CLI says what is wrong with a date (exit 2), never \"unexpected error\"", () => {
  it.each([
    ["9999-12-31", `--week-start must be ${RULE}, got "9999-12-31"`],
    ["2026-02-30", `--week-start must be ${RULE}, got "2026-02-30"`],
    ["2200-12-31", "the week must start from 1900-01-02 to 2200-12-25, got 2200-12-31"],
  ])("plan --week-start %s", (weekStart, message) => {
    const { code, err } = cli(["plan", "examples/athlete.json", "--week-start", weekStart]);
    expect(err).toContain(`spinewise plan: ${message}`);
    expect(err).not.toContain("unexpected error");
    expect(code).toBe(2);
  });

  it("plan --week-start on a leap day plans that week", () => {
    const { code, out } = cli(["plan", "examples/athlete.json", "--week-start", "2024-02-29"]);
    expect(code).toBe(0);
    expect(out).toContain("Thu 2024-02-29");
  });

  it("a training log with a date outside the range is bad input (exit 1) naming the row", () => {
    const { code, err } = cli(["load", "log.json"], { "log.json": JSON.stringify([{ date: "0001-01-01", loadAu: 100 }, { date: "9999-12-31", loadAu: 100 }]) });
    expect(code).toBe(1);
    expect(err).toContain("date must be from 1900-01-01 to 2200-12-31");
    expect(err).not.toContain("unexpected error");
  });
});
