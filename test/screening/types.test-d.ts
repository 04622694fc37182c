import { expectTypeOf, test } from "vitest";
import type { z } from "zod/mini";
import type { Decision, ParseResult } from "../../src/evidence/index.js";
import {
  parseClearance,
  screen,
  type AppliedClearance,
  type ClearableFeature,
  type Clearance,
  type RedFlagAnswers,
  type UnansweredQuestion,
  screenCheckIn,
  type SafetyAction,
  type SafetyDecision,
  type ScreeningInput,
  type SessionCheckIn,
  screeningInputSchema,
  sessionCheckInSchema,
} from "../../src/screening/index.js";
import { clearingTestsSchema, lowerCrossedAnswersSchema, enduranceTimesSchema, symptomHistorySchema, type ClearingTests, type EnduranceTimes, type LowerCrossedAnswers, type SymptomHistory } from "../../src/classification/index.js";
import { stagingInputSchema, type StagingInput } from "../../src/staging/index.js";

test("the schemas and the hand-written types describe the same shapes", () => {
  expectTypeOf<z.infer<typeof screeningInputSchema>>().toExtend<ScreeningInput>();
  expectTypeOf<keyof z.infer<typeof screeningInputSchema>>().toExtend<keyof ScreeningInput>();
  expectTypeOf<keyof ScreeningInput>().toExtend<keyof z.infer<typeof screeningInputSchema>>();
  expectTypeOf<z.infer<typeof sessionCheckInSchema>>().toExtend<SessionCheckIn>();
  expectTypeOf<keyof z.infer<typeof sessionCheckInSchema>>().toExtend<keyof SessionCheckIn>();
  expectTypeOf<keyof SessionCheckIn>().toExtend<keyof z.infer<typeof sessionCheckInSchema>>();
  expectTypeOf<z.infer<typeof clearingTestsSchema>>().toExtend<ClearingTests>();
  expectTypeOf<keyof z.infer<typeof clearingTestsSchema>>().toExtend<keyof ClearingTests>();
  expectTypeOf<keyof ClearingTests>().toExtend<keyof z.infer<typeof clearingTestsSchema>>();
  expectTypeOf<z.infer<typeof symptomHistorySchema>>().toExtend<SymptomHistory>();
  expectTypeOf<z.infer<typeof lowerCrossedAnswersSchema>>().toExtend<LowerCrossedAnswers>();
  expectTypeOf<LowerCrossedAnswers>().toExtend<z.infer<typeof lowerCrossedAnswersSchema>>();
  expectTypeOf<z.infer<typeof enduranceTimesSchema>>().toExtend<EnduranceTimes>();
  expectTypeOf<z.infer<typeof stagingInputSchema>>().toExtend<StagingInput>();
  expectTypeOf<keyof z.infer<typeof stagingInputSchema>>().toExtend<keyof StagingInput>();
  expectTypeOf<keyof StagingInput>().toExtend<keyof z.infer<typeof stagingInputSchema>>();
});

test("a safety decision is a Decision over the safety actions", () => {
  expectTypeOf<SafetyDecision>().toExtend<Decision<SafetyAction>>();
  expectTypeOf(screen).returns.toEqualTypeOf<SafetyDecision>();
  expectTypeOf(screenCheckIn).returns.toEqualTypeOf<SafetyDecision>();
  expectTypeOf(screen).parameter(0).toEqualTypeOf<ScreeningInput>();
});

test("S-12, S-13: clearances and unanswered questions are typed", () => {
  expectTypeOf<SafetyAction>().toExtend<string>();
  expectTypeOf<"incomplete-screening">().toExtend<SafetyAction>();
  expectTypeOf<SafetyDecision["unanswered"]>().toEqualTypeOf<readonly UnansweredQuestion[]>();
  expectTypeOf<SafetyDecision["clearances"]>().toEqualTypeOf<readonly AppliedClearance[]>();
  expectTypeOf<Clearance["covers"]>().toEqualTypeOf<readonly ClearableFeature[]>();
  expectTypeOf<"fever">().toExtend<ClearableFeature>();
  expectTypeOf<"ageYears">().not.toExtend<ClearableFeature>();
  expectTypeOf<RedFlagAnswers["fever"]>().toEqualTypeOf<boolean | "unknown" | undefined>();
  expectTypeOf<NonNullable<ScreeningInput["clearances"]>>().toEqualTypeOf<readonly Clearance[]>();
  expectTypeOf(parseClearance).returns.toEqualTypeOf<ParseResult<Clearance>>();
});
