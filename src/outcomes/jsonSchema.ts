/**
 * The JSON Schema of outcome answers, generated from the schema the parsers run, with the rules
 * across fields stated for whoever builds a form from it.
 */
import * as z from "zod/mini";
import { isoDateString } from "../internal/isoDateSchema.js";
import { jsonSchemaDocument, type JsonSchemaNode } from "../internal/jsonSchema.js";
import { outcomeAnswersSchema, outcomeSeriesSchema } from "./answersSchema.js";
import { answersDateSchema } from "./schema.js";

/**
 * The parser checks dates with the one calendar; the document states them with the same
 * keywords as every other spinewise date (the shared ISO date field's JSON Schema).
 */
function dateFormat(zodSchema: unknown, json: JsonSchemaNode): void {
  if (zodSchema === answersDateSchema) {
    const { $schema: _dialect, ...date } = z.toJSONSchema(isoDateString("date"), { io: "input" }) as JsonSchemaNode;
    Object.assign(json, date);
  }
}

/**
 * The JSON Schema (draft 2020-12) of an outcome file, as `spinewise outcome score` reads it:
 * answers to one instrument, or a list of dated answers (O-1…O-3 and the NRS).
 *
 * @returns a fresh JSON Schema object, `$id` `https://spinewise.dev/schemas/outcome.json`
 * @example
 * ```ts
 * outcomeJsonSchema().$id;
 * // => "https://spinewise.dev/schemas/outcome.json"
 * ```
 * @category Outcomes
 */
export function outcomeJsonSchema(): Record<string, unknown> {
  return jsonSchemaDocument(z.union([outcomeAnswersSchema, outcomeSeriesSchema]), {
    name: "outcome",
    title: "spinewise outcome answers",
    summary:
      "Answers to one outcome instrument (RMDQ, PSFS, ODI or pain NRS), or a list of dated answers, as read by parseOutcomeAnswers and parseOutcomeSeries and scored by scoreOutcome. spinewise ships no ODI wording: hold the ODI under your own licence.",
    rules: [
      "A PSFS names each activity once (case and spaces ignored), and no activity's name is blank (spaces only).",
      "Every entry of a list has a date.",
    ],
    adjust: [dateFormat],
  });
}
