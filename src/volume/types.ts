/**
 * The volume vocabulary: rep ranges and set schemes, the three seed 000 session blocks, and
 * what a lifter actually performed, set by set and side by side.
 */
import type { CitationId, Finding, RuleId } from "../evidence/index.js";
import type { Exercise, ExerciseId, Muscle, SpineAxis } from "../catalog/types.js";

/**
 * An inclusive range of whole reps per set (per side for unilateral work), e.g. 4–8.
 * @example
 * ```ts
 * const singleLeg: RepRange = { min: 4, max: 8 }; // V-3
 * ```
 * @category Volume
 */
export interface RepRange {
  readonly min: number;
  readonly max: number;
}

/**
 * A rep range that may be open at the top (`max: null`), as in the bilateral finishers'
 * "20 or more" (V-5).
 * @category Volume
 */
export interface OpenRepRange {
  readonly min: number;
  readonly max: number | null;
}

/**
 * A set scheme that reaches its target: the reps of every set (largest first), how many sets,
 * and by how much the total overshoots the target (0 unless even the smallest sets overshoot).
 * @category Volume
 */
export interface SetSchemeFound {
  readonly ok: true;
  readonly targetRepsPerSide: number;
  readonly repRange: RepRange;
  /** Reps per set (per side), largest first; every entry lies inside `repRange`. */
  readonly sets: readonly number[];
  /** `sets.length`: the fewest sets that can reach the target, `ceil(target / max)`. */
  readonly setCount: number;
  /** The sum of `sets`: the target, or `setCount × min` when that is larger. */
  readonly totalRepsPerSide: number;
  /** `totalRepsPerSide − targetRepsPerSide`: 0 unless `setCount × min` exceeds the target. */
  readonly overshootReps: number;
  /** The rule applied, with these numbers, in one sentence. */
  readonly explanation: string;
}

/**
 * Why no set scheme was produced: the range is empty (`min > max`), or the target is below the
 * range's minimum so that even one set would overshoot it.
 * @category Volume
 */
export type SetSchemeRefusalCode = "empty-range" | "target-below-range";

/**
 * A refused set-scheme request, with the reason in words.
 * @category Volume
 */
export interface SetSchemeRefused {
  readonly ok: false;
  readonly code: SetSchemeRefusalCode;
  readonly reason: string;
  readonly targetRepsPerSide: number;
  readonly repRange: RepRange;
}

/**
 * The answer of {@link setScheme}: a scheme (`ok: true`) or a refusal with its reason.
 * @example
 * ```ts
 * const scheme = setScheme(60, { min: 8, max: 15 });
 * scheme.ok ? scheme.sets : scheme.reason;
 * // => [15, 15, 15, 15]
 * ```
 * @category Volume
 */
export type SetScheme = SetSchemeFound | SetSchemeRefused;

/**
 * The three blocks of a seed 000 lower-body session, in their required order (V-1).
 * @category Volume
 */
export type LegBlock = "single-leg" | "split-stance" | "bilateral";

/**
 * The blocks in session order: single-leg first, split-stance next, bilateral last (V-1).
 * @example
 * ```ts
 * LEG_BLOCKS;
 * // => ["single-leg", "split-stance", "bilateral"]
 * ```
 * @category Volume
 */
export const LEG_BLOCKS: readonly LegBlock[] = /* @__PURE__ */ Object.freeze(["single-leg", "split-stance", "bilateral"] as const);

/**
 * One of a block's two movement slots (V-2): the driving joint, its share of the block's
 * target, its set scheme and catalog examples.
 * @category Volume
 */
export interface BlockSlot {
  readonly dominance: "hip" | "knee";
  /** Half the block's per-side target, or `null` for the bilateral finishers (no per-side target). */
  readonly targetRepsPerSide: number | null;
  /** Reps per set for this movement (per side for unilateral work; the minimum for open ranges). */
  readonly sets: readonly number[];
  /** Catalog exercise IDs that fit the slot (a suggestion, not a prescription). */
  readonly examples: readonly ExerciseId[];
}

