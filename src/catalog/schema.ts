/**
 * The catalog's boundary: the zod/mini schema of one exercise, `parseExercise`, and the
 * semantic checks (duplicates, self-links) the schema language cannot say.
 */
// A namespace import lets bundlers keep only the zod functions used (about 6 kB); the named
// `{ z }` export is an object that drags in all of zod, locales included (about 70 kB).
import * as z from "zod/mini";
import { citations, type CitationId, type ParseIssue, type ParseResult } from "../evidence/index.js";
import { parseWith } from "../internal/parse.js";
import type { Exercise } from "./types.js";
import { deepFrozenCopy } from "./frozenCopy.js";
import {
  BODY_POSITIONS,
  DOMINANCES,
  EQUIPMENT,
  EXERCISE_FAMILIES,
  EXERCISE_TAGS,
  LADDER_IDS,
  LATERALITIES,
  LOAD_POSITIONS,
  MOVEMENT_PATTERNS,
  MUSCLES,
} from "./vocabulary.js";

/** Kebab-case: lower-case letters and digits in words joined by single hyphens. */
const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;


function oneOf<T extends string>(values: readonly T[], what: string) {
  return z.enum(values as readonly T[], { error: `must be one of the ${what}: ${values.join(", ")}` });
}

function text(what: string, maxLength: number) {
  return z.string({ error: `${what} must be text` }).check(
    z.minLength(1, { error: `${what} must not be empty` }),
    z.maxLength(maxLength, { error: `${what} must be at most ${maxLength} characters` }),
  );
}

/**
 * The error for a strict object: a wrong type says what was expected, unknown keys are named
 * (they are usually typos, like "spinDemand").
 */
function objectError(expected: string) {
  return (issue: { readonly code?: string; readonly keys?: readonly string[] }): string =>
    issue.code === "unrecognized_keys" && issue.keys !== undefined
      ? `unknown field${issue.keys.length === 1 ? "" : "s"}: ${issue.keys.join(", ")}`
      : expected;
}

function wholeNumber(what: string, min: number, max: number) {
  return z.int({ error: `${what} must be a whole number` }).check(
    z.gte(min, { error: `${what} must be at least ${min}` }),
    z.lte(max, { error: `${what} must be at most ${max}` }),
  );
}

function list<T extends z.core.SomeType>(item: T, what: string) {
  return z.array(item, { error: `${what} must be a list` });
}

/** One need: a piece of equipment, or two or more interchangeable pieces. */
function equipmentNeedSchema() {
  const kind = oneOf(EQUIPMENT, "equipment kinds");
  const alternatives = z
    .array(kind, { error: "an equipment need must be a piece of equipment or a list of interchangeable ones" })
    .check(z.minLength(2, { error: "a list of interchangeable equipment needs at least two items (write one item on its own)" }));
  // A failed union reports one issue at the need's own path, so its message names the item.
  return z.union([kind, alternatives], {
    error: (issue) => {
      const input: unknown = issue.input;
      const bad = Array.isArray(input)
        ? input.flatMap((item: unknown, index) => ((EQUIPMENT as readonly unknown[]).includes(item) ? [] : [`item ${index} (${JSON.stringify(item)})`]))
        : [];
      return bad.length === 0
        ? `must be one of the equipment kinds: ${EQUIPMENT.join(", ")}, or a list of interchangeable ones`
        : `${bad.join(", ")} must be one of the equipment kinds: ${EQUIPMENT.join(", ")}`;
    },
  });
}

/**
 * A stable kebab-case exercise ID.
 * @example
 * ```ts
 * exerciseIdSchema.safeParse("goblet-squat").success;
 * // => true
 * ```
 * @category Catalog
 */
export const exerciseIdSchema = /* @__PURE__ */ buildExerciseIdSchema();

function buildExerciseIdSchema() {
  return z.string({ error: "an exercise ID must be text" }).check(
    z.regex(KEBAB_CASE, { error: 'an exercise ID must be kebab-case, like "goblet-squat"' }),
    z.maxLength(80, { error: "an exercise ID must be at most 80 characters" }),
  );
}

const demandScore = (axis: string) =>
  z.int({ error: `${axis} demand must be a whole number from 0 to 3` }).check(
    z.gte(0, { error: `${axis} demand must be at least 0 (none)` }),
    z.lte(3, { error: `${axis} demand must be at most 3 (high)` }),
  );

/**
 * What an exercise demands of the spine: 0–3 per axis plus end-range and repetition flags.
 * @example
 * ```ts
 * spineDemandSchema.safeParse({ flexion: 4 }).success;
 * // => false
 * ```
 * @category Catalog
 */
export const spineDemandSchema = /* @__PURE__ */ buildSpineDemandSchema();

