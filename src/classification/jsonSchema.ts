/**
 * JSON Schemas of the classification inputs, generated from the schemas the parsers run, with
 * the rules across fields stated for whoever builds a form from them.
 */
import { adjustAll, describeFields, jsonSchemaDocument, type JsonSchemaNode } from "../internal/jsonSchema.js";
import { clearingTestResultSchema, clearingTestsSchema, enduranceTimesSchema, lowerCrossedAnswersSchema, symptomHistorySchema } from "./schema.js";

const WHERE_SYMPTOMS_REACH = 'none, back, buttock, thigh or below-knee, from the spine outward';
const ACTIVITIES = "sitting, slouching, bending, lifting, standing, walking, arching, overhead, lying, lying-prone";
const HOLD = "in seconds, 0–3600 (fractions allowed)";

/** What each classification field means, wherever the schemas are embedded. */
const describeClassification = /* @__PURE__ */ (() =>
  adjustAll(
    describeFields(
      clearingTestResultSchema,
      {
        painNrs: "Pain during the test on the 0–10 numeric rating scale (NRS), whole numbers. With familiar pain it must be at least 1 (C-1).",
        familiar: "Whether the test reproduced the person's familiar back pain: with a pain score of 1 or more the test is positive (C-1).",
        symptomsBefore: `How far from the spine symptoms reached before the test: ${WHERE_SYMPTOMS_REACH} (C-4).`,
        symptomsAfter: `How far symptoms reached after the test: further out than before peripheralises (that direction is intolerant whatever the pain score), closer in centralises (C-4). ${WHERE_SYMPTOMS_REACH}.`,
        endPositionReached: "Whether the end position of the test was reached; not reaching it counts toward the stage (T-1…T-3).",
      },
      "One FMS clearing test as performed (C-1, C-4).",
    ),
    describeFields(
      clearingTestsSchema,
      {
        flexion: "The flexion clearing test: the quadruped rock-back (C-1, C-2).",
        extension: "The extension clearing test: the prone press-up (C-1, C-2).",
        lateralShift: "A visible lateral shift of the trunk; true makes the direction indeterminate, see a clinician (C-6). Omitted means no.",
        rotationProvokesPain: "Rotation provokes the pain; true makes the direction indeterminate, see a clinician (C-6). Omitted means no.",
      },
      "Both FMS clearing tests and the C-6 findings (C-1…C-6).",
    ),
    describeFields(
      symptomHistorySchema,
      {
        worsenedBy: `Daily activities that make the pain worse (C-3), each once: ${ACTIVITIES}.`,
        easedBy: `Daily activities that ease the pain (C-3), each once and none also in worsenedBy: ${ACTIVITIES}.`,
      },
      "What makes the pain worse and what eases it through the day (C-3).",
    ),
    describeFields(
      lowerCrossedAnswersSchema,
      {
        anteriorPelvicTilt: "Signs of excessive anterior pelvic tilt, such as a sway-back or a bulging abdomen (C-7).",
        weakGlutes: "The glutes are weak (C-7).",
        tightHipFlexors: "The hip flexors are tight (C-7).",
        liftsFeltInLowBack: "Squats and deadlifts are felt mainly in the low back rather than the glutes (C-7).",
      },
      "The four lower-crossed questions (C-7).",
    ),
    describeFields(
      enduranceTimesSchema,
      {
        flexorSeconds: `McGill trunk flexor hold ${HOLD} (E-1, E-2).`,
        extensorSeconds: `Biering-Sørensen trunk extensor hold ${HOLD} (E-1, E-2).`,
        leftSideBridgeSeconds: `Left side bridge hold ${HOLD} (E-1, E-2).`,
        rightSideBridgeSeconds: `Right side bridge hold ${HOLD} (E-1, E-2).`,
        sex: "male or female: chooses the 1999 reference means shown beside the times, which are informative only (E-3). Omitted: no reference shown.",
      },
      "McGill's four trunk endurance holds (E-1…E-3).",
    ),
  ))();

/**
 * The JSON Schema keywords and field descriptions of the classification schemas wherever they
 * are embedded: familiar pain needs a pain score above 0 in a clearing test.
 */