/**
 * One block of the seed 000 session as data (V-1…V-6).
 * @example
 * ```ts
 * blockTargets[1].targetRepsPerSide;
 * // => 60
 * ```
 * @category Volume
 */
export interface BlockTarget {
  readonly block: LegBlock;
  /** Position in the session, 1 = first (V-1). */
  readonly order: 1 | 2 | 3;
  readonly title: string;
  /** The catalog laterality of the block's movements. */
  readonly laterality: "unilateral" | "split-stance" | "bilateral";
  /** Reps per set: per side for the single-leg and split-stance blocks, per set for the bilateral one. */
  readonly repRange: OpenRepRange;
  /** Whether `repRange` and the targets count reps per side or per (two-sided) set. */
  readonly repsCountedPer: "side" | "set";
  /** The block's total reps per side to build toward (V-3: 50, V-4: 60), `null` when the block has none. */
  readonly targetRepsPerSide: number | null;
  /**
   * The block's fewest-sets scheme per side for its target ({@link setScheme}); for the bilateral
   * block, both movements' sets at the range's minimum.
   */
  readonly blockSets: readonly number[];
  /** One hip-dominant and one knee-dominant movement (V-2). */
  readonly slots: readonly [BlockSlot, BlockSlot];
  readonly load: "heavy" | "moderate" | "light";
  readonly effort: "hard" | "maximal";
  readonly loadGuidance: string;
  /** V-6: unilateral work finishes one side before the other. */
  readonly sides: "one-side-then-the-other" | "both-together";
  readonly ruleIds: readonly RuleId[];
  readonly sources: readonly CitationId[];
}

/**
 * The side a performed set worked: `left` or `right` for unilateral and split-stance sets,
 * `both` for bilateral sets.
 * @category Volume
 */
export type SetSide = "left" | "right" | "both";

/**
 * A unit of mass accepted at the boundary; everything inside is kilograms.
 * @category Volume
 */
export type MassUnit = "kg" | "lb";

/**
 * Values as the lifter entered them, kept when they were converted from pounds.
 * @category Volume
 */
export interface LoggedMass {
  readonly unit: MassUnit;
  readonly load?: number;
  readonly assistance?: number;
}

/**
 * One performed set, for one side (or both sides of a bilateral set).
 * @example
 * ```ts
 * const set: PerformedSet = { exerciseId: "step-up", side: "left", reps: 6, loadKg: 16, rir: 2 };
 * ```
 * @category Volume
 */
export interface PerformedSet {
  readonly exerciseId: ExerciseId;
  readonly side: SetSide;
  /** Whole reps done on that side (or in the bilateral set). */
  readonly reps: number;
  /** External load per implement in kg (each dumbbell, the bar with its plates); omitted = 0. */
  readonly loadKg?: number;
  /** How many implements were loaded; omitted = the catalog's count for the exercise. */
  readonly implements?: number;
  /** Machine or band assistance in kg, subtracted from the counted bodyweight share; omitted = 0. */
  readonly assistanceKg?: number;
  /** Reps in reserve at the end of the set; `null` or omitted = not recorded (never guessed). */
  readonly rir?: number | null;
  /** A warm-up set: excluded from working, hard and muscle set counts and from spine exposure. */
  readonly warmup?: boolean;
  /** Seconds held, for isometric sets (counted apart from reps; holds add no volume load). */
  readonly holdSeconds?: number;
  /** The values as entered, when they were converted from another unit. */
  readonly logged?: LoggedMass;
}

/**
 * One performed session: its date and its sets in the order they were done.
 * @example
 * ```ts
 * const session: PerformedSession = {
 *   date: "2026-11-16",
 *   sets: [
 *     { exerciseId: "step-up", side: "left", reps: 6, loadKg: 16, rir: 2 },
 *     { exerciseId: "step-up", side: "right", reps: 6, loadKg: 16, rir: 2 },
 *   ],
 * };
 * ```
 * @category Volume
 */
export interface PerformedSession {
  /** Calendar date, ISO `YYYY-MM-DD`. */
  readonly date: string;
  readonly id?: string;
  /** The lifter's body mass that day in kg; used only when bodyweight is counted. */
  readonly bodyweightKg?: number;
  readonly sets: readonly PerformedSet[];
}

