/**
 * An independent JSON Schema validator for the tests: ajv (draft 2020-12) with ajv-formats, in
 * strict mode, so a keyword it does not know is an error rather than ignored.
 */
import { Ajv2020, type ErrorObject } from "ajv/dist/2020.js";
import formats from "ajv-formats";

// ajv-formats is CommonJS: under NodeNext its default export is typed as the module object.
const addFormats = ((formats as unknown as { default?: unknown }).default ?? formats) as (ajv: Ajv2020) => Ajv2020;

/** A compiled validator: the errors of a document (`instancePath: message`), none when it is valid. */
export type Validate = (document: unknown) => string[];

// strictRequired is off: `oneOf: [{ required: ["reps"] }, …]` names properties defined beside it, as intended.
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
addFormats(ajv);

function describe(error: ErrorObject): string {
  return `${error.instancePath || "/"} ${error.message ?? error.keyword}${error.keyword === "additionalProperties" ? ` (${String(error.params["additionalProperty"])})` : ""}`;
}

/** Compiles a schema once (by its `$id`, so the same document is not compiled twice). */
export function validator(schema: Record<string, unknown>): Validate {
  const id = schema["$id"];
  const compiled = (typeof id === "string" ? ajv.getSchema(id) : undefined) ?? ajv.compile(schema);
  return (document) => (compiled(document) ? [] : (compiled.errors ?? []).map(describe));
}
