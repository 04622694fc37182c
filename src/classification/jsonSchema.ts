/**
 * JSON Schemas of the classification inputs, generated from the schemas the parsers run, with
 * the rules across fields stated for whoever builds a form from them.
 */
import { jsonSchemaDocument, type JsonSchemaNode } from "../internal/jsonSchema.js";
import { clearingTestResultSchema, clearingTestsSchema, enduranceTimesSchema, lowerCrossedAnswersSchema, symptomHistorySchema } from "./schema.js";

/**
 * The JSON Schema keywords of the classification schemas wherever they are embedded: familiar
 * pain needs a pain score above 0 in a clearing test.
 */
export function classificationJsonAdjust(zodSchema: unknown, json: JsonSchemaNode): void {
  if (zodSchema === clearingTestResultSchema) {
    json["if"] = { required: ["familiar"], properties: { familiar: { const: true } } };
    json["then"] = { properties: { painNrs: { type: "integer", minimum: 1 } } };
  }
}

/** The rules of the clearing tests, with their path under `at`. */
export function clearingTestsRules(at: string): string[] {
  return [`In ${at}flexion and ${at}extension, familiar pain (familiar: true) needs a painNrs above 0 (also the if/then keywords).`];
}

/** The rule of a symptom history, with its path under `at`. */
export function symptomHistoryRules(at: string): string[] {
  return [`No activity is listed in both ${at}worsenedBy and ${at}easedBy.`];
}

/**
 * The JSON Schema (draft 2020-12) of the two clearing tests, as {@link parseClearingTests} reads
 * them (C-1…C-6).
 *
 * @returns a fresh JSON Schema object, `$id` `https://spinewise.dev/schemas/clearing-tests.json`
 * @example
 * ```ts
 * clearingTestsJsonSchema().required;
 * // => ["flexion", "extension"]
 * ```
 * @category Classification
 */
export function clearingTestsJsonSchema(): Record<string, unknown> {
  return jsonSchemaDocument(clearingTestsSchema, {
    name: "clearing-tests",
    title: "spinewise clearing tests",
    summary: "The flexion (rock-back) and extension (press-up) clearing tests and the C-6 findings (C-1…C-6), as read by parseClearingTests.",
    rules: clearingTestsRules(""),
    adjust: [classificationJsonAdjust],
  });
}

/**
 * The JSON Schema (draft 2020-12) of a symptom history, as {@link parseSymptomHistory} reads it (C-3).
 *
 * @returns a fresh JSON Schema object, `$id` `https://spinewise.dev/schemas/symptom-history.json`
 * @example
 * ```ts
 * symptomHistoryJsonSchema().required;
 * // => ["worsenedBy", "easedBy"]
 * ```
 * @category Classification
 */
export function symptomHistoryJsonSchema(): Record<string, unknown> {
  return jsonSchemaDocument(symptomHistorySchema, {
    name: "symptom-history",
    title: "spinewise symptom history",
    summary: "What worsens and what eases the pain through the day (C-3), as read by parseSymptomHistory.",
    rules: symptomHistoryRules(""),
  });
}

/**
 * The JSON Schema (draft 2020-12) of the four lower-crossed answers, as
 * {@link parseLowerCrossedAnswers} reads them (C-7).
 *
 * @returns a fresh JSON Schema object, `$id` `https://spinewise.dev/schemas/lower-crossed.json`
 * @example
 * ```ts
 * lowerCrossedAnswersJsonSchema().required;
 * // => ["anteriorPelvicTilt", "weakGlutes", "tightHipFlexors", "liftsFeltInLowBack"]
 * ```
 * @category Classification
 */
export function lowerCrossedAnswersJsonSchema(): Record<string, unknown> {
  return jsonSchemaDocument(lowerCrossedAnswersSchema, {
    name: "lower-crossed",
    title: "spinewise lower-crossed answers",
    summary: "The four lower-crossed questions (C-7), as read by parseLowerCrossedAnswers.",
  });
}

/**
 * The JSON Schema (draft 2020-12) of McGill's four trunk endurance hold times, as
 * {@link parseEnduranceTimes} reads them (E-1…E-3).
 *
 * @returns a fresh JSON Schema object, `$id` `https://spinewise.dev/schemas/endurance-times.json`
 * @example
 * ```ts
 * enduranceTimesJsonSchema().required;
 * // => ["flexorSeconds", "extensorSeconds", "leftSideBridgeSeconds", "rightSideBridgeSeconds"]
 * ```
 * @category Classification
 */
export function enduranceTimesJsonSchema(): Record<string, unknown> {
  return jsonSchemaDocument(enduranceTimesSchema, {
    name: "endurance-times",
    title: "spinewise trunk endurance times",
    summary: "McGill's four trunk endurance holds in seconds (E-1…E-3), as read by parseEnduranceTimes.",
  });
}
