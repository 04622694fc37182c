import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { deepFreeze } from "../../src/internal/freeze.js";
import {
  outcomeChange,
  parseOutcomeAnswers,
  scoreNrs,
  scoreOdi,
  scoreOutcome,
  scorePsfs,
  scoreRmdq,
  type OdiAnswer,
  type OutcomeScore,
} from "../../src/outcomes/index.js";
import { odiSections, outcomeAnswers, psfsActivities, rmdqAnswers } from "./arbitraries.js";

describe("outcome score properties", () => {
  test.prop([outcomeAnswers()])("O-1…O-3: a score is null or a finite number within its range, and parsing round-trips the answers", (answers) => {
    const score = scoreOutcome(deepFreeze(answers));
    if (score.score === null) {
      expect(score.reasonCode).toBeDefined();
    } else {
      expect(Number.isFinite(score.score)).toBe(true);
      expect(score.score).toBeGreaterThanOrEqual(score.range.min);
      expect(score.score).toBeLessThanOrEqual(score.range.max);
    }
    expect(parseOutcomeAnswers(answers)).toEqual({ ok: true, value: answers });
  });

  test.prop([rmdqAnswers(), fc.nat(23)])("O-1: ticking one more statement never lowers the RMDQ", (answers, index) => {
    const before = scoreRmdq(answers).score;
    const more = answers.map((answer, at) => (at === index ? true : answer));
    const after = scoreRmdq(more).score;
    if (before !== null && after !== null) expect(after).toBeGreaterThanOrEqual(before);
    if (answers[index] === false && before !== null) expect(after).toBe(before + 1);
  });

  test.prop([odiSections(), fc.nat(9)])("O-3: a worse answer in one section never lowers the ODI; two gaps never score", (sections, index) => {
    const raised = sections.map((answer, at) => (at === index && answer !== null ? (Math.min(5, answer + 1) as OdiAnswer) : answer));
    const before = scoreOdi(sections).score;
    const after = scoreOdi(raised).score;
    if (before !== null && after !== null) expect(after).toBeGreaterThanOrEqual(before);
    expect(before === null).toBe(sections.filter((answer) => answer === null).length > 1);
  });

  test.prop([psfsActivities(), fc.nat(4)])("O-2: a better rating of one activity never lowers the PSFS", (activities, pick) => {
    const index = pick % activities.length;
    const raised = activities.map((item, at) => (at === index ? { ...item, score: Math.min(10, item.score + 1) } : item));
    expect(scorePsfs(raised).score!).toBeGreaterThanOrEqual(scorePsfs(activities).score!);
  });
});

/** Scores of one instrument at a baseline and at baseline ± a change within its range. */
const mirrored = (): fc.Arbitrary<{ baseline: OutcomeScore; better: OutcomeScore; worse: OutcomeScore }> =>
  fc.oneof(
    fc.integer({ min: 0, max: 10 }).chain((base) =>
      fc.integer({ min: 0, max: Math.min(base, 10 - base) }).map((delta) => ({ baseline: scoreNrs(base), better: scoreNrs(base - delta), worse: scoreNrs(base + delta) })),
    ),
    fc.integer({ min: 0, max: 24 }).chain((base) =>
      fc.integer({ min: 0, max: Math.min(base, 24 - base) }).map((delta) => {
        const rmdq = (count: number) => scoreRmdq(Array.from({ length: 24 }, (_, index) => index < count));
        return { baseline: rmdq(base), better: rmdq(base - delta), worse: rmdq(base + delta) };
      }),
    ),
    fc.integer({ min: 0, max: 50 }).chain((base) =>
      fc.integer({ min: 0, max: Math.min(base, 50 - base) }).map((delta) => {
        // A complete ODI with `points` spread over the sections: 2 % a point.
        const odi = (points: number) => scoreOdi(Array.from({ length: 10 }, (_, index) => Math.max(0, Math.min(5, points - 5 * index)) as OdiAnswer));
        return { baseline: odi(base), better: odi(base - delta), worse: odi(base + delta) };
      }),
    ),
    fc.integer({ min: 0, max: 10 }).chain((base) =>
      fc.integer({ min: 0, max: Math.min(base, 10 - base) }).map((delta) => {
        const psfs = (rating: number) => scorePsfs([{ activity: "squat", score: rating }, { activity: "run", score: 5 }]);
        // Higher is better on the PSFS: better is the higher rating.
        return { baseline: psfs(base), better: psfs(base + delta), worse: psfs(base - delta) };
      }),
    ),
  );

describe("outcome change properties", () => {
  test.prop([mirrored()])("O-4: thresholds are symmetric: the same change is an improvement one way exactly when it is a worsening the other", ({ baseline, better, worse }) => {
    const up = outcomeChange(baseline, better);
    const down = outcomeChange(baseline, worse);
    expect(up.status === "improved").toBe(down.status === "worse");
    expect(up.status === "unchanged").toBe(down.status === "unchanged");
    expect(up.thresholds).toEqual(down.thresholds);
    expect(up.improvement! + down.improvement!).toBeCloseTo(0, 9);
  });

  test.prop([outcomeAnswers()])("O-4: a score compared with itself is unchanged (or unknown when it has none)", (answers) => {
    const score = scoreOutcome(answers);
    expect(outcomeChange(score, score).status).toBe(score.score === null ? "unknown" : "unchanged");
  });

  test.prop([fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 10 })])("O-4: an NRS change of 2 points or more is always meaningful, 1 point only from a baseline of 3 or less", (from, to) => {
    const change = outcomeChange(scoreNrs(from), scoreNrs(to));
    const size = Math.abs(to - from);
    if (size >= 2) expect(change.status).not.toBe("unchanged");
    if (size === 1) expect(change.status !== "unchanged").toBe(from > 0 && from <= 3);
    if (size === 0) expect(change.status).toBe("unchanged");
  });
});
