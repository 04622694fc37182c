/**
 * Boundary schemas for outcome answers (zod/mini; JSON-Schema compatible), for callers who
 * compose them into their own zod schemas and for the JSON Schema document (O-1…O-3). The
 * parsers do not run them: they check the same rules by hand (answerChecks.ts), so an app that
 * only parses and scores carries no zod; importing any schema here brings zod/mini (about 7 kB
 * brotli), which a caller composing zod schemas already has.
 *
 * Module-level values in this module are built inside `/* @__PURE__ *\/ (() => …)()`: the build
 * puts the whole module in one shared chunk, and a bundler can drop only what it knows is pure.
 */
// A namespace import: `import { z }` defeats tree-shaking and bundles all of zod.
import * as z from "zod/mini";
import { isIsoDate } from "../internal/calendar.js";
import { painScore, record, wholeNumber } from "../internal/zodFields.js";
import {
  ACTIVITIES_LIST,
  ACTIVITY_MAX_LENGTH,
  ACTIVITY_NAME,
  BLANK_ACTIVITY,
  DATE,
  LONG_ACTIVITY,
  ODI_LENGTH,
  ODI_LIST,
  RMDQ_ANSWER,
  RMDQ_LENGTH,
  RMDQ_LIST,
  TOO_FEW_ACTIVITIES,
  TOO_MANY_ACTIVITIES,
} from "./answerChecks.js";
import { ODI_SECTIONS } from "./scoreOdi.js";
import { PSFS_MAX_ACTIVITIES } from "./scorePsfs.js";
import { RMDQ_ITEMS } from "./scoreRmdq.js";
import type { OdiAnswer } from "./types.js";

/**
 * Schema of RMDQ answers (O-1): 24 entries, `true` ticked, `false` not ticked, `null` unanswered.
 *
 * A zod/mini schema, for composing into your own zod schemas: importing it brings zod/mini
 * (about 7 kB brotli), which such a caller already has; {@link parseRmdqAnswers} needs none.
 * @category Outcomes
 */
export const rmdqAnswersSchema = /* @__PURE__ */ (() =>
  z
    .array(z.nullable(z.boolean({ error: RMDQ_ANSWER })), { error: RMDQ_LIST })
    .check(z.length(RMDQ_ITEMS, { error: RMDQ_LENGTH })))();

/**
 * Schema of one PSFS activity (O-2): its name and a whole-number rating 0–10.
 *
 * A zod/mini schema, for composing into your own zod schemas: importing it brings zod/mini
 * (about 7 kB brotli), which such a caller already has; {@link parsePsfsActivities} needs none.
 * @category Outcomes
 */
export const psfsActivitySchema = /* @__PURE__ */ (() =>
  record(
    {
      activity: z.string({ error: ACTIVITY_NAME }).check(
        z.refine((text) => /\S/.test(text), { error: BLANK_ACTIVITY }),
        z.maxLength(ACTIVITY_MAX_LENGTH, { error: LONG_ACTIVITY }),
      ),
      score: wholeNumber("score", 0, 10),
    },
    "a PSFS activity",
  ))();

/**
 * Schema of the PSFS activities (O-2): 1–5 of them.
 *
 * A zod/mini schema, for composing into your own zod schemas: importing it brings zod/mini
 * (about 7 kB brotli), which such a caller already has; {@link parsePsfsActivities} needs none.
 * @category Outcomes
 */
export const psfsActivitiesSchema = /* @__PURE__ */ (() =>
  z
    .array(psfsActivitySchema, { error: ACTIVITIES_LIST })
    .check(
      z.minLength(1, { error: TOO_FEW_ACTIVITIES }),
      z.maxLength(PSFS_MAX_ACTIVITIES, { error: TOO_MANY_ACTIVITIES }),
    ))();

/**
 * Schema of ODI answers (O-3): 10 entries, each a whole number 0–5 or `null` when unanswered.
 *
 * A zod/mini schema, for composing into your own zod schemas: importing it brings zod/mini
 * (about 7 kB brotli), which such a caller already has; {@link parseOdiSections} needs none.
 * @category Outcomes
 */
export const odiSectionsSchema = /* @__PURE__ */ (() =>
  z
    // The check holds answers to 0–5, which is what OdiAnswer says.
    .array(z.nullable(wholeNumber("a section's answer", 0, 5) as unknown as z.ZodMiniType<OdiAnswer>), { error: ODI_LIST })
    .check(z.length(ODI_SECTIONS, { error: ODI_LENGTH })))();

// The one calendar's check (internal/calendar.ts), which outcomeTrend bundles anyway: lighter
// than zod's ISO format, which would cost this entry most of a kilobyte. The JSON Schema states
// the format and range (jsonSchema.ts).
/** The date of an answers object (jsonSchema.ts gives it its format). */
export const answersDateSchema = /* @__PURE__ */ (() =>
  z.string({ error: DATE }).check(z.refine(isIsoDate, { error: DATE })))();
const date = /* @__PURE__ */ (() =>
  z.optional(answersDateSchema))();
// `instrument` is narrowed to its literal where the shapes are joined (answersSchema.ts); a
// string here keeps the strict objects from calling it unknown.
const instrument = /* @__PURE__ */ (() =>
  z.string())();

/**
 * Schemas of the answers to each instrument (O-1…O-3 and the NRS), with an optional ISO date;
 * {@link outcomeAnswersSchema} joins them into one.
 *
 * A zod/mini schema, for composing into your own zod schemas: importing it brings zod/mini
 * (about 7 kB brotli), which such a caller already has; {@link parseOutcomeAnswers} needs none.
 * @category Outcomes
 */
export const outcomeAnswerShapes = /* @__PURE__ */ (() =>
  Object.freeze({
    rmdq: record({ instrument, answers: rmdqAnswersSchema, date }, "RMDQ answers"),
    psfs: record({ instrument, activities: psfsActivitiesSchema, date }, "PSFS answers"),
    odi: record({ instrument, sections: odiSectionsSchema, date }, "ODI answers"),
    nrs: record({ instrument, nrs: painScore(), date }, "an NRS answer"),
  }))();
