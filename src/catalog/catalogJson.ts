/**
 * The catalog for products that do not speak TypeScript: JSON text and its JSON Schema.
 */
// A namespace import lets bundlers keep only the zod functions used (about 6 kB); the named
// `{ z }` export is an object that drags in all of zod, locales included (about 70 kB).
import * as z from "zod/mini";
import { exercises } from "./exercises.js";
import { exerciseSchema } from "./schema.js";
import type { Exercise } from "./types.js";

/**
 * A JSON Schema document (draft 2020-12) as a plain object.
 * @category Catalog
 */
export type JsonSchemaDocument = { readonly [key: string]: unknown };

/**
 * Serialises a catalog as JSON text: an array of exercises exactly as {@link exerciseSchema}
 * describes them, so {@link parseExercise} and {@link extendCatalog} read it back.
 *
 * @param catalog - the catalog to serialise (default: the built-in {@link exercises})
 * @param indent - spaces of indentation (default 2; 0 for one line)
 * @returns JSON text
 * @example
 * ```ts
 * JSON.parse(catalogJson()).length === exercises.length;
 * // => true
 * ```
 * @category Catalog
 */
export function catalogJson(catalog: readonly Exercise[] = exercises, indent = 2): string {
  return JSON.stringify(catalog, null, indent);
}

/**
 * The JSON Schema of one exercise, generated from {@link exerciseSchema} with `z.toJSONSchema`.
 *
 * The semantic checks of {@link parseExercise} (no duplicates, no self-links) and the link
 * checks of {@link extendCatalog} are beyond JSON Schema; validate with those for the full set.
 *
 * @returns a fresh JSON Schema (draft 2020-12) object
 * @example
 * ```ts
 * exerciseJsonSchema().required;
 * // => ["id", "name", "aliases", "family", ...]
 * ```
 * @category Catalog
 */
export function exerciseJsonSchema(): JsonSchemaDocument {
  return {
    ...(z.toJSONSchema(exerciseSchema) as JsonSchemaDocument),
    title: "spinewise exercise",
    description: "One exercise of the spinewise catalog: what it is, what it demands of the spine (0–3 per axis) and how to dose it.",
  };
}

/**
 * The JSON Schema of a whole catalog (an array of exercises), as written by {@link catalogJson}.
 *
 * @returns a fresh JSON Schema (draft 2020-12) object
 * @example
 * ```ts
 * catalogJsonSchema().type;
 * // => "array"
 * ```
 * @category Catalog
 */
export function catalogJsonSchema(): JsonSchemaDocument {
  const { $schema, ...item } = exerciseJsonSchema();
  return {
    $schema,
    title: "spinewise exercise catalog",
    description: "Every exercise of a spinewise catalog.",
    type: "array",
    items: item,
  };
}
