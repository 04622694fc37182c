import { describe, expect, it } from "vitest";
import { assess, assessIntake, intakeJsonSchema, parseIntake } from "../../src/program/index.js";
import { validator } from "../schemas/ajv.js";
import { athlete, caudaEquina, radicular, settled, variant, irritable } from "./fixtures.js";

function clearedOf(input: unknown) {
  const result = assess(input);
  if (!result.ok) throw new Error(JSON.stringify(result.error.issues));
  if (result.value.status !== "cleared") throw new Error(`withheld: ${result.value.action}`);
  return result.value;
}

describe("assess", () => {
  it("the example athlete: flexion-intolerant, movement control, lower-crossed emphasis", () => {
    const assessment = clearedOf(athlete);
    expect(assessment.action).toBe("proceed");
    expect(assessment.direction.pattern).toBe("flexion-intolerant");
    expect(assessment.direction.preference).toEqual(["extension"]);
    expect(assessment.stage.stage).toBe("movement-control");
    expect(assessment.emphasis.map((item) => item.focus)).toEqual(
      expect.arrayContaining(["bracing", "glutes", "abdominals", "hip-flexor-mobility", "avoid-back-extension-training", "directional-preference"]),
    );
    expect(assessment.profile).toMatchObject({ stage: "movement-control", ladderProgress: { hinge: 1, squat: 1 } });
  });

  it("S-10: a positive clearing test is an advisory, never silent, and changes nothing else", () => {
    const assessment = clearedOf(athlete);
    expect(assessment.advisories.map((item) => item.ruleId)).toContain("S-10");
    expect(assessment.action).toBe("proceed");
  });

  it("carries every reason in order: screening, classification, emphasis, staging", () => {
    const assessment = clearedOf(athlete);
    const ids = assessment.reasons.map((item) => item.ruleId);
    expect(ids).toContain("S-6");
    expect(ids).toContain("C-2");
    expect(ids).toContain("C-7");
    expect(ids).toContain("T-2");
    expect(ids.indexOf("C-2")).toBeLessThan(ids.lastIndexOf("T-2"));
    // No reason twice.
    const keys = assessment.reasons.map((item) => `${item.ruleId}|${item.message}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("T-1: high irritability is symptom modulation", () => {
    expect(clearedOf(irritable).stage.stage).toBe("symptom-modulation");
  });

  it("T-3: quiet symptoms with no flags are function optimisation", () => {
    const assessment = clearedOf(settled);
    expect(assessment.stage.stage).toBe("function-optimisation");
    expect(assessment.direction.pattern).toBe("no-directional-intolerance");
  });

  it("S-1: cauda equina features withhold everything but the action, reasons and safety net", () => {
    const result = assess(caudaEquina);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const assessment = result.value;
    expect(assessment.status).toBe("withheld");
    if (assessment.status !== "withheld") return;
    expect(assessment.action).toBe("emergency");
    expect(assessment.ruleId).toBe("S-1");
    expect(assessment.safetyNet.length).toBeGreaterThan(20);
    expect(Object.keys(assessment).sort()).toEqual(["action", "reasons", "ruleId", "safety", "safetyNet", "status", "unanswered"]);
  });

  it("S-7, T-4: radicular pain caps the stage at symptom modulation and flags the profile", () => {
    const assessment = clearedOf(radicular);
    expect(assessment.action).toBe("proceed-with-advisory");
    expect(assessment.stage.stage).toBe("symptom-modulation");
    expect(assessment.profile.flags?.radicular).toBe(true);
  });

  it("C-4, L-5: a peripheralising direction is treated as intolerant in the profile", () => {
    const input = variant((copy) => {
      copy.clearingTests.extension = { painNrs: 1, familiar: false, symptomsBefore: "back", symptomsAfter: "thigh", endPositionReached: true };
    });
    const assessment = clearedOf(input);
    expect(assessment.profile.direction.peripheralising).toContain("extension");
    expect(assessment.profile.direction.intolerance).toContain("extension");
    expect(assessment.profile.direction.preference).not.toContain("extension");
  });

  it("the assessment is frozen", () => {
    const assessment = clearedOf(athlete);
    expect(Object.isFrozen(assessment)).toBe(true);
    expect(Object.isFrozen(assessment.profile)).toBe(true);
  });

  it("does not mutate its input", () => {
    const copy = structuredClone(athlete);
    assess(copy);
    expect(copy).toEqual(athlete);
  });

  it("assessIntake gives the same answer for a parsed intake", () => {
    const parsed = parseIntake(athlete);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(assessIntake(parsed.value)).toEqual(clearedOf(athlete));
  });

  it("returns every issue with its path, from every part", () => {
    const input = variant((copy) => {
      copy.screening.ageYears = -4;
      copy.clearingTests.flexion.painNrs = 11;
      copy.symptoms.worstPainNrs = 3.5;
      copy.lowerCrossed.weakGlutes = "yes";
      copy.ladderProgress = { deadlift: 2 };
      copy.extra = true;
    });
    const result = assess(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.error.issues.map((issue) => issue.path.join("."));
    expect(paths).toEqual(
      expect.arrayContaining([
        "screening.ageYears",
        "clearingTests.flexion.painNrs",
        "symptoms.worstPainNrs",
        "lowerCrossed.weakGlutes",
        "ladderProgress",
      ]),
    );
    for (const issue of result.error.issues) expect(issue.message).not.toBe("Invalid input");
    expect(result.error.issues.find((issue) => issue.path.join(".") === "ladderProgress")?.message).toContain("unknown ladder deadlift");
  });

  it("reports the parts' own semantic checks (familiar pain at 0/10) with the full path", () => {
    const input = variant((copy) => {
      copy.clearingTests.extension = { painNrs: 0, familiar: true, symptomsBefore: "back", symptomsAfter: "back", endPositionReached: true };
    });
    const result = assess(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues.some((issue) => issue.path.join(".").startsWith("clearingTests.extension"))).toBe(true);
  });

  it("answers a non-object with one issue at the root", () => {
    for (const value of [null, 42, "athlete", []]) {
      const result = assess(value);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.issues[0]?.path).toEqual([]);
    }
  });
});

describe("S-12, S-13 and §11 through assess", () => {
  it('S-13: "screening": {} gives incomplete-screening, no direction or stage, and every question with its path', () => {
    const result = assess({ ...athlete, screening: {} });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const assessment = result.value;
    expect(assessment).toMatchObject({ status: "withheld", action: "incomplete-screening", ruleId: "S-13" });
    expect(assessment).not.toHaveProperty("stage");
    expect(assessment).not.toHaveProperty("direction");
    if (assessment.status !== "withheld") return;
    expect(assessment.unanswered).toHaveLength(21);
    expect(assessment.unanswered[0]).toEqual({ path: ["screening", "bladderDysfunction"], question: expect.stringMatching(/urine/) });
    expect(assessment.unanswered.at(-1)?.path).toEqual(["screening", "ageYears"]);
    expect(JSON.stringify(assessment)).not.toMatch(/No red flag/);
  });

  it("S-12: a clearance on the intake lifts what it names and the assessment goes ahead with an advisory", () => {
    const result = assess(
      variant((copy) => {
        copy.screening.cancerHistory = true;
        copy.screening.clearances = [{ date: "2026-11-20", clearedBy: "Dr A. Patel (GP)", covers: ["cancerHistory"] }];
      }),
    );
    expect(result.ok && result.value).toMatchObject({ status: "cleared", action: "proceed-with-advisory" });
    if (result.ok && result.value.status === "cleared") {
      expect(result.value.advisories.some((item) => item.ruleId === "S-12")).toBe(true);
      expect(result.value.stage.stage).not.toBe("function-optimisation");
    }
  });

  it("T-3, T-4: leg symptoms sent below the knee by a clearing test count as leg symptoms do (no function optimisation)", () => {
    const below = variant((copy) => {
      Object.assign(copy, structuredClone(settled));
      copy.clearingTests.extension = { painNrs: 0, familiar: false, symptomsBefore: "none", symptomsAfter: "below-knee", endPositionReached: true };
    });
    const thigh = variant((copy) => {
      Object.assign(copy, structuredClone(settled));
      copy.clearingTests.flexion = { painNrs: 0, familiar: false, symptomsBefore: "thigh", symptomsAfter: "thigh", endPositionReached: true };
    });
    expect(clearedOf(settled).stage.stage).toBe("function-optimisation");
    expect(clearedOf(below).stage.stage).toBe("symptom-modulation");
    expect(clearedOf(thigh).stage.stage).not.toBe("function-optimisation");
  });
});

describe("C-3 corrections (§11) through assess", () => {
  it("C-3: with no history, nothing is said about the history disagreeing, even when C-6 lowers the confidence", () => {
    const noHistory = variant((copy) => {
      delete copy.history;
      copy.clearingTests.lateralShift = true;
    });
    const assessment = clearedOf(noHistory);
    expect(assessment.direction.confidence).toBe("low");
    expect(JSON.stringify(assessment.advisories)).not.toMatch(/disagree/);
  });

  it("C-3: a history pointing the other way plans no directional-preference drill and never says a direction eases symptoms", () => {
    const against = variant((copy) => {
      copy.history = { worsenedBy: ["arching", "standing"], easedBy: ["sitting"] };
    });
    const assessment = clearedOf(against);
    expect(assessment.direction.concordance).toBe("disagrees");
    expect(assessment.emphasis.map((item) => item.focus)).not.toContain("directional-preference");
    expect(JSON.stringify(assessment)).not.toMatch(/eases your symptoms/);
  });

  it("C-3: one generic answer (worse lifting) does not drop a pain-free lifter from function optimisation", () => {
    const lifting = variant((copy) => {
      Object.assign(copy, structuredClone(settled));
      copy.history = { worsenedBy: ["lifting"], easedBy: [] };
    });
    expect(clearedOf(lifting).stage.stage).toBe("function-optimisation");
  });
});

describe("intakeJsonSchema", () => {
  it("requires the four parts", () => {
    expect(intakeJsonSchema().required).toEqual(["screening", "clearingTests", "lowerCrossed", "symptoms"]);
  });

  it("S-13: requires every red-flag answer and the age in the screening part", () => {
    const screening = (intakeJsonSchema() as { properties: { screening: { required: string[] } } }).properties.screening;
    expect(screening.required).toHaveLength(21);
    expect(validator(intakeJsonSchema())({ ...athlete, screening: { ageYears: 30 } }).length).toBeGreaterThan(0);
  });

  it("accepts the example athlete and rejects a broken one (checked by an independent validator)", () => {
    const validate = validator(intakeJsonSchema());
    expect(validate(athlete)).toEqual([]);
    expect(validate({ ...athlete, symptoms: { worstPainNrs: 12, settlingTime: "never" } }).length).toBeGreaterThan(0);
  });
});

describe("parseIntake", () => {
  it("refuses clearing tests given twice (inside screening too)", () => {
    const input = { ...athlete, screening: { ...athlete.screening, clearingTests: athlete.clearingTests } };
    const result = parseIntake(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues.map((issue) => issue.path.join("."))).toContain("screening.clearingTests");
  });
});
