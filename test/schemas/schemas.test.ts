import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as catalog from "../../src/catalog/index.js";
import * as classification from "../../src/classification/index.js";
import { SCHEMAS } from "../../src/cli/commands/schema.js";
import { run } from "../../src/cli/run.js";
import * as journal from "../../src/journal/index.js";
import * as load from "../../src/load/index.js";
import * as program from "../../src/program/index.js";
import * as progression from "../../src/progression/index.js";
import * as screening from "../../src/screening/index.js";
import * as staging from "../../src/staging/index.js";
import * as volume from "../../src/volume/index.js";
import { memoryIo } from "../cli/memoryIo.js";
import { validator } from "./ajv.js";
import { answerEveryQuestion, DOCUMENTS } from "./documents.js";

// The modules whose parsers have a document here. outcomes (in progress) brings its own schemas;
// add it here when it lands, so that this test counts its parsers too.
const MODULES: Record<string, Record<string, unknown>> = { catalog, classification, journal, load, program, progression, screening, staging, volume };
const byName = (name: string) => DOCUMENTS.find((document) => document.name === name)!;
const example = (file: string): unknown => JSON.parse(readFileSync(new URL(`../../examples/${file}`, import.meta.url), "utf8"));
const quiet = { painNrs: 0, familiar: false, symptomsBefore: "back", symptomsAfter: "back", endPositionReached: true };

describe("every parsed input has a JSON Schema", () => {
  it("every exported parseX (and extendCatalog, which reads a catalog) has its document and schema", () => {
    const parsers = Object.values(MODULES).flatMap((module) => Object.keys(module).filter((key) => /^parse[A-Z]/.test(key) || key === "extendCatalog"));
    const covered = new Set(DOCUMENTS.flatMap((document) => document.parsers));
    expect(parsers.filter((parser) => !covered.has(parser))).toEqual([]);
  });

  it("spinewise schema offers exactly these documents", () => {
    expect(Object.keys(SCHEMAS).sort()).toEqual(DOCUMENTS.map((document) => document.name).sort());
  });

  it.each(DOCUMENTS.map((document) => [document.name, document] as const))("%s: draft 2020-12, a stable $id, a title and a description", (name, document) => {
    const schema = document.schema();
    expect(Object.keys(schema).slice(0, 4)).toEqual(["$schema", "$id", "title", "description"]);
    expect(schema["$schema"]).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema["$id"]).toBe(`https://spinewise.dev/schemas/${name}.json`);
    expect(String(schema["title"])).toMatch(/^spinewise /);
    // A fresh object each call: a caller that edits one cannot change the next.
    expect(document.schema()).not.toBe(schema);
    expect(document.schema()).toEqual(schema);
  });

  it.each(Object.keys(SCHEMAS))("spinewise schema %s prints the function's schema (exit 0)", (name) => {
    const io = memoryIo();
    expect(run(["schema", name], io)).toBe(0);
    expect(JSON.parse(io.stdoutText())).toEqual(byName(name).schema());
  });

  it("spinewise schema --help names every schema", () => {
    const io = memoryIo();
    expect(run(["schema", "--help"], io)).toBe(0);
    for (const name of Object.keys(SCHEMAS)) expect(io.stdoutText()).toMatch(new RegExp(`[(, ]${name}[,)]`));
  });
});

describe("the rules are stated where a form author reads them", () => {
  it("S-13: a schema that asks the red-flag questions says every answer is required, and why the parser is laxer", () => {
    for (const name of ["intake", "screening", "check-in", "exercise-logs", "ladder-exposures", "plan-history", "journal-event", "journal"]) {
      expect(String(byName(name).schema()["description"]), name).toMatch(/S-13[\s\S]*incomplete.screening/);
    }
  });

  it("each rule the repairs apply is in the description", () => {
    const says = (name: string, ...words: string[]) => {
      const description = String(byName(name).schema()["description"]);
      for (const word of words) expect(description, `${name}: ${word}`).toContain(word);
    };
    says("intake", "screening.onsetAgeYears", "screening.durationWeeks", "screening.improvingSinceOnset", "screening has no clearingTests", "familiar", "history.worsenedBy");
    says("screening", "onsetAgeYears", "durationWeeks", "improvingSinceOnset", "clearingTests.flexion");
    says("check-in", "clearances", "date");
    says("training-log", "exactly one of startedAt", "rpe × durationMinutes", "IANA", "dependentRequired");
    says("performed-session", "not both", '"lb"', "catalog", "laterality");
    says("exercise", "listed twice", "needed outright", "its own id", "primaryMuscles and secondaryMuscles", "each ladder at most once", "min at most max");
    says("catalog", "share an id", "names an exercise of the catalog");
    says("prescription", "Exactly one of reps", "min is at most max");
    says("staging-input", "stageCap is null");
    says("symptom-history", "both");
    says("daily-loads-options", "IANA", "from is on or before to");
    says("acwr-options", "greater than acuteDays");
    says("journal-event", "reps, seconds or meters", "RMDQ 0–24", "id is left out or equals supersedes", "familiar", "worsenedBy and easedBy", "screening has no clearingTests");
    says("journal", "exactly one intake event", "keeps its type", "never withdraws the intake", "dated on or before it", "ids are unique");
    says("plan-history", "a step that ladder has", "Each session of trainingLog gives exactly one of startedAt", "rpe × durationMinutes");
  });
});

