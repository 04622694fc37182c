/**
 * The exercise vocabulary: what an exercise is and what it demands of the spine.
 *
 * Exercises are described, never judged: whether one is ok, caution or avoid for a person is
 * computed by `suitability` from the demand vector, the person's direction, stage and ladder
 * progress.
 */
import type { CitationId, Decision, RuleId } from "../evidence/index.js";
import type { DirectionResult } from "../classification/types.js";
import type { Stage } from "../staging/types.js";

/** A stable kebab-case exercise ID, e.g. `"trap-bar-deadlift-blocks"`. @category Catalog */
export type ExerciseId = string;

/** The data file an exercise lives in. @category Catalog */
export type ExerciseFamily =
  | "hinge"
  | "squat"
  | "single-leg"
  | "bridge-thrust"
  | "carry"
  | "anti-extension"
  | "anti-rotation"
  | "anti-lateral-flexion"
  | "spinal-flexion"
  | "spinal-extension"
  | "lateral-flexion"
  | "rotation"
  | "mobility"
  | "breathing-bracing"
  | "upper-pull"
  | "upper-push";

/** The movement intent; `saferAlternatives` matches on it first. @category Catalog */
export type MovementPattern =
  | "hinge"
  | "squat"
  | "lunge"
  | "step-up"
  | "single-leg-hinge"
  | "bridge"
  | "hip-abduction"
  | "carry"
  | "anti-extension"
  | "anti-rotation"
  | "anti-lateral-flexion"
  | "trunk-flexion"
  | "trunk-extension"
  | "lateral-flexion"
  | "trunk-rotation"
  | "hip-mobility"
  | "thoracic-mobility"
  | "ankle-mobility"
  | "spinal-mobility"
  | "breathing"
  | "horizontal-pull"
  | "vertical-pull"
  | "horizontal-push"
  | "vertical-push"
  | "knee-extension"
  | "knee-flexion";

/** Which joint drives the movement (V-2 slots). @category Catalog */
export type Dominance = "hip" | "knee" | "mixed" | "none";

/** How the limbs work (V-1 blocks, V-6 sides). @category Catalog */
export type Laterality = "bilateral" | "unilateral" | "split-stance" | "alternating" | "contralateral";

/** Body position during the exercise. @category Catalog */
export type BodyPosition =
  | "standing"
  | "split-stance"
  | "half-kneeling"
  | "tall-kneeling"
  | "quadruped"
  | "supine"
  | "prone"
  | "side-lying"
  | "seated"
  | "hanging"
  | "inclined";

/** Where the external load sits (P-3: loads in the hands before bar-on-back). @category Catalog */
export type LoadPosition =
  | "none"
  | "hands-hanging"
  | "goblet"
  | "front-rack"
  | "high-bar"
  | "low-bar"
  | "overhead"
  | "machine"
  | "cable"
  | "band";

/** Kit an exercise needs. @category Catalog */
export type Equipment =
  | "bodyweight"
  | "dowel"
  | "dumbbell"
  | "kettlebell"
  | "barbell"
  | "trap-bar"
  | "plates"
  | "rack"
  | "blocks"
  | "bench"
  | "box"
  | "band"
  | "cable"
  | "machine"
  | "leg-press"
  | "ghd"
  | "back-extension-bench"
  | "foam-roller"
  | "wall"
  | "mat"
  | "balloon"
  | "chains"
  | "landmine"
  | "pull-up-bar"
  | "sled"
  | "medicine-ball"
  | "ab-wheel"
  | "trx";

/**
 * One thing an exercise needs: a piece of equipment, or a list of interchangeable pieces (any
 * one will do), such as `["kettlebell", "dumbbell"]` for a goblet squat.
 * @category Catalog
 */
export type EquipmentNeed = Equipment | readonly Equipment[];

