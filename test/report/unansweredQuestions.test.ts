import { describe, expect, it } from "vitest";
import { assess, planWeek, type WithheldPlan } from "../../src/program/index.js";
import { messagesDe, messagesEn, renderPlanHtml } from "../../src/report/index.js";
import { escapeHtml } from "../../src/report/escapeHtml.js";
import { AGE_QUESTION, RED_FLAG_QUESTIONS } from "../../src/screening/index.js";
import { athlete, exampleAssessment, EXAMPLE_OPTIONS } from "./examplePlan.js";

function withheld(plan: ReturnType<typeof planWeek>): WithheldPlan {
  if (plan.status !== "withheld") throw new Error(`expected a withheld plan, got ${plan.status}`);
  return plan;
}

/** The example athlete with no safety question answered: withheld at intake (S-13). */
function unansweredAtIntake(): WithheldPlan {
  const assessed = assess({ ...(athlete as Record<string, unknown>), screening: {} });
  if (!assessed.ok) throw new Error("the intake without answers no longer parses");
  return withheld(planWeek(assessed.value, { weekStart: EXAMPLE_OPTIONS.weekStart }));
}

const germanItems = (plan: WithheldPlan): string => renderPlanHtml(plan, { locale: "de" });

describe("renderPlanHtml: the unanswered safety questions in the page's language (S-13)", () => {
  it("S-13: the questions templates are the questions RED_FLAG_QUESTIONS and AGE_QUESTION ask", () => {
    for (const item of RED_FLAG_QUESTIONS) {
      expect(messagesEn[`screening.question.${item.key}`]).toBe(item.question);
      expect(messagesEn[`screening.question.${item.key}.check-in`]).toBe(item.checkInQuestion);
    }
    expect(messagesEn["screening.question.ageYears"]).toBe(AGE_QUESTION.question);
  });

  it("S-13: a German page lists every intake question in German, none marked English", () => {
    const plan = unansweredAtIntake();
    expect(plan.unanswered).toHaveLength(21);
    const page = germanItems(plan);
    for (const item of RED_FLAG_QUESTIONS) {
      expect(page).toContain(`<li>${escapeHtml(messagesDe[`screening.question.${item.key}`])}</li>`);
      expect(page).not.toContain(escapeHtml(item.question));
    }
    expect(page).toContain(`<li>${escapeHtml(messagesDe["screening.question.ageYears"])}</li>`);
    expect(page).not.toMatch(/<li lang="en">/);
  });

  it("S-13, S-9: a check-in left unanswered lists the check-in questions in German", () => {
    const page = germanItems(withheld(planWeek(exampleAssessment, { weekStart: EXAMPLE_OPTIONS.weekStart, checkIn: {} })));
    for (const item of RED_FLAG_QUESTIONS) {
      expect(page).toContain(`<li>${escapeHtml(messagesDe[`screening.question.${item.key}.check-in`])}</li>`);
      expect(page).not.toContain(escapeHtml(item.checkInQuestion));
    }
  });

  it("S-13: an app's own question stays as it is, marked English; an app's catalog wins", () => {
    const plan = unansweredAtIntake();
    const own = { ...plan, unanswered: [{ path: ["screening", "fever"], question: "Any fever this week?" }] };
    expect(renderPlanHtml(own, { locale: "de" })).toContain('<li lang="en">Any fever this week?</li>');
    const catalog = { "screening.question.fever": "Fieber? Schüttelfrost? Nachtschweiß?" };
    expect(renderPlanHtml({ ...plan, unanswered: plan.unanswered.slice(8, 9) }, { locale: "de", catalog })).toContain("<li>Fieber? Schüttelfrost? Nachtschweiß?</li>");
    expect(renderPlanHtml(plan)).toContain(`<li>${escapeHtml(RED_FLAG_QUESTIONS[0]!.question)}</li>`);
  });
});
