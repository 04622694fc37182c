import { describe, expect, it } from "vitest";
import { citations, rules } from "../../src/evidence/index.js";
import {
  outcomeInstruments,
  scoreNrs,
  scoreOdi,
  scoreOutcome,
  scorePsfs,
  scoreRmdq,
  type OdiAnswer,
  type OutcomeScore,
} from "../../src/outcomes/index.js";
import { ticked } from "./answers.js";


describe("scoreRmdq", () => {
  it("O-1: the score is the number of statements ticked, 0–24, higher is worse", () => {
    const score = scoreRmdq(ticked(2, 3, 11, 13, 18));
    expect(score).toMatchObject({ instrument: "rmdq", score: 5, range: { min: 0, max: 24 }, direction: "higher-is-worse", unit: "points", ruleId: "O-1", missing: [] });
    expect(score.reasons[0]!.message).toMatch(/5 of 24 statements/);
    expect(scoreRmdq(ticked()).score).toBe(0);
    expect(scoreRmdq(Array.from({ length: 24 }, () => true)).score).toBe(24);
  });

  it("O-1: not applicable counts as not ticked, and any unanswered statement means no score", () => {
    const answers: (boolean | null)[] = ticked(1, 2, 3);
    answers[6] = null;
    answers[19] = null;
    const score = scoreRmdq(answers);
    expect(score).toMatchObject({ score: null, reasonCode: "incomplete-answers", missing: [7, 20] });
    expect(score.reasons[0]!.message).toMatch(/2 of 24 statements unanswered \(7, 20\)/);
  });

  it("O-1: a list that is not 24 answers is a programmer error", () => {
    expect(() => scoreRmdq(ticked(1).slice(0, 23))).toThrow(/^scoreRmdq: answers must hold 24 answers, got 23/);
    expect(() => scoreRmdq([...ticked(), "yes" as unknown as boolean].slice(1))).toThrow(RangeError);
    expect(() => scoreRmdq(null as unknown as boolean[])).toThrow(TypeError);
  });
});

describe("scorePsfs", () => {
  it("O-2: the score is the mean of 1–5 activities rated 0–10, higher is better", () => {
    const score = scorePsfs([
      { activity: "deadlift from the floor", score: 2 },
      { activity: "sit through a film", score: 5 },
      { activity: "tie shoelaces", score: 7 },
    ]);
    expect(score.score).toBeCloseTo(14 / 3, 12);
    expect(score).toMatchObject({ instrument: "psfs", range: { min: 0, max: 10 }, direction: "higher-is-better", ruleId: "O-2" });
    expect(score.activities).toEqual([
      { activity: "deadlift from the floor", score: 2 },
      { activity: "sit through a film", score: 5 },
      { activity: "tie shoelaces", score: 7 },
    ]);
    expect(score.reasons[0]!.message).toBe("PSFS 4.7/10, the mean of 3 activities (10 means able to do it as before the problem).");
    expect(scorePsfs([{ activity: "run", score: 10 }]).score).toBe(10);
  });

  it("O-2: no activity, more than five, a blank name or a rating outside 0–10 is refused", () => {
    expect(() => scorePsfs([])).toThrow(/^scorePsfs: activities must hold 1 to 5 activities, got 0/);
    expect(() => scorePsfs(Array.from({ length: 6 }, (_, index) => ({ activity: `a${index}`, score: 5 })))).toThrow(RangeError);
    expect(() => scorePsfs([{ activity: " ", score: 5 }])).toThrow(/must name the activity/);
    expect(() => scorePsfs([{ activity: "squat", score: 11 }])).toThrow(/^scorePsfs: activities\[0\]\.score/);
    expect(() => scorePsfs([{ activity: "squat", score: 4.5 }])).toThrow(RangeError);
  });
});

