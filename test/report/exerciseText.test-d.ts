import { describe, expectTypeOf, it } from "vitest";
import { getExercise } from "../../src/catalog/index.js";
import { deExercises, exerciseText, type ExerciseText, type ExerciseWords } from "../../src/report/index.js";

describe("exerciseText types", () => {
  it("returns the words with a nullable setup and cue (apps' exercises may have neither)", () => {
    const text = exerciseText(getExercise("goblet-squat")!, { locale: "de" });
    expectTypeOf(text).toEqualTypeOf<ExerciseText>();
    expectTypeOf(text.setup).toEqualTypeOf<string | null>();
    expectTypeOf(text.name).toEqualTypeOf<string>();
  });

  it("takes an app's words as complete entries, and the German ones are complete", () => {
    expectTypeOf(exerciseText).parameter(1).toEqualTypeOf<{ readonly locale?: string; readonly texts?: Readonly<Record<string, ExerciseWords>> } | undefined>();
    expectTypeOf(deExercises["goblet-squat"]).toEqualTypeOf<ExerciseWords | undefined>();
    // @ts-expect-error an entry needs a cue
    exerciseText(getExercise("plank")!, { texts: { plank: { name: "Planche", setup: "Avant-bras au sol." } } });
  });
});
