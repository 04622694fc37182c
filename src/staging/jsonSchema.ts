/**
 * The JSON Schema of the staging input, generated from the schema the parser runs, with the
 * rule across fields stated for whoever builds a form from it.
 */
import { adjustAll, describeFields, jsonSchemaDocument, type JsonSchemaNode } from "../internal/jsonSchema.js";
import { nightPainSchema, stagingInputSchema, stagingSafetySchema } from "./schema.js";

const STAGES = "symptom-modulation, movement-control or function-optimisation";

/** What each field of night pain means (T-5), wherever it is embedded (the red-flag answers too). */
export const describeNightPain = /* @__PURE__ */ (() =>
  describeFields(
    nightPainSchema,
    {
      frequency: "How often back pain wakes the person: occasional or most-nights (T-1, T-2).",
      easedByChangingPosition: "Whether changing position eases the night pain. Eased: it feeds staging (T-5); not eased by any position: a red-flag feature (S-4, S-6).",
      secondHalfOfNight: "Whether the pain wakes the person in the second half of the night, an inflammatory feature (T-5, S-8).",
      morningStiffnessEasesWithMovement: "Whether morning stiffness eases with movement, an inflammatory feature (T-5, S-8).",
    },
    "Back pain that wakes the person at night (T-5).",
  ))();

/** What each staging field means, wherever the schemas are embedded. */
const describeStaging = /* @__PURE__ */ (() =>
  adjustAll(
    describeNightPain,
    describeFields(
      stagingSafetySchema,
      {
        action: "The safety gate's action, as screen returned it: emergency, urgent-referral, stop-until-cleared, incomplete-screening, proceed-with-advisory or proceed.",
        stageCap: `The highest stage the safety decision allows (${STAGES}; T-4), or null when the action is proceed.`,
      },
      "The safety decision from screen, unchanged: its action and stage cap (T-4).",
    ),
    describeFields(
      stagingInputSchema,
      {
        worstPainNrs: "Worst back pain in the last 24 hours on the 0–10 numeric rating scale (NRS), whole numbers (T-1…T-3).",
        nightPain: "Night pain, or null (or omitted) for none (T-5).",
        endRange: "End range in the clearing tests: reached-pain-free, pain-at-end-range, pain-before-end-range or cannot-reach (T-1…T-3).",
        settlingTime: "How long symptoms take to settle after activity: within-an-hour, within-hours or next-day-or-longer (T-1…T-3).",
        legSymptoms: "How far leg symptoms reach: none, above-knee or below-knee (below the knee is radicular, S-7, and caps the stage, T-4).",
        fearOfMovement: "Fear of moving, or holding the breath at the thought of a movement (T-1). Omitted means no.",
        stiffness: "Stiffness through the day (T-2). Omitted means no.",
        safety: "The safety decision from screen, as it returned it; its stage cap limits the stage (T-4). Without it function-optimisation is never reached (T-3).",
        directionConfidence: "How sure the direction classification is: high or low. Low (the clearing tests and the history disagree) moves the stage one step more conservative (C-3). Omitted: high.",
      },
      "The symptoms that set the training stage (T-1…T-5).",
    ),
  ))();

/**
 * The JSON Schema keywords and field descriptions of the staging schemas wherever they are
 * embedded: a safety decision of `proceed` carries no stage cap, every other action carries one.
 */
export function stagingJsonAdjust(zodSchema: unknown, json: JsonSchemaNode): void {
  describeStaging(zodSchema, json);
  if (zodSchema === stagingSafetySchema) {
    json["if"] = { properties: { action: { const: "proceed" } } };
    json["then"] = { properties: { stageCap: { type: "null" } } };
    json["else"] = { properties: { stageCap: { not: { type: "null" } } } };
  }
}

/**
 * The JSON Schema (draft 2020-12) of the staging input, as {@link parseStagingInput} reads it (T-1…T-5).
 *
 * @returns a fresh JSON Schema object, `$id` `https://spinewise.dev/schemas/staging-input.json`
 * @example
 * ```ts
 * stagingInputJsonSchema().required;
 * // => ["worstPainNrs", "endRange", "settlingTime", "legSymptoms"]
 * ```
 * @category Staging
 */
export function stagingInputJsonSchema(): Record<string, unknown> {
  return jsonSchemaDocument(stagingInputSchema, {
    name: "staging-input",
    title: "spinewise staging input",
    summary: "The symptoms that set the training stage (T-1…T-5), as read by parseStagingInput and stageFromSymptoms.",
    rules: [
      "safety is the decision from screen, unchanged: safety.stageCap is null when safety.action is proceed, and a stage for every other action (also the if/then/else keywords).",
    ],
    adjust: [stagingJsonAdjust],
  });
}
