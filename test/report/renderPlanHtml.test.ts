import { describe, expect, it } from "vitest";
import { exercises, getExercise } from "../../src/catalog/index.js";
import { planWeek } from "../../src/program/index.js";
import { exerciseText, renderPlanHtml } from "../../src/report/index.js";
import { escapeHtml } from "../../src/report/escapeHtml.js";
import { doseText } from "../../src/report/doseText.js";
import { planWords } from "../../src/report/planWords.js";
import { exampleAssessment, EXAMPLE_OPTIONS, exampleWeek, exampleWithheldWeek, plannedExercises } from "./examplePlan.js";

const week = exampleWeek();
const html = renderPlanHtml(week);

/** The page's text without its tags (entities left as they are). */
function textOf(page: string): string {
  return page.replace(/<style>[\s\S]*?<\/style>/, "").replace(/<[^>]+>/g, " ");
}

describe("renderPlanHtml: a planned week", () => {
  it("G-6: the safety net and the pain rules come first, then the days, then the load", () => {
    const at = (needle: string): number => html.indexOf(needle);
    expect(at('id="safety-net"')).toBeGreaterThan(at("<h1>"));
    expect(at('id="pain-rules"')).toBeGreaterThan(at('id="safety-net"'));
    expect(at('class="card"')).toBeGreaterThan(at('id="pain-rules"'));
    expect(at('id="load"')).toBeGreaterThan(html.lastIndexOf('class="card"'));
    for (const rule of week.painRules) expect(html).toContain(rule.message.replace(/'/g, "&#39;"));
    expect(html).toContain("No red flag was found.");
  });

  it("never skips a heading level (h1, then h2 sections, h3 days, h4 parts of a day)", () => {
    for (const page of [html, renderPlanHtml(exampleWithheldWeek())]) {
      const levels = [...page.matchAll(/<h([1-6])[ >]/g)].map((match) => Number(match[1]));
      expect(levels[0]).toBe(1);
      expect(levels.filter((level, index) => index > 0 && level > levels[index - 1]! + 1)).toEqual([]);
    }
  });

  it("has one h1, h2 sections and an h3 per day", () => {
    expect(html.match(/<h1>/g)).toHaveLength(1);
    expect(html.match(/<h2[ >]/g)?.length).toBeGreaterThanOrEqual(4);
    expect(html.match(/<article class="card"><h3>/g)).toHaveLength(week.sessions.length);
    expect(html).toContain("<h3>Monday, March 30</h3>");
  });

  it("shows every planned exercise with its dose, verdict and folded reasons", () => {
    const items = plannedExercises(week);
    for (const item of items) expect(html).toContain(`<span class="name">${item.name.replace(/'/g, "&#39;")}</span>`);
    expect(html.match(/<li class="item">/g)).toHaveLength(items.length);
    expect(html).toContain("2 × 6 per side · tempo 3-1-1-0");
    expect(html).toContain('<span class="badge verdict-caution">caution</span>');
    // Every item's reasons are folded under it.
    expect(html.match(/<details>/g)?.length).toBeGreaterThanOrEqual(items.length);
    expect(html).toContain("<summary>Why (1 reason)</summary>");
  });

  it("A-7: the load check and the planned minutes of each day", () => {
    expect(html).toContain("Acute:chronic ratio 1.37 (ewma) on March 29, 2026: caution zone.");
    expect(html).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
    for (const session of week.sessions) expect(html).toContain(`${session.estimatedMinutes} min</text>`);
  });

  it("is self-contained: no script, link, image, font or URL to fetch", () => {
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(|src=|href=/i);
    expect(html).toMatch(/@page \{ size: auto; margin: 12mm; \}/);
    expect(html).toMatch(/\.card \{[^}]*break-inside: avoid/);
  });

  it("takes a title instead of the week's", () => {
    const titled = renderPlanHtml(week, { title: "Alex — week 13" });
    expect(titled).toContain("<title>Alex — week 13</title>");
    expect(titled).toContain("<h1>Alex — week 13</h1>");
  });
});

describe("renderPlanHtml: escaping", () => {
  it("escapes every text: names from an app's catalog, cues and the title", () => {
    const hostile = "<script>alert(1)</script>";
    const catalog = exercises.map((exercise) => ({ ...exercise, name: `${exercise.name} ${hostile}`, cues: exercise.cues.map((cue) => `${cue} <img src=x onerror=alert(1)>`) }));
    const plan = planWeek(exampleAssessment, { ...EXAMPLE_OPTIONS, catalog });
    expect(plan.status).toBe("planned");
    const page = renderPlanHtml(plan, { title: `"Week" & <b>more</b>` });
    expect(page).not.toMatch(/<script|<img|<b>more/);
    expect(page).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(page).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(page).toContain("<title>&quot;Week&quot; &amp; &lt;b&gt;more&lt;/b&gt;</title>");
    // Nothing but the page's own markup is left once the escaped text is taken out.
    expect(textOf(page)).not.toMatch(/[<>]/);
  });
});

describe("renderPlanHtml: a withheld plan", () => {
  it("S-1: renders only the action, its reasons and the safety net: no session, no exercise", () => {
    const withheld = exampleWithheldWeek();
    const page = renderPlanHtml(withheld);
    expect(page).toContain("<h1>No training plan</h1>");
    expect(page).toContain("<h2>Why there is no plan</h2>");
    expect(page).toContain(`(${withheld.ruleId})`);
    expect(page).toContain('id="safety-net"');
    expect(page).toContain(withheld.safetyNet.slice(0, 60).replace(/'/g, "&#39;"));
    expect(page).not.toMatch(/class="card"|class="item"|id="pain-rules"|id="load"|<svg/);
    for (const item of plannedExercises(week)) expect(page).not.toContain(item.name);
  });
});

describe("renderPlanHtml: language", () => {
  it("sets lang from the locale, English when the language does not ship", () => {
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(renderPlanHtml(week, { locale: "de-AT" })).toMatch(/<html lang="de-AT">/);
    expect(renderPlanHtml(week, { locale: "en-gb" })).toMatch(/<html lang="en-GB">/);
    expect(renderPlanHtml(week, { locale: "fr" })).toMatch(/<html lang="en">[\s\S]*Pain rules/);
  });

  it("renders German headings, dates and units for a German locale", () => {
    const german = renderPlanHtml(week, { locale: "de" });
    for (const heading of ["Wann Sie aufhören und Hilfe suchen", "Schmerzregeln", "Einheiten", "Trainingsbelastung", "Aufwärmen", "Rumpf"]) expect(german).toContain(heading);
    expect(german).toContain("<h1>Trainingswoche ab 30. März 2026</h1>");
    expect(german).toContain("<h3>Montag, 30. März</h3>");
    expect(german).toContain("2 × 6 pro Seite · Tempo 3-1-1-0");
    expect(german).toContain('<html lang="de">');
    expect(german).not.toMatch(/>Pain rules<|>Warm-up<|>Sessions<|>Why \(/);
  });

  it("renders every reason through formatReason in the page's locale, with an app's catalog", () => {
    const tooYoung = { ruleId: "S-11", code: "screening.under-minimum-age", params: { age: 15, minimumAge: 16 }, message: "Age 15: …", evidence: [] } as const;
    const withCode = { ...week, painRules: [tooYoung] };
    expect(renderPlanHtml(withCode, { locale: "de" })).toContain("<li>Alter 15: Diese Empfehlungen gelten ab 16 Jahren");
    expect(renderPlanHtml(withCode, { locale: "de", catalog: { "screening.under-minimum-age": "Eigene Vorlage: {age}" } })).toContain("<li>Eigene Vorlage: 15 <span");
    expect(() => renderPlanHtml(withCode, { catalog: "de" as never })).toThrow(/^renderPlanHtml: options.catalog must be an object/);
  });

  it("prints each exercise's name, setup and cue through exerciseText, in the page's language", () => {
    const german = renderPlanHtml(week, { locale: "de" });
    for (const item of plannedExercises(week)) {
      const exercise = getExercise(item.exerciseId)!;
      const text = exerciseText(exercise, { locale: "de" });
      expect(german).toContain(`<span class="name">${escapeHtml(text.name)}</span>`);
      if (text.setup !== null) expect(german).toContain(escapeHtml(text.setup));
      if (text.cue !== null) expect(german).toContain(escapeHtml(text.cue));
    }
  });

  it("uses an app's catalog (exercises) and words (texts), marking English words on a German page", () => {
    const [first] = plannedExercises(week);
    const builtIn = getExercise(first!.exerciseId)!;
    const own = { ...builtIn, setup: "App setup <on the mat>", cue: "App cue" };
    const catalog = exercises.map((exercise) => (exercise.id === own.id ? own : exercise));
    const english = renderPlanHtml(week, { exercises: catalog, texts: {} });
    expect(english).toContain("<b>Setup:</b> App setup &lt;on the mat&gt; <b>Cue:</b> App cue");
    const words = { [own.id]: { name: "Eigener Name", setup: "Eigene Ausgangsstellung", cue: "Eigener Hinweis" } };
    expect(renderPlanHtml(week, { locale: "de", texts: words })).toContain('<span class="name">Eigener Name</span>');
    // An exercise without German words keeps its English words, marked as English.
    const unknown = { ...week, sessions: week.sessions.map((session) => ({ ...session, warmUp: session.warmUp.map((item) => ({ ...item, exerciseId: "app-only", name: "App drill" })) })) };
    expect(renderPlanHtml(unknown, { locale: "de" })).toContain('<span class="name"><span lang="en">App drill</span></span>');
    expect(() => renderPlanHtml(week, { exercises: {} as never })).toThrow(/^renderPlanHtml: options.exercises must be an array/);
  });

  it("marks English text (an app's own safety net or block title, reasons without a template) lang=\"en\" on a German page", () => {
    const german = renderPlanHtml(week, { locale: "de" });
    expect(renderPlanHtml({ ...week, safetyNet: "Call your coach first." }, { locale: "de" })).toContain('<p lang="en">Call your coach first.</p>');
    const ownTitle = { ...week, sessions: week.sessions.map((session) => ({ ...session, blocks: session.blocks.map((block) => ({ ...block, title: "App block" })) })) };
    expect(renderPlanHtml(ownTitle, { locale: "de" })).toContain('<h4 lang="en">App block</h4>');
    expect(german).not.toContain(`<h4 lang="en">`);
    const untranslated = { ...week, painRules: [{ ruleId: "L-1", code: "custom", params: {}, message: "An app's own rule.", evidence: [] }] } as const;
    expect(renderPlanHtml(untranslated, { locale: "de" })).toContain(`<li lang="en">An app&#39;s own rule.`);
    expect(html).not.toMatch(/<(p|li|h4|span) lang=/);
  });

  it("S rules: the withheld page speaks the locale too", () => {
    const german = renderPlanHtml(exampleWithheldWeek(), { locale: "de" });
    expect(german).toContain("<h1>Kein Trainingsplan</h1>");
    expect(german).toContain("Sicherheitsentscheidung: Notfall: sofort Hilfe suchen");
  });
});

describe("renderPlanHtml: programmer errors", () => {
  it("refuses a plan that is not one, and options that are not an object, by name", () => {
    expect(() => renderPlanHtml(null as never)).toThrow(new TypeError("renderPlanHtml: plan must be an object, got null"));
    expect(() => renderPlanHtml({} as never)).toThrow(/^renderPlanHtml: plan.status must be "planned" or "withheld"/);
    expect(() => renderPlanHtml(week, "de" as never)).toThrow(TypeError);
    expect(() => renderPlanHtml(week, { locale: 7 as never })).toThrow(/^renderPlanHtml: options.locale must be a string/);
    expect(() => renderPlanHtml(week, { locale: "not a locale!" })).toThrow(RangeError);
    expect(() => renderPlanHtml(week, { locale: "not a locale!" })).toThrow(/^renderPlanHtml: options.locale/);
  });
});

describe("doseText", () => {
  const { words } = planWords("test", "en");
  const number = (value: number): string => String(value);
  it("writes sets × reps, uneven sets, the load, per side and the tempo", () => {
    expect(doseText({ kind: "reps", sets: [8, 8], perSide: false, loadKg: 12.5 }, words, number)).toBe("2 × 8 · 12.5 kg");
    expect(doseText({ kind: "reps", sets: [8, 8, 6], perSide: true, tempo: "3-1-1-0" }, words, number)).toBe("8, 8, 6 per side · tempo 3-1-1-0");
    expect(doseText({ kind: "hold", sets: 3, holdSeconds: 20, perSide: true }, words, number)).toBe("3 × 20 s per side");
    expect(doseText({ kind: "distance", sets: 2, distanceMeters: 20, perSide: false }, words, number)).toBe("2 × 20 m");
    expect(doseText({ kind: "breaths", sets: 3, breaths: 8 }, words, number)).toBe("3 × 8 breaths");
    expect(doseText({ kind: "minutes", minutes: 20 }, words, number)).toBe("20 min");
  });
});
