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

// zod (4.x) and the hand-written parsers count text in code points, as JSON Schema does; JavaScript's
// String length counts UTF-16 code units, so a reader who checks with `.length` would differ.
const TEXT_LENGTH_RULE = "Text lengths (minLength, maxLength) count Unicode code points, as JSON Schema does, not JavaScript's String length: a character outside the Basic Multilingual Plane, such as an emoji, counts once.";

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
  const rules = [...(spec.rules ?? []), ...(mentions(body, "maxLength") ? [TEXT_LENGTH_RULE] : [])];
  return {
    $schema: JSON_SCHEMA_DIALECT,
    $id: `${JSON_SCHEMA_ID_BASE}${spec.name}.json`,
    title: spec.title,
    description: describeDocument(spec.summary, rules),
    ...body,
  };
}

/**
 * The description of every field of an object schema, by key. Every key of the shape is named, so
 * a field added to a parser's schema without a description fails the typecheck.
 */
export type FieldDescriptions<Shape> = { readonly [Key in keyof Shape]-?: string };

// Field descriptions ride on the object's generated JSON under this key until the document is
// finished. They cannot be written into the property schemas during generation: zod shares one
// JSON object between every place a zod schema is reused, so a description written there for one
// field would appear on the others too.
const FIELDS_KEY = "x-spinewise-fields";

/**
 * Describes the fields of one object schema (and, optionally, the object itself) wherever it is
 * embedded: an adjustment for {@link jsonSchemaDocument}. The descriptions live here, beside the
 * JSON Schema functions, not on the zod schemas (`.meta()`): a caller who imports only a parser
 * does not carry their text. A module-level table of them is built inside a pure IIFE
 * (`/* @__PURE__ *\/ (() => adjustAll(…))()`): a bundler cannot see across the built chunks that
 * these calls are pure, and would otherwise keep every table, and zod with it.
 *
 * @param schema - the zod object schema the parser runs (compared by identity)
 * @param fields - a description of each of its fields
 * @param description - what the object as a whole is, where no field of an enclosing object says it
 */
export function describeFields<Shape extends object>(schema: { readonly shape: Shape }, fields: FieldDescriptions<Shape>, description?: string): JsonSchemaAdjust {
  return describeKeys(schema, fields, description);
}

/** Several adjustments as one, applied in order. */
export function adjustAll(...steps: readonly JsonSchemaAdjust[]): JsonSchemaAdjust {
  return (zodSchema, json) => {
    for (const step of steps) step(zodSchema, json);
  };
}

/**
 * {@link describeFields} for a schema whose keys are not a shape (a record over a fixed set of
 * keys, which zod writes as properties).
 */
export function describeKeys(schema: unknown, fields: Readonly<Record<string, string>>, description?: string): JsonSchemaAdjust {
  return (zodSchema, json) => {
    if (zodSchema !== schema) return;
    json[FIELDS_KEY] = fields;
    if (description !== undefined) json["description"] = description;
  };
}

/** Calls `visit` on every object of a JSON Schema tree, parents before their children. */
export function eachSchemaObject(node: unknown, visit: (json: JsonSchemaNode) => void): void {
  if (Array.isArray(node)) {
    for (const item of node) eachSchemaObject(item, visit);
    return;
  }
  if (node === null || typeof node !== "object") return;
  visit(node as JsonSchemaNode);
  for (const value of Object.values(node)) eachSchemaObject(value, visit);
}

/**
 * Writes the field descriptions carried under FIELDS_KEY into the properties they name, from the
 * root down: the description an enclosing object gives a field replaces the one its object has of
 * itself, as the more specific.
 */
function applyFieldDescriptions(json: JsonSchemaNode): void {
  const fields = json[FIELDS_KEY] as Readonly<Record<string, string>> | undefined;
  if (fields === undefined) return;
  delete json[FIELDS_KEY];
  const properties = json["properties"] as Record<string, JsonSchemaNode> | undefined;
  for (const [key, text] of Object.entries(fields)) {
    const property = properties?.[key];
    if (property !== undefined) property["description"] = text;
  }
}

/**
 * The JSON Schema document of a zod/mini boundary schema: generated from the very schema the
 * parser runs (`z.toJSONSchema`, the input side, so keys a parser drops stay allowed), adjusted
 * by the modules whose schemas it embeds (their keywords and field descriptions), and published
 * with {@link publishJsonSchema}.
 */
export function jsonSchemaDocument(schema: z.core.$ZodType, spec: JsonSchemaSpec): JsonSchemaNode {
  return publishJsonSchema(generateJsonSchema(schema, spec.adjust ?? []), spec);
}

/**
 * The JSON Schema of a zod/mini schema (input side) with the adjustments applied and the field
 * descriptions written in, not yet published: for a document assembled from several parts.
 */
export function generateJsonSchema(schema: z.core.$ZodType, adjust: readonly JsonSchemaAdjust[]): JsonSchemaNode {
  const generated = z.toJSONSchema(schema, {
    io: "input",
    override: (context) => {
      for (const step of adjust) step(context.zodSchema, context.jsonSchema as JsonSchemaNode);
    },
  }) as JsonSchemaNode;
  eachSchemaObject(generated, applyFieldDescriptions);
  return generated;
}
