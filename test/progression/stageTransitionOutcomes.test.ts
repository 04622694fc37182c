import { describe, expect, it } from "vitest";
import { scoreNrs, scoreRmdq, scorePsfs, type DatedOutcome } from "../../src/outcomes/index.js";
import { stageTransition, type WeeklyCheckIn } from "../../src/progression/index.js";

const mc = { stage: "movement-control" } as const;
const rmdq = (count: number) => scoreRmdq(Array.from({ length: 24 }, (_, index) => index < count));
/** Five weekly check-ins at the floor of the pain scale (1/10): pain alone cannot judge L-7. */
const floorWeeks: WeeklyCheckIn[] = [1, 1, 1, 1, 1].map((morningPainNrs) => ({ morningPainNrs }));
const dated = (...entries: [string, DatedOutcome["score"]][]): DatedOutcome[] => entries.map(([date, score]) => ({ date, score }));

describe("stageTransition with outcome measures (O-5)", () => {
  it("O-5: an RMDQ that improved meaningfully over 4 weeks means no referral, even at the pain floor", () => {
    const decision = stageTransition(mc, floorWeeks, { outcomes: dated(["2026-03-02", rmdq(10)], ["2026-03-30", rmdq(5)]) });
    expect(decision).toMatchObject({ referral: null, rescreen: false });
    expect(decision.outcomeChanges).toHaveLength(1);
    expect(decision.outcomeChanges[0]).toMatchObject({ instrument: "rmdq", status: "improved" });
    expect(decision.reasons.find((item) => item.ruleId === "O-5")?.message).toBe("RMDQ improved meaningfully over 4 weeks.");
    // The pain floor note is not given: outcomes decided.
    expect(decision.reasons.some((item) => /not judged on pain alone/.test(item.message))).toBe(false);
  });

  it("O-5: no meaningful improvement on any recorded measure over 4 weeks → physiotherapy, whatever pain says", () => {
    const outcomes = dated(["2026-03-02", rmdq(10)], ["2026-03-30", rmdq(9)], ["2026-03-02", scorePsfs([{ activity: "deadlift", score: 4 }])], ["2026-03-30", scorePsfs([{ activity: "deadlift", score: 5 }])]);
    const decision = stageTransition(mc, floorWeeks, { outcomes });
    expect(decision.referral).toBe("physiotherapy");
    expect(decision.reasons.find((item) => item.ruleId === "O-5")?.message).toMatch(/^No meaningful improvement on any recorded outcome measure over 4 weeks/);
    expect(decision.reasons.filter((item) => item.ruleId === "O-4")).toHaveLength(2);
    // Pain that fell 3 → 1 does not overrule the measures.
    expect(stageTransition(mc, [3, 3, 2, 2, 1].map((morningPainNrs) => ({ morningPainNrs })), { outcomes }).referral).toBe("physiotherapy");
  });

  it("O-5: one measure improving is enough", () => {
    const outcomes = dated(["2026-03-02", rmdq(10)], ["2026-03-30", rmdq(9)], ["2026-03-02", scorePsfs([{ activity: "deadlift", score: 4 }])], ["2026-03-30", scorePsfs([{ activity: "deadlift", score: 7 }])]);
    expect(stageTransition(mc, floorWeeks, { outcomes })).toMatchObject({ referral: null });
  });

  it("O-5: a meaningful worsening asks for a re-screen (S-9), even before 4 weeks", () => {
    const decision = stageTransition(mc, floorWeeks.slice(0, 2), { outcomes: dated(["2026-03-02", rmdq(6)], ["2026-03-16", rmdq(12)]) });
    expect(decision.rescreen).toBe(true);
    expect(decision.referral).toBeNull();
    expect(decision.reasons.find((item) => item.ruleId === "O-5")?.message).toMatch(/^RMDQ is meaningfully worse \(RMDQ went from 6 to 12.*answer the safety questions again before the next session \(S-9\)\.$/);
  });

  it("O-5: measures younger than 4 weeks leave L-7 to pain, and say why a measure was not judged", () => {
    const young = dated(["2026-03-02", rmdq(10)], ["2026-03-16", rmdq(9)]);
    expect(stageTransition(mc, [3, 3, 3, 3, 3].map((morningPainNrs) => ({ morningPainNrs })), { outcomes: young }).referral).toBe("physiotherapy");
    const single = stageTransition(mc, floorWeeks, { outcomes: dated(["2026-03-02", rmdq(10)]) });
    expect(single.referral).toBeNull();
    expect(single.reasons.some((item) => item.ruleId === "O-5" && /one score so far/.test(item.message))).toBe(true);
    expect(single.outcomeChanges).toEqual([]);
  });

  it("L-7 (§11), O-5: a pain NRS at the floor is not judged as an outcome either", () => {
    const decision = stageTransition(mc, floorWeeks, { outcomes: dated(["2026-03-02", scoreNrs(1)], ["2026-03-30", scoreNrs(2)]) });
    expect(decision).toMatchObject({ referral: null, rescreen: false, outcomeChanges: [] });
    expect(decision.reasons.some((item) => /Pain \(NRS\) is 2\/10, at or below 2: not judged on pain/.test(item.message))).toBe(true);
  });

  it("O-5: without outcomes the decision is as before, with no re-screen and no changes", () => {
    expect(stageTransition(mc, floorWeeks)).toMatchObject({ referral: null, rescreen: false, outcomeChanges: [] });
    expect(() => stageTransition(mc, floorWeeks, { outcomes: [{ date: "2026-13-01", score: rmdq(3) }] })).toThrow(/^stageTransition: options.outcomes\[0\]\.date/);
  });
});
