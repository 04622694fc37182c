/**
 * Each JSON Schema agrees with its parser, in both directions, checked by an independent
 * validator (ajv) on documents generated from the JSON Schema itself (not from zod):
 *
 * 1. a document valid for the schema that also obeys the rules stated in its description parses;
 * 2. a document that parses is valid for the schema — once every red-flag question is answered
 *    (S-13: the schema requires every answer, the parser accepts a document with some left out
 *    so that the safety gate can name them and answer `incomplete-screening`), and for a
 *    training log once unknown keys are dropped (parseTrainingLog drops them; the schema, like
 *    the command line, refuses them).
 *
 * The second direction looks at documents near the edge: valid ones with a few small edits.
 * 1,000 documents per schema and direction under CI (fast-check's global numRuns).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validator } from "./ajv.js";
import { DOCUMENTS, type DocumentCase } from "./documents.js";
import { fromJsonSchema } from "./fromJsonSchema.js";
import { mutate, mutation } from "./mutate.js";

/** Documents valid for the schema and its stated rules, as JSON. */
function validDocuments(document: DocumentCase): fc.Arbitrary<unknown> {
  return fromJsonSchema(document.schema(), document.generate).map((value) => document.repair(JSON.parse(JSON.stringify(value))) as unknown);
}

const issuesOf = (result: ReturnType<DocumentCase["parse"]>): unknown => (result.ok ? [] : result.error.issues);

describe.each(DOCUMENTS.map((document) => [document.name, document] as const))("the %s JSON Schema and its parser", (name, document) => {
  const validate = validator(document.schema());

  it("S-13, A-1, V-6: a document valid for the schema and the rules stated in its description parses", () => {
    fc.assert(
      fc.property(validDocuments(document), (value) => {
        // The generator and the repairs stay inside the schema: otherwise this proves nothing.
        expect(validate(value), `generated ${name} is not valid for its schema`).toEqual([]);
        expect(issuesOf(document.parse(value)), JSON.stringify(value)).toEqual([]);
      }),
    );
  });

  it("S-13: a document that parses is valid for the schema (every red-flag question answered)", () => {
    let parsed = 0;
    let runs = 0;
    fc.assert(
      fc.property(validDocuments(document), fc.array(mutation(), { minLength: 1, maxLength: 3 }), (value, edits) => {
        runs += 1;
        const edited = mutate(value, edits);
        if (!document.parse(edited).ok) return;
        parsed += 1;
        const answered = document.answered === undefined ? edited : document.answered(JSON.parse(JSON.stringify(edited)));
        expect(validate(answered), JSON.stringify(edited)).toEqual([]);
      }),
    );
    // Enough edited documents still parse for the property to say something.
    expect(parsed).toBeGreaterThan(runs / 20);
  });
});
