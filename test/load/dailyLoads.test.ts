import { describe, expect, it } from "vitest";
import { dailyLoads, type LoggedSession } from "../../src/load/index.js";

function dayOf(startedAt: string, timeZone: string): string {
  const series = dailyLoads([{ startedAt, loadAu: 1 }], { timeZone, absentDays: "unknown" });
  return series.startDate;
}

describe("dailyLoads", () => {
  it("A-1, A-2: sums sessions per local calendar day; unknown days are null, logged rest days 0", () => {
    const series = dailyLoads(
      [
        { startedAt: "2026-03-02T18:00:00Z", rpe: 6, durationMinutes: 45 },
        { startedAt: "2026-03-02T23:30:00-05:00", rpe: 4, durationMinutes: 30 },
        { date: "2026-03-05", loadAu: 0 },
      ],
      { timeZone: "Europe/London", absentDays: "unknown" },
    );
    expect(series.dates).toEqual(["2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05"]);
    expect(series.loads).toEqual([270, 120, null, 0]);
    expect(series.findings.map((finding) => finding.code)).toEqual(["load.gap"]);
    expect(series.findings[0]).toMatchObject({ ruleId: "A-2", severity: "warning", fromDate: "2026-03-04", toDate: "2026-03-04" });
    expect(series).toMatchObject({ startDate: "2026-03-02", endDate: "2026-03-05", timeZone: "Europe/London", absentDays: "unknown" });
  });

  it("A-1: two sessions on one day add up; a precomputed loadAu counts as given", () => {
    const series = dailyLoads(
      [
        { date: "2026-03-02", rpe: 5, durationMinutes: 60 },
        { date: "2026-03-02", loadAu: 120 },
      ],
      { timeZone: "UTC", absentDays: "unknown" },
    );
    expect(series.loads).toEqual([420]);
  });

  it('A-2: absentDays "rest" turns days with no record into 0 and says so', () => {
    const series = dailyLoads(
      [
        { date: "2026-03-02", loadAu: 300 },
        { date: "2026-03-05", loadAu: 300 },
      ],
      { timeZone: "UTC", absentDays: "rest" },
    );
    expect(series.loads).toEqual([300, 0, 0, 300]);
    expect(series.findings).toHaveLength(1);
    expect(series.findings[0]).toMatchObject({ code: "load.absent-as-rest", severity: "info", fromDate: "2026-03-03", toDate: "2026-03-04" });
  });

  it("A-2: from/to extend the calendar with unknown days and leave out sessions outside", () => {
    const series = dailyLoads(
      [
        { date: "2026-02-27", loadAu: 100 },
        { date: "2026-03-02", loadAu: 300 },
      ],
      { timeZone: "UTC", absentDays: "unknown", from: "2026-03-01", to: "2026-03-03" },
    );
    expect(series.dates).toEqual(["2026-03-01", "2026-03-02", "2026-03-03"]);
    expect(series.loads).toEqual([null, 300, null]);
    expect(series.findings.map((finding) => finding.code).sort()).toEqual(["load.gap", "load.gap", "load.outside-range"]);
    expect(series.findings.find((finding) => finding.code === "load.outside-range")?.path).toEqual([0]);
  });

  it("reports sessions that look duplicated (same start, same id, same day and load) and still counts them", () => {
    const series = dailyLoads(
      [
        { startedAt: "2026-03-02T07:00:00Z", loadAu: 200 },
        { startedAt: "2026-03-02T08:00:00+01:00", loadAu: 200 },
        { date: "2026-03-03", loadAu: 100, id: "a" },
        { date: "2026-03-03", loadAu: 150, id: "a" },
        { date: "2026-03-04", loadAu: 100 },
        { date: "2026-03-04", loadAu: 100 },
      ],
      { timeZone: "UTC", absentDays: "unknown" },
    );
    expect(series.loads).toEqual([400, 250, 200]);
    const duplicates = series.findings.filter((finding) => finding.code === "load.duplicate");
    expect(duplicates.map((finding) => finding.path)).toEqual([
      [0, 1],
      [2, 3],
      [4, 5],
    ]);
    expect(duplicates.every((finding) => finding.severity === "warning")).toBe(true);
  });

  it("an empty log has no days unless a range is given", () => {
    expect(dailyLoads([], { timeZone: "UTC", absentDays: "unknown" })).toMatchObject({ dates: [], loads: [], startDate: "", endDate: "" });
    expect(dailyLoads([], { timeZone: "UTC", absentDays: "rest", from: "2026-03-01", to: "2026-03-02" }).loads).toEqual([0, 0]);
  });

  it("returns frozen data and leaves the sessions untouched", () => {
    const sessions: LoggedSession[] = [{ date: "2026-03-02", loadAu: 10 }];
    const copy = structuredClone(sessions);
    const series = dailyLoads(sessions, { timeZone: "UTC", absentDays: "unknown" });
    expect(sessions).toEqual(copy);
    expect(Object.isFrozen(series)).toBe(true);
    expect(Object.isFrozen(series.loads)).toBe(true);
    expect(Object.isFrozen(series.findings)).toBe(true);
  });

  it("programmer errors throw and name the function", () => {
    expect(() => dailyLoads([], { timeZone: "Mars/Olympus_Mons", absentDays: "unknown" })).toThrow(/dailyLoads.*Mars\/Olympus_Mons/);
    expect(() => dailyLoads([], { timeZone: "UTC", absentDays: "maybe" as "rest" })).toThrow(/dailyLoads.*absentDays/);
    expect(() => dailyLoads([], { timeZone: "UTC", absentDays: "rest", from: "2026-03-05", to: "2026-03-01" })).toThrow(/dailyLoads.*after/);
    expect(() => dailyLoads([], { timeZone: "UTC", absentDays: "rest", from: "2026-02-30" })).toThrow(RangeError);
    expect(() => dailyLoads([{ loadAu: 1 }], { timeZone: "UTC", absentDays: "rest" })).toThrow(TypeError);
    expect(() => dailyLoads([{ date: "2026-03-01" }], { timeZone: "UTC", absentDays: "rest" })).toThrow(/dailyLoads.*loadAu, or rpe and durationMinutes/);
    expect(() => dailyLoads([{ date: "2026-03-01", rpe: 12, durationMinutes: 30 }], { timeZone: "UTC", absentDays: "rest" })).toThrow(/dailyLoads: session 0.*rpe/);
    expect(() => dailyLoads([{ date: "2026-03-01", loadAu: -5 }], { timeZone: "UTC", absentDays: "rest" })).toThrow(/loadAu -5/);
    expect(() => dailyLoads([{ startedAt: "yesterday", loadAu: 5 }], { timeZone: "UTC", absentDays: "rest" })).toThrow(/yesterday/);
    expect(() => dailyLoads([{ startedAt: "2026-03-01T10:00:00Z", timeZone: "Nowhere/Land", loadAu: 5 }], { timeZone: "UTC", absentDays: "rest" })).toThrow(
      /Nowhere\/Land/,
    );
  });
});

