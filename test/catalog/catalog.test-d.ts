import { describe, expectTypeOf, it } from "vitest";
import {
  equipmentOf,
  extendCatalog,
  findExercises,
  fitsKit,
  getExercise,
  parseExercise,
  saferAlternatives,
  suitability,
  type Equipment,
  type EquipmentNeed,
  type Exercise,
  type ExerciseQuery,
  type SpineAxis,
  type SuitabilityAction,
  type SuitabilityDecision,
  type TrainingProfile,
} from "../../src/catalog/index.js";
import type { DirectionResult } from "../../src/classification/types.js";
import type { ParseResult, RuleId } from "../../src/evidence/index.js";

describe("catalog types", () => {
  it("a full DirectionResult fits a TrainingProfile", () => {
    expectTypeOf<{ direction: DirectionResult; stage: "movement-control" }>().toExtend<TrainingProfile>();
  });

  it("suitability returns a decision with a closed action vocabulary and a rule ID", () => {
    expectTypeOf(suitability).returns.toEqualTypeOf<SuitabilityDecision>();
    expectTypeOf<SuitabilityDecision["action"]>().toEqualTypeOf<SuitabilityAction>();
    expectTypeOf<SuitabilityAction>().toEqualTypeOf<"ok" | "caution" | "avoid">();
    expectTypeOf<SuitabilityDecision["ruleId"]>().toEqualTypeOf<RuleId>();
    expectTypeOf<SuitabilityDecision["axis"]>().toEqualTypeOf<SpineAxis | null>();
  });

  it("queries and boundaries have the documented shapes", () => {
    expectTypeOf(getExercise).returns.toEqualTypeOf<Exercise | undefined>();
    expectTypeOf(findExercises).parameter(0).toEqualTypeOf<ExerciseQuery>();
    expectTypeOf(findExercises).returns.toEqualTypeOf<Exercise[]>();
    expectTypeOf(saferAlternatives).returns.toEqualTypeOf<Exercise[]>();
    expectTypeOf(extendCatalog).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(extendCatalog).returns.toEqualTypeOf<ParseResult<readonly Exercise[]>>();
    expectTypeOf(parseExercise).returns.toEqualTypeOf<ParseResult<Exercise>>();
  });

  it("exercises are read-only", () => {
    expectTypeOf<Exercise["spineDemand"]["flexion"]>().toEqualTypeOf<0 | 1 | 2 | 3>();
    // @ts-expect-error a catalog exercise cannot be written to
    ((e: Exercise) => (e.name = "x"))(undefined as unknown as Exercise);
  });

  it("an equipment need is one piece or a list of interchangeable pieces", () => {
    expectTypeOf<Exercise["equipment"]>().toEqualTypeOf<readonly EquipmentNeed[]>();
    expectTypeOf<EquipmentNeed>().toEqualTypeOf<Equipment | readonly Equipment[]>();
    expectTypeOf(fitsKit).parameter(1).toEqualTypeOf<ReadonlySet<Equipment>>();
    expectTypeOf(equipmentOf).returns.toEqualTypeOf<Equipment[]>();
    // @ts-expect-error not a piece of equipment the catalog knows
    fitsKit({ equipment: [["kettlebell", "dumbel"]] }, new Set<Equipment>());
  });
});
