/**
 * The catalog's closed vocabularies as runtime lists: the schema validates against them, the
 * JSON Schema enumerates them, and user interfaces can offer them as choices.
 */
import type {
  BodyPosition,
  Dominance,
  Equipment,
  ExerciseFamily,
  ExerciseTag,
  LadderId,
  Laterality,
  LoadPosition,
  MovementPattern,
  Muscle,
  SuitabilityAction,
} from "./types.js";

/**
 * Every exercise family (one data file each).
 * @example
 * ```ts
 * EXERCISE_FAMILIES.includes("hinge");
 * // => true
 * ```
 * @category Catalog
 */
export const EXERCISE_FAMILIES: readonly ExerciseFamily[] = /* @__PURE__ */ Object.freeze([
  "hinge",
  "squat",
  "single-leg",
  "bridge-thrust",
  "carry",
  "anti-extension",
  "anti-rotation",
  "anti-lateral-flexion",
  "spinal-flexion",
  "spinal-extension",
  "lateral-flexion",
  "rotation",
  "mobility",
  "breathing-bracing",
  "upper-pull",
  "upper-push",
] as const);

/**
 * Every movement pattern (the intent `saferAlternatives` matches first).
 * @example
 * ```ts
 * MOVEMENT_PATTERNS.includes("single-leg-hinge");
 * // => true
 * ```
 * @category Catalog
 */
export const MOVEMENT_PATTERNS: readonly MovementPattern[] = /* @__PURE__ */ Object.freeze([
  "hinge",
  "squat",
  "lunge",
  "step-up",
  "single-leg-hinge",
  "bridge",
  "hip-abduction",
  "carry",
  "anti-extension",
  "anti-rotation",
  "anti-lateral-flexion",
  "trunk-flexion",
  "trunk-extension",
  "lateral-flexion",
  "trunk-rotation",
  "hip-mobility",
  "thoracic-mobility",
  "ankle-mobility",
  "spinal-mobility",
  "breathing",
  "horizontal-pull",
  "vertical-pull",
  "horizontal-push",
  "vertical-push",
  "knee-extension",
  "knee-flexion",
] as const);

/**
 * Every dominance (V-2 hip and knee slots).
 * @example
 * ```ts
 * DOMINANCES;
 * // => ["hip", "knee", "mixed", "none"]
 * ```
 * @category Catalog
 */
export const DOMINANCES: readonly Dominance[] = /* @__PURE__ */ Object.freeze(["hip", "knee", "mixed", "none"] as const);

/**
 * Every laterality (V-1 blocks, V-6 sides).
 * @example
 * ```ts
 * LATERALITIES.length;
 * // => 5
 * ```
 * @category Catalog
 */
export const LATERALITIES: readonly Laterality[] = /* @__PURE__ */ Object.freeze([
  "bilateral",
  "unilateral",
  "split-stance",
  "alternating",
  "contralateral",
] as const);

/**
 * Every body position.
 * @example
 * ```ts
 * BODY_POSITIONS.includes("half-kneeling");
 * // => true
 * ```
 * @category Catalog
 */
export const BODY_POSITIONS: readonly BodyPosition[] = /* @__PURE__ */ Object.freeze([
  "standing",
  "split-stance",
  "half-kneeling",
  "tall-kneeling",
  "quadruped",
  "supine",
  "prone",
  "side-lying",
  "seated",
  "hanging",
  "inclined",
] as const);

/**
 * Every load position (P-3 prefers loads in the hands over bar-on-back).
 * @example
 * ```ts
 * LOAD_POSITIONS.includes("low-bar");
 * // => true
 * ```
 * @category Catalog
 */
export const LOAD_POSITIONS: readonly LoadPosition[] = /* @__PURE__ */ Object.freeze([
  "none",
  "hands-hanging",
  "goblet",
  "front-rack",
  "high-bar",
  "low-bar",
  "overhead",
  "machine",
  "cable",
  "band",
] as const);

/**
 * Every piece of equipment the catalog knows.
 * @example
 * ```ts
 * EQUIPMENT.includes("trap-bar");
 * // => true
 * ```
 * @category Catalog
 */
export const EQUIPMENT: readonly Equipment[] = /* @__PURE__ */ Object.freeze([
  "bodyweight",
  "dowel",
  "dumbbell",
  "kettlebell",
  "barbell",
  "trap-bar",
  "plates",
  "rack",
  "blocks",
  "bench",
  "box",
  "band",
  "cable",
  "machine",
  "leg-press",
  "ghd",
  "back-extension-bench",
  "foam-roller",
  "wall",
  "mat",
  "balloon",
  "chains",
  "landmine",
  "pull-up-bar",
  "sled",
  "medicine-ball",
  "ab-wheel",
  "trx",
] as const);

/**
 * Every muscle named in prescriptions and set counts.
 * @example
 * ```ts
 * MUSCLES.includes("glute-medius");
 * // => true
 * ```
 * @category Catalog
 */
export const MUSCLES: readonly Muscle[] = /* @__PURE__ */ Object.freeze([
  "glutes",
  "glute-medius",
  "hamstrings",
  "quadriceps",
  "adductors",
  "calves",
  "hip-flexors",
  "abdominals",
  "obliques",
  "transversus-abdominis",
  "diaphragm",
  "erector-spinae",
  "quadratus-lumborum",
  "lats",
  "upper-back",
  "thoracic-extensors",
  "chest",
  "shoulders",
  "triceps",
  "biceps",
  "grip",
] as const);

/**
 * Every explicit exercise tag (only what the demand vector cannot say).
 * @example
 * ```ts
 * EXERCISE_TAGS;
 * // => ["neural-tension", "ballistic", "valsalva-heavy"]
 * ```
 * @category Catalog
 */
export const EXERCISE_TAGS: readonly ExerciseTag[] = /* @__PURE__ */ Object.freeze([
  "neural-tension",
  "ballistic",
  "valsalva-heavy",
] as const);

/**
 * Every earn-back ladder ID (P-1, P-2, L-6).
 * @example
 * ```ts
 * LADDER_IDS.includes("hinge");
 * // => true
 * ```
 * @category Catalog
 */
export const LADDER_IDS: readonly LadderId[] = /* @__PURE__ */ Object.freeze([
  "hinge",
  "squat",
  "row",
  "flexion-exposure",
  "extension-exposure",
  "lateral-flexion-exposure",
  "leg-press",
  "crunch",
] as const);

/**
 * The policy's verdicts from most to least permissive.
 * @example
 * ```ts
 * SUITABILITY_ACTIONS.indexOf("avoid");
 * // => 2
 * ```
 * @category Catalog
 */
export const SUITABILITY_ACTIONS: readonly SuitabilityAction[] = /* @__PURE__ */ Object.freeze([
  "ok",
  "caution",
  "avoid",
] as const);
