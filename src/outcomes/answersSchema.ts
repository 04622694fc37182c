/**
 * One zod/mini schema for the answers to any instrument, for callers that embed outcome answers
 * in a larger schema and for the JSON Schema document. The parsers run no zod: they check the
 * instrument first, then its shape, by hand (answerChecks.ts).
 */
import * as z from "zod/mini";
import { outcomeAnswerShapes } from "./schema.js";

const tagged = <T extends z.ZodMiniObject, K extends string>(shape: T, instrument: K) =>
  z.extend(shape, { instrument: z.literal(instrument, { error: `instrument must be "${instrument}"` }) });

/**
 * Schema of {@link OutcomeAnswers}: answers to one instrument, told apart by `instrument`, with
 * an optional ISO date.
 *
 * A zod/mini schema, for composing into your own zod schemas: importing it brings zod/mini
 * (about 7 kB brotli), which such a caller already has; {@link parseOutcomeAnswers} needs none.
 * @category Outcomes
 */
export const outcomeAnswersSchema = /* @__PURE__ */ (() =>
  z.discriminatedUnion(
    "instrument",
    [
      tagged(outcomeAnswerShapes.rmdq, "rmdq"),
      tagged(outcomeAnswerShapes.psfs, "psfs"),
      tagged(outcomeAnswerShapes.odi, "odi"),
      tagged(outcomeAnswerShapes.nrs, "nrs"),
    ],
    {
      error: (issue) =>
        issue.code === "invalid_union" ? 'instrument must be one of "rmdq", "psfs", "odi", "nrs"' : "outcome answers must be an object with an instrument",
    },
  ))();

/**
 * Schema of a non-empty list of answers (a series for {@link outcomeTrend}; the parser also asks
 * every entry for its date).
 *
 * A zod/mini schema, for composing into your own zod schemas: importing it brings zod/mini
 * (about 7 kB brotli), which such a caller already has; {@link parseOutcomeSeries} needs none.
 * @category Outcomes
 */
export const outcomeSeriesSchema = /* @__PURE__ */ (() =>
  z
    .array(outcomeAnswersSchema, { error: "must be an array of outcome answers" })
    .check(z.minLength(1, { error: "must hold at least one entry" })))();