function buildSpineDemandSchema() {
  return z.strictObject(
    {
      flexion: demandScore("flexion"),
      extension: demandScore("extension"),
      lateralFlexion: demandScore("lateral flexion"),
      rotation: demandScore("rotation"),
      axialCompression: demandScore("axial compression"),
      shear: demandScore("shear"),
      endRange: z.boolean({ error: "endRange must be true or false" }),
      repeated: z.boolean({ error: "repeated must be true or false" }),
    },
    { error: objectError("spineDemand must be an object with a 0–3 score per axis, endRange and repeated") },
  );
}

function intRange(what: string, max: number) {
  return z
    .strictObject(
      { min: wholeNumber(`${what} min`, 1, max), max: wholeNumber(`${what} max`, 1, max) },
      { error: objectError(`${what} must be an object { min, max }`) },
    )
    .check(z.refine((range) => range.min <= range.max, { error: `${what} min must not exceed max`, path: ["max"] }));
}

/**
 * The default prescription: reps, a hold, a distance or breaths.
 * @example
 * ```ts
 * defaultDoseSchema.safeParse({ kind: "hold", sets: 3, holdSeconds: { min: 10, max: 30 }, perSide: false }).success;
 * // => true
 * ```
 * @category Catalog
 */
export const defaultDoseSchema = /* @__PURE__ */ buildDefaultDoseSchema();

function buildDefaultDoseSchema() {
  const sets = wholeNumber("sets", 1, 20);
  const doseError = objectError("defaultDose must be an object");
  const perSide = z.boolean({ error: "perSide must be true or false" });
  return z.discriminatedUnion(
    "kind",
    [
      z.strictObject(
        { kind: z.literal("reps"), sets, reps: intRange("reps", 100), tempo: z.optional(text("tempo", 20)), perSide },
        { error: doseError },
      ),
      z.strictObject({ kind: z.literal("hold"), sets, holdSeconds: intRange("holdSeconds", 600), perSide }, { error: doseError }),
      z.strictObject(
        { kind: z.literal("distance"), sets, distanceMeters: intRange("distanceMeters", 2000), perSide },
        { error: doseError },
      ),
      z.strictObject({ kind: z.literal("breaths"), sets, breaths: intRange("breaths", 100) }, { error: doseError }),
    ],
    { error: 'defaultDose must be an object whose kind is "reps", "hold", "distance" or "breaths"' },
  );
}

/**
 * The schema of one catalog exercise; every field, every check with a message. User
 * exercises pass through it in {@link extendCatalog}; {@link exerciseJsonSchema} is generated from it.
 * @example
 * ```ts
 * exerciseSchema.safeParse({ id: "Not Kebab" }).success;
 * // => false
 * ```
 * @category Catalog
 */
export const exerciseSchema = /* @__PURE__ */ buildExerciseSchema();

// Every zod call sits inside a builder so that bundlers drop the schemas (and zod) when only
// the policy or the queries are imported.
function buildExerciseSchema() {
  const ladderMembershipSchema = z.strictObject(
    { ladder: oneOf(LADDER_IDS, "ladders"), step: wholeNumber("ladder step", 0, 50) },
    { error: objectError("a ladder membership must be an object { ladder, step }") },
  );
  const citationIds = Object.keys(citations) as CitationId[];
  return z.strictObject(
    {
      id: exerciseIdSchema,
      name: text("name", 120),
      aliases: list(text("an alias", 120), "aliases"),
      family: oneOf(EXERCISE_FAMILIES, "exercise families"),
      pattern: oneOf(MOVEMENT_PATTERNS, "movement patterns"),
      dominance: oneOf(DOMINANCES, "dominances"),
      laterality: oneOf(LATERALITIES, "lateralities"),
      position: oneOf(BODY_POSITIONS, "body positions"),
      loadPosition: oneOf(LOAD_POSITIONS, "load positions"),
      implements: wholeNumber("implements", 0, 4),
      equipment: list(equipmentNeedSchema(), "equipment").check(
        z.minLength(1, { error: 'equipment must list at least one item ("bodyweight" when none)' }),
      ),
      spineDemand: spineDemandSchema,
      tags: list(oneOf(EXERCISE_TAGS, "exercise tags"), "tags"),
      primaryMuscles: list(oneOf(MUSCLES, "muscles"), "primaryMuscles").check(
        z.minLength(1, { error: "primaryMuscles must name at least one muscle" }),
      ),
      secondaryMuscles: list(oneOf(MUSCLES, "muscles"), "secondaryMuscles"),
      defaultDose: defaultDoseSchema,
      // Optional here so an app's own exercises stay valid; every built-in exercise has both.
      setup: z.optional(text("setup", 110)),
      cue: z.optional(text("cue", 110)),
      cues: list(text("a cue", 300), "cues"),
      regressions: list(exerciseIdSchema, "regressions"),
      progressions: list(exerciseIdSchema, "progressions"),
      substitutes: list(exerciseIdSchema, "substitutes"),
      ladders: list(ladderMembershipSchema, "ladders"),
      sources: list(oneOf(citationIds, "citation IDs in the registry"), "sources"),
    },
    { error: objectError("an exercise must be an object") },
  );
}

