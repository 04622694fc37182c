import { describe, expect, it } from "vitest";
import { AGE_QUESTION, RED_FLAG_QUESTIONS, screen, screenCheckIn, screeningInputJsonSchema, sessionCheckInJsonSchema } from "../../src/screening/index.js";
import { allNo } from "./answers.js";

const adult = { ...allNo, ageYears: 35, firstEpisode: false, durationWeeks: 3, improvingSinceOnset: true } as const;

describe("S-13: unanswered is not no", () => {
  it("S-13: an empty screening proceeds to nothing: incomplete-screening with every question listed", () => {
    const decision = screen({});
    expect(decision).toMatchObject({ action: "incomplete-screening", ruleId: "S-13", trainingAllowed: false, stageCap: "symptom-modulation" });
    expect(decision.unanswered).toHaveLength(RED_FLAG_QUESTIONS.length + 1);
    expect(decision.unanswered.map((item) => item.path[0])).toEqual([...RED_FLAG_QUESTIONS.map((item) => item.key), AGE_QUESTION.key]);
    expect(decision.safetyNet).toMatch(/^Answer every safety question/);
    expect(decision.safetyNet).toMatch(/numbness or tingling between the legs/);
    expect(decision.reasons.map((item) => item.message).join(" ")).not.toMatch(/No red flag/);
  });

  it("S-13: each of the 20 red-flag answers left out one at a time withholds training and names that question", () => {
    expect(screen(adult).action).toBe("proceed");
    for (const item of RED_FLAG_QUESTIONS) {
      const { [item.key]: _left, ...rest } = adult;
      const decision = screen(rest);
      expect(decision.action, item.key).toBe("incomplete-screening");
      expect(decision.unanswered, item.key).toEqual([{ path: [item.key], question: item.question }]);
    }
  });

  it('S-13: "unknown" (don\'t know) counts as unanswered, for yes/no and described answers alike', () => {
    expect(screen({ ...adult, fever: "unknown" }).unanswered.map((item) => item.path)).toEqual([["fever"]]);
    expect(screen({ ...adult, legSymptoms: "unknown", nightPain: "unknown" }).unanswered.map((item) => item.path)).toEqual([["legSymptoms"], ["nightPain"]]);
  });

  it("S-13, S-11: a child with no age recorded gets no week", () => {
    const { ageYears: _age, ...noAge } = adult;
    expect(screen(noAge)).toMatchObject({ action: "incomplete-screening", unanswered: [{ path: ["ageYears"], question: AGE_QUESTION.question }] });
  });

  it("S-13: a red flag that was reported still decides over questions left blank", () => {
    expect(screen({ ageYears: 40, fever: true })).toMatchObject({ action: "emergency", ruleId: "S-3", trainingAllowed: false });
    expect(screen({ ageYears: 40, fever: true }).unanswered.length).toBe(RED_FLAG_QUESTIONS.length - 1);
    expect(screen({ ageYears: 40, cancerHistory: true }).action).toBe("urgent-referral");
  });

  it("S-13, S-9: a check-in must answer every question too, asked as new or worse since the last check-in", () => {
    const decision = screenCheckIn({});
    expect(decision.action).toBe("incomplete-screening");
    expect(decision.unanswered).toHaveLength(RED_FLAG_QUESTIONS.length);
    expect(decision.unanswered[0]?.question).toMatch(/^Since your last check-in, /);
    expect(screenCheckIn({ ...allNo }).action).toBe("proceed");
  });

  it("S-13: the JSON Schemas mark every answer required (and the age at intake)", () => {
    expect(screeningInputJsonSchema()["required"]).toEqual([AGE_QUESTION.key, ...RED_FLAG_QUESTIONS.map((item) => item.key)]);
    expect(sessionCheckInJsonSchema()["required"]).toEqual(RED_FLAG_QUESTIONS.map((item) => item.key));
    expect(String(sessionCheckInJsonSchema()["description"])).toMatch(/S-13/);
  });
});

describe("§11 corrections", () => {
  const inflammatoryNight = { frequency: "most-nights", easedByChangingPosition: false, secondHalfOfNight: true, morningStiffnessEasesWithMovement: true } as const;

  it("S-8, T-5: inflammatory night pain is not also counted as non-positional night pain", () => {
    const decision = screen({ ...adult, nightPain: inflammatoryNight });
    expect(decision.nightPainRoute).toBe("inflammatory");
    expect(decision.flags).not.toContain("non-positional-night-pain");
  });

  it("S-8: a result that stops training never also says exercise is fine", () => {
    const inflammatory = { ...adult, ageYears: 26, durationWeeks: 104, improvingSinceOnset: true, nightPain: inflammatoryNight, inflammatoryFeatures: { buttockPain: true } };
    const advisory = screen(inflammatory);
    expect(advisory.action).toBe("proceed-with-advisory");
    expect(JSON.stringify(advisory)).toMatch(/exercise is fine/);
    const stopped = screen({ ...inflammatory, unexplainedWeightLoss: true, immunosuppression: true });
    expect(stopped.action).toBe("stop-until-cleared");
    expect(stopped.reasons.map((item) => item.ruleId)).toContain("S-8");
    expect(JSON.stringify(stopped)).not.toMatch(/exercise is fine|keep exercising/);
  });

  it("S-7: the radicular advisory is listed with the advisories and the safety net names the leg", () => {
    const decision = screen({ ...adult, legSymptoms: { legs: "one", reach: "below-knee", numbness: false, weakness: false, worsening: false } });
    expect(decision.advisories.map((item) => item.ruleId)).toContain("S-7");
    expect(decision.safetyNet).toMatch(/spreading further down that leg/);
    expect(screen(adult).safetyNet).not.toMatch(/that leg/);
  });
});
