/**
 * One way to turn a zod/mini boundary schema into a published JSON Schema document, so every
 * `xJsonSchema()` carries the same dialect, a stable `$id`, a title, and the rules the parser
 * checks that a JSON Schema cannot say, written for the person who builds a form from it.
 */
import * as z from "zod/mini";

/** The JSON Schema dialect of every document (draft 2020-12). */
export const JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema";

/**
 * Where the `$id` of every spinewise schema starts: `https://spinewise.dev/schemas/<name>.json`.
 * The `$id` names the schema; it is not promised to be downloadable (print it with
 * `spinewise schema <name>`).
 */
export const JSON_SCHEMA_ID_BASE = "https://spinewise.dev/schemas/";

/** A JSON Schema object (or sub-schema), as plain data. */
export type JsonSchemaNode = Record<string, unknown>;

/**
 * Adjusts the JSON written for one zod schema (the `override` of `z.toJSONSchema`): called for
 * every schema in the tree, with the zod schema it came from, so a module can add the JSON Schema
 * keywords its parser needs (`required`, `uniqueItems`, …) wherever its schema is embedded.
 */
export type JsonSchemaAdjust = (zodSchema: unknown, json: JsonSchemaNode) => void;

/** What a published document says about itself. */
export interface JsonSchemaSpec {
  /** The file name of the `$id` and of `spinewise schema <name>`. */
  readonly name: string;
  readonly title: string;
  /** What the document is and which function reads it. */
  readonly summary: string;
  /** The rules the parser checks beyond the schema's keywords, one sentence each. */
  readonly rules?: readonly string[];
  /** Adjustments of embedded schemas, applied in order. */
  readonly adjust?: readonly JsonSchemaAdjust[];
}

// zod measures text with String#length (UTF-16 code units); JSON Schema counts code points, so a
// text full of emoji can pass maxLength and still be too long for the parser.
const UTF16_RULE = "Text lengths (minLength, maxLength) count UTF-16 code units, as JavaScript's String length does: a character outside the Basic Multilingual Plane, such as an emoji, counts twice.";

/** The description of a document: its summary, then its rules as a list a person can read. */
export function describeDocument(summary: string, rules: readonly string[]): string {
  return rules.length === 0 ? summary : `${summary}\n\nThe parser also checks these rules (a JSON Schema validator checks only those also written as keywords):\n${rules.map((rule) => `- ${rule}`).join("\n")}`;
}

function mentions(value: unknown, keyword: string): boolean {
  if (Array.isArray(value)) return value.some((item) => mentions(item, keyword));
  if (value === null || typeof value !== "object") return false;
  return Object.entries(value).some(([key, item]) => key === keyword || mentions(item, keyword));
}

/**
 * Wraps a generated schema as a published document: `$schema` (draft 2020-12), `$id`, title and
 * description first, then the schema itself.
 */
export function publishJsonSchema(schema: JsonSchemaNode, spec: JsonSchemaSpec): JsonSchemaNode {
  const { $schema: _dialect, $id: _id, title: _title, description: _description, ...body } = schema;
  const rules = [...(spec.rules ?? []), ...(mentions(body, "maxLength") ? [UTF16_RULE] : [])];
  return {
    $schema: JSON_SCHEMA_DIALECT,
    $id: `${JSON_SCHEMA_ID_BASE}${spec.name}.json`,
    title: spec.title,
    description: describeDocument(spec.summary, rules),
    ...body,
  };
}

/**
 * The JSON Schema document of a zod/mini boundary schema: generated from the very schema the
 * parser runs (`z.toJSONSchema`, the input side, so keys a parser drops stay allowed), adjusted
 * by the modules whose schemas it embeds, and published with {@link publishJsonSchema}.
 */
export function jsonSchemaDocument(schema: z.core.$ZodType, spec: JsonSchemaSpec): JsonSchemaNode {
  const adjust = spec.adjust ?? [];
  const generated = z.toJSONSchema(schema, {
    io: "input",
    override: (context) => {
      for (const step of adjust) step(context.zodSchema, context.jsonSchema as JsonSchemaNode);
    },
  }) as JsonSchemaNode;
  return publishJsonSchema(generated, spec);
}
