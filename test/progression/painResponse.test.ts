import { describe, expect, it } from "vitest";
import { DEFAULT_PAIN_RESPONSE_OPTIONS, painResponse, type PainReport } from "../../src/progression/index.js";

describe("painResponse", () => {
  it("L-1: pain up to 2 during and after, back to baseline next morning, is green", () => {
    const response = painResponse({ baselineNrs: 2, duringNrs: 2, afterNrs: 1, nextMorningNrs: 2 });
    expect(response.action).toBe("green");
    expect(response.peakNrs).toBe(2);
    expect(response.nextMorning).toBe("recovered");
  });

  it("L-1: pain 3 to 5 is amber, above 5 is red", () => {
    expect(painResponse({ baselineNrs: 1, duringNrs: 3, nextMorningNrs: 1 }).action).toBe("amber");
    expect(painResponse({ baselineNrs: 1, duringNrs: 5, nextMorningNrs: 1 }).action).toBe("amber");
    const red = painResponse({ baselineNrs: 1, duringNrs: 6, nextMorningNrs: 1 });
    expect(red.action).toBe("red");
    expect(red.ruleId).toBe("L-1");
  });

  it("L-1: pain right after the session counts against the same ceiling", () => {
    const response = painResponse({ baselineNrs: 1, duringNrs: 2, afterNrs: 6, nextMorningNrs: 1 });
    expect(response.action).toBe("red");
    expect(response.peakNrs).toBe(6);
  });

  it("L-1: axially loaded lifts have a ceiling of 3, from the report or the options", () => {
    const report = { baselineNrs: 1, duringNrs: 4, nextMorningNrs: 1 };
    expect(painResponse(report).action).toBe("amber");
    expect(painResponse({ ...report, axiallyLoaded: true }).action).toBe("red");
    expect(painResponse(report, { axiallyLoaded: true }).ceilingNrs).toBe(3);
  });

  it("L-1: the ceiling and the green band are options", () => {
    const report = { baselineNrs: 0, duringNrs: 3, nextMorningNrs: 0 };
    expect(painResponse(report, { greenMaxNrs: 3 }).action).toBe("green");
    expect(painResponse(report, { ceilingNrs: 2 }).action).toBe("red");
    expect(DEFAULT_PAIN_RESPONSE_OPTIONS).toEqual({ ceilingNrs: 5, axialCeilingNrs: 3, greenMaxNrs: 2, flareMarginNrs: 2 });
  });

  it("L-2: next-morning pain at baseline + 2 is a flare", () => {
    const response = painResponse({ baselineNrs: 2, duringNrs: 2, nextMorningNrs: 4 });
    expect(response.action).toBe("red");
    expect(response.ruleId).toBe("L-2");
    expect(response.nextMorning).toBe("flare");
  });

  it("L-2: next-morning pain above baseline by less than 2 is amber (not yet settled)", () => {
    const response = painResponse({ baselineNrs: 2, duringNrs: 1, nextMorningNrs: 3 });
    expect(response.action).toBe("amber");
    expect(response.nextMorning).toBe("lingering");
  });

  it("L-2: without a next-morning report a session is at best amber", () => {
    const response = painResponse({ baselineNrs: 2, duringNrs: 1 });
    expect(response.action).toBe("amber");
    expect(response.nextMorning).toBe("unknown");
    expect(painResponse({ baselineNrs: 2, duringNrs: 1, nextMorningNrs: null }).nextMorning).toBe("unknown");
  });

  it("L-5: peripheralisation stops and re-screens whatever the pain scores", () => {
    const response = painResponse({ baselineNrs: 0, duringNrs: 0, nextMorningNrs: 0, spread: "peripheralised" });
    expect(response.action).toBe("stop-and-rescreen");
    expect(response.ruleId).toBe("L-5");
    expect(response.reasons[0]!.ruleId).toBe("L-5");
  });

  it("L-5: centralisation is noted and does not block green", () => {
    const response = painResponse({ baselineNrs: 2, duringNrs: 2, nextMorningNrs: 1, spread: "centralised" });
    expect(response.action).toBe("green");
    expect(response.reasons.some((item) => item.ruleId === "L-5")).toBe(true);
  });

  it("every reason cites the rule's sources", () => {
    const response = painResponse({ baselineNrs: 1, duringNrs: 7, nextMorningNrs: 4 });
    expect(response.reasons.map((item) => item.ruleId)).toEqual(["L-1", "L-2"]);
    expect(response.reasons[0]!.evidence).toContain("silbernagel-2007");
  });

  it("throws a RangeError naming the function for a score outside 0–10", () => {
    expect(() => painResponse({ baselineNrs: 1, duringNrs: 11 })).toThrow(/painResponse: report\.duringNrs/);
    expect(() => painResponse({ baselineNrs: Number.NaN, duringNrs: 1 })).toThrow(RangeError);
  });

  it("L-1, L-2: a missing baseline or peak is never read as no pain (it was green, 'back to the baseline of undefined/10')", () => {
    const noBaseline = { duringNrs: 1, nextMorningNrs: 9 } as unknown as PainReport;
    expect(() => painResponse(noBaseline)).toThrow(TypeError);
    expect(() => painResponse(noBaseline)).toThrow(/painResponse: report\.baselineNrs is required/);
    const noPeak = { baselineNrs: 1, nextMorningNrs: 1 } as unknown as PainReport;
    expect(() => painResponse(noPeak)).toThrow(/painResponse: report\.duringNrs is required/);
    expect(() => painResponse({ baselineNrs: null, duringNrs: 1 } as unknown as PainReport)).toThrow(/report\.baselineNrs is required/);
    expect(() => painResponse({ baselineNrs: "2", duringNrs: 1 } as unknown as PainReport)).toThrow(TypeError);
    expect(() => painResponse(null as unknown as PainReport)).toThrow(/painResponse: report must be a pain report object/);
  });

  it("NRS scores are whole numbers from 0 to 10 (the 11-point scale)", () => {
    expect(() => painResponse({ baselineNrs: 1, duringNrs: 2.5 })).toThrow(RangeError);
    expect(() => painResponse({ baselineNrs: 1, duringNrs: 2.5 })).toThrow(/report\.duringNrs must be a whole number from 0 to 10, got 2\.5/);
    expect(() => painResponse({ baselineNrs: 1, duringNrs: 2, nextMorningNrs: -1 })).toThrow(/report\.nextMorningNrs/);
    expect(() => painResponse({ baselineNrs: 1, duringNrs: 2, afterNrs: 10.5 })).toThrow(/report\.afterNrs/);
    expect(painResponse({ baselineNrs: 0, duringNrs: 10, afterNrs: 0, nextMorningNrs: null }).action).toBe("red");
  });

  it("L-5: a misspelt spread is rejected, never read as none", () => {
    const report = { baselineNrs: 1, duringNrs: 1, nextMorningNrs: 1, spread: "peripheralized" } as unknown as PainReport;
    expect(() => painResponse(report)).toThrow(RangeError);
    expect(() => painResponse(report)).toThrow(/painResponse: report\.spread/);
  });
});
