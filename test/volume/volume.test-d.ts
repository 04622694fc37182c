import { describe, expectTypeOf, it } from "vitest";
import type { Finding, ParseResult } from "../../src/evidence/index.js";
import {
  blockTargets,
  checkSessionStructure,
  parsePerformedSession,
  setScheme,
  volumeLoad,
  weeklyVolume,
  type BlockTarget,
  type PerformedSession,
  type SessionLike,
  type SetScheme,
  type SetSchemeFound,
  type UnilateralSetCountMode,
  type VolumeSummary,
  type WeeklyVolume,
} from "../../src/volume/index.js";

describe("volume types", () => {
  it("setScheme answers a found scheme or a refusal, told apart by ok", () => {
    const scheme = setScheme(50, { min: 4, max: 8 });
    expectTypeOf(scheme).toEqualTypeOf<SetScheme>();
    if (scheme.ok) expectTypeOf(scheme).toEqualTypeOf<SetSchemeFound>();
    else expectTypeOf(scheme.code).toEqualTypeOf<"empty-range" | "target-below-range">();
  });

  it("blockTargets is read-only data", () => {
    expectTypeOf(blockTargets).toEqualTypeOf<readonly BlockTarget[]>();
    expectTypeOf(blockTargets[0]!.slots).toEqualTypeOf<readonly [BlockTarget["slots"][0], BlockTarget["slots"][1]]>();
  });

  it("checkSessionStructure takes a plan or a log and returns findings", () => {
    const log: PerformedSession = { date: "2026-11-16", sets: [{ exerciseId: "step-up", side: "left", reps: 6 }] };
    expectTypeOf(log).toExtend<SessionLike>();
    expectTypeOf({ blocks: [{ exerciseIds: ["step-up"] }] }).toExtend<SessionLike>();
    expectTypeOf(checkSessionStructure(log)).toEqualTypeOf<Finding[]>();
  });

  it("V-7: the set-count mode is required by weeklyVolume and by volumeLoad's options", () => {
    expectTypeOf<UnilateralSetCountMode>().toEqualTypeOf<"pair" | "per-side" | "half-per-side">();
    expectTypeOf(weeklyVolume([], { unilateralSetCount: "pair" })).toEqualTypeOf<WeeklyVolume>();
    expectTypeOf(weeklyVolume([], { unilateralSetCount: "pair" }).hardSets).toEqualTypeOf<number>();
    expectTypeOf(volumeLoad([]).hardSets).toEqualTypeOf<number | null>();
    expectTypeOf(volumeLoad([], { unilateralSetCount: "per-side" })).toEqualTypeOf<VolumeSummary>();
    // @ts-expect-error the mode has no default
    weeklyVolume([], {});
    // @ts-expect-error options are required
    weeklyVolume([]);
    // @ts-expect-error options without a mode
    volumeLoad([], { hardSetMaxRir: 2 });
  });

  it("parsePerformedSession returns a ParseResult of a PerformedSession", () => {
    expectTypeOf(parsePerformedSession({})).toEqualTypeOf<ParseResult<PerformedSession>>();
    expectTypeOf(parsePerformedSession).parameter(0).toEqualTypeOf<unknown>();
  });
});
