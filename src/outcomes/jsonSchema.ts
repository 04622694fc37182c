/**
 * The JSON Schema of outcome answers, generated from the schema the parsers run, with the rules
 * across fields stated for whoever builds a form from it.
 */
import * as z from "zod/mini";
import { isoDateString } from "../internal/isoDateSchema.js";
import { adjustAll, describeFields, describeKeys, jsonSchemaDocument, type JsonSchemaNode } from "../internal/jsonSchema.js";
import { outcomeAnswersSchema, outcomeSeriesSchema } from "./answersSchema.js";
import { answersDateSchema, psfsActivitySchema } from "./schema.js";

/** What each field of the answers to an instrument means (one table: the instruments share date and instrument). */
const ANSWER_FIELDS: Readonly<Record<string, string>> = {
  instrument: "Which instrument was answered: rmdq, psfs, odi or nrs.",
  date: "The day the answers were given, YYYY-MM-DD (years 1900–2200). Needed on every entry of a list.",
  answers: "RMDQ (O-1): the 24 statements in order, true when ticked (it applies today), false when not, null when unanswered. The score is the number ticked, 0–24; higher means more disability.",
  activities: "PSFS (O-2): 1 to 5 activities the person names, each rated 0–10; the score is the mean, higher means better function.",
  sections: "ODI 2.1a (O-3): the 10 sections in order, each a whole number 0–5, or null when unanswered; the score is a percentage, 0–100, higher means more disability; more than one unanswered section gives no score.",
  nrs: "Pain on the 0–10 numeric rating scale (NRS), whole numbers; 0 is no pain, 10 the worst imaginable.",
};

/** The descriptions of the answers to each instrument and of a PSFS activity. */
function describeAnswers() {
  return adjustAll(
    ...outcomeAnswersSchema._zod.def.options.map((option) => describeKeys(option, ANSWER_FIELDS)),
    describeFields(psfsActivitySchema, {
      activity: "The activity in the person's own words, 1 to 200 characters and not blank; each activity once (case and spaces ignored).",
      score: "How well the person can do it today, a whole number 0–10: 0 unable, 10 as well as before the problem.",
    }),
  );
}

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
 * answers to one instrument, or a list of dated answers (O-1…O-3 and the NRS). Built from the
 * zod schemas, so importing it brings zod/mini (the parsers need none).
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
    adjust: [dateFormat, describeAnswers()],
  });
}
