import { describe, expect, it } from "vitest";
import { equipmentOf, exercises, fitsKit, getExercise } from "../../src/catalog/index.js";
import type { Equipment } from "../../src/catalog/types.js";

const kit = (...items: Equipment[]) => new Set<Equipment>(items);

describe("fitsKit", () => {
  it("needs every piece listed outright", () => {
    const stepUp = getExercise("step-up")!;
    expect(stepUp.equipment).toEqual(["dumbbell", ["box", "bench"]]);
    expect(fitsKit(stepUp, kit("dumbbell", "box"))).toBe(true);
    expect(fitsKit(stepUp, kit("dumbbell", "bench"))).toBe(true);
    expect(fitsKit(stepUp, kit("dumbbell"))).toBe(false);
    expect(fitsKit(stepUp, kit("box", "bench"))).toBe(false);
  });

  it("meets a list of interchangeable pieces with any one of them", () => {
    const goblet = getExercise("goblet-squat")!;
    expect(goblet.equipment).toEqual([["kettlebell", "dumbbell"]]);
    expect(fitsKit(goblet, kit("kettlebell"))).toBe(true);
    expect(fitsKit(goblet, kit("dumbbell"))).toBe(true);
    expect(fitsKit(goblet, kit("barbell", "plates"))).toBe(false);
  });

  it("writes 'a bar in a rack, or a suspension trainer' as two needs", () => {
    const row = getExercise("inverted-row")!;
    expect(fitsKit(row, kit("trx"))).toBe(true);
    expect(fitsKit(row, kit("rack", "barbell"))).toBe(true);
    expect(fitsKit(row, kit("rack"))).toBe(false);
    expect(fitsKit(row, kit("barbell"))).toBe(false);
  });

  it("assumes nothing: bodyweight work needs bodyweight in the kit", () => {
    const birdDog = exercises.find((exercise) => exercise.equipment.length === 1 && exercise.equipment[0] === "bodyweight")!;
    expect(fitsKit(birdDog, kit())).toBe(false);
    expect(fitsKit(birdDog, kit("bodyweight"))).toBe(true);
  });

  it("lists every piece an exercise mentions, once, in order", () => {
    expect(equipmentOf(getExercise("jefferson-curl")!)).toEqual(["kettlebell", "dumbbell", "box"]);
    expect(equipmentOf(getExercise("inverted-row")!)).toEqual(["rack", "trx", "barbell"]);
    expect(equipmentOf({ equipment: ["bodyweight"] })).toEqual(["bodyweight"]);
  });
});
