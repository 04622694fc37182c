import type { Observation, Questionnaire } from "fhir/r4.js";
import { describe, expectTypeOf, it } from "vitest";
import type { ParseResult } from "spinewise/evidence";
import {
  fromQuestionnaireResponse,
  outcomeChange,
  outcomeTrend,
  parseOutcomeAnswers,
  scoreNrs,
  scoreOdi,
  scorePsfs,
  scoreRmdq,
  toObservation,
  type DatedOutcome,
  type FhirObservation,
  type FhirQuestionnaire,
  type OdiAnswer,
  type OutcomeAnswers,
  type OutcomeChange,
  type OutcomeScore,
  type OutcomeTrend,
} from "spinewise/outcomes";
import { stageTransition, type StageDecision } from "spinewise/progression";

/** A type with every readonly and readonly array made mutable, as the R4 types declare them. */
type Mutable<T> = T extends readonly (infer Item)[] ? Mutable<Item>[] : T extends object ? { -readonly [K in keyof T]: Mutable<T[K]> } : T;

describe("outcome types", () => {
  it("O-1…O-4: the public signatures of DESIGN.md", () => {
    expectTypeOf(scoreRmdq).parameter(0).toEqualTypeOf<readonly (boolean | null)[]>();
    expectTypeOf(scoreRmdq).returns.toEqualTypeOf<OutcomeScore>();
    expectTypeOf(scorePsfs).parameter(0).toEqualTypeOf<readonly { readonly activity: string; readonly score: number }[]>();
    expectTypeOf(scoreOdi).parameter(0).toEqualTypeOf<readonly (0 | 1 | 2 | 3 | 4 | 5 | null)[]>();
    expectTypeOf(scoreNrs).toEqualTypeOf<(nrs: number) => OutcomeScore>();
    expectTypeOf(outcomeChange).toEqualTypeOf<(baseline: OutcomeScore, latest: OutcomeScore) => OutcomeChange>();
    expectTypeOf(outcomeTrend).toEqualTypeOf<(series: readonly DatedOutcome[]) => OutcomeTrend>();
    expectTypeOf(fromQuestionnaireResponse).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(fromQuestionnaireResponse).returns.toEqualTypeOf<ParseResult<OutcomeAnswers>>();
    expectTypeOf(parseOutcomeAnswers).returns.toEqualTypeOf<ParseResult<OutcomeAnswers>>();
    expectTypeOf(toObservation).returns.toEqualTypeOf<FhirObservation>();
  });

  it("O-3: an ODI answer is 0–5; a score may be null; answers are told apart by instrument", () => {
    // @ts-expect-error an ODI section takes 0–5
    scoreOdi([6, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expectTypeOf<OutcomeScore["score"]>().toEqualTypeOf<number | null>();
    expectTypeOf<OdiAnswer>().toEqualTypeOf<0 | 1 | 2 | 3 | 4 | 5>();
    const answers = {} as OutcomeAnswers;
    if (answers.instrument === "psfs") expectTypeOf(answers.activities).toEqualTypeOf<readonly { readonly activity: string; readonly score: number }[]>();
    // @ts-expect-error an NRS answer has no sections
    if (answers.instrument === "nrs") void answers.sections;
  });

  it("O-6: the FHIR shapes spinewise writes fit the R4 types", () => {
    expectTypeOf<Mutable<FhirObservation>>().toMatchTypeOf<Observation>();
    expectTypeOf<Mutable<FhirQuestionnaire>>().toMatchTypeOf<Questionnaire>();
  });

  it("O-5: stageTransition takes dated outcomes and says whether to re-screen", () => {
    expectTypeOf(stageTransition).parameter(2).toMatchTypeOf<{ outcomes?: readonly DatedOutcome[] } | undefined>();
    expectTypeOf<StageDecision["rescreen"]>().toEqualTypeOf<boolean>();
    expectTypeOf<StageDecision["outcomeChanges"]>().toEqualTypeOf<readonly OutcomeChange[]>();
  });
});
