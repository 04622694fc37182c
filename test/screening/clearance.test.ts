import { describe, expect, it } from "vitest";
import { parseClearance, parseSessionCheckIn, screen, screenCheckIn, type Clearance } from "../../src/screening/index.js";
import { allNo } from "./answers.js";

const adult = { ...allNo, ageYears: 52, firstEpisode: false, durationWeeks: 3, improvingSinceOnset: true } as const;
const gp = (covers: Clearance["covers"], extra: Partial<Clearance> = {}): Clearance => ({ date: "2026-11-20", clearedBy: "Dr A. Patel (GP)", covers, ...extra });

describe("S-12: clinician clearance", () => {
  it("S-12: a clearance naming the cancer history lifts the urgent referral to proceed with advisory, and says who and when", () => {
    const decision = screen({ ...adult, cancerHistory: true, clearances: [gp(["cancerHistory"])] });
    expect(decision).toMatchObject({ action: "proceed-with-advisory", trainingAllowed: true, stageCap: "movement-control" });
    expect(decision.clearances).toEqual([{ ruleId: "S-4", lifted: "urgent-referral", features: ["cancerHistory"], clearedBy: "Dr A. Patel (GP)", date: "2026-11-20" }]);
    expect(decision.advisories.find((item) => item.ruleId === "S-12")?.message).toMatch(/Dr A\. Patel \(GP\) on 2026-11-20/);
  });

  it("S-12: a clearance never lifts a feature it does not name", () => {
    expect(screen({ ...adult, cancerHistory: true, significantTrauma: true, clearances: [gp(["cancerHistory"])] }).action).toBe("urgent-referral");
    expect(screen({ ...adult, cancerHistory: true, fever: true, clearances: [gp(["cancerHistory"])] }).action).toBe("emergency");
  });

  it("S-12: an emergency is lifted only when the clearance names it and says it was assessed", () => {
    const both = { legs: "both", reach: "above-knee", numbness: false, weakness: false, worsening: false } as const;
    expect(screen({ ...adult, legSymptoms: both, clearances: [gp(["legSymptoms"])] }).action).toBe("emergency");
    const assessed = screen({ ...adult, legSymptoms: both, clearances: [gp(["legSymptoms"], { assessedEmergency: true })] });
    expect(assessed).toMatchObject({ action: "proceed-with-advisory", stageCap: "symptom-modulation" });
  });

  it("S-12, S-11, S-13: no clearance lifts an age under 16 or an unanswered question", () => {
    expect(screen({ ...adult, ageYears: 15, clearances: [gp(["cancerHistory"])] }).action).toBe("stop-until-cleared");
    expect(screen({ ...adult, fever: "unknown", clearances: [gp(["fever"], { assessedEmergency: true })] }).action).toBe("incomplete-screening");
  });

  it("S-12, S-6: cleared flags stop counting; the flags it does not name are counted as before", () => {
    const two = { ...adult, unexplainedWeightLoss: true, immunosuppression: true };
    expect(screen(two).action).toBe("stop-until-cleared");
    const one = screen({ ...two, clearances: [gp(["unexplainedWeightLoss"])] });
    expect(one.action).toBe("proceed-with-advisory");
    expect(one.clearances.map((item) => [item.ruleId, item.lifted])).toEqual([["S-6", "stop-until-cleared"]]);
    const three = screen({ ...two, recentInfection: true, clearances: [gp(["unexplainedWeightLoss"])] });
    expect(three.action).toBe("stop-until-cleared");
    // The answers behind the age and duration flags can be named too.
    const older = { ...adult, ageYears: 66, firstEpisode: true, durationWeeks: 6, improvingSinceOnset: false };
    expect(screen(older).action).toBe("stop-until-cleared");
    expect(screen({ ...older, clearances: [gp(["firstEpisode", "improvingSinceOnset"])] }).action).toBe("proceed-with-advisory");
  });

  it("S-12, S-5: a suspected fragility fracture can be cleared after assessment", () => {
    const lift = { ...adult, minorTraumaOrStrenuousLift: true, osteoporosis: true };
    expect(screen(lift).action).toBe("stop-until-cleared");
    expect(screen({ ...lift, clearances: [gp(["minorTraumaOrStrenuousLift"])] }).action).toBe("stop-until-cleared");
    expect(screen({ ...lift, clearances: [gp(["minorTraumaOrStrenuousLift", "osteoporosis"])] }).action).toBe("proceed-with-advisory");
  });

  it("S-12, S-9: at a check-in, a clearance covers what was reported on or before its date; a later report re-triggers", () => {
    const loss = { ...allNo, unexplainedWeightLoss: true };
    expect(screenCheckIn({ ...loss, date: "2026-11-18", clearances: [gp(["unexplainedWeightLoss"])] }).action).toBe("proceed-with-advisory");
    expect(screenCheckIn({ ...loss, date: "2026-11-20", clearances: [gp(["unexplainedWeightLoss"])] }).action).toBe("proceed-with-advisory");
    expect(screenCheckIn({ ...loss, date: "2026-11-27", clearances: [gp(["unexplainedWeightLoss"])] }).action).toBe("stop-until-cleared");
    // Undated: the clearance cannot be matched, so it lifts nothing, and says why.
    const undated = screenCheckIn({ ...loss, clearances: [gp(["unexplainedWeightLoss"])] });
    expect(undated.action).toBe("stop-until-cleared");
    expect(undated.advisories.map((item) => item.message).join(" ")).toMatch(/no date/);
  });

  it("S-12: with no clearance, or an empty list, the decision is unchanged", () => {
    const input = { ...adult, cancerHistory: true, unexplainedWeightLoss: true };
    expect(screen({ ...input, clearances: [] })).toEqual(screen(input));
  });

  it("S-12: parseClearance and the check-in parser list every problem with its path", () => {
    const bad = parseClearance({ date: "2026-02-30", clearedBy: " ", covers: ["fevr"] });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.issues.map((item) => item.path.join("."))).toEqual(["date", "clearedBy", "covers.0"]);
    expect(parseClearance({ date: "2026-11-20", clearedBy: "Dr A. Patel", covers: [] }).ok).toBe(false);
    const undated = parseSessionCheckIn({ ...allNo, clearances: [gp(["fever"])] });
    expect(undated.ok ? [] : undated.error.issues.map((item) => item.path)).toEqual([["date"]]);
  });
});

describe("S-12: dates on the one calendar", () => {
  it("S-12: a clearance or check-in date outside 1900–2200 is refused", () => {
    expect(parseClearance({ date: "0000-01-01", clearedBy: "Dr A. Patel", covers: ["fever"] }).ok).toBe(false);
    expect(parseClearance({ date: "9999-12-31", clearedBy: "Dr A. Patel", covers: ["fever"] }).ok).toBe(false);
    expect(parseSessionCheckIn({ ...allNo, date: "2201-01-01" }).ok).toBe(false);
  });
});
