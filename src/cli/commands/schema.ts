import * as z from "zod/mini";
import { catalogJsonSchema, exerciseJsonSchema } from "../../catalog/index.js";
import { trainingLogSchema } from "../../load/index.js";
import { intakeJsonSchema } from "../../program/index.js";
import { performedSessionSchema } from "../../volume/index.js";
import { EXIT_OK, usageError } from "../io.js";
import type { Command } from "../run.js";

const SCHEMAS: Readonly<Record<string, () => unknown>> = {
  intake: intakeJsonSchema,
  "training-log": () => z.toJSONSchema(trainingLogSchema, { unrepresentable: "any" }),
  exercise: exerciseJsonSchema,
  catalog: catalogJsonSchema,
  "performed-session": () => z.toJSONSchema(performedSessionSchema, { unrepresentable: "any" }),
};

/** `spinewise schema NAME`: print a JSON Schema. */
export const schemaCommand: Command = {
  name: "schema",
  summary: `print a JSON Schema (${Object.keys(SCHEMAS).join(", ")})`,
  usage: "schema NAME",
  positionals: { min: 1, max: 1 },
  options: {},
  run: ({ io, positionals }) => {
    const name = positionals[0] ?? "";
    // Own keys only: `constructor`, `__proto__` or `toString` are not schemas.
    const make = Object.hasOwn(SCHEMAS, name) ? SCHEMAS[name] : undefined;
    if (make === undefined) throw usageError(`unknown schema '${name}' (known: ${Object.keys(SCHEMAS).join(", ")})`);
    // A JSON Schema is JSON already: --json changes nothing.
    io.stdout(`${JSON.stringify(make(), null, 2)}\n`);
    return EXIT_OK;
  },
};
