/**
 * What each field of a catalog exercise means, for the exercise and catalog JSON Schemas
 * (catalogJson.ts). Built when a schema is, so a bundle that only reads the catalog does not
 * carry the text.
 */
import { adjustAll, describeFields, describeKeys, type JsonSchemaAdjust } from "../internal/jsonSchema.js";
import { defaultDoseSchema, exerciseSchema, spineDemandSchema } from "./schema.js";

const DEMAND = "0 none (held still or unloaded), 1 low, 2 moderate, 3 high (loaded through the full range or to end range, or maximal load)";
const IDS = "catalog ids (lowercase words joined by hyphens)";

/** The fields of each kind of default dose, one table: the kinds share sets and perSide. */
const DOSE_FIELDS: Readonly<Record<string, string>> = {
  kind: "How the dose is counted: reps, hold (seconds), distance (metres) or breaths.",
  sets: "Sets, a whole number from 1 to 20.",
  reps: "Reps per set, a whole-number range (min at most max), up to 100; per side when perSide.",
  tempo: 'Tempo of each rep as eccentric-pause-concentric-pause seconds, e.g. "3-1-1-0" (P-6). Omitted: no set tempo.',
  holdSeconds: "Seconds per hold, a whole-number range (min at most max), up to 600; per side when perSide.",
  distanceMeters: "Metres per set, a whole-number range (min at most max), up to 2000; per side when perSide.",
  breaths: "Breaths per set, a whole-number range (min at most max), up to 100.",
  perSide: "Whether the dose is per side (each side gets the full dose, V-6).",
};

const RANGE_FIELDS: Readonly<Record<string, string>> = {
  min: "The low end of the range, a whole number.",
  max: "The high end of the range, a whole number at least min.",
};

/** The descriptions of an exercise, its spine demand, its default dose and its ladder memberships. */
export function describeExercise(): JsonSchemaAdjust {
  const { ladders } = exerciseSchema.shape;
  const doses = defaultDoseSchema._zod.def.options;
  return adjustAll(
    describeFields(exerciseSchema, {
      id: "The exercise's id, unique in the catalog: lowercase words joined by hyphens, e.g. goblet-squat.",
      name: "The exercise's name as a lifter knows it, 1 to 120 characters.",
      aliases: "Other names it goes by, each once.",
      family: "The family it belongs to (the catalog's grouping, e.g. hinge, carry, anti-extension).",
      pattern: "The movement pattern, e.g. hinge, lunge, anti-rotation or horizontal-pull.",
      dominance: "Which joint drives the movement: hip, knee, mixed or none (V-2 pairs a hip- and a knee-dominant movement in each block).",
      laterality: "How the limbs work (V-1 blocks, V-6 sides): bilateral, unilateral, split-stance, alternating or contralateral.",
      position: "The body position, e.g. standing, half-kneeling, quadruped or supine.",
      loadPosition: "Where the external load sits (P-3: loads held in the hands come before a bar on the back).",
      implements: "How many implements are loaded, 0 to 4: 2 for a pair of dumbbells, 0 for bodyweight (volume load, V-7).",
      equipment: 'Everything it needs, one entry per need, at least one ("bodyweight" when none). An entry that is a list names interchangeable kit, any one of which will do.',
      spineDemand: `What it asks of the spine on each axis, ${DEMAND}, with the end-range and repetition flags. The selection policy is derived from it (G-1).`,
      tags: "Descriptive tags from the catalog's vocabulary, each once.",
      primaryMuscles: "The muscles it mainly trains, at least one, none also in secondaryMuscles.",
      secondaryMuscles: "The muscles it also trains.",
      defaultDose: "The prescription used when the plan sets none: sets and reps, a hold, a distance or breaths.",
      setup: "One line on the start position and the kit, at most 110 characters, enough to set up alone from a printed plan. Every built-in exercise has one; an app's own may leave it out.",
      cue: "The one key cue for doing it well, at most 110 characters, in line with its spine demand (pain rules live in the plan, not here). Every built-in exercise has one; an app's own may leave it out.",
      cues: "Coaching cues in order, each at most 300 characters; cue is the one that matters most.",
      regressions: `Easier exercises, nearest first: ${IDS} of the same catalog, not its own.`,
      progressions: `Harder exercises, nearest first: ${IDS} of the same catalog, not its own.`,
      substitutes: `Exercises that can stand in for it: ${IDS} of the same catalog, not its own.`,
      ladders: "The earn-back ladders it is a step of (P-1, P-2, L-6), each ladder at most once.",
      sources: "The citations behind it, as ids of the evidence registry.",
    }),
    describeFields(
      spineDemandSchema,
      {
        flexion: `Demand on spinal flexion (bending forward), ${DEMAND}.`,
        extension: `Demand on spinal extension (arching back), ${DEMAND}.`,
        lateralFlexion: `Demand on lateral flexion (side bending), ${DEMAND}.`,
        rotation: `Demand on rotation (twisting), ${DEMAND}.`,
        axialCompression: `Demand on axial compression (load down the spine, e.g. a bar on the back), ${DEMAND}.`,
        shear: `Demand on shear (the moment a load creates in front of the spine, as in a hinge or a row), ${DEMAND}.`,
        endRange: "The spine is taken to, or loaded at, the end of its range.",
        repeated: "The spine moves repeatedly through the range rather than being held still.",
      },
      "What the exercise demands of the spine (descriptive data; the selection policy is derived from it).",
    ),
    ...doses.map((dose) => describeKeys(dose, DOSE_FIELDS)),
    ...doses.flatMap((dose) =>
      ["reps", "holdSeconds", "distanceMeters", "breaths"].flatMap((key) => {
        const range = (dose.shape as Record<string, unknown>)[key];
        return range === undefined ? [] : [describeKeys(range, RANGE_FIELDS)];
      }),
    ),
    describeFields(ladders._zod.def.element, {
      ladder: "The ladder's id, e.g. hinge or flexion-exposure.",
      step: "The exercise's place on the ladder, 0 for the first step (up to 50).",
    }),
  );
}
