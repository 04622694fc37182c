import { describe, expect, it } from "vitest";
import { axialAlternation, deloadDue, type PlannedDay } from "../../src/progression/index.js";

describe("deloadDue", () => {
  it("P-7: a deload is scheduled every 5th week by default", () => {
    expect(deloadDue([{}, {}, {}])).toMatchObject({ action: "continue", weeksSinceDeload: 3 });
    const due = deloadDue([{}, {}, {}, {}]);
    expect(due).toMatchObject({ action: "deload", ruleId: "P-7", triggers: ["scheduled"], weeksSinceDeload: 4 });
  });

  it("P-7: the cadence is an option and counts from the last deload week", () => {
    expect(deloadDue([{}, {}, {}], { cadenceWeeks: 4 }).action).toBe("deload");
    expect(deloadDue([{}, {}, {}, { deload: true }, {}, {}])).toMatchObject({ action: "continue", weeksSinceDeload: 2 });
    expect(deloadDue([{}, {}, {}, {}, {}], { cadenceWeeks: 6 }).action).toBe("deload");
  });

  it("A-7: a ratio in the caution or danger zone brings the deload forward", () => {
    expect(deloadDue([{ deload: true }, { zone: "caution" }])).toMatchObject({ action: "deload", ruleId: "A-7", triggers: ["acwr"] });
    expect(deloadDue([{ deload: true }, { acwr: 1.55 }]).ruleId).toBe("A-7");
    expect(deloadDue([{ deload: true }, { acwr: 1.29 }]).action).toBe("continue");
    expect(deloadDue([{ deload: true }, { acwr: 1.3 }]).action).toBe("deload");
    expect(deloadDue([{ deload: true }, { acwr: 1.4 }], { acwrCautionRatio: 1.444 }).action).toBe("continue");
    expect(deloadDue([{ deload: true }, { acwr: null, zone: null }]).action).toBe("continue");
  });

  it("L-3: morning pain rising two weeks in a row brings the deload forward", () => {
    const weeks = [{ deload: true }, { morningPainNrs: 1 }, { morningPainNrs: 2 }, { morningPainNrs: 3 }];
    expect(deloadDue(weeks)).toMatchObject({ action: "deload", ruleId: "L-3", triggers: ["pain-trend"] });
    expect(deloadDue([{ deload: true }, { morningPainNrs: 1 }, { morningPainNrs: 2 }]).action).toBe("continue");
  });

  it("lists every trigger, most urgent first", () => {
    const weeks = [{ morningPainNrs: 1 }, { morningPainNrs: 2 }, { morningPainNrs: 3 }, { morningPainNrs: 4, zone: "danger" as const }];
    expect(deloadDue(weeks).triggers).toEqual(["acwr", "pain-trend", "scheduled"]);
  });

  it("continues with no weeks, and throws on a bad cadence", () => {
    expect(deloadDue([])).toMatchObject({ action: "continue", weeksSinceDeload: 0 });
    expect(() => deloadDue([], { cadenceWeeks: 0 })).toThrow(/deloadDue/);
    expect(() => deloadDue([], { acwrCautionRatio: -1 })).toThrow(RangeError);
  });
});

const squat = { id: "low-bar-back-squat", name: "Low-bar back squat", spineDemand: { axialCompression: 3 } } as const;
const trapBar = { id: "trap-bar-deadlift", spineDemand: { axialCompression: 2 } } as const;
const goblet = { id: "goblet-squat", spineDemand: { axialCompression: 1 } } as const;

describe("axialAlternation", () => {
  it("P-7: consecutive days of axial loading are flagged, alternating days are not", () => {
    const alternating: PlannedDay[] = [{ exercises: [squat] }, { exercises: [goblet] }, { exercises: [trapBar] }];
    expect(axialAlternation(alternating)).toEqual([]);
    const back2back: PlannedDay[] = [{ exercises: [squat] }, { exercises: [trapBar, goblet] }, { exercises: [] }];
    const findings = axialAlternation(back2back);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: "P-7", severity: "warning", path: [1] });
    expect(findings[0]!.message).toContain("Low-bar back squat");
    expect(findings[0]!.message).toContain("trap-bar-deadlift");
  });

  it("P-7: with dates, consecutive means consecutive calendar days", () => {
    const dated: PlannedDay[] = [
      { date: "2025-03-03", exercises: [squat] },
      { date: "2025-03-05", exercises: [squat] },
      { date: "2025-03-06", exercises: [trapBar] },
      { date: "2025-03-31", exercises: [trapBar] },
      { date: "2025-04-01", exercises: [squat] },
    ];
    expect(axialAlternation(dated).map((finding) => finding.path)).toEqual([[2], [4]]);
  });

  it("P-7: the axial threshold is an option", () => {
    const days: PlannedDay[] = [{ exercises: [goblet] }, { exercises: [goblet] }];
    expect(axialAlternation(days)).toEqual([]);
    expect(axialAlternation(days, { axialThreshold: 1 })).toHaveLength(1);
    expect(() => axialAlternation(days, { axialThreshold: 4 })).toThrow(RangeError);
    expect(() => axialAlternation([{ date: "3 March", exercises: [] }, { date: "2025-03-04", exercises: [] }])).toThrow(/ISO date/);
  });
});
