import { describe, expectTypeOf, it } from "vitest";
import type { Decision, Reason } from "../../src/evidence/index.js";
import type { SafetyDecision } from "../../src/screening/index.js";
import type { StageResult } from "../../src/staging/index.js";
import type { Exercise, Ladder } from "../../src/catalog/index.js";
import {
  axialAlternation,
  deloadDue,
  nextDose,
  nextLadderStep,
  painResponse,
  parseExerciseLogs,
  stageTransition,
  type AxialItem,
  type DoseAxis,
  type DoseDecision,
  type DoseExercise,
  type LadderDecision,
  type PainResponse,
  type PainResponseAction,
  type SessionSafetyCheck,
  type StagedResult,
} from "../../src/progression/index.js";

describe("progression types", () => {
  it("decisions are Decision values with their own vocabularies", () => {
    expectTypeOf(painResponse).returns.toEqualTypeOf<PainResponse>();
    expectTypeOf<PainResponse>().toExtend<Decision<PainResponseAction>>();
    expectTypeOf<DoseDecision["action"]>().toEqualTypeOf<"hold" | "progress" | "regress" | "stop">();
    expectTypeOf<DoseDecision["axis"]>().toEqualTypeOf<DoseAxis | null>();
    expectTypeOf(nextLadderStep).returns.toEqualTypeOf<LadderDecision>();
    expectTypeOf(deloadDue).returns.toHaveProperty("action").toEqualTypeOf<"deload" | "continue">();
    expectTypeOf(axialAlternation).returns.items.toExtend<Reason>();
  });

  it("accepts the other modules' values structurally", () => {
    expectTypeOf<Exercise>().toExtend<DoseExercise>();
    expectTypeOf<Exercise>().toExtend<AxialItem>();
    expectTypeOf<SafetyDecision>().toExtend<SessionSafetyCheck>();
    expectTypeOf<StageResult>().toExtend<StagedResult>();
    expectTypeOf(stageTransition).parameter(0).toEqualTypeOf<StagedResult>();
    expectTypeOf<readonly Ladder[]>().toExtend<NonNullable<Parameters<typeof nextLadderStep>[2]>["ladders"]>();
  });

  it("rejects unknown ladders and misspelt options at compile time", () => {
    // @ts-expect-error "deadlift" is not a ladder ID
    nextLadderStep("deadlift", []);
    // @ts-expect-error the option is greenSessionsToProgress
    nextDose([], { exerciseId: "x", sets: 3, reps: { min: 1, max: 2 } }, { greenSessions: 2 });
  });

  it("parsers return readonly typed values", () => {
    const result = parseExerciseLogs([]);
    if (result.ok) expectTypeOf(result.value).toExtend<readonly { readonly date: string }[]>();
  });
});
