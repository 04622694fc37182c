import { describe, expect, it } from "vitest";
import { formatSafetyNet, messagesDe, messagesEn, renderPlanHtml } from "../../src/report/index.js";
import { escapeHtml } from "../../src/report/escapeHtml.js";
import { SAFETY_ACTIONS, safetyNetText } from "../../src/screening/index.js";
import { exampleWeek, exampleWithheldWeek } from "./examplePlan.js";

/** Every English safety-net sentence, from the templates safetyNetText joins. */
const englishParts = Object.entries(messagesEn)
  .filter(([code]) => code.startsWith("screening.safety-net."))
  .map(([, text]) => text);

describe("formatSafetyNet", () => {
  it.each(SAFETY_ACTIONS.map((action) => [action]))("S rules: the %s safety net reads German, lead then seek-help", (action) => {
    const german = formatSafetyNet(safetyNetText(action), { locale: "de" });
    expect(german).toEqual({ text: `${messagesDe[`screening.safety-net.lead.${action}`]} ${messagesDe["screening.safety-net.seek-help"]}`, locale: "de" });
    for (const sentence of englishParts) expect(german.text).not.toContain(sentence);
  });

  it.each(SAFETY_ACTIONS.map((action) => [action]))("S-7: the %s safety net with one leg's symptoms keeps the leg line, in German", (action) => {
    const german = formatSafetyNet(safetyNetText(action, { legSymptoms: true }), { locale: "de-AT" });
    expect(german.locale).toBe("de");
    expect(german.text).toBe(
      [messagesDe[`screening.safety-net.lead.${action}`], messagesDe["screening.safety-net.leg"], messagesDe["screening.safety-net.seek-help"]].join(" "),
    );
  });

  it("S rules: in English, or a language with no template, the text is the plan's own", () => {
    const text = safetyNetText("emergency", { legSymptoms: true });
    expect(formatSafetyNet(text)).toEqual({ text, locale: "en" });
    expect(formatSafetyNet(text, { locale: "fr" })).toEqual({ text, locale: "en" });
  });

  it("S rules: an app's catalog wins, and a catalog missing a part leaves the whole text English, never half translated", () => {
    const text = safetyNetText("proceed");
    const catalog = { "screening.safety-net.lead.proceed": "Aucun signal d'alarme.", "screening.safety-net.seek-help": "Appelez le 15." };
    expect(formatSafetyNet(text, { locale: "fr", catalog })).toEqual({ text: "Aucun signal d'alarme. Appelez le 15.", locale: "fr" });
    expect(formatSafetyNet(safetyNetText("proceed", { legSymptoms: true }), { locale: "fr", catalog }).locale).toBe("en");
  });

  it("S rules: an app's own safety net, or a spinewise one altered, passes through as English", () => {
    expect(formatSafetyNet("Call your coach first.", { locale: "de" })).toEqual({ text: "Call your coach first.", locale: "en" });
    const altered = `${safetyNetText("proceed")} Call your coach.`;
    expect(formatSafetyNet(altered, { locale: "de" })).toEqual({ text: altered, locale: "en" });
  });

  it("refuses a non-string text, non-object options and a malformed locale by name", () => {
    expect(() => formatSafetyNet(1 as never)).toThrow(/^formatSafetyNet: text/);
    expect(() => formatSafetyNet("x", "de" as never)).toThrow(TypeError);
    expect(() => formatSafetyNet("x", { locale: "not a tag" })).toThrow(/^formatSafetyNet: locale/);
  });
});

describe("renderPlanHtml: the safety net in the page's language", () => {
  it("S rules: a German week prints the German safety net, unmarked, and no English safety-net sentence", () => {
    const week = exampleWeek();
    const page = renderPlanHtml(week, { locale: "de" });
    const german = formatSafetyNet(week.safetyNet, { locale: "de" }).text;
    expect(page).toContain(`<h2 id="safety-net">Wann Sie aufhören und Hilfe suchen</h2><p>${escapeHtml(german)}</p></section>`);
    for (const sentence of englishParts) expect(page).not.toContain(escapeHtml(sentence));
  });

  it("S-1: a withheld German page prints the German emergency safety net", () => {
    const withheld = exampleWithheldWeek();
    const page = renderPlanHtml(withheld, { locale: "de" });
    expect(page).toContain(`<p>${escapeHtml(formatSafetyNet(withheld.safetyNet, { locale: "de" }).text)}</p>`);
    expect(page).toContain(escapeHtml(messagesDe["screening.safety-net.lead.emergency"]));
    for (const sentence of englishParts) expect(page).not.toContain(escapeHtml(sentence));
  });
});
