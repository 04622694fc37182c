import { describe, expect, it } from "vitest";
import { blockEffort } from "../../src/program/doseExercise.js";
import { messagesDe, messagesEn, renderPlanHtml } from "../../src/report/index.js";
import { escapeHtml } from "../../src/report/escapeHtml.js";
import { STAGES } from "../../src/staging/index.js";
import { exampleWeek } from "./examplePlan.js";

const blockCodes = Object.keys(messagesEn).filter((code) => code.startsWith("program.block-title.") || code.startsWith("program.effort.")) as (keyof typeof messagesDe)[];

describe("renderPlanHtml: block titles and effort instructions in the page's language (G-5)", () => {
  it("G-5: every effort instruction the planner gives is a template", () => {
    const templates = new Set(blockCodes.map((code) => messagesEn[code]));
    for (const stage of STAGES) for (const kind of ["single-leg", "split-stance", "bilateral", "upper", "foundation"] as const) expect(templates).toContain(blockEffort(kind, stage));
  });

  it("G-5: a German page prints every block's title and effort in German, none marked English", () => {
    const week = exampleWeek();
    const page = renderPlanHtml(week, { locale: "de" });
    const blocks = week.sessions.flatMap((session) => session.blocks);
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) {
      const title = blockCodes.find((code) => messagesEn[code] === block.title)!;
      const effort = blockCodes.find((code) => messagesEn[code] === block.effort)!;
      expect(page).toContain(`<h4>${escapeHtml(messagesDe[title])}</h4><p class="effort">${escapeHtml(messagesDe[effort])}</p>`);
      expect(page).not.toContain(escapeHtml(block.title));
      expect(page).not.toContain(escapeHtml(block.effort));
    }
  });

  it("G-5: an app's catalog wins; an app's own effort stays as it is, marked English; English pages are unchanged", () => {
    const week = exampleWeek();
    const first = week.sessions[0]!.blocks[0]!;
    const code = blockCodes.find((candidate) => messagesEn[candidate] === first.title)!;
    expect(renderPlanHtml(week, { locale: "de", catalog: { [code]: "Block A" } })).toContain("<h4>Block A</h4>");
    const own = { ...week, sessions: week.sessions.map((session) => ({ ...session, blocks: session.blocks.map((block) => ({ ...block, effort: "RPE 7." })) })) };
    expect(renderPlanHtml(own, { locale: "de" })).toContain('<p class="effort" lang="en">RPE 7.</p>');
    expect(renderPlanHtml(week)).toContain(`<h4>${escapeHtml(first.title)}</h4><p class="effort">${escapeHtml(first.effort)}</p>`);
  });
});
