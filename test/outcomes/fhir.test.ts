import type { Observation, Questionnaire, QuestionnaireResponse, QuestionnaireResponseItem } from "fhir/r4.js";
import { describe, expect, it } from "vitest";
import {
  fromQuestionnaireResponse,
  outcomeQuestionnaireUrls,
  psfsQuestionnaire,
  rmdqQuestionnaire,
  scoreOdi,
  scoreOutcome,
  scorePsfs,
  toObservation,
  type OutcomeAnswers,
} from "../../src/outcomes/index.js";
import { r4Errors } from "./fhirValidator.js";

/** A plain JSON copy, as a server would hold it (typed as the R4 resource it is). */
const json = <T>(value: unknown): T => JSON.parse(JSON.stringify(value)) as T;

function response(questionnaire: string, item: QuestionnaireResponseItem[], status: QuestionnaireResponse["status"] = "completed"): QuestionnaireResponse {
  return { resourceType: "QuestionnaireResponse", questionnaire, status, authored: "2026-03-02T09:30:00+01:00", subject: { reference: "Patient/p1" }, item };
}

function read(resource: unknown, options?: Parameters<typeof fromQuestionnaireResponse>[1]): OutcomeAnswers {
  const result = fromQuestionnaireResponse(resource, options);
  if (!result.ok) throw new Error(JSON.stringify(result.error.issues));
  return result.value;
}