/**
 * A planned block: the exercises in the order they will be done, optionally labelled with the
 * block they are meant to be (otherwise the block is read from each exercise's laterality).
 * @category Volume
 */
export interface PlannedBlockLike {
  readonly block?: LegBlock;
  readonly exerciseIds: readonly ExerciseId[];
}

/**
 * A planned session: blocks of exercise IDs in order.
 * @category Volume
 */
export interface PlannedSessionLike {
  readonly blocks: readonly PlannedBlockLike[];
}

/**
 * What {@link checkSessionStructure} accepts: a plan (blocks of exercise IDs) or a log
 * (sets in order, with sides).
 * @example
 * ```ts
 * const plan: SessionLike = { blocks: [{ block: "single-leg", exerciseIds: ["single-leg-romanian-deadlift", "step-up"] }] };
 * const log: SessionLike = { sets: [{ exerciseId: "step-up", side: "left", reps: 6 }] };
 * ```
 * @category Volume
 */
export type SessionLike = PlannedSessionLike | Pick<PerformedSession, "sets">;

/**
 * Options of {@link checkSessionStructure}.
 * @category Volume
 */
export interface SessionStructureOptions {
  /** The catalog to read laterality and dominance from; defaults to the built-in catalog. */
  readonly catalog?: readonly Exercise[];
  /** Report a block that is missing altogether (V-2); default `true`. */
  readonly requireAllBlocks?: boolean;
}

/**
 * How a left set plus a right set of a unilateral exercise counts toward set totals (V-7):
 * - `pair`: a left and a right set together count as one set (per exercise and session,
 *   the larger of the left and right set counts);
 * - `per-side`: each side's set counts as one set (left + right = 2);
 * - `half-per-side`: each side's set counts as half a set (left + right = 1; an unmatched
 *   side counts one half).
 *
 * Bilateral sets count one in every mode. There is no default: callers choose.
 * @example
 * ```ts
 * weeklyVolume(week, { unilateralSetCount: "pair" }).hardSets;
 * ```
 * @category Volume
 */
export type UnilateralSetCountMode = "pair" | "per-side" | "half-per-side";

/**
 * How much a hard set counts toward a muscle's weekly sets: `direct` for the exercise's
 * primary muscles, `indirect` for its secondary ones.
 * @category Volume
 */
export interface MuscleSetCredit {
  readonly direct: number;
  readonly indirect: number;
}

/**
 * Counting bodyweight into volume load: the lifter's mass and the fraction of it the
 * exercise moves (one fraction for all exercises; 0 or omitted = external load only).
 * @category Volume
 */
export interface BodyweightCounting {
  readonly massKg: number;
  readonly fraction: number;
}

/**
 * Options of {@link volumeLoad}. The set-count mode is required (V-7: never a silent default).
 * @category Volume
 */
export interface VolumeLoadOptions {
  readonly unilateralSetCount: UnilateralSetCountMode;
  /** The catalog to read implements, muscles and spine demand from; defaults to the built-in catalog. */
  readonly catalog?: readonly Exercise[];
  /** A working set is hard at this many reps in reserve or fewer; default 3. */
  readonly hardSetMaxRir?: number;
  /** Default `{ direct: 1, indirect: 0.5 }`. */
  readonly muscleCredit?: MuscleSetCredit;
  /** Count a share of bodyweight into volume load; omitted = external load only. */
  readonly bodyweight?: BodyweightCounting;
}

/**
 * Options of {@link weeklyVolume}: those of {@link volumeLoad}, all with the required set-count mode.
 * @category Volume
 */
export type WeeklyVolumeOptions = VolumeLoadOptions;

/**
 * Reps, volume load and set counts done on one side.
 * @category Volume
 */
export interface SideVolume {
  readonly reps: number;
  /** Σ load × reps × implements, in kg (V-7). */
  readonly volumeLoadKg: number;
  readonly holdSeconds: number;
  /** Working (non-warm-up) sets logged on this side. */
  readonly workingSets: number;
}

