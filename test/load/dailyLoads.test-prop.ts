import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { dailyLoads, type LoggedSession } from "../../src/load/index.js";

const instant = fc.date({ noInvalidDate: true, min: new Date("1980-01-01T00:00:00Z"), max: new Date("2080-12-31T23:59:59Z") });
// Etc/GMT-N is N hours AHEAD of UTC (POSIX sign convention).
const fixedOffsetHours = fc.integer({ min: -12, max: 14 });
const zoneName = (hours: number) => (hours === 0 ? "UTC" : `Etc/GMT${hours > 0 ? "-" : "+"}${Math.abs(hours)}`);

test.prop([instant, fixedOffsetHours])("A-2: in a fixed-offset zone the local day is the UTC day of the instant shifted by the offset", (date, hours) => {
  const series = dailyLoads([{ startedAt: date.toISOString(), loadAu: 1 }], { timeZone: zoneName(hours), absentDays: "unknown" });
  const expected = new Date(date.getTime() + hours * 3_600_000).toISOString().slice(0, 10);
  expect(series.dates).toEqual([expected]);
});

test.prop([instant, fc.constantFrom("Europe/London", "America/New_York", "Australia/Lord_Howe", "Pacific/Chatham", "Asia/Kathmandu")])(
  "A-2: an instant's local day is the date its zone's wall clock shows (written with any offset)",
  (date, timeZone) => {
    const wall = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(date);
    // The same instant written with a +05:30 offset must land on the same day.
    const shifted = new Date(date.getTime() + 5.5 * 3_600_000).toISOString().replace("Z", "+05:30");
    for (const startedAt of [date.toISOString(), shifted]) {
      expect(dailyLoads([{ startedAt, loadAu: 1 }], { timeZone, absentDays: "unknown" }).startDate).toBe(wall);
    }
  },
);

const session: fc.Arbitrary<LoggedSession> = fc.oneof(
  fc.record({ date: fc.integer({ min: 0, max: 60 }).map((day) => new Date(Date.UTC(2026, 0, 1 + day)).toISOString().slice(0, 10)), loadAu: fc.integer({ min: 0, max: 900 }) }),
  fc.record({
    startedAt: fc.date({ noInvalidDate: true, min: new Date("2026-01-01T00:00:00Z"), max: new Date("2026-03-01T00:00:00Z") }).map((date) => date.toISOString()),
    rpe: fc.integer({ min: 0, max: 10 }),
    durationMinutes: fc.integer({ min: 1, max: 120 }),
  }),
);

test.prop([fc.array(session, { maxLength: 40 }), fc.constantFrom("unknown", "rest") as fc.Arbitrary<"unknown" | "rest">, fc.constantFrom("UTC", "Pacific/Chatham", "America/New_York")])(
  "A-1, A-2: every session's load lands on exactly one day; days are consecutive; absent days are null or 0 as asked",
  (sessions, absentDays, timeZone) => {
    const series = dailyLoads(sessions, { timeZone, absentDays });
    const total = sessions.reduce((sum, item) => sum + (item.loadAu ?? (item.rpe ?? 0) * (item.durationMinutes ?? 0)), 0);
    expect(series.loads.reduce<number>((sum, load) => sum + (load ?? 0), 0)).toBe(total);
    expect(series.dates.length).toBe(series.loads.length);
    for (let day = 1; day < series.dates.length; day++) {
      expect(Date.parse(series.dates[day] as string) - Date.parse(series.dates[day - 1] as string)).toBe(86_400_000);
    }
    if (absentDays === "rest") expect(series.loads.includes(null)).toBe(false);
    const gapDays = series.findings
      .filter((finding) => finding.code === "load.gap")
      .reduce((sum, finding) => sum + (Date.parse(finding.toDate) - Date.parse(finding.fromDate)) / 86_400_000 + 1, 0);
    expect(gapDays).toBe(series.loads.filter((load) => load === null).length);
  },
);