describe("FHIR R4 round trip", () => {
  it("O-6: the shipped Questionnaires are valid R4 resources; none ships ODI wording", () => {
    const questionnaires: Questionnaire[] = [json(rmdqQuestionnaire), json(psfsQuestionnaire)];
    for (const questionnaire of questionnaires) expect(r4Errors("Questionnaire", questionnaire)).toEqual([]);
    expect(rmdqQuestionnaire.item.filter((item) => item.type === "boolean").map((item) => item.linkId)).toEqual(Array.from({ length: 24 }, (_, index) => `rmdq-${index + 1}`));
    expect(rmdqQuestionnaire.item[15]?.text).toBe("My appetite is not very good because of my back pain.");
    expect(rmdqQuestionnaire.copyright).toMatch(/no permission is required/);
    expect(Object.isFrozen(rmdqQuestionnaire.item[3])).toBe(true);
  });

  it("O-1, O-6: RMDQ Questionnaire → QuestionnaireResponse → score → Observation", () => {
    const tickedIds = new Set(["rmdq-2", "rmdq-3", "rmdq-11", "rmdq-13", "rmdq-18", "rmdq-21"]);
    // A renderer's answers: ticked boxes are true, unticked ones are left out (as on paper).
    const items: QuestionnaireResponseItem[] = rmdqQuestionnaire.item
      .filter((item) => tickedIds.has(item.linkId))
      .map((item) => ({ linkId: item.linkId, text: item.text, answer: [{ valueBoolean: true }] }));
    const qr = response(rmdqQuestionnaire.url, items);
    expect(r4Errors("QuestionnaireResponse", qr)).toEqual([]);
    const answers = read(qr);
    expect(answers).toMatchObject({ instrument: "rmdq", date: "2026-03-02" });
    const score = scoreOutcome(answers);
    expect(score.score).toBe(6);
    const observation: Observation = json(toObservation(score, { effective: "2026-03-02T09:30:00+01:00", subject: "Patient/p1", derivedFrom: "QuestionnaireResponse/qr1", id: "rmdq-1" }));
    expect(r4Errors("Observation", observation)).toEqual([]);
    expect(observation).toMatchObject({
      resourceType: "Observation",
      status: "final",
      code: { coding: [{ system: "https://spinewise.dev/fhir/CodeSystem/outcome", code: "rmdq-score" }] },
      subject: { reference: "Patient/p1" },
      valueQuantity: { value: 6, system: "http://unitsofmeasure.org", code: "{score}" },
      derivedFrom: [{ reference: "QuestionnaireResponse/qr1" }],
    });
    expect(observation.category?.[0]?.coding?.[0]?.code).toBe("survey");
  });

  it("O-1: in a response still in progress an unanswered statement stays unanswered: no score", () => {
    const qr = response(rmdqQuestionnaire.url, [{ linkId: "rmdq-1", answer: [{ valueBoolean: false }] }], "in-progress");
    const score = scoreOutcome(read(qr));
    expect(score).toMatchObject({ score: null, reasonCode: "incomplete-answers" });
    expect(score.missing).toHaveLength(23);
    const observation = json<Observation>(toObservation(score, { effective: "2026-03-02" }));
    expect(r4Errors("Observation", observation)).toEqual([]);
    expect(observation.valueQuantity).toBeUndefined();
    expect(observation.dataAbsentReason?.coding?.[0]?.code).toBe("unknown");
    expect(observation.dataAbsentReason?.text).toMatch(/23 of 24 statements unanswered/);
  });

  it("O-2, O-6: PSFS repeating groups → mean → Observation with one component per activity", () => {
    const activity = (name: string, rating: number): QuestionnaireResponseItem => ({
      linkId: "psfs-activity",
      item: [
        { linkId: "psfs-activity-name", answer: [{ valueString: name }] },
        { linkId: "psfs-activity-score", answer: [{ valueInteger: rating }] },
      ],
    });
    const qr = response(`${psfsQuestionnaire.url}|1`, [activity("deadlift from the floor", 2), activity("sit through a film", 6), activity("put on socks", 7)]);
    expect(r4Errors("QuestionnaireResponse", qr)).toEqual([]);
    const answers = read(qr);
    expect(answers).toEqual({
      instrument: "psfs",
      date: "2026-03-02",
      activities: [
        { activity: "deadlift from the floor", score: 2 },
        { activity: "sit through a film", score: 6 },
        { activity: "put on socks", score: 7 },
      ],
    });
    const observation = json<Observation>(toObservation(scoreOutcome(answers), { effective: "2026-03-02" }));
    expect(r4Errors("Observation", observation)).toEqual([]);
    expect(observation.valueQuantity?.value).toBe(5);
    expect(observation.component?.map((component) => [component.code.text, component.valueQuantity?.value])).toEqual([
      ["deadlift from the floor", 2],
      ["sit through a film", 6],
      ["put on socks", 7],
    ]);
  });

  it("O-3, O-6: an ODI by spinewise's linkIds with one section unanswered, written under LOINC 97909-6", () => {
    const answersGiven = [3, 2, 2, 2, 2, 1, 1, 1, 2];
    const items: QuestionnaireResponseItem[] = answersGiven.map((value, index) => ({ linkId: `odi-${index + 1}`, answer: [{ valueInteger: value }] }));
    const qr = response(outcomeQuestionnaireUrls.odi[0]!, items);
    expect(r4Errors("QuestionnaireResponse", qr)).toEqual([]);
    const score = scoreOutcome(read(qr));
    expect(score.score).toBeCloseTo((16 / 45) * 100, 10);
    const observation = json<Observation>(toObservation(score, { effective: "2026-03-02" }));
    expect(r4Errors("Observation", observation)).toEqual([]);
    expect(observation.code.coding?.[0]).toEqual({ system: "http://loinc.org", code: "97909-6" });
    expect(observation.valueQuantity).toEqual({ value: 35.56, unit: "%", system: "http://unitsofmeasure.org", code: "%" });
  });

  it("O-3, O-6: an ODI on LOINC's questionnaire 97908-8 read through the caller's linkIds, coded answers by ordinal", () => {
    const linkIds = Object.fromEntries(Array.from({ length: 10 }, (_, index) => [`/97908-8/q${index + 1}`, `odi-${index + 1}`]));
    const items: QuestionnaireResponseItem[] = Array.from({ length: 10 }, (_, index) => ({
      linkId: `/97908-8/q${index + 1}`,
      answer: [
        {
          valueCoding: {
            system: "http://loinc.org",
            code: `LA-example-${index}`,
            extension: [{ url: "http://hl7.org/fhir/StructureDefinition/ordinalValue", valueDecimal: index % 3 }],
          },
        },
      ],
    }));
    const qr = response("http://loinc.org/q/97908-8", items);
    expect(r4Errors("QuestionnaireResponse", qr)).toEqual([]);
    const answers = read(qr, { linkIds });
    expect(answers).toMatchObject({ instrument: "odi", sections: [0, 1, 2, 0, 1, 2, 0, 1, 2, 0] });
    // Two sections missing: no score (O-3).
    const two = read(response("http://loinc.org/q/97908-8", items.slice(0, 8)), { linkIds });
    expect(scoreOdi((two as Extract<OutcomeAnswers, { instrument: "odi" }>).sections).reasonCode).toBe("too-many-missing-sections");
  });

  it("O-6: a pain rating by LOINC 72514-3, with or without the questionnaire URL", () => {
    const item: QuestionnaireResponseItem = { linkId: "/72514-3", answer: [{ valueCoding: { code: "4", display: "4" } }] };
    expect(read({ resourceType: "QuestionnaireResponse", status: "completed", item: [item] })).toEqual({ instrument: "nrs", nrs: 4 });
    const observation = json<Observation>(toObservation(scoreOutcome(read(response("http://loinc.org/q/72514-3", [item]))), { effective: "2026-03-02" }));
    expect(r4Errors("Observation", observation)).toEqual([]);
    expect(observation.code.coding?.[0]).toMatchObject({ system: "http://loinc.org", code: "72514-3" });
  });
});

