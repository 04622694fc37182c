import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { dailyLoads, parseAcwrOptions, parseDailyLoadsOptions, parseTrainingLog } from "../../src/load/index.js";

const isIssueList = (issues: readonly { path: readonly unknown[]; message: string }[]) =>
  issues.length > 0 && issues.every((issue) => Array.isArray(issue.path) && typeof issue.message === "string" && issue.message.length > 0);

test.prop([fc.anything()])("parseTrainingLog never throws on anything; failures carry issues with paths and messages", (input) => {
  const result = parseTrainingLog(input);
  if (!result.ok) expect(isIssueList(result.error.issues)).toBe(true);
  else expect(Array.isArray(result.value)).toBe(true);
});

const sessionLike = fc.record(
  {
    startedAt: fc.oneof(fc.date({ noInvalidDate: true, min: new Date("1990-01-01"), max: new Date("2090-01-01") }).map((date) => date.toISOString()), fc.string()),
    date: fc.oneof(fc.constant("2026-03-02"), fc.constant("2026-02-30"), fc.string()),
    timeZone: fc.constantFrom("UTC", "Europe/London", "Pacific/Chatham", "Nowhere/Land", ""),
    rpe: fc.oneof(fc.double(), fc.integer({ min: -2, max: 12 })),
    durationMinutes: fc.oneof(fc.double(), fc.integer({ min: -5, max: 120 })),
    loadAu: fc.oneof(fc.double(), fc.integer({ min: -5, max: 900 })),
    id: fc.oneof(fc.string(), fc.integer()),
  },
  { requiredKeys: [] },
);

test.prop([fc.oneof(fc.array(sessionLike, { maxLength: 8 }), fc.record({ timeZone: fc.constantFrom("UTC", "Mars/X"), sessions: fc.array(sessionLike, { maxLength: 8 }) }))])(
  "parseTrainingLog on near-valid logs: never throws, and whatever it accepts dailyLoads can sum",
  (input) => {
    const result = parseTrainingLog(input);
    if (!result.ok) {
      expect(isIssueList(result.error.issues)).toBe(true);
      return;
    }
    const series = dailyLoads(result.value, { timeZone: "UTC", absentDays: "unknown" });
    const total = result.value.reduce((sum, session) => sum + (session.loadAu ?? (session.rpe ?? 0) * (session.durationMinutes ?? 0)), 0);
    const summed = series.loads.reduce<number>((sum, load) => sum + (load ?? 0), 0);
    expect(Math.abs(summed - total)).toBeLessThanOrEqual(1e-9 * Math.max(1, total));
  },
);

test.prop([fc.anything()])("parseDailyLoadsOptions and parseAcwrOptions never throw", (input) => {
  for (const result of [parseDailyLoadsOptions(input), parseAcwrOptions(input)]) {
    if (!result.ok) expect(isIssueList(result.error.issues)).toBe(true);
  }
});
