/**
 * JSON Schemas of the safety gate's inputs, for forms outside TypeScript. The schema asks a form
 * for every red-flag answer (S-13); the parser also accepts an intake with some left out, so
 * that `screen` can name them.
 */
import * as z from "zod/mini";
import { AGE_QUESTION, RED_FLAG_QUESTIONS } from "./questions.js";
import { screeningInputSchema, sessionCheckInSchema } from "./schema.js";

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

/**
 * The JSON Schema (draft 2020-12) of the intake's screening answers: every red-flag answer and
 * the age are required (S-13).
 *
 * @returns a fresh JSON Schema object
 * @example
 * ```ts
 * (screeningInputJsonSchema().required as string[]).includes("fever");
 * // => true
 * ```
 * @category Screening
 */
export function screeningInputJsonSchema(): Record<string, unknown> {
  return requireRedFlagAnswers(z.toJSONSchema(screeningInputSchema, { unrepresentable: "any" }) as Record<string, unknown>, true);
}

/**
 * The JSON Schema (draft 2020-12) of a session check-in: every red-flag answer is required (S-9, S-13).
 *
 * @returns a fresh JSON Schema object
 * @example
 * ```ts
 * (sessionCheckInJsonSchema().required as string[]).length;
 * // => 20
 * ```
 * @category Screening
 */
export function sessionCheckInJsonSchema(): Record<string, unknown> {
  return requireRedFlagAnswers(z.toJSONSchema(sessionCheckInSchema, { unrepresentable: "any" }) as Record<string, unknown>, false);
}
