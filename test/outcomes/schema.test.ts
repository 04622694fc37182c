import { describe, expect, it } from "vitest";
import {
  outcomeAnswersSchema,
  outcomeJsonSchema,
  parseOdiSections,
  parseOutcomeAnswers,
  parseOutcomeSeries,
  parsePsfsActivities,
  parseRmdqAnswers,
} from "../../src/outcomes/index.js";
import { ticked } from "./answers.js";

describe("outcome parsers", () => {
  it("O-1: RMDQ answers are 24 of true, false or null", () => {
    expect(parseRmdqAnswers(ticked(1, 2))).toEqual({ ok: true, value: ticked(1, 2) });
    const result = parseRmdqAnswers([true, "yes", ...ticked().slice(2)]);
    expect(result).toEqual({ ok: false, error: { issues: [{ path: [1], message: "must be true (ticked), false (not ticked) or null (unanswered)" }] } });
    expect(parseRmdqAnswers(ticked().slice(1))).toMatchObject({ ok: false, error: { issues: [{ path: [], message: "must hold 24 answers, one per statement (null when unanswered)" }] } });
  });

  it("O-2: PSFS activities list every problem by path", () => {
    const result = parsePsfsActivities([{ activity: " ", score: 3 }, { activity: "squat", score: 10.5 }, { activity: "run", score: 2, note: "x" }]);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.issues).toEqual([
      { path: [0, "activity"], message: "must name the activity (not blank)" },
      { path: [1, "score"], message: "score must be a whole number" },
      { path: [2, "note"], message: 'unknown field "note": check the spelling' },
    ]);
    expect(parsePsfsActivities([{ activity: "Squat", score: 3 }, { activity: " squat ", score: 5 }])).toEqual({
      ok: false,
      error: { issues: [{ path: [1, "activity"], message: '" squat " is named twice: name each activity once' }] },
    });
    expect(parsePsfsActivities([])).toMatchObject({ ok: false, error: { issues: [{ message: "must name at least 1 activity" }] } });
    expect(parsePsfsActivities(Array.from({ length: 6 }, (_, index) => ({ activity: `a${index}`, score: 1 })))).toMatchObject({ ok: false });
  });

  it("O-3: ODI answers are 10 of 0–5 or null", () => {
    expect(parseOdiSections([0, 1, 2, 3, 4, 5, null, 1, 1, 1]).ok).toBe(true);
    expect(parseOdiSections([0, 1, 2, 3, 4, 5, null, 1, -1, 6])).toEqual({
      ok: false,
      error: {
        issues: [
          { path: [8], message: "a section's answer must be at least 0" },
          { path: [9], message: "a section's answer must be at most 5" },
        ],
      },
    });
  });

  it("one answers object: the instrument first, then its shape, with an optional date", () => {
    expect(parseOutcomeAnswers({ instrument: "nrs", nrs: 4, date: "2026-03-02" })).toEqual({ ok: true, value: { instrument: "nrs", nrs: 4, date: "2026-03-02" } });
    expect(parseOutcomeAnswers({ instrument: "start-back", answers: [] })).toEqual({
      ok: false,
      error: { issues: [{ path: ["instrument"], message: 'instrument must be one of "rmdq", "psfs", "odi", "nrs"' }] },
    });
    expect(parseOutcomeAnswers({ instrument: "__proto__" }).ok).toBe(false);
    expect(parseOutcomeAnswers(null)).toEqual({ ok: false, error: { issues: [{ path: [], message: "outcome answers must be an object with an instrument" }] } });
    expect(parseOutcomeAnswers({ answers: ticked() })).toMatchObject({ ok: false, error: { issues: [{ path: ["instrument"] }] } });
    const bad = parseOutcomeAnswers({ instrument: "odi", sections: [1, 2], date: "2026-02-30", extra: 1 });
    expect(!bad.ok && bad.error.issues.map((issue) => issue.path)).toEqual([["sections"], ["date"], ["extra"]]);
    expect(!bad.ok && bad.error.issues[1]!.message).toBe("date must be an ISO date written YYYY-MM-DD: a real calendar date from 1900-01-01 to 2200-12-31");
  });

  it("a series needs a date on every entry and lists problems under each entry's index", () => {
    expect(parseOutcomeSeries([{ instrument: "nrs", nrs: 4, date: "2026-03-02" }, { instrument: "nrs", nrs: 3, date: "2026-03-30" }]).ok).toBe(true);
    expect(parseOutcomeSeries([{ instrument: "nrs", nrs: 4 }, { instrument: "nrs", nrs: 11, date: "2026-03-30" }])).toEqual({
      ok: false,
      error: {
        issues: [
          { path: [0, "date"], message: "date is needed in a series" },
          { path: [1, "nrs"], message: "must be at most 10 (NRS runs 0–10)" },
        ],
      },
    });
    expect(parseOutcomeSeries([])).toMatchObject({ ok: false });
    expect(parseOutcomeSeries({ instrument: "nrs", nrs: 1 })).toMatchObject({ ok: false });
  });

  it("the union schema accepts what the parser accepts", () => {
    expect(outcomeAnswersSchema.safeParse({ instrument: "rmdq", answers: ticked(3) }).success).toBe(true);
    expect(outcomeAnswersSchema.safeParse({ instrument: "rmdq", nrs: 3 }).success).toBe(false);
  });
});

describe("outcomeJsonSchema", () => {
  it("describes one answers object or a list, with the rules the parser adds", () => {
    const schema = outcomeJsonSchema();
    expect(schema).toMatchObject({ $id: "https://spinewise.dev/schemas/outcome.json", title: "spinewise outcome answers" });
    expect(String(schema.description)).toMatch(/ships no ODI wording/);
    expect(String(schema.description)).toMatch(/Every entry of a list has a date/);
    expect(JSON.stringify(schema)).toContain('"const":"psfs"');
  });
});

describe("outcomeJsonSchema dates", () => {
  it("states the date format the parser checks", () => {
    expect(JSON.stringify(outcomeJsonSchema())).toContain("2[01]\\\\d\\\\d-");
  });
});
