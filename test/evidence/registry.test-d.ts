import { describe, expectTypeOf, it } from "vitest";
import { reason, rules, type CitationId, type Decision, type ParseResult, type RuleId } from "../../src/evidence/index.js";

describe("evidence types", () => {
  it("accepts known rule and citation IDs only", () => {
    expectTypeOf<"S-1">().toExtend<RuleId>();
    expectTypeOf<"A-10">().toExtend<RuleId>();
    expectTypeOf<"Z-1">().not.toExtend<RuleId>();
    expectTypeOf<"foster-2001">().toExtend<CitationId>();
    expectTypeOf<"made-up-2099">().not.toExtend<CitationId>();
    // @ts-expect-error: an unknown rule ID is a compile error
    reason("S-99", "no such rule");
    // @ts-expect-error: an unknown citation ID is a compile error
    reason("S-1", "bad source", ["nobody-2000"]);
  });

  it("types each rule record with its own ID", () => {
    expectTypeOf(rules["A-1"].id).toEqualTypeOf<"A-1">();
  });

  it("narrows ParseResult on ok", () => {
    const result = {} as ParseResult<number>;
    if (result.ok) expectTypeOf(result.value).toEqualTypeOf<number>();
    else expectTypeOf(result.error.issues[0]!.path).toEqualTypeOf<readonly (string | number)[]>();
  });

  it("decisions carry an action vocabulary", () => {
    expectTypeOf<Decision<"go" | "stop">["action"]>().toEqualTypeOf<"go" | "stop">();
  });
});