describe("dailyLoads: time-zone day attribution (A-2)", () => {
  it("Europe/London: around midnight, and the 25-hour day when BST ends (2026-10-25)", () => {
    expect(dayOf("2026-01-15T23:59:00Z", "Europe/London")).toBe("2026-01-15");
    expect(dayOf("2026-07-15T23:30:00Z", "Europe/London")).toBe("2026-07-16"); // 00:30 BST
    expect(dayOf("2026-10-24T23:30:00Z", "Europe/London")).toBe("2026-10-25"); // 00:30 BST
    expect(dayOf("2026-10-25T23:30:00Z", "Europe/London")).toBe("2026-10-25"); // 23:30 GMT, same day
    expect(dayOf("2026-03-29T00:30:00Z", "Europe/London")).toBe("2026-03-29"); // the 23-hour day
  });

  it("America/New_York: the evening before and after the spring-forward night (2026-03-08)", () => {
    expect(dayOf("2026-03-08T04:30:00Z", "America/New_York")).toBe("2026-03-07"); // 23:30 EST
    expect(dayOf("2026-03-09T03:30:00Z", "America/New_York")).toBe("2026-03-08"); // 23:30 EDT
    expect(dayOf("2026-03-09T04:30:00Z", "America/New_York")).toBe("2026-03-09"); // 00:30 EDT
    expect(dayOf("2026-11-02T04:30:00Z", "America/New_York")).toBe("2026-11-01"); // 23:30 EST
  });

  it("Australia/Lord_Howe: a half-hour DST shift (+11:00 in summer, +10:30 in winter)", () => {
    expect(dayOf("2026-01-10T12:59:00Z", "Australia/Lord_Howe")).toBe("2026-01-10");
    expect(dayOf("2026-01-10T13:00:00Z", "Australia/Lord_Howe")).toBe("2026-01-11");
    expect(dayOf("2026-07-10T13:29:00Z", "Australia/Lord_Howe")).toBe("2026-07-10");
    expect(dayOf("2026-07-10T13:30:00Z", "Australia/Lord_Howe")).toBe("2026-07-11");
  });

  it("Pacific/Chatham: a 45-minute offset (+13:45 in summer, +12:45 in winter)", () => {
    expect(dayOf("2026-01-10T10:14:00Z", "Pacific/Chatham")).toBe("2026-01-10");
    expect(dayOf("2026-01-10T10:15:00Z", "Pacific/Chatham")).toBe("2026-01-11");
    expect(dayOf("2026-07-10T11:14:00Z", "Pacific/Chatham")).toBe("2026-07-10");
    expect(dayOf("2026-07-10T11:15:00Z", "Pacific/Chatham")).toBe("2026-07-11");
  });

  it("the offset written in startedAt does not decide the day; the athlete's zone does", () => {
    expect(dayOf("2026-03-02T23:30:00-05:00", "America/New_York")).toBe("2026-03-02");
    expect(dayOf("2026-03-02T23:30:00-05:00", "Europe/Berlin")).toBe("2026-03-03");
  });

  it("a session's own time zone (travel) wins over the series zone; a logged date is taken as is", () => {
    const series = dailyLoads(
      [
        { startedAt: "2026-03-02T20:00:00Z", timeZone: "Asia/Tokyo", loadAu: 100 }, // 05:00 on 3 March in Tokyo
        { date: "2026-03-02", loadAu: 50 },
      ],
      { timeZone: "Europe/London", absentDays: "unknown" },
    );
    expect(series.dates).toEqual(["2026-03-02", "2026-03-03"]);
    expect(series.loads).toEqual([50, 100]);
  });
});
