/**
 * The JSON Schema of the staging input, generated from the schema the parser runs, with the
 * rule across fields stated for whoever builds a form from it.
 */
import { jsonSchemaDocument, type JsonSchemaNode } from "../internal/jsonSchema.js";
import { stagingInputSchema, stagingSafetySchema } from "./schema.js";

/**
 * The JSON Schema keywords of the staging schemas wherever they are embedded: a safety decision
 * of `proceed` carries no stage cap, every other action carries one.
 */
export function stagingJsonAdjust(zodSchema: unknown, json: JsonSchemaNode): void {
  if (zodSchema === stagingSafetySchema) {
    json["if"] = { properties: { action: { const: "proceed" } } };
    json["then"] = { properties: { stageCap: { type: "null" } } };
    json["else"] = { properties: { stageCap: { not: { type: "null" } } } };
  }
}

/**
 * The JSON Schema (draft 2020-12) of the staging input, as {@link parseStagingInput} reads it (T-1…T-5).
 *
 * @returns a fresh JSON Schema object, `$id` `https://spinewise.dev/schemas/staging-input.json`
 * @example
 * ```ts
 * stagingInputJsonSchema().required;
 * // => ["worstPainNrs", "endRange", "settlingTime", "legSymptoms"]
 * ```
 * @category Staging
 */
export function stagingInputJsonSchema(): Record<string, unknown> {
  return jsonSchemaDocument(stagingInputSchema, {
    name: "staging-input",
    title: "spinewise staging input",
    summary: "The symptoms that set the training stage (T-1…T-5), as read by parseStagingInput and stageFromSymptoms.",
    rules: [
      "safety is the decision from screen, unchanged: safety.stageCap is null when safety.action is proceed, and a stage for every other action (also the if/then/else keywords).",
    ],
    adjust: [stagingJsonAdjust],
  });
}