describe("the intake schema (issue 13: 1,930 of 2,000 generated intakes were refused)", () => {
  const schema = program.intakeJsonSchema() as { properties: { screening: { properties: Record<string, unknown>; required: string[] } } };
  const validate = validator(program.intakeJsonSchema());

  it("offers no screening.clearingTests, which parseIntake refuses (the clearing tests are given once)", () => {
    expect(schema.properties.screening.properties).not.toHaveProperty("clearingTests");
    const athlete = example("athlete.json") as { screening: object; clearingTests: object };
    const twice = { ...athlete, screening: { ...athlete.screening, clearingTests: athlete.clearingTests } };
    expect(program.parseIntake(twice).ok).toBe(false);
    expect(validate(twice)).toContain("/screening must NOT have additional properties (clearingTests)");
  });

  it("leaves screeningInputSchema and the screening schema as screen's users know them", () => {
    expect(Object.keys(screening.screeningInputSchema.shape)).toContain("clearingTests");
    expect((screening.screeningInputJsonSchema() as { properties: object }).properties).toHaveProperty("clearingTests");
  });

  it("S-13: requires the age and every red-flag answer", () => {
    expect(schema.properties.screening.required).toEqual([screening.AGE_QUESTION.key, ...screening.RED_FLAG_QUESTIONS.map((item) => item.key)]);
  });

  it("S-13: an intake with answers left out parses (assess names them) and fails the schema until they are answered", () => {
    const athlete = example("athlete.json") as { screening: Record<string, unknown> };
    const { fever: _fever, ...rest } = athlete.screening;
    const unanswered = { ...athlete, screening: rest };
    expect(program.parseIntake(unanswered).ok).toBe(true);
    expect(program.assess(unanswered)).toMatchObject({ ok: true, value: { safety: { action: "incomplete-screening" } } });
    expect(validate(unanswered)).toEqual(["/screening must have required property 'fever'"]);
    expect(validate({ ...unanswered, screening: answerEveryQuestion({ ...rest }, true) })).toEqual([]);
  });

  it("the examples validate", () => {
    expect(validate(example("athlete.json"))).toEqual([]);
    expect(validator(load.trainingLogJsonSchema())(example("training-log.json"))).toEqual([]);
  });
});

