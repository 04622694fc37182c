import { describe, expect, it } from "vitest";
import { z } from "zod/mini";
import {
  acwrOptionsSchema,
  dailyLoads,
  loggedSessionSchema,
  parseAcwrOptions,
  parseDailyLoadsOptions,
  parseTrainingLog,
  trainingLogSchema,
} from "../../src/load/index.js";
import type { ParseIssue } from "../../src/evidence/index.js";

function issues(input: unknown): ParseIssue[] {
  const result = parseTrainingLog(input);
  if (result.ok) throw new Error("expected issues");
  return [...result.error.issues];
}
const paths = (input: unknown) => issues(input).map((issue) => issue.path);

describe("parseTrainingLog", () => {
  it("accepts an array of sessions and returns frozen sessions ready for dailyLoads", () => {
    const result = parseTrainingLog([
      { startedAt: "2026-03-02T18:30:00+01:00", rpe: 6, durationMinutes: 45, note: "deadlift day" },
      { date: "2026-03-03", loadAu: 0 },
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toEqual([
      { startedAt: "2026-03-02T18:30:00+01:00", rpe: 6, durationMinutes: 45, note: "deadlift day" },
      { date: "2026-03-03", loadAu: 0 },
    ]);
    expect(Object.isFrozen(result.value)).toBe(true);
    expect(dailyLoads(result.value, { timeZone: "Europe/London", absentDays: "unknown" }).loads).toEqual([270, 0]);
  });

  it("accepts { timeZone, sessions } and gives each session without a zone the log's zone", () => {
    const result = parseTrainingLog({ timeZone: "America/New_York", sessions: [{ startedAt: "2026-03-03T03:00:00Z", loadAu: 100 }, { startedAt: "2026-03-03T03:00:00Z", timeZone: "UTC", loadAu: 50 }] });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.map((session) => session.timeZone)).toEqual(["America/New_York", "UTC"]);
    expect(dailyLoads(result.value, { timeZone: "Europe/London", absentDays: "unknown" }).loads).toEqual([100, 50]);
  });

  it("A-1: RPE outside 0–10, minutes ≤ 0, and negative or non-finite loads are issues with paths", () => {
    expect(paths([{ startedAt: "2026-03-02T18:30:00Z", rpe: 11, durationMinutes: 0 }])).toEqual([
      [0, "rpe"],
      [0, "durationMinutes"],
    ]);
    expect(paths([{ date: "2026-03-02", loadAu: -1 }])).toEqual([[0, "loadAu"]]);
    expect(paths([{ date: "2026-03-02", loadAu: Number.POSITIVE_INFINITY }])).toEqual([[0, "loadAu"]]);
    expect(paths([{ date: "2026-03-02", loadAu: Number.NaN }])).toEqual([[0, "loadAu"]]);
    expect(paths([{ date: "2026-03-02", rpe: -0.5, durationMinutes: 30 }])).toEqual([[0, "rpe"]]);
    expect(issues([{ date: "2026-03-02", rpe: 11, durationMinutes: 30 }])[0]?.message).toMatch(/CR-10/);
  });

  it("A-2: bad dates, date-times without an offset and unknown time zones are issues with paths", () => {
    expect(paths([{ date: "2026-02-30", loadAu: 1 }])).toEqual([[0, "date"]]);
    expect(paths([{ startedAt: "2026-03-02T18:30:00", loadAu: 1 }])).toEqual([[0, "startedAt"]]);
    expect(paths([{ startedAt: "tomorrow", loadAu: 1 }])).toEqual([[0, "startedAt"]]);
    expect(paths([{ startedAt: "2026-03-02T18:30:00Z", timeZone: "Europe/Londn", loadAu: 1 }])).toEqual([[0, "timeZone"]]);
    expect(paths({ timeZone: "Mars/Olympus_Mons", sessions: [] })).toEqual([["timeZone"]]);
    expect(issues({ timeZone: "Mars/Olympus_Mons", sessions: [] })[0]?.message).toMatch(/unknown IANA time zone "Mars\/Olympus_Mons"/);
  });

  it("cross-field rules: one of startedAt/date, a load, and a loadAu that agrees with RPE × minutes", () => {
    expect(paths([{ loadAu: 1 }])).toEqual([[0]]);
    expect(paths([{ startedAt: "2026-03-02T18:30:00Z", date: "2026-03-02", loadAu: 1 }])).toEqual([[0, "date"]]);
    expect(paths([{ date: "2026-03-02" }])).toEqual([[0]]);
    expect(paths([{ date: "2026-03-02", rpe: 5 }])).toEqual([[0, "durationMinutes"]]);
    expect(paths([{ date: "2026-03-02", durationMinutes: 30 }])).toEqual([[0, "rpe"]]);
    expect(paths([{ date: "2026-03-02", rpe: 5, durationMinutes: 30, loadAu: 100 }])).toEqual([[0, "loadAu"]]);
    expect(parseTrainingLog([{ date: "2026-03-02", rpe: 5, durationMinutes: 30, loadAu: 150 }]).ok).toBe(true);
  });

  it("reports every problem at once, schema and cross-field, under sessions[i] in the object form", () => {
    const all = issues({ timeZone: "Mars/X", sessions: [{ date: "2026-02-30", loadAu: -1 }, { startedAt: "2026-01-01T00:00:00", rpe: 5 }, {}] });
    expect(all.map((issue) => issue.path)).toEqual([
      ["sessions", 0, "date"],
      ["sessions", 0, "loadAu"],
      ["sessions", 1, "startedAt"],
      ["timeZone"],
      ["sessions", 1, "durationMinutes"],
      ["sessions", 2],
      ["sessions", 2],
    ]);
  });

  it("rejects what is not a log", () => {
    expect(paths("x")).toEqual([[]]);
    expect(paths(null)).toEqual([[]]);
    expect(paths({ sessions: 3 })).toEqual([["sessions"]]);
    expect(paths([3])).toEqual([[0]]);
  });

  it("exports JSON-Schema-compatible schemas for the planner and the CLI", () => {
    const schema = z.toJSONSchema(trainingLogSchema) as { anyOf?: unknown[] };
    expect(schema.anyOf).toHaveLength(2);
    const session = z.toJSONSchema(loggedSessionSchema) as { properties: Record<string, { minimum?: number; maximum?: number }> };
    expect(session.properties.rpe).toMatchObject({ minimum: 0, maximum: 10 });
    expect(Object.keys(session.properties)).toEqual(["startedAt", "date", "timeZone", "rpe", "durationMinutes", "loadAu", "id", "note"]);
    expect(() => z.toJSONSchema(acwrOptionsSchema)).not.toThrow();
  });
});

describe("parseDailyLoadsOptions and parseAcwrOptions", () => {
  it("A-2: checks the time zone, absentDays and the date range", () => {
    expect(parseDailyLoadsOptions({ timeZone: "Europe/London", absentDays: "unknown", from: "2026-03-01" })).toEqual({
      ok: true,
      value: { timeZone: "Europe/London", absentDays: "unknown", from: "2026-03-01" },
    });
    const bad = parseDailyLoadsOptions({ timeZone: "Mars/Olympus_Mons", absentDays: "unknown" });
    expect(bad.ok ? [] : bad.error.issues.map((issue) => issue.path)).toEqual([["timeZone"]]);
    const worse = parseDailyLoadsOptions({ timeZone: 3, absentDays: "sometimes" });
    expect(worse.ok ? [] : worse.error.issues.map((issue) => issue.path)).toEqual([["timeZone"], ["absentDays"]]);
    const backwards = parseDailyLoadsOptions({ timeZone: "UTC", absentDays: "rest", from: "2026-03-05", to: "2026-03-01" });
    expect(backwards.ok ? [] : backwards.error.issues.map((issue) => issue.path)).toEqual([["to"]]);
  });

  it("A-3…A-6: checks the method, the windows and the unknown-day fraction", () => {
    expect(parseAcwrOptions({ method: "uncoupled" })).toEqual({ ok: true, value: { method: "uncoupled" } });
    const bad = parseAcwrOptions({ method: "coupled", acuteDays: 28, chronicDays: 7 });
    expect(bad.ok ? "" : bad.error.issues[0]?.message).toBe("chronicDays (7) must be greater than acuteDays (28)");
    const worse = parseAcwrOptions({ method: "mean", acuteDays: 1.5, maxUnknownFraction: 2 });
    expect(worse.ok ? [] : worse.error.issues.map((issue) => issue.path)).toEqual([["method"], ["acuteDays"], ["maxUnknownFraction"]]);
  });
});

describe("parseTrainingLog: empty time zone", () => {
  it("A-2: an empty time-zone name is an issue at its path, not a crash later in dailyLoads", () => {
    const result = parseTrainingLog([{ startedAt: "1990-01-01T00:00:00.000Z", timeZone: "", rpe: 0, durationMinutes: 1 }]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues.map((issue) => issue.path)).toContainEqual([0, "timeZone"]);
  });
});
