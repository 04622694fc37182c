/**
 * The JSON Schema of a performed session, generated from the schema the parser runs, with the
 * rules across fields (and against the catalog) stated for whoever builds a form from it.
 */
import { adjustAll, describeFields, jsonSchemaDocument, type JsonSchemaNode } from "../internal/jsonSchema.js";
import { MAX_BODYWEIGHT_KG, MAX_HOLD_SECONDS, MAX_IMPLEMENTS, MAX_SET_LOAD_KG, MAX_SET_REPS } from "./limits.js";
import { performedSessionSchema } from "./schema.js";

const UNIT = 'the set\'s unit, else the session\'s, else kg';

/** What each field of a performed session, its sets and their logged values means. */
function describeSession() {
  const setSchema = performedSessionSchema.shape.sets._zod.def.element;
  return adjustAll(
    describeFields(performedSessionSchema, {
      date: "The day of the session, YYYY-MM-DD.",
      id: "The caller's identifier for the session.",
      unit: 'The unit of the loads and bodyweight given without a unit of their own: "kg" or "lb" (1 lb = 0.45359237 kg). Omitted: kg.',
      bodyweight: `The lifter's body mass that day in the session's unit, 0 to ${MAX_BODYWEIGHT_KG}; used only where bodyweight is counted. Give bodyweight or bodyweightKg, not both.`,
      bodyweightKg: `The lifter's body mass that day in kg, 0 to ${MAX_BODYWEIGHT_KG}. Give bodyweight or bodyweightKg, not both.`,
      sets: "The sets in the order they were done, one per side for work done a side at a time (V-6).",
    }),
    describeFields(
      setSchema,
      {
        exerciseId: "The catalog id of the exercise, e.g. step-up.",
        side: 'left or right for a set done on one side (V-6: all reps on one side, then the other), both for a bilateral set.',
        reps: `Whole reps done on that side (or in the bilateral set), 0 to ${MAX_SET_REPS}; counted per side (V-7).`,
        load: `External load per implement in ${UNIT} (each dumbbell; the bar with its plates), 0 to ${MAX_SET_LOAD_KG}. Give load or loadKg, not both; omitted: 0.`,
        loadKg: `External load per implement in kg, 0 to ${MAX_SET_LOAD_KG}. Give load or loadKg, not both; omitted: 0.`,
        unit: 'The unit of this set\'s load and assistance: "kg" or "lb". Omitted: the session\'s unit.',
        assistance: `Machine or band assistance in ${UNIT}, 0 to ${MAX_SET_LOAD_KG}, subtracted from the counted bodyweight share. Give assistance or assistanceKg, not both.`,
        assistanceKg: `Machine or band assistance in kg, 0 to ${MAX_SET_LOAD_KG}. Give assistance or assistanceKg, not both.`,
        implements: `How many implements were loaded, 0 to ${MAX_IMPLEMENTS} (volume load = load × reps × implements, V-7). Omitted: the catalog's count for the exercise.`,
        rir: "Reps in reserve at the end of the set, 0–10; null or omitted: not recorded (never guessed).",
        warmup: "A warm-up set: left out of the working, hard and muscle set counts and of spine exposure (V-8). Omitted means no.",
        holdSeconds: `Seconds held, for isometric sets, 0 to ${MAX_HOLD_SECONDS}: counted apart from reps; holds add no volume load.`,
        logged: "The values as entered, when they were converted from another unit.",
      },
      "One performed set, for one side (or both sides of a bilateral set).",
    ),
    describeFields(setSchema.shape.logged._zod.def.innerType, {
      unit: 'The unit the values were entered in: "kg" or "lb".',
      load: `The load as entered, 0 to ${MAX_SET_LOAD_KG}.`,
      assistance: `The assistance as entered, 0 to ${MAX_SET_LOAD_KG}.`,
    }),
  );
}

const notBoth = (first: string, second: string): JsonSchemaNode => ({ not: { required: [first, second] } });
const anyOfKeys = (...keys: string[]): JsonSchemaNode => ({ anyOf: keys.map((key) => ({ required: [key] })) });

/**
 * The JSON Schema (draft 2020-12) of a performed session, as {@link parsePerformedSession} reads
 * it (V-6, V-7): its date and its sets, loads in kg or lb.
 *
 * @returns a fresh JSON Schema object, `$id` `https://spinewise.dev/schemas/performed-session.json`
 * @example
 * ```ts
 * performedSessionJsonSchema().required;
 * // => ["date", "sets"]
 * ```
 * @category Volume
 */
export function performedSessionJsonSchema(): Record<string, unknown> {
  const schema = jsonSchemaDocument(performedSessionSchema, {
    name: "performed-session",
    title: "spinewise performed session",
    summary:
      "What was actually done in one session, set by set (V-6, V-7), as read by parsePerformedSession: loads in the set's unit, else the session's, else kg; 1 lb = 0.45359237 kg.",
    rules: [
      "A set gives its load as load (in its unit) or as loadKg, not both; the same for assistance and assistanceKg; the session gives bodyweight or bodyweightKg, not both (also the not keywords).",
      'A set whose unit is "lb" and that gives a mass gives it in pounds: load or assistance, not only loadKg or assistanceKg (also the if/then keywords).',
      "exerciseId names an exercise of the catalog: the built-in one, unless the caller passes its own to parsePerformedSession.",
      'side matches the exercise\'s laterality (V-6): "both" for a bilateral exercise; "left" or "right" for one done a side at a time (unilateral or split-stance), one set per side; any side for alternating and contralateral ones.',
    ],
    adjust: [describeSession()],
  });
  Object.assign(schema, notBoth("bodyweight", "bodyweightKg"));
  const sets = (schema["properties"] as Record<string, JsonSchemaNode>)["sets"] as JsonSchemaNode;
  (sets["items"] as JsonSchemaNode)["allOf"] = [
    notBoth("load", "loadKg"),
    notBoth("assistance", "assistanceKg"),
    {
      if: { required: ["unit"], properties: { unit: { const: "lb" } }, not: anyOfKeys("load", "assistance") },
      then: { not: anyOfKeys("loadKg", "assistanceKg") },
    },
  ];
  return schema;
}
