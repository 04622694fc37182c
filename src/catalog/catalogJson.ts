/**
 * The catalog for products that do not speak TypeScript: JSON text and its JSON Schema.
 */
import { generateJsonSchema, publishJsonSchema, type JsonSchemaNode } from "../internal/jsonSchema.js";
import { exercises } from "./exercises.js";
import { describeExercise } from "./jsonSchema.js";
import { exerciseSchema } from "./schema.js";
import type { Exercise } from "./types.js";
import { requireArray, requireNumberIn } from "../internal/guards.js";

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
 * @throws TypeError naming `catalogJson` when `catalog` is not an array
 * @throws RangeError naming `catalogJson` when `indent` is not a whole number from 0 to 10
 * @example
 * ```ts
 * JSON.parse(catalogJson()).length === exercises.length;
 * // => true
 * ```
 * @category Catalog
 */
export function catalogJson(catalog: readonly Exercise[] = exercises, indent = 2): string {
  requireArray("catalogJson", "catalog", catalog);
  requireNumberIn("catalogJson", "indent", indent, 0, 10, true);
  return JSON.stringify(catalog, null, indent);
}

// The lists that name each value once (exerciseSemanticIssues), as the uniqueItems keyword.
const UNIQUE_LISTS = ["aliases", "tags", "primaryMuscles", "secondaryMuscles", "cues", "regressions", "progressions", "substitutes", "sources"];

const EXERCISE_RULES: readonly string[] = [
  "No value is listed twice in aliases, tags, primaryMuscles, secondaryMuscles, cues, regressions, progressions, substitutes or sources, and a list of interchangeable equipment names each piece once (also the uniqueItems keyword).",
  "A piece of equipment needed outright (a plain string in equipment) appears nowhere else in equipment: not twice, and not inside a list of alternatives. The same piece may stand in two lists of alternatives.",
  "An exercise does not list its own id in regressions, progressions or substitutes.",
  "No muscle is in both primaryMuscles and secondaryMuscles.",
  "An exercise is on each ladder at most once (one entry per ladder in ladders).",
  "In defaultDose, every range (reps, holdSeconds, distanceMeters, breaths) has min at most max.",
];

/** The generated schema of one exercise, with a description on every field and the keywords its semantic checks allow (uniqueItems). */
function exerciseBody(): JsonSchemaNode {
  const body = generateJsonSchema(exerciseSchema, [describeExercise()]);
  const properties = body["properties"] as Record<string, JsonSchemaNode>;
  for (const key of UNIQUE_LISTS) (properties[key] as JsonSchemaNode)["uniqueItems"] = true;
  const need = (properties["equipment"] as JsonSchemaNode)["items"] as JsonSchemaNode;
  for (const branch of need["anyOf"] as JsonSchemaNode[]) if (branch["type"] === "array") branch["uniqueItems"] = true;
  return body;
}

/**
 * The JSON Schema of one exercise, generated from {@link exerciseSchema} with `z.toJSONSchema`,
 * as {@link parseExercise} reads it. The semantic checks (no duplicates, no self-links, …) are
 * stated in its `description`, the ones JSON Schema can say also as keywords (`uniqueItems`).
 *
 * @returns a fresh JSON Schema (draft 2020-12) object, `$id` `https://spinewise.dev/schemas/exercise.json`
 * @example
 * ```ts
 * exerciseJsonSchema().required;
 * // => ["id", "name", "aliases", "family", ...]
 * ```
 * @category Catalog
 */
export function exerciseJsonSchema(): JsonSchemaDocument {
  return publishJsonSchema(exerciseBody(), {
    name: "exercise",
    title: "spinewise exercise",
    summary:
      "One exercise of the spinewise catalog: what it is, what it demands of the spine (0–3 per axis) and how to dose it, as read by parseExercise and extendCatalog.",
    rules: [
      ...EXERCISE_RULES,
      "regressions, progressions and substitutes name exercises of the catalog it joins: extendCatalog checks that, parseExercise does not.",
    ],
  });
}

/**
 * The JSON Schema of a whole catalog (an array of exercises), as written by {@link catalogJson}
 * and read back by `extendCatalog(catalog, [])`.
 *
 * @returns a fresh JSON Schema (draft 2020-12) object, `$id` `https://spinewise.dev/schemas/catalog.json`
 * @example
 * ```ts
 * catalogJsonSchema().type;
 * // => "array"
 * ```
 * @category Catalog
 */
export function catalogJsonSchema(): JsonSchemaDocument {
  const { $schema: _dialect, ...item } = exerciseBody();
  return publishJsonSchema(
    { type: "array", items: item },
    {
      name: "catalog",
      title: "spinewise exercise catalog",
      summary:
        "Every exercise of a spinewise catalog, as written by catalogJson and read back by extendCatalog(catalog, []) (or added to the built-in catalog by extendCatalog(custom)).",
      rules: [
        ...EXERCISE_RULES.map((rule) => `In each exercise: ${rule.charAt(0).toLowerCase()}${rule.slice(1)}`),
        "No two exercises share an id.",
        "Every regression, progression and substitute names an exercise of the catalog. When extendCatalog(custom) adds exercises to the built-in catalog, their ids must also differ from the built-in ones, and their links may name built-in exercises.",
      ],
    },
  );
}