type ListKey = "aliases" | "tags" | "primaryMuscles" | "secondaryMuscles" | "cues" | "regressions" | "progressions" | "substitutes" | "sources";
const LIST_KEYS: readonly ListKey[] = [
  "aliases",
  "tags",
  "primaryMuscles",
  "secondaryMuscles",
  "cues",
  "regressions",
  "progressions",
  "substitutes",
  "sources",
];
const LINK_KEYS = ["regressions", "progressions", "substitutes"] as const;

/**
 * The checks a schema cannot express on one exercise: no duplicates in a list, no link to
 * itself, no muscle both primary and secondary, at most one step per ladder.
 */
export function exerciseSemanticIssues(exercise: Exercise, path: readonly (string | number)[] = []): ParseIssue[] {
  const issues: ParseIssue[] = [];
  for (const key of LIST_KEYS) {
    const seen = new Map<string, number>();
    exercise[key].forEach((value, index) => {
      const first = seen.get(value);
      if (first === undefined) seen.set(value, index);
      else issues.push({ path: [...path, key, index], message: `"${value}" is listed twice in ${key} (first at index ${first})` });
    });
  }
  // Equipment: a piece needed outright appears nowhere else (it would make the other mention
  // moot), and a list of alternatives names each piece once. The same piece may stand in two
  // lists: "a bar in a rack, or a suspension trainer" is [["rack", "trx"], ["barbell", "trx"]].
  const outright = new Map<string, number>();
  exercise.equipment.forEach((need, index) => {
    if (typeof need === "string" && !outright.has(need)) outright.set(need, index);
  });
  exercise.equipment.forEach((need, index) => {
    if (typeof need === "string") {
      const first = outright.get(need) as number;
      if (first !== index) issues.push({ path: [...path, "equipment", index], message: `"${need}" is listed twice in equipment (first at equipment.${first})` });
      return;
    }
    need.forEach((item, inner) => {
      const earlier = need.indexOf(item);
      const first = outright.get(item);
      if (earlier < inner) {
        issues.push({ path: [...path, "equipment", index, inner], message: `"${item}" is listed twice in equipment (first at equipment.${index}.${earlier})` });
      } else if (first !== undefined) {
        issues.push({ path: [...path, "equipment", index, inner], message: `"${item}" is needed outright (equipment.${first}), so listing it as an alternative adds nothing` });
      }
    });
  });
  for (const key of LINK_KEYS) {
    exercise[key].forEach((linked, index) => {
      if (linked === exercise.id) issues.push({ path: [...path, key, index], message: `an exercise cannot list itself in ${key}` });
    });
  }
  exercise.secondaryMuscles.forEach((muscle, index) => {
    if (exercise.primaryMuscles.includes(muscle)) {
      issues.push({ path: [...path, "secondaryMuscles", index], message: `"${muscle}" is already a primary muscle` });
    }
  });
  const ladders = new Set<string>();
  exercise.ladders.forEach((membership, index) => {
    if (ladders.has(membership.ladder)) {
      issues.push({ path: [...path, "ladders", index], message: `the exercise is on the "${membership.ladder}" ladder twice` });
    }
    ladders.add(membership.ladder);
  });
  return issues;
}

/**
 * Validates one exercise with {@link exerciseSchema} plus the semantic checks (duplicates in a
 * list, self-links, a muscle both primary and secondary, one step per ladder).
 *
 * Links to other exercises are checked only against a catalog, by {@link extendCatalog}.
 *
 * @param input - anything, typically parsed JSON
 * @returns the exercise as a deep-frozen copy, or every issue with its path; never throws
 * @example
 * ```ts
 * const result = parseExercise({ id: "Bad ID" });
 * result.ok;
 * // => false
 * ```
 * @category Catalog
 */
export function parseExercise(input: unknown): ParseResult<Exercise> {
  // The schema checks every score is a whole number 0–3, so its output is an Exercise.
  const result = parseWith(exerciseSchema, input, (exercise) => exerciseSemanticIssues(exercise as Exercise));
  return result.ok ? { ok: true, value: deepFrozenCopy(result.value as Exercise) } : result;
}