/** Muscles named in prescriptions and weekly set counts. @category Catalog */
export type Muscle =
  | "glutes"
  | "glute-medius"
  | "hamstrings"
  | "quadriceps"
  | "adductors"
  | "calves"
  | "hip-flexors"
  | "abdominals"
  | "obliques"
  | "transversus-abdominis"
  | "diaphragm"
  | "erector-spinae"
  | "quadratus-lumborum"
  | "lats"
  | "upper-back"
  | "thoracic-extensors"
  | "chest"
  | "shoulders"
  | "triceps"
  | "biceps"
  | "grip";

/** The six spinal axes of the demand vector. @category Catalog */
export type SpineAxis = "flexion" | "extension" | "lateralFlexion" | "rotation" | "axialCompression" | "shear";

/**
 * The spine axes in a fixed order (for loops and tables).
 * @example
 * ```ts
 * SPINE_AXES.length;
 * // => 6
 * ```
 * @category Catalog
 */
export const SPINE_AXES: readonly SpineAxis[] = Object.freeze([
  "flexion",
  "extension",
  "lateralFlexion",
  "rotation",
  "axialCompression",
  "shear",
] as const);

/**
 * How much an exercise asks of the spine on one axis:
 * 0 none (the axis is held still or unloaded), 1 low (small range or light load held in
 * neutral), 2 moderate (loaded through part of the range, or heavy load held in neutral),
 * 3 high (loaded through the full range or to end range, or maximal load).
 * @category Catalog
 */
export type DemandScore = 0 | 1 | 2 | 3;

/** What an exercise demands of the spine (descriptive data; policy is derived). @category Catalog */
export interface SpineDemand {
  readonly flexion: DemandScore;
  readonly extension: DemandScore;
  readonly lateralFlexion: DemandScore;
  readonly rotation: DemandScore;
  readonly axialCompression: DemandScore;
  readonly shear: DemandScore;
  /** The spine is taken to (or loaded at) the end of its range. */
  readonly endRange: boolean;
  /** The spine moves repeatedly through the range (not held still). */
  readonly repeated: boolean;
}

/** What the demand vector cannot express; used sparingly. @category Catalog */
export type ExerciseTag = "neural-tension" | "ballistic" | "valsalva-heavy";

/** An inclusive whole-number range. @category Catalog */
export interface IntRange {
  readonly min: number;
  readonly max: number;
}

/** The default prescription for an exercise. @category Catalog */
export type DefaultDose =
  | { readonly kind: "reps"; readonly sets: number; readonly reps: IntRange; readonly tempo?: string; readonly perSide: boolean }
  | { readonly kind: "hold"; readonly sets: number; readonly holdSeconds: IntRange; readonly perSide: boolean }
  | { readonly kind: "distance"; readonly sets: number; readonly distanceMeters: IntRange; readonly perSide: boolean }
  | { readonly kind: "breaths"; readonly sets: number; readonly breaths: IntRange };

/** The earn-back ladders (P-1, P-2, L-6). @category Catalog */
export type LadderId =
  | "hinge"
  | "squat"
  | "row"
  | "flexion-exposure"
  | "extension-exposure"
  | "lateral-flexion-exposure"
  | "leg-press"
  | "crunch";

/** An exercise's place on a ladder (0 = first step). @category Catalog */
export interface LadderMembership {
  readonly ladder: LadderId;
  readonly step: number;
}

