/**
 * A small JSON Schema checker for the keywords `z.toJSONSchema` writes for the exercise schema,
 * independent of zod, so the generated schema is tested against data rather than against itself.
 */
type Schema = Record<string, unknown>;

const KNOWN = new Set([
  "$schema",
  "title",
  "description",
  "type",
  "properties",
  "required",
  "additionalProperties",
  "items",
  "enum",
  "const",
  "minimum",
  "maximum",
  "minLength",
  "maxLength",
  "pattern",
  "minItems",
  "maxItems",
  "oneOf",
  "anyOf",
]);

function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

/** Returns every violation as "path: problem"; throws on a keyword this checker does not know. */
export function validateJsonSchema(schema: Schema, value: unknown, path = "$"): string[] {
  for (const key of Object.keys(schema)) if (!KNOWN.has(key)) throw new Error(`unsupported JSON Schema keyword ${key} at ${path}`);
  const errors: string[] = [];
  if (schema.oneOf !== undefined) {
    const matches = (schema.oneOf as Schema[]).filter((option) => validateJsonSchema(option, value, path).length === 0).length;
    if (matches !== 1) errors.push(`${path}: matches ${matches} oneOf options`);
  }
  if (schema.anyOf !== undefined && !(schema.anyOf as Schema[]).some((option) => validateJsonSchema(option, value, path).length === 0)) {
    errors.push(`${path}: matches no anyOf option`);
  }
  const type = schema.type as string | undefined;
  const actual = typeOf(value);
  if (type !== undefined && !(type === actual || (type === "number" && actual === "integer"))) {
    return [...errors, `${path}: expected ${type}, got ${actual}`];
  }
  if (schema.const !== undefined && value !== schema.const) errors.push(`${path}: expected ${JSON.stringify(schema.const)}`);
  if (schema.enum !== undefined && !(schema.enum as unknown[]).includes(value)) errors.push(`${path}: ${JSON.stringify(value)} not in enum`);
  if (typeof value === "number") {
    if (typeof schema.minimum === "number" && value < schema.minimum) errors.push(`${path}: below minimum`);
    if (typeof schema.maximum === "number" && value > schema.maximum) errors.push(`${path}: above maximum`);
  }
  if (typeof value === "string") {
    if (typeof schema.minLength === "number" && [...value].length < schema.minLength) errors.push(`${path}: too short`);
    if (typeof schema.maxLength === "number" && [...value].length > schema.maxLength) errors.push(`${path}: too long`);
    if (typeof schema.pattern === "string" && !new RegExp(schema.pattern, "u").test(value)) errors.push(`${path}: does not match pattern`);
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === "number" && value.length < schema.minItems) errors.push(`${path}: too few items`);
    if (typeof schema.maxItems === "number" && value.length > schema.maxItems) errors.push(`${path}: too many items`);
    if (schema.items !== undefined) value.forEach((item, index) => errors.push(...validateJsonSchema(schema.items as Schema, item, `${path}[${index}]`)));
  }
  if (actual === "object") {
    const record = value as Record<string, unknown>;
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    for (const key of (schema.required ?? []) as string[]) if (!(key in record)) errors.push(`${path}: missing ${key}`);
    for (const [key, item] of Object.entries(record)) {
      if (properties[key] !== undefined) errors.push(...validateJsonSchema(properties[key], item, `${path}.${key}`));
      else if (schema.additionalProperties === false) errors.push(`${path}: unexpected key ${key}`);
    }
  }
  return errors;
}
