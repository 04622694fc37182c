import type { UnansweredQuestion } from "../../src/screening/index.js";
import { describe, expectTypeOf, it } from "vitest";
import type { ParseResult } from "../../src/evidence/index.js";
import {
  assess,
  planSession,
  planWeek,
  type Assessment,
  type PlannedSession,
  type PlannedWeek,
  type SessionPlan,
  type WeekPlan,
  type WithheldPlan,
  type WithholdingAction,
} from "../../src/program/index.js";

describe("program types", () => {
  it("assess takes unknown and returns a parse result", () => {
    expectTypeOf(assess).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(assess).returns.toEqualTypeOf<ParseResult<Assessment>>();
  });

  it("S rules: a withheld plan cannot carry sessions", () => {
    expectTypeOf<WithheldPlan["sessions"]>().toEqualTypeOf<undefined>();
    expectTypeOf<WithholdingAction>().toEqualTypeOf<"emergency" | "urgent-referral" | "stop-until-cleared" | "incomplete-screening">();
    expectTypeOf<WithheldPlan["unanswered"]>().toEqualTypeOf<readonly UnansweredQuestion[]>();
    expectTypeOf(planWeek).returns.toEqualTypeOf<WeekPlan>();
    expectTypeOf(planSession).returns.toEqualTypeOf<SessionPlan>();
  });

  it("narrowing on status gives the sessions", () => {
    const week = {} as WeekPlan;
    if (week.status === "planned") expectTypeOf(week).toEqualTypeOf<PlannedWeek>();
    else expectTypeOf(week.action).toEqualTypeOf<WithholdingAction>();
    const session = {} as SessionPlan;
    if (session.status === "planned") expectTypeOf(session).toEqualTypeOf<PlannedSession>();
  });

  it("a cleared assessment only ever allows training", () => {
    const assessment = {} as Assessment;
    if (assessment.status === "cleared") expectTypeOf(assessment.action).toEqualTypeOf<"proceed" | "proceed-with-advisory">();
    // @ts-expect-error a withheld assessment has no stage
    if (assessment.status === "withheld") void assessment.stage;
  });
});
