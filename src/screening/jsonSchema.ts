/**
 * JSON Schemas of the safety gate's inputs, for forms outside TypeScript. The schema asks a form
 * for every red-flag answer (S-13); the parser also accepts an intake with some left out, so
 * that `screen` can name them.
 */
import { classificationJsonAdjust, clearingTestsRules } from "../classification/jsonSchema.js";
import { adjustAll, describeFields, jsonSchemaDocument, type JsonSchemaNode } from "../internal/jsonSchema.js";
import { describeNightPain } from "../staging/jsonSchema.js";
import { AGE_QUESTION, RED_FLAG_QUESTIONS, type RedFlagQuestionKey } from "./questions.js";
import { clearanceSchema, inflammatoryFeaturesSchema, legSymptomsSchema, screeningInputSchema, sessionCheckInSchema } from "./schema.js";

/** Each red-flag answer described by its question (at intake, or at a check-in), with the rule that asks it. */
export function redFlagAnswers(atCheckIn: boolean): Record<RedFlagQuestionKey, string> {
  const entries = RED_FLAG_QUESTIONS.map((item) => {
    const asked = atCheckIn ? item.checkInQuestion : item.question;
    const answer =
      item.key === "legSymptoms" || item.key === "nightPain"
        ? 'the details, null for none, or "unknown" for don\'t know'
        : 'true, false, or "unknown" for don\'t know';
    return [item.key, `${asked} (${item.ruleId}) Answer ${answer}; "unknown" or no answer counts as unanswered (S-13).`];
  });
  return Object.fromEntries(entries) as Record<RedFlagQuestionKey, string>;
}

const CLEARANCES = "Clinicians' clearances (S-12): each lifts only the red-flag features it names, as reported on or before its date.";

/** What each screening field means, wherever the schemas are embedded. */
const describeScreening = /* @__PURE__ */ (() =>
  adjustAll(
    describeFields(
      screeningInputSchema,
      {
        ...redFlagAnswers(false),
        ageYears: `${AGE_QUESTION.question} Whole years, 0–120 (S-11: under 16 stops training; the age flags of S-5 and S-6).`,
        firstEpisode: "Whether this is the person's first-ever episode of back pain (S-5, S-6: a first episode over 50 is a flag). Omitted means no.",
        durationWeeks: "How long this episode has lasted, in whole weeks, 0–6500 (S-6, S-8).",
        improvingSinceOnset: "Whether the pain has been improving since it started (S-6: no improvement after 4 weeks is a flag). Needs durationWeeks.",
        onsetAgeYears: "Age when back pain first started, in whole years, 0–120 and at most ageYears (S-8: onset before 45). Omitted: derived from the age and the duration.",
        inflammatoryFeatures: "The NICE NG65 criteria of the inflammatory back pain screen other than the night and morning features (S-8).",
        clearingTests: "Both clearing tests, when run: a positive one gives the S-10 advisory.",
        clearances: CLEARANCES,
      },
    ),
    describeFields(
      sessionCheckInSchema,
      {
        ...redFlagAnswers(true),
        date: "The check-in date, YYYY-MM-DD. Needed with clearances: a clearance covers only what was reported on or before its own date (S-12).",
        clearances: CLEARANCES,
      },
    ),
    describeFields(
      clearanceSchema,
      {
        date: "The day the clinician cleared the person, YYYY-MM-DD.",
        clearedBy: "Who cleared it, name and role, e.g. \"Dr A. Patel (GP)\". Surrounding white space is trimmed; 1 to 200 characters (code points) remain.",
        covers: "The answers it clears (S-12 lifts exactly these): red-flag answer keys, or firstEpisode or improvingSinceOnset for the S-6 flags behind them. At least one.",
        assessedEmergency: "The emergency features it names were assessed as such, e.g. by emergency imaging: needed to lift an emergency (S-12). Omitted means no.",
        note: "Free text kept with the record, at most 2000 characters.",
      },
      "A clinician's clearance to train (S-12).",
    ),
    describeFields(
      legSymptomsSchema,
      {
        legs: "one or both legs (both legs is a cauda equina feature, S-1).",
        reach: "How far down the leg the symptoms reach: above-knee or below-knee (one leg below the knee is radicular pain, S-7).",
        numbness: "Numbness or pins and needles in the leg (S-7).",
        weakness: "Weakness in the leg (S-7).",
        worsening: "Whether the leg symptoms are getting worse: spreading, stronger or weaker (S-2, S-7).",
      },
      "Pain, numbness, tingling or weakness in a leg (S-1, S-2, S-7).",
    ),
    describeFields(
      inflammatoryFeaturesSchema,
      {
        buttockPain: "Alternating or persistent buttock pain (S-8). Omitted means no.",
        improvesWithMovement: "Back pain improves with movement (S-8). Omitted means no.",
        improvesWithNsaidsWithin48Hours: "Back pain improves within 48 hours of taking an NSAID (S-8). Omitted means no.",
        firstDegreeRelativeWithSpondyloarthritis: "A parent, sibling or child with spondyloarthritis (S-8). Omitted means no.",
        arthritis: "Current or past arthritis (S-8). Omitted means no.",
        enthesitis: "Current or past enthesitis: pain where tendons attach, e.g. the heel (S-8). Omitted means no.",
        psoriasis: "Current or past psoriasis (S-8). Omitted means no.",
      },
      "The NICE NG65 criteria of the inflammatory back pain screen (S-8).",
    ),
    describeNightPain,
  ))();

