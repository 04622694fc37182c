/**
 * Small zod/mini building blocks shared by the assessment schemas (screening,
 * classification, staging), so that every field speaks the same human messages.
 */
// A namespace import: `import { z }` defeats tree-shaking and bundles all of zod (427 kB vs 14 kB minified).
import * as z from "zod/mini";

export { oneOf, painScore, record, wholeNumber, withKeyPaths } from "../internal/zodFields.js";

/** A yes/no answer. */
export function yesNo() {
  return z.boolean({ error: "must be true or false" });
}

/** An optional yes/no answer (omitted means no). */
export function optionalYesNo() {
  return z.optional(yesNo());
}

