/**
 * The JSON Schema of a performed session, generated from the schema the parser runs, with the
 * rules across fields (and against the catalog) stated for whoever builds a form from it.
 */
import { jsonSchemaDocument, type JsonSchemaNode } from "../internal/jsonSchema.js";
import { performedSessionSchema } from "./schema.js";

const notBoth = (first: string, second: string): JsonSchemaNode => ({ not: { required: [first, second] } });
const anyOfKeys = (...keys: string[]): JsonSchemaNode => ({ anyOf: keys.map((key) => ({ required: [key] })) });

/**
 * The JSON Schema (draft 2020-12) of a performed session, as {@link parsePerformedSession} reads
 * it (V-6, V-7): its date and its sets, loads in kg or lb.
 *
 * @returns a fresh JSON Schema object, `$id` `https://spinewise.dev/schemas/performed-session.json`
 * @example
 * ```ts
 * performedSessionJsonSchema().required;
 * // => ["date", "sets"]
 * ```
 * @category Volume
 */
export function performedSessionJsonSchema(): Record<string, unknown> {
  const schema = jsonSchemaDocument(performedSessionSchema, {
    name: "performed-session",
    title: "spinewise performed session",
    summary:
      "What was actually done in one session, set by set (V-6, V-7), as read by parsePerformedSession: loads in the set's unit, else the session's, else kg; 1 lb = 0.45359237 kg.",
    rules: [
      "A set gives its load as load (in its unit) or as loadKg, not both; the same for assistance and assistanceKg; the session gives bodyweight or bodyweightKg, not both (also the not keywords).",
      'A set whose unit is "lb" and that gives a mass gives it in pounds: load or assistance, not only loadKg or assistanceKg (also the if/then keywords).',
      "exerciseId names an exercise of the catalog: the built-in one, unless the caller passes its own to parsePerformedSession.",
      'side matches the exercise\'s laterality (V-6): "both" for a bilateral exercise; "left" or "right" for one done a side at a time (unilateral or split-stance), one set per side; any side for alternating and contralateral ones.',
    ],
  });
  Object.assign(schema, notBoth("bodyweight", "bodyweightKg"));
  const sets = (schema["properties"] as Record<string, JsonSchemaNode>)["sets"] as JsonSchemaNode;
  (sets["items"] as JsonSchemaNode)["allOf"] = [
    notBoth("load", "loadKg"),
    notBoth("assistance", "assistanceKg"),
    {
      if: { required: ["unit"], properties: { unit: { const: "lb" } }, not: anyOfKeys("load", "assistance") },
      then: { not: anyOfKeys("loadKg", "assistanceKg") },
    },
  ];
  return schema;
}