const REQUIRED_NOTE =
  'Every red-flag answer is required (S-13): true, false, or "unknown" for don\'t know. The parser accepts a document with answers left out so that the safety gate can list them, and then gives no training output (incomplete-screening).';

/**
 * Marks the red-flag answers (and, at intake, the age) required in a generated object schema (S-13).
 *
 * @param schema - a JSON Schema object generated from the screening or check-in schema
 * @param withAge - whether the age is required too (intake: yes; check-in: no)
 * @returns the same schema object, with `required` and a description stating the rule
 */
export function requireRedFlagAnswers(schema: Record<string, unknown>, withAge: boolean): Record<string, unknown> {
  const keys: string[] = RED_FLAG_QUESTIONS.map((item) => item.key);
  schema["required"] = withAge ? [AGE_QUESTION.key, ...keys] : keys;
  schema["description"] = REQUIRED_NOTE;
  return schema;
}

// The clearance's clearedBy is trimmed before its length is checked: 1 to 200 characters once the
// surrounding white space is gone (JavaScript's `\s` is the set `trim` removes).
const CLEARED_BY_PATTERN = "^\\s*\\S(?:[\\s\\S]{0,198}\\S)?\\s*$";

/**
 * The JSON Schema keywords of the screening schemas wherever they are embedded: every red-flag
 * answer required (S-13; at intake the age too), `improvingSinceOnset` only with `durationWeeks`
 * (S-6), and a clearance's `clearedBy` checked after trimming (S-12).
 */
export function screeningJsonAdjust(zodSchema: unknown, json: JsonSchemaNode): void {
  describeScreening(zodSchema, json);
  if (zodSchema === screeningInputSchema) {
    requireRedFlagAnswers(json, true);
    json["dependentRequired"] = { improvingSinceOnset: ["durationWeeks"] };
  } else if (zodSchema === sessionCheckInSchema) {
    requireRedFlagAnswers(json, false);
  } else if (zodSchema === clearanceSchema) {
    const properties = json["properties"] as Record<string, JsonSchemaNode>;
    properties["clearedBy"] = { type: "string", pattern: CLEARED_BY_PATTERN };
  }
}

/** The rules of a screening input (S-6, S-11 and the clearing tests' own), each with its path under `at`. */
export function screeningInputRules(at: string): string[] {
  return [
    `${at}onsetAgeYears is at most ${at}ageYears (an onset cannot come after today).`,
    `${at}durationWeeks is at most (${at}ageYears + 1) × 52.18 (no longer than the person has lived).`,
    `${at}improvingSinceOnset needs ${at}durationWeeks, so that improvement can be judged (S-6; also the dependentRequired keyword).`,
  ];
}

