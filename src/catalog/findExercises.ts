/**
 * Catalog queries: filter by intent, kit, muscles, spine demand, suitability and text.
 */
import { exercises } from "./exercises.js";
import { fitsKit } from "./fitsKit.js";
import { suitability, type SuitabilityOptions } from "./suitability.js";
import {
  SPINE_AXES,
  type DemandScore,
  type Dominance,
  type Equipment,
  type Exercise,
  type ExerciseFamily,
  type ExerciseTag,
  type LadderId,
  type Laterality,
  type LoadPosition,
  type MovementPattern,
  type Muscle,
  type BodyPosition,
  type SpineAxis,
  type SuitabilityAction,
  type TrainingProfile,
} from "./types.js";
import { requireArray, requireObject, requireString } from "../internal/guards.js";

/**
 * What to look for in the catalog. Every field is optional; the fields combine with AND,
 * and a list inside one field means "any of these".
 * @category Catalog
 */
export interface ExerciseQuery {
  readonly pattern?: MovementPattern | readonly MovementPattern[];
  readonly dominance?: Dominance | readonly Dominance[];
  readonly laterality?: Laterality | readonly Laterality[];
  readonly family?: ExerciseFamily | readonly ExerciseFamily[];
  readonly position?: BodyPosition | readonly BodyPosition[];
  readonly loadPosition?: LoadPosition | readonly LoadPosition[];
  /** The kit at hand: an exercise matches when the kit meets all its needs ({@link fitsKit}; `bodyweight` is always at hand). */
  readonly equipment?: readonly Equipment[];
  /** Muscles to train: an exercise matches when it works at least one of them. */
  readonly muscles?: readonly Muscle[];
  /** Whether {@link ExerciseQuery.muscles} must be primary movers (`"primary"`) or may be secondary (`"any"`, the default). */
  readonly muscleRole?: "primary" | "any";
  /** Highest demand allowed per axis. */
  readonly maxDemand?: Partial<Readonly<Record<SpineAxis, DemandScore>>>;
  /** `false` excludes exercises taken to end range; `true` keeps only those. */
  readonly endRange?: boolean;
  /** `false` excludes exercises with repeated spinal motion; `true` keeps only those. */
  readonly repeated?: boolean;
  /** Exclude exercises carrying any of these tags. */
  readonly excludeTags?: readonly ExerciseTag[];
  /** Keep only exercises on this ladder. */
  readonly ladder?: LadderId;
  /** Keep only exercises whose {@link suitability} for the profile is one of `allow` (default `["ok"]`). */
  readonly suitableFor?: {
    readonly profile: TrainingProfile;
    readonly allow?: readonly SuitabilityAction[];
    readonly options?: SuitabilityOptions;
  };
  /**
   * Words to find in the name, an alias or the ID; case, accents and punctuation are ignored,
   * and every word must occur in the same name or alias.
   */
  readonly text?: string;
}

/**
 * Folds text for search: accents removed, lower case, punctuation as spaces.
 *
 * @param value - any text
 * @returns the folded words joined by single spaces
 * @throws TypeError naming `foldSearchText` when `value` is not a string
 * @example
 * ```ts
 * foldSearchText("Pallof Préss (half-kneeling)");
 * // => "pallof press half kneeling"
 * ```
 * @category Catalog
 */
export function foldSearchText(value: string): string {
  requireString("foldSearchText", "value", value);
  return value
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

function oneOf<T>(wanted: T | readonly T[] | undefined, value: T): boolean {
  if (wanted === undefined) return true;
  return Array.isArray(wanted) ? (wanted as readonly T[]).includes(value) : wanted === value;
}

function textMatches(words: readonly string[], exercise: Exercise): boolean {
  const fields = [exercise.name, exercise.id, ...exercise.aliases].map((field) => ` ${foldSearchText(field)} `);
  // Each word must start a word of the field: "press" finds "Pallof press", not "compression".
  return fields.some((field) => words.every((word) => field.includes(` ${word}`)));
}

/**
 * Finds every exercise that matches a query, in catalog order.
 *
 * Filters by pattern, dominance, laterality, family, position, load position, available
 * equipment ({@link fitsKit}), muscles, highest demand per axis, end range, repetition, tags,
 * ladder, suitability for a person ({@link suitability}) and text. The catalog is never mutated.
 *
 * @param query - the filters; an empty query returns the whole catalog
 * @param catalog - the catalog to search (default: the built-in {@link exercises})
 * @returns a new array of the matching exercises, in catalog order
 * @throws TypeError naming `findExercises` when `query` is not an object, `query.text` is given
 * but not a string, or `catalog` is not an array; the other filters and the exercises are the
 * caller's contract
 * @example
 * ```ts
 * findExercises({ pattern: "hinge", equipment: ["kettlebell"] }).map((exercise) => exercise.id);
 * // => ["kettlebell-deadlift", "tempo-kettlebell-deadlift", "kettlebell-swing"]
 * findExercises({ text: "pallof" }).length > 0;
 * // => true
 * ```
 * @category Catalog
 */
export function findExercises(query: ExerciseQuery, catalog: readonly Exercise[] = exercises): Exercise[] {
  requireObject("findExercises", "query", query);
  if (query.text !== undefined) requireString("findExercises", "query.text", query.text);
  requireArray("findExercises", "catalog", catalog);
  const words = query.text === undefined ? [] : foldSearchText(query.text).split(" ").filter((word) => word.length > 0);
  const kit = query.equipment === undefined ? undefined : new Set<Equipment>([...query.equipment, "bodyweight"]);
  const allow = query.suitableFor?.allow ?? ["ok"];
  return catalog.filter((exercise) => {
    if (!oneOf(query.pattern, exercise.pattern)) return false;
    if (!oneOf(query.dominance, exercise.dominance)) return false;
    if (!oneOf(query.laterality, exercise.laterality)) return false;
    if (!oneOf(query.family, exercise.family)) return false;
    if (!oneOf(query.position, exercise.position)) return false;
    if (!oneOf(query.loadPosition, exercise.loadPosition)) return false;
    if (kit !== undefined && !fitsKit(exercise, kit)) return false;
    if (query.muscles !== undefined) {
      const worked = query.muscleRole === "primary" ? exercise.primaryMuscles : [...exercise.primaryMuscles, ...exercise.secondaryMuscles];
      if (!query.muscles.some((muscle) => worked.includes(muscle))) return false;
    }
    if (query.maxDemand !== undefined) {
      for (const axis of SPINE_AXES) {
        const max = query.maxDemand[axis];
        if (max !== undefined && exercise.spineDemand[axis] > max) return false;
      }
    }
    if (query.endRange !== undefined && exercise.spineDemand.endRange !== query.endRange) return false;
    if (query.repeated !== undefined && exercise.spineDemand.repeated !== query.repeated) return false;
    if (query.excludeTags !== undefined && exercise.tags.some((tag) => query.excludeTags?.includes(tag))) return false;
    if (query.ladder !== undefined && !exercise.ladders.some((membership) => membership.ladder === query.ladder)) return false;
    if (words.length > 0 && !textMatches(words, exercise)) return false;
    if (query.suitableFor !== undefined) {
      const decision = suitability(exercise, query.suitableFor.profile, query.suitableFor.options);
      if (!allow.includes(decision.action)) return false;
    }
    return true;
  });
}
