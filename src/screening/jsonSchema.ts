/**
 * JSON Schemas of the safety gate's inputs, for forms outside TypeScript. The schema asks a form
 * for every red-flag answer (S-13); the parser also accepts an intake with some left out, so
 * that `screen` can name them.
 */
import { classificationJsonAdjust, clearingTestsRules } from "../classification/jsonSchema.js";
import { jsonSchemaDocument, type JsonSchemaNode } from "../internal/jsonSchema.js";
import { AGE_QUESTION, RED_FLAG_QUESTIONS } from "./questions.js";
import { clearanceSchema, screeningInputSchema, sessionCheckInSchema } from "./schema.js";

const REQUIRED_NOTE =
  'Every red-flag answer is required (S-13): true, false, or "unknown" for don\'t know. The parser accepts a document with answers left out so that the safety gate can list them, and then gives no training output (incomplete-screening).';

/**
 * Marks the red-flag answers (and, at intake, the age) required in a generated object schema (S-13).
 *
 * @param schema - a JSON Schema object generated from the screening or check-in schema
 * @param withAge - whether the age is required too (intake: yes; check-in: no)
 * @returns the same schema object, with `required` and a description stating the rule
 */
export function requireRedFlagAnswers(schema: Record<string, unknown>, withAge: boolean): Record<string, unknown> {
  const keys: string[] = RED_FLAG_QUESTIONS.map((item) => item.key);
  schema["required"] = withAge ? [AGE_QUESTION.key, ...keys] : keys;
  schema["description"] = REQUIRED_NOTE;
  return schema;
}

// The clearance's clearedBy is trimmed before its length is checked: 1 to 200 characters once the
// surrounding white space is gone (JavaScript's `\s` is the set `trim` removes).
const CLEARED_BY_PATTERN = "^\\s*\\S(?:[\\s\\S]{0,198}\\S)?\\s*$";

/**
 * The JSON Schema keywords of the screening schemas wherever they are embedded: every red-flag
 * answer required (S-13; at intake the age too), `improvingSinceOnset` only with `durationWeeks`
 * (S-6), and a clearance's `clearedBy` checked after trimming (S-12).
 */
export function screeningJsonAdjust(zodSchema: unknown, json: JsonSchemaNode): void {
  if (zodSchema === screeningInputSchema) {
    requireRedFlagAnswers(json, true);
    json["dependentRequired"] = { improvingSinceOnset: ["durationWeeks"] };
  } else if (zodSchema === sessionCheckInSchema) {
    requireRedFlagAnswers(json, false);
  } else if (zodSchema === clearanceSchema) {
    const properties = json["properties"] as Record<string, JsonSchemaNode>;
    properties["clearedBy"] = {
      type: "string",
      pattern: CLEARED_BY_PATTERN,
      description: "Who cleared it (name and role). Surrounding white space is trimmed; 1 to 200 characters (UTF-16 code units) remain.",
    };
  }
}

/** The rules of a screening input (S-6, S-11 and the clearing tests' own), each with its path under `at`. */
export function screeningInputRules(at: string): string[] {
  return [
    `${at}onsetAgeYears is at most ${at}ageYears (an onset cannot come after today).`,
    `${at}durationWeeks is at most (${at}ageYears + 1) × 52.18 (no longer than the person has lived).`,
    `${at}improvingSinceOnset needs ${at}durationWeeks, so that improvement can be judged (S-6; also the dependentRequired keyword).`,
  ];
}

/** The S-13 rule as a form author reads it; at intake the age is required too. */
export function requiredAnswersRule(withAge: boolean): string {
  return `Every red-flag answer${withAge ? " and ageYears" : ""} is required (S-13; the schema's required list): true, false, or "unknown" for don't know; legSymptoms and nightPain take their details, or null for none. The parser still accepts a document with answers left out, so that the safety gate can name them: it then gives no training output (action incomplete-screening).`;
}

/**
 * The JSON Schema (draft 2020-12) of the intake's screening answers (what {@link parseScreeningInput}
 * and {@link screen} read): every red-flag answer and the age are required (S-13), and the rules
 * across fields are stated in its `description`.
 *
 * @returns a fresh JSON Schema object, `$id` `https://spinewise.dev/schemas/screening.json`
 * @example
 * ```ts
 * (screeningInputJsonSchema().required as string[]).includes("fever");
 * // => true
 * screeningInputJsonSchema().$id;
 * // => "https://spinewise.dev/schemas/screening.json"
 * ```
 * @category Screening
 */
export function screeningInputJsonSchema(): Record<string, unknown> {
  return jsonSchemaDocument(screeningInputSchema, {
    name: "screening",
    title: "spinewise screening answers",
    summary: "The safety gate's questions at intake (S-1…S-13), as read by parseScreeningInput and screen.",
    rules: [requiredAnswersRule(true), ...screeningInputRules(""), ...clearingTestsRules("clearingTests.")],
    adjust: [screeningJsonAdjust, classificationJsonAdjust],
  });
}

/**
 * The JSON Schema (draft 2020-12) of a session check-in (what {@link parseSessionCheckIn} and
 * {@link screenCheckIn} read): every red-flag answer is required (S-9, S-13), and a check-in that
 * carries clearances needs its date (S-12).
 *
 * @returns a fresh JSON Schema object, `$id` `https://spinewise.dev/schemas/check-in.json`
 * @example
 * ```ts
 * (sessionCheckInJsonSchema().required as string[]).length;
 * // => 20
 * ```
 * @category Screening
 */
export function sessionCheckInJsonSchema(): Record<string, unknown> {
  const schema = jsonSchemaDocument(sessionCheckInSchema, {
    name: "check-in",
    title: "spinewise session check-in",
    summary: "The red-flag questions again before a session (S-9): only what is new or worse since the last check-in counts. Read by parseSessionCheckIn and screenCheckIn.",
    rules: [requiredAnswersRule(false), "A check-in with one or more clearances needs its date: a clearance covers what was reported on or before its own date (S-12; also the if/then keywords)."],
    adjust: [screeningJsonAdjust],
  });
  schema["if"] = { required: ["clearances"], properties: { clearances: { type: "array", minItems: 1 } } };
  schema["then"] = { required: ["date"] };
  return schema;
}

/**
 * The JSON Schema (draft 2020-12) of a clinician's clearance (what {@link parseClearance} reads,
 * S-12): who cleared which red-flag features, and when.
 *
 * @returns a fresh JSON Schema object, `$id` `https://spinewise.dev/schemas/clearance.json`
 * @example
 * ```ts
 * clearanceJsonSchema().required;
 * // => ["date", "clearedBy", "covers"]
 * ```
 * @category Screening
 */
export function clearanceJsonSchema(): Record<string, unknown> {
  return jsonSchemaDocument(clearanceSchema, {
    name: "clearance",
    title: "spinewise clinician clearance",
    summary:
      "A clinician's clearance (S-12): it lifts only the red-flag features it names in covers, for what was reported on or before its date; a later new or worse report triggers again. Read by parseClearance, and inside an intake's or a check-in's clearances.",
    adjust: [screeningJsonAdjust],
  });
}