/** The S-13 rule as a form author reads it; at intake the age is required too. */
export function requiredAnswersRule(withAge: boolean): string {
  return `Every red-flag answer${withAge ? " and ageYears" : ""} is required (S-13; the schema's required list): true, false, or "unknown" for don't know; legSymptoms and nightPain take their details, or null for none. The parser still accepts a document with answers left out, so that the safety gate can name them: it then gives no training output (action incomplete-screening).`;
}

/**
 * The JSON Schema (draft 2020-12) of the intake's screening answers (what {@link parseScreeningInput}
 * and {@link screen} read): every red-flag answer and the age are required (S-13), and the rules
 * across fields are stated in its `description`.
 *
 * @returns a fresh JSON Schema object, `$id` `https://spinewise.dev/schemas/screening.json`
 * @example
 * ```ts
 * (screeningInputJsonSchema().required as string[]).includes("fever");
 * // => true
 * screeningInputJsonSchema().$id;
 * // => "https://spinewise.dev/schemas/screening.json"
 * ```
 * @category Screening
 */
export function screeningInputJsonSchema(): Record<string, unknown> {
  return jsonSchemaDocument(screeningInputSchema, {
    name: "screening",
    title: "spinewise screening answers",
    summary: "The safety gate's questions at intake (S-1…S-13), as read by parseScreeningInput and screen.",
    rules: [requiredAnswersRule(true), ...screeningInputRules(""), ...clearingTestsRules("clearingTests.")],
    adjust: [screeningJsonAdjust, classificationJsonAdjust],
  });
}

/**
 * The JSON Schema (draft 2020-12) of a session check-in (what {@link parseSessionCheckIn} and
 * {@link screenCheckIn} read): every red-flag answer is required (S-9, S-13), and a check-in that
 * carries clearances needs its date (S-12).
 *
 * @returns a fresh JSON Schema object, `$id` `https://spinewise.dev/schemas/check-in.json`
 * @example
 * ```ts
 * (sessionCheckInJsonSchema().required as string[]).length;
 * // => 20
 * ```
 * @category Screening
 */
export function sessionCheckInJsonSchema(): Record<string, unknown> {
  const schema = jsonSchemaDocument(sessionCheckInSchema, {
    name: "check-in",
    title: "spinewise session check-in",
    summary: "The red-flag questions again before a session (S-9): only what is new or worse since the last check-in counts. Read by parseSessionCheckIn and screenCheckIn.",
    rules: [requiredAnswersRule(false), "A check-in with one or more clearances needs its date: a clearance covers what was reported on or before its own date (S-12; also the if/then keywords)."],
    adjust: [screeningJsonAdjust],
  });
  schema["if"] = { required: ["clearances"], properties: { clearances: { type: "array", minItems: 1 } } };
  schema["then"] = { required: ["date"] };
  return schema;
}

/**
 * The JSON Schema (draft 2020-12) of a clinician's clearance (what {@link parseClearance} reads,
 * S-12): who cleared which red-flag features, and when.
 *
 * @returns a fresh JSON Schema object, `$id` `https://spinewise.dev/schemas/clearance.json`
 * @example
 * ```ts
 * clearanceJsonSchema().required;
 * // => ["date", "clearedBy", "covers"]
 * ```
 * @category Screening
 */
export function clearanceJsonSchema(): Record<string, unknown> {
  return jsonSchemaDocument(clearanceSchema, {
    name: "clearance",
    title: "spinewise clinician clearance",
    summary:
      "A clinician's clearance (S-12): it lifts only the red-flag features it names in covers, for what was reported on or before its date; a later new or worse report triggers again. Read by parseClearance, and inside an intake's or a check-in's clearances.",
    adjust: [screeningJsonAdjust],
  });
}