describe("scoreOdi", () => {
  it("O-3: Fairbank & Pynsent's worked example: 16 points over 10 sections is 32 %", () => {
    const score = scoreOdi([3, 2, 2, 2, 2, 1, 1, 1, 1, 1]);
    expect(score).toMatchObject({ instrument: "odi", score: 32, unit: "percent", range: { min: 0, max: 100 }, direction: "higher-is-worse", ruleId: "O-3", missing: [] });
  });

  it("O-3: one section missing: 16 points out of 45 is 35.6 % (the paper prints 35.5)", () => {
    const score = scoreOdi([3, 2, 2, 2, 2, 1, 1, 1, 2, null]);
    expect(score.score).toBeCloseTo((16 / 45) * 100, 10);
    expect(score.missing).toEqual([10]);
    expect(score.reasons[0]!.message).toBe("ODI 35.6 %: 16 of 45 points, section 10 unanswered (higher means more disability).");
  });

  it("O-3: two sections missing: no score, with the reason", () => {
    const score = scoreOdi([3, 2, null, 2, 2, 1, 1, 1, 1, null]);
    expect(score).toMatchObject({ score: null, reasonCode: "too-many-missing-sections", missing: [3, 10] });
    expect(score.reasons[0]!.message).toMatch(/2 of 10 sections unanswered \(3, 10\)/);
  });

  it("O-3: the bounds are 0 and 100", () => {
    expect(scoreOdi(Array.from({ length: 10 }, (): OdiAnswer => 0)).score).toBe(0);
    expect(scoreOdi(Array.from({ length: 10 }, (): OdiAnswer => 5)).score).toBe(100);
    expect(scoreOdi([5, 5, 5, 5, 5, 5, 5, 5, 5, null]).score).toBe(100);
  });

  it("O-3: a list that is not 10 answers, or an answer outside 0–5, is a programmer error", () => {
    expect(() => scoreOdi([1, 2, 3])).toThrow(/^scoreOdi: sections must hold 10 answers, got 3/);
    expect(() => scoreOdi([6, 0, 0, 0, 0, 0, 0, 0, 0, 0] as unknown as OdiAnswer[])).toThrow(/^scoreOdi: sections\[0\]/);
  });
});

describe("scoreNrs", () => {
  it("O-4: a pain rating is an outcome score 0–10, higher is worse", () => {
    expect(scoreNrs(6)).toMatchObject({ instrument: "nrs", score: 6, range: { min: 0, max: 10 }, direction: "higher-is-worse" });
    expect(() => scoreNrs(11)).toThrow(/^scoreNrs: nrs must be a whole number from 0 to 10, got number 11/);
    expect(() => scoreNrs(2.5)).toThrow(RangeError);
    expect(() => scoreNrs(Number.NaN)).toThrow(RangeError);
  });
});

describe("scoreOutcome", () => {
  it("O-1…O-3: scores answers by their instrument", () => {
    expect(scoreOutcome({ instrument: "rmdq", answers: ticked(1, 2) }).score).toBe(2);
    expect(scoreOutcome({ instrument: "psfs", activities: [{ activity: "squat", score: 6 }] }).score).toBe(6);
    expect(scoreOutcome({ instrument: "odi", sections: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1] }).score).toBe(20);
    expect(scoreOutcome({ instrument: "nrs", nrs: 3 }).score).toBe(3);
    expect(() => scoreOutcome({ instrument: "start-back" } as never)).toThrow(/^scoreOutcome: answers.instrument/);
  });
});

describe("instrument metadata", () => {
  it("O-1…O-3: names, licences and sources; ODI is licensed and spinewise ships no wording", () => {
    expect(outcomeInstruments.rmdq.licence).toBe("free");
    expect(outcomeInstruments.psfs.licence).toBe("free");
    expect(outcomeInstruments.odi.licence).toBe("licensed");
    expect(outcomeInstruments.odi.licenceNote).toMatch(/Mapi Research Trust/);
    expect(outcomeInstruments.odi.licenceNote).toMatch(/ships no item wording/);
  });

  it("every reason cites its rule and sources that are in the registry", () => {
    const scores: OutcomeScore[] = [scoreRmdq(ticked(1)), scorePsfs([{ activity: "run", score: 3 }]), scoreOdi([1, 1, 1, 1, 1, 1, 1, 1, 1, 1]), scoreNrs(2)];
    for (const score of scores) {
      const info = outcomeInstruments[score.instrument];
      expect(score.ruleId).toBe(info.ruleId);
      expect(rules[score.ruleId]).toBeDefined();
      for (const item of score.reasons) for (const id of item.evidence) expect(citations[id]?.id).toBe(id);
      for (const id of info.citations) expect(citations[id]?.id).toBe(id);
    }
    for (const id of ["O-1", "O-2", "O-3"] as const) expect(rules[id].citations).toEqual(expect.arrayContaining([...outcomeInstruments[id === "O-1" ? "rmdq" : id === "O-2" ? "psfs" : "odi"].citations]));
  });

  it("scores are frozen", () => {
    const score = scorePsfs([{ activity: "run", score: 3 }]);
    expect(Object.isFrozen(score)).toBe(true);
    expect(Object.isFrozen(score.activities)).toBe(true);
    expect(Object.isFrozen(score.reasons[0])).toBe(true);
  });
});