describe("fromQuestionnaireResponse problems", () => {
  it("lists every problem with its path in the resource", () => {
    const result = fromQuestionnaireResponse({
      resourceType: "QuestionnaireResponse",
      questionnaire: rmdqQuestionnaire.url,
      status: "completed",
      item: [
        { linkId: "rmdq-1", answer: [{ valueInteger: 1 }] },
        { linkId: "rmdq-2", answer: [{ valueBoolean: true }, { valueBoolean: false }] },
        { linkId: "rmdq-3", answer: [{ valueBoolean: true }] },
        { linkId: "rmdq-3", answer: [{ valueBoolean: true }] },
      ],
    });
    expect(result).toEqual({
      ok: false,
      error: {
        issues: [
          { path: ["item", 0, "answer", 0], message: "must be a valueBoolean (true when the statement is ticked)" },
          { path: ["item", 1, "answer"], message: '"rmdq-2" takes one answer, got 2' },
          { path: ["item", 3, "linkId"], message: 'linkId "rmdq-3" appears more than once' },
        ],
      },
    });
  });

  it("refuses what is not a response spinewise scores, without throwing", () => {
    expect(fromQuestionnaireResponse({ resourceType: "Observation" })).toMatchObject({ ok: false, error: { issues: [{ path: ["resourceType"] }, { path: ["status"] }] } });
    expect(fromQuestionnaireResponse(null)).toMatchObject({ ok: false, error: { issues: [{ path: [], message: "a QuestionnaireResponse must be an object" }] } });
    expect(fromQuestionnaireResponse({ resourceType: "QuestionnaireResponse", status: "entered-in-error" })).toMatchObject({ ok: false, error: { issues: [{ path: ["status"] }] } });
    const unknown = fromQuestionnaireResponse({ resourceType: "QuestionnaireResponse", status: "completed", questionnaire: "http://example.org/Questionnaire/start-back" });
    expect(unknown).toMatchObject({ ok: false, error: { issues: [{ path: ["questionnaire"] }] } });
    expect(!unknown.ok && unknown.error.issues[0]!.message).toMatch(/pass the instrument option/);
    const empty = fromQuestionnaireResponse({ resourceType: "QuestionnaireResponse", status: "completed", questionnaire: outcomeQuestionnaireUrls.odi[0] });
    expect(empty).toMatchObject({ ok: false, error: { issues: [{ path: ["item"], message: expect.stringMatching(/no ODI items found/) }] } });
    expect(() => fromQuestionnaireResponse({}, "odi" as never)).toThrow(/^fromQuestionnaireResponse: options must be an object/);
  });

  it("O-2: a PSFS activity needs its name and rating; an activity named twice is refused; ratings stay within 0–10", () => {
    const result = fromQuestionnaireResponse({
      resourceType: "QuestionnaireResponse",
      questionnaire: psfsQuestionnaire.url,
      status: "completed",
      item: [
        { linkId: "psfs-activity", item: [{ linkId: "psfs-activity-name", answer: [{ valueString: "Squat" }] }] },
        { linkId: "psfs-activity", item: [{ linkId: "psfs-activity-name", answer: [{ valueString: "run" }] }, { linkId: "psfs-activity-score", answer: [{ valueInteger: 12 }] }] },
        { linkId: "psfs-activity", item: [{ linkId: "psfs-activity-name", answer: [{ valueString: "hinge" }] }, { linkId: "psfs-activity-score", answer: [{ valueInteger: 4 }] }] },
        { linkId: "psfs-activity", item: [{ linkId: "psfs-activity-name", answer: [{ valueString: " HINGE" }] }, { linkId: "psfs-activity-score", answer: [{ valueInteger: 5 }] }] },
      ],
    });
    expect(!result.ok && result.error.issues).toEqual([
      { path: ["item", 0], message: "a PSFS activity needs both its rating (psfs-activity-score)" },
      { path: ["item", 1, "item", 1, "answer", 0], message: "must be a whole number from 0 to 10 (valueInteger, valueDecimal, or a valueCoding with a numeric code or ordinalValue), got 12" },
      { path: ["item", 3, "item", 0, "answer", 0, "valueString"], message: '" HINGE" is named twice: name each activity once' },
    ]);
    expect(scorePsfs([{ activity: "hinge", score: 4 }]).score).toBe(4);
  });
});

describe("toObservation", () => {
  it("O-6: refuses a date FHIR cannot hold and unknown statuses, naming the function", () => {
    const score = scoreOutcome({ instrument: "nrs", nrs: 3 });
    expect(() => toObservation(score, { effective: "2026-03-02T09:30" })).toThrow(/^toObservation: options.effective/);
    expect(() => toObservation(score, { effective: "2026-02-30" })).toThrow(RangeError);
    expect(() => toObservation(score, { effective: "2026-03-02", status: "draft" as never })).toThrow(/^toObservation: options.status/);
    expect(() => toObservation(score, undefined as never)).toThrow(TypeError);
    expect(toObservation(score, { effective: "2026-03-02T09:30:00Z", status: "preliminary" })).toMatchObject({ status: "preliminary", effectiveDateTime: "2026-03-02T09:30:00Z" });
  });
});
