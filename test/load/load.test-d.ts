import { describe, expectTypeOf, it } from "vitest";
import {
  acwr,
  acwrValues,
  acwrZone,
  dailyLoads,
  monotony,
  monotonyDetail,
  parseTrainingLog,
  sessionLoad,
  strain,
  weekOverWeekChange,
  type AcwrOptions,
  type AcwrPoint,
  type AcwrReasonCode,
  type DailySeries,
  type LoggedSession,
  type WeekChange,
  type Zone,
} from "spinewise/load";
import type { ParseResult } from "spinewise/evidence";

describe("load types", () => {
  it("A-1…A-9: the public signatures of DESIGN.md", () => {
    expectTypeOf(sessionLoad).toEqualTypeOf<(rpe: number, durationMinutes: number) => number>();
    expectTypeOf(dailyLoads).parameter(1).toMatchTypeOf<{ timeZone: string; absentDays: "unknown" | "rest" }>();
    expectTypeOf(dailyLoads).returns.toEqualTypeOf<DailySeries>();
    expectTypeOf(acwr).parameter(0).toEqualTypeOf<DailySeries | readonly (number | null)[]>();
    expectTypeOf(acwr).returns.toEqualTypeOf<AcwrPoint[]>();
    expectTypeOf(acwrValues).returns.toEqualTypeOf<Float64Array>();
    expectTypeOf(monotony).returns.toEqualTypeOf<number | null>();
    expectTypeOf(strain).returns.toEqualTypeOf<number | null>();
    expectTypeOf(weekOverWeekChange).returns.toEqualTypeOf<WeekChange[]>();
    expectTypeOf(parseTrainingLog).returns.toEqualTypeOf<ParseResult<readonly LoggedSession[]>>();
  });

  it("A-6: ratio, acute and chronic are number | null, the zone a union, the reason a code", () => {
    expectTypeOf<AcwrPoint["ratio"]>().toEqualTypeOf<number | null>();
    expectTypeOf<AcwrPoint["acute"]>().toEqualTypeOf<number | null>();
    expectTypeOf<AcwrPoint["zone"]>().toEqualTypeOf<Zone | null>();
    expectTypeOf<Zone>().toEqualTypeOf<"under-training" | "sweet-spot" | "caution" | "danger">();
    expectTypeOf<AcwrReasonCode>().toEqualTypeOf<"warming-up" | "too-many-unknown-days" | "zero-chronic">();
    expectTypeOf(acwrZone).returns.toEqualTypeOf<Zone | null>();
    expectTypeOf(monotonyDetail([1, 2]).reason).toEqualTypeOf<"zero-variation" | undefined>();
  });

  it("AcwrOptions needs a method; windows are optional; out is only for acwrValues", () => {
    expectTypeOf<{ method: "coupled" }>().toMatchTypeOf<AcwrOptions>();
    expectTypeOf<{ acuteDays: 7 }>().not.toMatchTypeOf<AcwrOptions>();
    // @ts-expect-error: an unknown method is a compile error
    acwr([], { method: "median" });
    // @ts-expect-error: acwrValues takes a Float64Array, not a plain array
    acwrValues([1, 2, 3]);
    acwrValues(new Float64Array(3), { method: "ewma", out: new Float64Array(3) });
  });

  it("inputs are readonly", () => {
    const week: readonly number[] = [1, 2, 3];
    const sessions: readonly LoggedSession[] = [{ date: "2026-03-02", loadAu: 0 }];
    expectTypeOf(monotony(week)).toEqualTypeOf<number | null>();
    expectTypeOf(dailyLoads(sessions, { timeZone: "UTC", absentDays: "rest" })).toEqualTypeOf<DailySeries>();
  });
});