export function classificationJsonAdjust(zodSchema: unknown, json: JsonSchemaNode): void {
  describeClassification(zodSchema, json);
  if (zodSchema === clearingTestResultSchema) {
    // Described too: a reader of the schema meets these properties as fields.
    json["if"] = { required: ["familiar"], properties: { familiar: { const: true, description: "When the pain was familiar (C-1)…" } } };
    json["then"] = { properties: { painNrs: { type: "integer", minimum: 1, description: "…the pain score is at least 1 (C-1)." } } };
  }
}

/** The rules of the clearing tests, with their path under `at`. */
export function clearingTestsRules(at: string): string[] {
  return [`In ${at}flexion and ${at}extension, familiar pain (familiar: true) needs a painNrs above 0 (also the if/then keywords).`];
}

/** The rule of a symptom history, with its path under `at`. */
export function symptomHistoryRules(at: string): string[] {
  return [`No activity is listed in both ${at}worsenedBy and ${at}easedBy.`];
}

/**
 * The JSON Schema (draft 2020-12) of the two clearing tests, as {@link parseClearingTests} reads
 * them (C-1…C-6).
 *
 * @returns a fresh JSON Schema object, `$id` `https://spinewise.dev/schemas/clearing-tests.json`
 * @example
 * ```ts
 * clearingTestsJsonSchema().required;
 * // => ["flexion", "extension"]
 * ```
 * @category Classification
 */
export function clearingTestsJsonSchema(): Record<string, unknown> {
  return jsonSchemaDocument(clearingTestsSchema, {
    name: "clearing-tests",
    title: "spinewise clearing tests",
    summary: "The flexion (rock-back) and extension (press-up) clearing tests and the C-6 findings (C-1…C-6), as read by parseClearingTests.",
    rules: clearingTestsRules(""),
    adjust: [classificationJsonAdjust],
  });
}

/**
 * The JSON Schema (draft 2020-12) of a symptom history, as {@link parseSymptomHistory} reads it (C-3).
 *
 * @returns a fresh JSON Schema object, `$id` `https://spinewise.dev/schemas/symptom-history.json`
 * @example
 * ```ts
 * symptomHistoryJsonSchema().required;
 * // => ["worsenedBy", "easedBy"]
 * ```
 * @category Classification
 */
export function symptomHistoryJsonSchema(): Record<string, unknown> {
  return jsonSchemaDocument(symptomHistorySchema, {
    name: "symptom-history",
    title: "spinewise symptom history",
    summary: "What worsens and what eases the pain through the day (C-3), as read by parseSymptomHistory.",
    rules: symptomHistoryRules(""),
    adjust: [classificationJsonAdjust],
  });
}

/**
 * The JSON Schema (draft 2020-12) of the four lower-crossed answers, as
 * {@link parseLowerCrossedAnswers} reads them (C-7).
 *
 * @returns a fresh JSON Schema object, `$id` `https://spinewise.dev/schemas/lower-crossed.json`
 * @example
 * ```ts
 * lowerCrossedAnswersJsonSchema().required;
 * // => ["anteriorPelvicTilt", "weakGlutes", "tightHipFlexors", "liftsFeltInLowBack"]
 * ```
 * @category Classification
 */
export function lowerCrossedAnswersJsonSchema(): Record<string, unknown> {
  return jsonSchemaDocument(lowerCrossedAnswersSchema, {
    name: "lower-crossed",
    title: "spinewise lower-crossed answers",
    summary: "The four lower-crossed questions (C-7), as read by parseLowerCrossedAnswers.",
    adjust: [classificationJsonAdjust],
  });
}

/**
 * The JSON Schema (draft 2020-12) of McGill's four trunk endurance hold times, as
 * {@link parseEnduranceTimes} reads them (E-1…E-3).
 *
 * @returns a fresh JSON Schema object, `$id` `https://spinewise.dev/schemas/endurance-times.json`
 * @example
 * ```ts
 * enduranceTimesJsonSchema().required;
 * // => ["flexorSeconds", "extensorSeconds", "leftSideBridgeSeconds", "rightSideBridgeSeconds"]
 * ```
 * @category Classification
 */
export function enduranceTimesJsonSchema(): Record<string, unknown> {
  return jsonSchemaDocument(enduranceTimesSchema, {
    name: "endurance-times",
    title: "spinewise trunk endurance times",
    summary: "McGill's four trunk endurance holds in seconds (E-1…E-3), as read by parseEnduranceTimes.",
    adjust: [classificationJsonAdjust],
  });
}