/** One exercise of the catalog. @category Catalog */
export interface Exercise {
  readonly id: ExerciseId;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly family: ExerciseFamily;
  readonly pattern: MovementPattern;
  readonly dominance: Dominance;
  readonly laterality: Laterality;
  readonly position: BodyPosition;
  readonly loadPosition: LoadPosition;
  /** How many implements are loaded (2 for a pair of dumbbells; 0 for bodyweight). Used in V-7. */
  readonly implements: number;
  /**
   * Everything the exercise needs, one entry per need. A need that is a list names
   * interchangeable kit, any one of which will do: `[["kettlebell", "dumbbell"], "box"]` is a
   * kettlebell or a dumbbell, and a box. Check a kit with `fitsKit`.
   */
  readonly equipment: readonly EquipmentNeed[];
  readonly spineDemand: SpineDemand;
  readonly tags: readonly ExerciseTag[];
  readonly primaryMuscles: readonly Muscle[];
  readonly secondaryMuscles: readonly Muscle[];
  readonly defaultDose: DefaultDose;
  /**
   * One line (at most 110 characters) on the start position and the kit, enough for a lifter to
   * set up alone from a printed plan: "Hold a kettlebell or dumbbell against the chest, elbows
   * down, feet shoulder-width." Every built-in exercise has one ({@link BuiltInExercise});
   * an app's own exercise may leave it out.
   */
  readonly setup?: string;
  /**
   * The one key cue for doing the exercise well (at most 110 characters), in line with its
   * spine demand: "Sit between the heels with the chest tall; stop before the pelvis starts to
   * tuck under." Pain rules are not cues: they live in the plan (L-1, L-2). Every built-in
   * exercise has one; an app's own exercise may leave it out.
   */
  readonly cue?: string;
  /** Two to four coaching cues, in order; {@link Exercise.cue} is the one that matters most. */
  readonly cues: readonly string[];
  readonly regressions: readonly ExerciseId[];
  readonly progressions: readonly ExerciseId[];
  readonly substitutes: readonly ExerciseId[];
  readonly ladders: readonly LadderMembership[];
  readonly sources: readonly CitationId[];
}

/**
 * A built-in exercise: an {@link Exercise} whose `setup` and `cue` are always there, so a printed
 * plan built from the catalog can be followed without a coach.
 * @category Catalog
 */
export type BuiltInExercise = Exercise & { readonly setup: string; readonly cue: string };

/** A ladder: ordered steps (exercise IDs) that earn a lift back. @category Catalog */
export interface Ladder {
  readonly id: LadderId;
  readonly name: string;
  /** The lift or capacity the ladder earns back. */
  readonly goal: string;
  readonly steps: readonly ExerciseId[];
  readonly ruleIds: readonly RuleId[];
  readonly sources: readonly CitationId[];
  /**
   * The spine axes the ladder grades: the sum of the steps' demand on these axes never
   * decreases from one step to the next.
   */
  readonly keyAxes?: readonly SpineAxis[];
}

/**
 * How far a person has climbed each earn-back ladder: the index of the highest step unlocked
 * (0 = the first step). A missing ladder means only its first step is open (P-1, P-2, L-6).
 * @category Catalog
 */
export type LadderProgress = Partial<Readonly<Record<LadderId, number>>>;

/**
 * Findings that tighten the contraindication policy beyond direction and stage.
 * @category Catalog
 */
export interface TrainingFlags {
  /** Radicular leg pain (S-7): neural-tension exercises are avoided and the stage caps at symptom modulation (T-4). */
  readonly radicular?: boolean;
  /** Axial loading is provocative (P-3): the axial-compression cap is one lower and at-cap loading is caution. */
  readonly axialLoadSensitive?: boolean;
}

/**
 * What the contraindication policy needs to know about a person: the direction result, the
 * stage, how far each ladder is earned, and flags (C, T, P-1, P-2, P-3, S-7, L-6).
 * @category Catalog
 */
export interface TrainingProfile {
  readonly direction: Pick<DirectionResult, "pattern" | "intolerance" | "preference" | "peripheralising">;
  readonly stage: Stage;
  /** Index of the highest step unlocked per ladder; a missing ladder is at step 0. */
  readonly ladderProgress?: LadderProgress;
  readonly flags?: TrainingFlags;
}

/** The three verdicts of the contraindication policy, most to least permissive. @category Catalog */
export type SuitabilityAction = "ok" | "caution" | "avoid";

/**
 * The policy's verdict on one exercise for one person, with every reason and the rule that decided.
 * @category Catalog
 */
export interface SuitabilityDecision extends Decision<SuitabilityAction> {
  /** The spine axis whose cap decided, or `null` when a tag, a ladder gate, a flag or nothing decided. */
  readonly axis: SpineAxis | null;
}
