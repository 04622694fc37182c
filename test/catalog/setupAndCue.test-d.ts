import { describe, expectTypeOf, it } from "vitest";
import type { BuiltInExercise, Exercise } from "../../src/catalog/index.js";
import { builtInExercises } from "../../src/catalog/data/index.js";

describe("setup and cue types", () => {
  it("are optional on an Exercise (apps' own) and required on a BuiltInExercise", () => {
    expectTypeOf<Exercise["setup"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Exercise["cue"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<BuiltInExercise["setup"]>().toEqualTypeOf<string>();
    expectTypeOf<BuiltInExercise["cue"]>().toEqualTypeOf<string>();
    expectTypeOf(builtInExercises).toEqualTypeOf<readonly BuiltInExercise[]>();
  });

  it("a built-in exercise is still an Exercise, and an exercise without them is not a built-in one", () => {
    expectTypeOf<BuiltInExercise>().toExtend<Exercise>();
    expectTypeOf<Exercise>().not.toExtend<BuiltInExercise>();
  });
});