/**
 * Per-side totals: `left` and `right` for unilateral and split-stance sets, `both` for
 * bilateral sets (V-7).
 * @category Volume
 */
export interface PerSideVolume {
  readonly left: SideVolume;
  readonly right: SideVolume;
  readonly both: SideVolume;
}

/**
 * Weekly spine exposure: per axis, Σ working sets × the exercise's demand score (V-8).
 * @example
 * ```ts
 * // Three working sets of an exercise whose axial-compression demand is 2:
 * volumeLoad(threeTrapBarSets).spineExposure.axialCompression;
 * // => 6
 * ```
 * @category Volume
 */
export type SpineExposure = Readonly<Record<SpineAxis, number>>;

/**
 * Why set counts are `null`: the set-count mode was not chosen (V-7).
 * @category Volume
 */
export type SetCountNullReason = "set-count-mode-not-chosen";

/**
 * Totals for one exercise within a summary.
 * @category Volume
 */
export interface ExerciseVolume {
  readonly exerciseId: ExerciseId;
  readonly perSide: PerSideVolume;
  /** Hard sets under the chosen set-count mode, `null` when no mode was chosen. */
  readonly hardSets: number | null;
}

/**
 * What {@link volumeLoad} returns: reps and volume load per side, set counts under the chosen
 * mode, sets per muscle, spine exposure and every finding.
 * @example
 * ```ts
 * volumeLoad([{ exerciseId: "goblet-squat", side: "both", reps: 10, loadKg: 24, rir: 2 }]).perSide.both.volumeLoadKg;
 * // => 240
 * ```
 * @category Volume
 */
export interface VolumeSummary {
  readonly perSide: PerSideVolume;
  readonly totalReps: number;
  /** Tonnage: Σ load × reps × implements over every side, in kg. */
  readonly totalVolumeLoadKg: number;
  readonly perExercise: readonly ExerciseVolume[];
  readonly warmupSets: number;
  /** Logged working sets, each side's set counted once (mode-independent). */
  readonly workingSets: number;
  /** Working sets without a recorded RIR: not counted as hard, flagged (never guessed). */
  readonly setsWithoutRir: number;
  /** The set-count mode applied, `null` when none was chosen. */
  readonly setCountMode: UnilateralSetCountMode | null;
  /** Hard sets under the mode; `null` (with `setCountNullReason`) when no mode was chosen. */
  readonly hardSets: number | null;
  /** Hard sets × credit per muscle under the mode; `null` when no mode was chosen. */
  readonly setsPerMuscle: Readonly<Partial<Record<Muscle, number>>> | null;
  readonly setCountNullReason?: SetCountNullReason;
  /** Σ working sets × demand per axis (V-8); each side's set is one exposure. */
  readonly spineExposure: SpineExposure;
  /** Whether a bodyweight share was counted into volume load. */
  readonly bodyweightCounted: boolean;
  readonly findings: readonly Finding[];
}

/**
 * One session's line in a {@link WeeklyVolume}.
 * @category Volume
 */
export interface SessionVolume {
  readonly date: string;
  readonly id?: string;
  readonly totalReps: number;
  readonly totalVolumeLoadKg: number;
  readonly hardSets: number;
  readonly spineExposure: SpineExposure;
}

/**
 * What {@link weeklyVolume} returns: the week's totals (as {@link VolumeSummary}, with the mode
 * always chosen), one line per session, the dates covered, and every finding.
 * @example
 * ```ts
 * const week = weeklyVolume(sessions, { unilateralSetCount: "per-side" });
 * [week.totalVolumeLoadKg, week.spineExposure.axialCompression, week.hardSets];
 * ```
 * @category Volume
 */
export interface WeeklyVolume extends VolumeSummary {
  readonly setCountMode: UnilateralSetCountMode;
  readonly hardSets: number;
  readonly setsPerMuscle: Readonly<Partial<Record<Muscle, number>>>;
  readonly sessions: readonly SessionVolume[];
  /** First and last session dates, `null` when there are no sessions. */
  readonly from: string | null;
  readonly to: string | null;
}