describe("rules written as keywords agree with the parser", () => {
  it("S-12: a check-in with a clearance needs its date, in the schema (if/then) as in the parser", () => {
    const validate = validator(screening.sessionCheckInJsonSchema());
    const answered = answerEveryQuestion({}, false);
    const clearance = { date: "2026-03-01", clearedBy: "Dr A. Patel (GP)", covers: ["cancerHistory"] };
    const undated = { ...answered, clearances: [clearance] };
    expect(screening.parseSessionCheckIn(undated).ok).toBe(false);
    expect(validate(undated)).toContain("/ must have required property 'date'");
    expect(validate({ ...undated, date: "2026-03-02" })).toEqual([]);
    expect(validate({ ...answered, clearances: [] })).toEqual([]);
    expect(screening.parseSessionCheckIn({ ...answered, clearances: [] }).ok).toBe(true);
  });

  it("S-12: clearedBy is measured after trimming, as the parser does", () => {
    const validate = validator(screening.clearanceJsonSchema());
    const clearance = (clearedBy: string) => ({ date: "2026-03-01", clearedBy, covers: ["cancerHistory"] });
    for (const [clearedBy, ok] of [
      ["Dr A. Patel (GP)", true],
      [`  ${"a".repeat(200)}\n`, true],
      [`a${" ".repeat(198)}a`, true],
      ["a".repeat(201), false],
      ["   ", false],
      ["", false],
    ] as const) {
      expect(screening.parseClearance(clearance(clearedBy)).ok, JSON.stringify(clearedBy)).toBe(ok);
      expect(validate(clearance(clearedBy)).length === 0, JSON.stringify(clearedBy)).toBe(ok);
    }
  });

  it("C-1: familiar pain at 0/10 is refused by both", () => {
    const validate = validator(classification.clearingTestsJsonSchema());
    const tests = { flexion: { ...quiet, familiar: true }, extension: quiet };
    expect(classification.parseClearingTests(tests).ok).toBe(false);
    expect(validate(tests)).toContain("/flexion/painNrs must be >= 1");
  });

  it("A-1: a training-log session needs one of startedAt and date, RPE with minutes, and a load", () => {
    const validate = validator(load.trainingLogJsonSchema());
    for (const session of [
      { rpe: 5, durationMinutes: 40 },
      { date: "2026-03-02", startedAt: "2026-03-02T10:00:00Z", loadAu: 10 },
      { date: "2026-03-02", rpe: 5 },
      { date: "2026-03-02" },
      { date: "2026-03-02", loadAu: 0, timezone: "Europe/London" },
    ]) {
      expect(validate([session]).length, JSON.stringify(session)).toBeGreaterThan(0);
    }
    // The one difference, documented: the library drops an unknown key that the command line and the schema refuse.
    expect(load.parseTrainingLog([{ date: "2026-03-02", loadAu: 0, timezone: "Europe/London" }]).ok).toBe(true);
  });

  it("a prescription gives exactly one of reps and holdSeconds", () => {
    const validate = validator(progression.prescriptionJsonSchema());
    const both = { exerciseId: "side-plank", sets: 3, reps: { min: 8, max: 10 }, holdSeconds: { min: 10, max: 20 } };
    expect(progression.parsePrescription(both).ok).toBe(false);
    expect(validate(both).length).toBeGreaterThan(0);
  });

  it("V-7: a performed set gives load or loadKg, not both", () => {
    const validate = validator(volume.performedSessionJsonSchema());
    const session = { date: "2026-03-02", sets: [{ exerciseId: "goblet-squat", side: "both", reps: 8, load: 16, loadKg: 16 }] };
    expect(volume.parsePerformedSession(session).ok).toBe(false);
    expect(validate(session).length).toBeGreaterThan(0);
  });

  it("an exercise lists each value once (uniqueItems), as parseExercise requires", () => {
    const validate = validator(catalog.exerciseJsonSchema());
    const squat = JSON.parse(JSON.stringify(catalog.getExercise("goblet-squat"))) as { tags: string[]; cues: string[] };
    expect(validate(squat)).toEqual([]);
    const twice = { ...squat, cues: [...squat.cues, squat.cues[0]] };
    expect(catalog.parseExercise(twice).ok).toBe(false);
    expect(validate(twice).join()).toContain("must NOT have duplicate items");
  });

  it("T-1: a staging input's safety cap agrees with its action", () => {
    const validate = validator(staging.stagingInputJsonSchema());
    const input = { worstPainNrs: 2, endRange: "reached-pain-free", settlingTime: "within-an-hour", legSymptoms: "none" };
    for (const safety of [
      { action: "proceed", stageCap: "movement-control" },
      { action: "stop-until-cleared", stageCap: null },
    ]) {
      expect(staging.parseStagingInput({ ...input, safety }).ok).toBe(false);
      expect(validate({ ...input, safety }).length).toBeGreaterThan(0);
    }
  });

  it("the built-in catalog validates as a catalog and reads back", () => {
    const json = JSON.parse(catalog.catalogJson()) as unknown;
    expect(validator(catalog.catalogJsonSchema())(json)).toEqual([]);
    expect(catalog.extendCatalog(json, []).ok).toBe(true);
  });
});

describe("text lengths count code points in the parsers and in the JSON Schemas alike", () => {
  // 🩺 is one code point and two UTF-16 code units: String#length would count 200 of them as 400.
  const clearance = (clearedBy: string) => ({ date: "2026-11-20", clearedBy, covers: ["cancerHistory"] });
  const validate = validator(screening.clearanceJsonSchema());

  it("S-12: 200 emoji fill a 200-character name and pass both; 201 fail both", () => {
    expect(screening.parseClearance(clearance("🩺".repeat(200))).ok).toBe(true);
    expect(validate(clearance("🩺".repeat(200)))).toEqual([]);
    expect(screening.parseClearance(clearance("🩺".repeat(201))).ok).toBe(false);
    expect(validate(clearance("🩺".repeat(201)))).not.toEqual([]);
  });

  it("the schemas' description says so", () => {
    expect(String(screening.clearanceJsonSchema()["description"])).toContain("count Unicode code points");
  });
});
