import { describe, expect, it } from "vitest";
import { exercises, extendCatalog, getExercise, type Exercise } from "../../src/catalog/index.js";
import { deExercises, exerciseText } from "../../src/report/index.js";

const squat = getExercise("goblet-squat")!;

describe("deExercises: every built-in exercise in German", () => {
  it("has exactly the catalog's IDs, none missing and none extra", () => {
    expect(Object.keys(deExercises).sort()).toEqual(exercises.map((exercise) => exercise.id).sort());
  });

  it("gives each a name, setup and cue: plain sentences, short enough for a printed card", () => {
    for (const [id, words] of Object.entries(deExercises)) {
      expect(Object.keys(words).sort(), id).toEqual(["cue", "name", "setup"]);
      expect(words.name.length, id).toBeGreaterThan(0);
      expect(words.name.length, id).toBeLessThanOrEqual(60);
      for (const text of [words.setup, words.cue]) {
        expect(text, id).toMatch(/^[A-ZÄÖÜ0-9][^\n]*\.$/);
        // German runs about a sixth longer than English: 110 characters become 130.
        expect(text.length, `${id}: ${text}`).toBeLessThanOrEqual(130);
      }
    }
  });

  it("gives no two exercises the same name or cue", () => {
    const words = Object.values(deExercises);
    expect(new Set(words.map((entry) => entry.name)).size).toBe(words.length);
    expect(new Set(words.map((entry) => entry.cue)).size).toBe(words.length);
  });

  it("L-1, L-2: carries no pain rule (the plan states them once)", () => {
    for (const [id, words] of Object.entries(deExercises)) {
      expect(`${words.setup} ${words.cue}`, id).not.toMatch(/Schmerz|weh tut|Beschwerden/i);
    }
  });

  it("reads as its documentation says", () => {
    expect(deExercises["goblet-squat"]?.name).toBe("Goblet-Kniebeuge");
  });

  it("is deep-frozen", () => {
    expect(Object.isFrozen(deExercises)).toBe(true);
    expect(Object.isFrozen(deExercises["goblet-squat"])).toBe(true);
  });
});

describe("exerciseText", () => {
  it("gives the catalog's English by default", () => {
    expect(exerciseText(squat)).toEqual({ name: squat.name, setup: squat.setup, cue: squat.cue, locale: "en" });
    expect(exerciseText(squat, { locale: "en-GB" }).cue).toBe(squat.cue);
  });

  it("gives German for de and its regional tags, whatever the case", () => {
    for (const locale of ["de", "de-AT", "de-CH", "DE-de"]) {
      expect(exerciseText(squat, { locale })).toEqual({ ...deExercises["goblet-squat"], locale: "de" });
    }
  });

  it("has German words for every built-in exercise", () => {
    for (const exercise of exercises) {
      expect(exerciseText(exercise, { locale: "de" }), exercise.id).toEqual({ ...deExercises[exercise.id], locale: "de" });
    }
  });

  it("falls back to the catalog's English for a language it does not ship, saying so", () => {
    expect(exerciseText(squat, { locale: "fr-CA" })).toEqual({ name: squat.name, setup: squat.setup, cue: squat.cue, locale: "en" });
  });

  it("falls back to an app's own exercise's English, with null for a missing setup or cue", () => {
    const { setup: _setup, cue: _cue, ...bare } = squat;
    const result = extendCatalog([{ ...bare, id: "heel-elevated-goblet-squat", name: "Heel-elevated goblet squat" }]);
    const own = (result.ok ? result.value.at(-1) : undefined) as Exercise;
    expect(exerciseText(own, { locale: "de" })).toEqual({ name: "Heel-elevated goblet squat", setup: null, cue: null, locale: "en" });
    const withCue: Exercise = { ...own, cue: "Sit straight down between the heels." };
    expect(exerciseText(withCue, { locale: "de" }).cue).toBe("Sit straight down between the heels.");
  });

  it("uses an app's own words first, for its own exercises or to re-word a built-in one", () => {
    const texts = { "goblet-squat": { name: "Squat gobelet", setup: "Poids contre la poitrine.", cue: "Descendre entre les talons." } };
    expect(exerciseText(squat, { locale: "fr", texts })).toEqual({ ...texts["goblet-squat"], locale: "fr" });
    const plank = getExercise("plank")!;
    expect(exerciseText(plank, { locale: "fr", texts }).locale).toBe("en");
  });

  it("never reads an ID inherited from Object.prototype", () => {
    for (const id of ["__proto__", "toString", "constructor", "hasOwnProperty"]) {
      expect(exerciseText({ ...squat, id }, { locale: "de" })).toEqual({ name: squat.name, setup: squat.setup, cue: squat.cue, locale: "en" });
    }
  });

  it("refuses a wrong argument with an error naming exerciseText", () => {
    expect(() => exerciseText(null as unknown as Exercise)).toThrow(new TypeError("exerciseText: exercise must be an object, got null"));
    expect(() => exerciseText({ ...squat, id: 3 } as unknown as Exercise)).toThrow(/^exerciseText: exercise.id must be a string/);
    expect(() => exerciseText(squat, "de" as never)).toThrow(new TypeError('exerciseText: options must be an object or undefined, got the string "de"'));
    expect(() => exerciseText(squat, { locale: 7 as unknown as string })).toThrow(TypeError);
    expect(() => exerciseText(squat, { texts: [] as never })).toThrow(/^exerciseText: texts must be an object/);
    expect(() => exerciseText(squat, { locale: "not a tag!" })).toThrow(RangeError);
    expect(() => exerciseText(squat, { locale: "not a tag!" })).toThrow(/^exerciseText: locale/);
  });
});
