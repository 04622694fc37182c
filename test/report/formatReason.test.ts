import { describe, expect, it } from "vitest";
import { reason } from "../../src/evidence/index.js";
import { formatReason, messagesDe, messagesEn, SHIPPED_LOCALES } from "../../src/report/index.js";
import { screeningReason } from "../../src/screening/messages.js";
import { screen } from "../../src/screening/index.js";

const tooYoung = screeningReason("S-11", "screening.under-minimum-age", { age: 15, minimumAge: 16 });

describe("formatReason", () => {
  it("S-11: renders English from the code and params, as the message says", () => {
    expect(tooYoung.code).toBe("screening.under-minimum-age");
    expect(tooYoung.params).toEqual({ age: 15, minimumAge: 16 });
    expect(formatReason(tooYoung)).toBe("Age 15: this guidance is for people aged 16 and over; see a clinician.");
    expect(formatReason(tooYoung, { locale: "en-GB" })).toBe(tooYoung.message);
  });

  it("S-11: renders German for de and its regional tags", () => {
    const german = "Alter 15: Diese Empfehlungen gelten ab 16 Jahren; bitte lassen Sie sich ärztlich beraten.";
    expect(formatReason(tooYoung, { locale: "de" })).toBe(german);
    expect(formatReason(tooYoung, { locale: "de-AT" })).toBe(german);
  });

  it("an app's own reason (code custom) is its message in every locale", () => {
    const own = reason("A-1", "45 min at RPE 6 is {not a param} 270 AU");
    expect(own).toMatchObject({ code: "custom", params: { message: own.message } });
    for (const locale of ["en", "de", "fr"]) expect(formatReason(own, { locale })).toBe(own.message);
  });

  it("an app's catalog wins over the shipped locale, and fills its own locale", () => {
    const catalog = { "screening.under-minimum-age": "Âge {age} : à partir de {minimumAge} ans." };
    expect(formatReason(tooYoung, { locale: "fr", catalog })).toBe("Âge 15 : à partir de 16 ans.");
    expect(formatReason(tooYoung, { locale: "de", catalog })).toBe("Âge 15 : à partir de 16 ans.");
  });

  it("writes numbers the locale's way", () => {
    const why = screeningReason("S-6", "screening.flag-no-improvement", { weeks: 1234.5 });
    expect(formatReason(why)).toBe("No improvement after 1,234.5 weeks (a flag counted by S-6).");
    expect(formatReason(why, { locale: "de" })).toBe("Keine Besserung nach 1.234,5 Wochen (ein Hinweiszeichen, das nach S-6 gezählt wird).");
    expect(why.message).toBe("No improvement after 1234.5 weeks (a flag counted by S-6).");
  });

  it("falls back to the English message for an unknown code or a template naming a missing param", () => {
    const unknown = { ...tooYoung, code: "screening.from-a-newer-version" };
    expect(formatReason(unknown, { locale: "de" })).toBe(tooYoung.message);
    const catalog = { "screening.under-minimum-age": "Alter {age}, mindestens {minimumAge}, {missing}" };
    expect(formatReason(tooYoung, { locale: "de", catalog })).toBe(tooYoung.message);
    expect(formatReason({ ...tooYoung, code: "constructor" }, { locale: "de" })).toBe(tooYoung.message);
  });

  it("refuses a locale that is not a language tag, and arguments that are not objects", () => {
    expect(() => formatReason(tooYoung, { locale: "not a locale!" })).toThrow(/formatReason: locale/);
    expect(() => formatReason(null as never)).toThrow(TypeError);
    expect(() => formatReason(tooYoung, "de" as never)).toThrow(/formatReason: options/);
  });

  it("ships English and German with the same codes", () => {
    expect(Object.keys(SHIPPED_LOCALES)).toEqual(["en", "de"]);
    expect(Object.keys(messagesDe).sort()).toEqual(Object.keys(messagesEn).sort());
  });

  it("S-1: a screening decision renders in German without a placeholder left", () => {
    const decision = screen({ ageYears: 40, saddleNumbness: true });
    for (const item of [...decision.reasons, ...decision.advisories]) {
      const text = formatReason(item, { locale: "de" });
      expect(text).not.toMatch(/\{[^{}]*\}/);
      expect(text).not.toBe(item.message);
    }
  });
});

describe("formatReason: terms", () => {
  it("T-2: an ID param is shown as the locale's term of the reason's module", async () => {
    const { suitability, getExercise } = await import("../../src/catalog/index.js");
    const deadlift = getExercise("conventional-deadlift")!;
    const decision = suitability(deadlift, { direction: { pattern: "flexion-intolerant", intolerance: ["flexion"], preference: [], peripheralising: [] }, stage: "movement-control" });
    const capped = decision.reasons.find((item) => item.code === "catalog.above-cap")!;
    expect(capped.params).toMatchObject({ axis: "flexion", stage: "movement-control", sensitivity: "intolerant" });
    expect(capped.message).toMatch(/^flexion demand 3 is above the cap of \d for an intolerant direction in movement control$/);
    expect(formatReason(capped)).toBe(capped.message);
    expect(formatReason(capped, { locale: "de" })).toMatch(/^Belastung in Beugung von 3 liegt über der Grenze von \d bei einer empfindlichen Richtung in der Stufe Bewegungskontrolle$/);
    expect(formatReason(capped, { catalog: { "catalog.term.flexion": "forward bending" } })).toMatch(/^forward bending demand 3/);
  });
});
