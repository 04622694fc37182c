import { describe, expectTypeOf, it } from "vitest";
import {
  acwrByAthlete,
  acwrDiagnostics,
  checkLog,
  pmc,
  spineAxisLoad,
  weeklyVerdict,
  type AcwrColumns,
  type AcwrDiagnostics,
  type AcwrOptions,
  type AxisSeries,
  type DailySeries,
  type DecayConvention,
  type LogFinding,
  type PmcOptions,
  type PmcResult,
  type WeeklyVerdict,
} from "spinewise/load";
import type { Exercise } from "spinewise/catalog";
import type { PerformedSession } from "spinewise/volume";

describe("load types, continued (A-11…A-18)", () => {
  it("A-11…A-18: the signatures of DESIGN.md's next: load, continued", () => {
    expectTypeOf(pmc).parameter(0).toEqualTypeOf<DailySeries | readonly (number | null)[] | Float64Array>();
    expectTypeOf(pmc).parameter(1).toEqualTypeOf<PmcOptions | undefined>();
    expectTypeOf(pmc).returns.toEqualTypeOf<PmcResult>();
    expectTypeOf<PmcResult["ctl"]>().toEqualTypeOf<readonly number[]>();
    expectTypeOf(checkLog).returns.toEqualTypeOf<LogFinding[]>();
    expectTypeOf(spineAxisLoad).parameter(0).toEqualTypeOf<readonly PerformedSession[]>();
    expectTypeOf(spineAxisLoad).parameter(1).toMatchTypeOf<{ catalog: readonly Exercise[]; absentDays: "unknown" | "rest" }>();
    expectTypeOf(spineAxisLoad).returns.toEqualTypeOf<AxisSeries>();
    expectTypeOf(acwrByAthlete).parameter(0).toMatchTypeOf<{ athlete: ArrayLike<string | number>; day: Int32Array; load: Float64Array }>();
    expectTypeOf(acwrByAthlete).returns.toEqualTypeOf<AcwrColumns>();
    expectTypeOf<AcwrColumns["ratio"]>().toEqualTypeOf<Float64Array>();
    expectTypeOf(acwrDiagnostics).returns.toEqualTypeOf<AcwrDiagnostics>();
    expectTypeOf(weeklyVerdict).returns.toEqualTypeOf<WeeklyVerdict>();
  });

  it("A-13: the decay is a closed vocabulary, an option of the ratio and of the PMC", () => {
    expectTypeOf<DecayConvention>().toEqualTypeOf<"span" | "exponential" | "half-life" | "linear">();
    expectTypeOf<AcwrOptions["decay"]>().toEqualTypeOf<DecayConvention | undefined>();
    expectTypeOf<PmcOptions["decay"]>().toEqualTypeOf<DecayConvention | undefined>();
    // @ts-expect-error: "ema" is not a decay convention
    pmc([1], { decay: "ema" });
    // @ts-expect-error: spineAxisLoad needs the catalog and absentDays
    spineAxisLoad([], {});
  });
});
