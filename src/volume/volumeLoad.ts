import { SPINE_AXES, type Exercise, type Muscle, type SpineAxis } from "../catalog/types.js";
import type { Finding, Reason } from "../evidence/index.js";
import { volumeReason } from "./messages.js";
import { exerciseIndex } from "./catalogLookup.js";
import type {
  ExerciseVolume,
  MuscleSetCredit,
  PerformedSet,
  PerSideVolume,
  SetSide,
  SideVolume,
  SpineExposure,
  UnilateralSetCountMode,
  VolumeLoadOptions,
  VolumeSummary,
} from "./types.js";
import { requireArray, requireNumberIn, requireOptions } from "../internal/guards.js";
import { MAX_BODYWEIGHT_KG, MAX_HOLD_SECONDS, MAX_IMPLEMENTS, MAX_SET_LOAD_KG, MAX_SET_REPS } from "./limits.js";

type Path = readonly (string | number)[];

/**
 * A working set is hard at this many reps in reserve or fewer, unless `hardSetMaxRir` says otherwise.
 * @example
 * ```ts
 * DEFAULT_HARD_SET_MAX_RIR;
 * // => 3
 * ```
 * @category Volume
 */
export const DEFAULT_HARD_SET_MAX_RIR = 3;

/**
 * How much a hard set counts toward a muscle's sets unless `muscleCredit` says otherwise:
 * 1 for the exercise's primary muscles, 0.5 for its secondary ones.
 * @example
 * ```ts
 * DEFAULT_MUSCLE_CREDIT;
 * // => { direct: 1, indirect: 0.5 }
 * ```
 * @category Volume
 */
export const DEFAULT_MUSCLE_CREDIT: MuscleSetCredit = /* @__PURE__ */ Object.freeze({ direct: 1, indirect: 0.5 });

const MODES: readonly UnilateralSetCountMode[] = ["pair", "per-side", "half-per-side"];

/** Options checked once, with their defaults applied. */
export interface VolumeContext {
  /** The public function, for error messages. */
  readonly fn: string;
  readonly index: ReadonlyMap<string, Exercise>;
  readonly mode: UnilateralSetCountMode | null;
  readonly hardSetMaxRir: number;
  readonly credit: MuscleSetCredit;
  readonly bodyweight: { readonly massKg: number; readonly fraction: number } | null;
}

interface MutableSide {
  reps: number;
  volumeLoadKg: number;
  holdSeconds: number;
  workingSets: number;
}

interface ExerciseTally {
  readonly exerciseId: string;
  readonly perSide: Record<SetSide, MutableSide>;
  hardSets: number;
}

/** Running totals, merged across sessions by {@link addSession}. */
export interface VolumeTally {
  readonly perSide: Record<SetSide, MutableSide>;
  readonly perExercise: Map<string, ExerciseTally>;
  warmupSets: number;
  workingSets: number;
  setsWithoutRir: number;
  hardSets: number;
  readonly muscles: Map<Muscle, number>;
  readonly exposure: Record<SpineAxis, number>;
  readonly findings: Finding[];
}

function emptySide(): MutableSide {
  return { reps: 0, volumeLoadKg: 0, holdSeconds: 0, workingSets: 0 };
}

function emptySides(): Record<SetSide, MutableSide> {
  return { left: emptySide(), right: emptySide(), both: emptySide() };
}

export function emptyExposure(): Record<SpineAxis, number> {
  return { flexion: 0, extension: 0, lateralFlexion: 0, rotation: 0, axialCompression: 0, shear: 0 };
}

export function emptyTally(): VolumeTally {
  return {
    perSide: emptySides(),
    perExercise: new Map(),
    warmupSets: 0,
    workingSets: 0,
    setsWithoutRir: 0,
    hardSets: 0,
    muscles: new Map(),
    exposure: emptyExposure(),
    findings: [],
  };
}

/** A V-7 accounting finding (an unknown exercise, a missing RIR, an uncounted load). */
function finding(why: Reason, path: Path): Finding {
  return Object.freeze({ ...why, severity: "warning" as const, path: Object.freeze([...path]) });
}

function bounded(fn: string, name: string, value: number, max: number): number {
  requireNumberIn(fn, name, value, 0, max);
  return value;
}

/** Checks options once and applies defaults; throws on programmer errors. */
export function volumeContext(fn: string, options: VolumeLoadOptions | undefined, modeRequired: boolean): VolumeContext {
  requireOptions(fn, options);
  if (options === undefined && modeRequired) {
    throw new TypeError(`${fn}: options.unilateralSetCount is required: choose "pair", "per-side" or "half-per-side" (V-7)`);
  }
  const mode = options?.unilateralSetCount;
  if (options !== undefined && !MODES.includes(mode as UnilateralSetCountMode)) {
    throw new TypeError(`${fn}: options.unilateralSetCount must be "pair", "per-side" or "half-per-side" (V-7), got ${String(mode)}`);
  }
  const hardSetMaxRir = bounded(fn, "options.hardSetMaxRir", options?.hardSetMaxRir ?? DEFAULT_HARD_SET_MAX_RIR, 10);
  const creditOption = options?.muscleCredit ?? DEFAULT_MUSCLE_CREDIT;
  const credit = {
    direct: bounded(fn, "options.muscleCredit.direct", creditOption.direct, 10),
    indirect: bounded(fn, "options.muscleCredit.indirect", creditOption.indirect, 10),
  };
  let bodyweight: VolumeContext["bodyweight"] = null;
  if (options?.bodyweight !== undefined) {
    const massKg = bounded(fn, "options.bodyweight.massKg", options.bodyweight.massKg, MAX_BODYWEIGHT_KG);
    const fraction = bounded(fn, "options.bodyweight.fraction", options.bodyweight.fraction, 1);
    bodyweight = { massKg, fraction };
  }
  return { fn, index: exerciseIndex(options?.catalog), mode: mode ?? null, hardSetMaxRir, credit, bodyweight };
}

/** Physical bounds on one set's numbers (see `limits.ts`): every product stays finite. */
function checkSet(fn: string, name: string, set: PerformedSet): void {
  requireNumberIn(fn, `${name}.reps`, set.reps, 0, MAX_SET_REPS);
  if (set.loadKg !== undefined) requireNumberIn(fn, `${name}.loadKg`, set.loadKg, 0, MAX_SET_LOAD_KG);
  if (set.assistanceKg !== undefined) requireNumberIn(fn, `${name}.assistanceKg`, set.assistanceKg, 0, MAX_SET_LOAD_KG);
  if (set.implements !== undefined) requireNumberIn(fn, `${name}.implements`, set.implements, 0, MAX_IMPLEMENTS, true);
  if (set.holdSeconds !== undefined) requireNumberIn(fn, `${name}.holdSeconds`, set.holdSeconds, 0, MAX_HOLD_SECONDS);
}

/** V-7: how a session's hard sets of one exercise count under the chosen mode. */
function countHardSets(mode: UnilateralSetCountMode, left: number, right: number, both: number): number {
  switch (mode) {
    case "pair":
      return Math.max(left, right) + both;
    case "per-side":
      return left + right + both;
    case "half-per-side":
      return (left + right) / 2 + both;
  }
}

/**
 * Adds one session's sets to a tally. `pathPrefix` locates the sets in the caller's input;
 * `sessionBodyweightKg` overrides the option's mass for this session.
 */
export function addSession(
  tally: VolumeTally,
  sets: readonly PerformedSet[],
  context: VolumeContext,
  pathPrefix: Path,
  sessionBodyweightKg?: number,
): { hardSets: number; exposure: Record<SpineAxis, number>; reps: number; volumeLoadKg: number } {
  const hardBySide = new Map<string, { left: number; right: number; both: number; exercise: Exercise }>();
  const unknown = new Map<string, { count: number; path: Path }>();
  const repsBySide = new Map<string, { left: number; right: number; path: Path; exercise: Exercise }>();
  const exposure = emptyExposure();
  let reps = 0;
  let volumeLoadKg = 0;
  const where = pathPrefix.length === 0 ? "sets" : `sessions[${String(pathPrefix[0])}].sets`;
  if (sessionBodyweightKg !== undefined) bounded(context.fn, `sessions[${String(pathPrefix[0])}].bodyweightKg`, sessionBodyweightKg, MAX_BODYWEIGHT_KG);
  const massKg = context.bodyweight === null ? 0 : (sessionBodyweightKg ?? context.bodyweight.massKg);
  const bodyweightShareKg = context.bodyweight === null ? 0 : massKg * context.bodyweight.fraction;

  sets.forEach((set, i) => {
    const path = [...pathPrefix, i];
    checkSet(context.fn, `${where}[${i}]`, set);
    const exercise = context.index.get(set.exerciseId);
    if (exercise === undefined) {
      const seen = unknown.get(set.exerciseId);
      if (seen === undefined) unknown.set(set.exerciseId, { count: 1, path });
      else seen.count += 1;
      return;
    }
    // V-7: volume load = load × reps × implements; the bodyweight share is counted once.
    const implementCount = set.implements ?? exercise.implements;
    const externalKg = (set.loadKg ?? 0) * implementCount;
    if ((set.loadKg ?? 0) > 0 && implementCount === 0) {
      tally.findings.push(
        finding(volumeReason("V-7", "volume.bodyweight-load", { exercise: exercise.name, load: set.loadKg ?? null }), path),
      );
    }
    const assistedShareKg = Math.max(0, bodyweightShareKg - (set.assistanceKg ?? 0));
    const setLoadKg = externalKg + assistedShareKg;
    const setVolumeKg = setLoadKg * set.reps;

    let exerciseTally = tally.perExercise.get(exercise.id);
    if (exerciseTally === undefined) {
      exerciseTally = { exerciseId: exercise.id, perSide: emptySides(), hardSets: 0 };
      tally.perExercise.set(exercise.id, exerciseTally);
    }
    for (const sides of [tally.perSide, exerciseTally.perSide]) {
      const side = sides[set.side];
      side.reps += set.reps;
      side.volumeLoadKg += setVolumeKg;
      side.holdSeconds += set.holdSeconds ?? 0;
    }
    reps += set.reps;
    volumeLoadKg += setVolumeKg;

    if (set.warmup === true) {
      tally.warmupSets += 1;
      return;
    }
    tally.workingSets += 1;
    if (set.side !== "both") {
      let sides = repsBySide.get(exercise.id);
      if (sides === undefined) {
        sides = { left: 0, right: 0, path, exercise };
        repsBySide.set(exercise.id, sides);
      }
      sides[set.side] += set.reps;
    }
    tally.perSide[set.side].workingSets += 1;
    exerciseTally.perSide[set.side].workingSets += 1;
    // V-8: every working set exposes the spine to the exercise's demand, side by side.
    for (const axis of SPINE_AXES) exposure[axis] += exercise.spineDemand[axis];

    const rir = set.rir ?? null;
    if (rir === null) {
      tally.setsWithoutRir += 1;
      tally.findings.push(finding(volumeReason("V-7", "volume.no-rir", { exercise: exercise.name }), path));
      return;
    }
    if (rir > context.hardSetMaxRir) return;
    let hard = hardBySide.get(exercise.id);
    if (hard === undefined) {
      hard = { left: 0, right: 0, both: 0, exercise };
      hardBySide.set(exercise.id, hard);
    }
    hard[set.side] += 1;
  });

  for (const [exerciseId, { count, path }] of unknown) {
    tally.findings.push(finding(count === 1 ? volumeReason("V-7", "volume.unknown-exercise-set", { exercise: exerciseId }) : volumeReason("V-7", "volume.unknown-exercise-sets", { exercise: exerciseId, count }), path));
  }

  // V-7: per-side accounting is there to show the side that did less.
  for (const { left, right, path, exercise } of repsBySide.values()) {
    if (left !== right) {
      tally.findings.push(
        Object.freeze({
          ...volumeReason("V-7", "volume.side-imbalance", { exercise: exercise.name, left, right }),
          severity: "info" as const,
          path: Object.freeze([...path]),
        }),
      );
    }
  }

  let hardSets = 0;
  const mode = context.mode ?? "per-side";
  for (const [exerciseId, { left, right, both, exercise }] of hardBySide) {
    const counted = countHardSets(mode, left, right, both);
    hardSets += counted;
    const exerciseTally = tally.perExercise.get(exerciseId);
    if (exerciseTally !== undefined) exerciseTally.hardSets += counted;
    const credited = new Set<Muscle>();
    for (const muscle of exercise.primaryMuscles) {
      if (credited.has(muscle)) continue;
      credited.add(muscle);
      tally.muscles.set(muscle, (tally.muscles.get(muscle) ?? 0) + counted * context.credit.direct);
    }
    for (const muscle of exercise.secondaryMuscles) {
      if (credited.has(muscle)) continue;
      credited.add(muscle);
      tally.muscles.set(muscle, (tally.muscles.get(muscle) ?? 0) + counted * context.credit.indirect);
    }
  }
  tally.hardSets += hardSets;
  for (const axis of SPINE_AXES) tally.exposure[axis] += exposure[axis];
  return { hardSets, exposure, reps, volumeLoadKg };
}

function freezeSides(sides: Record<SetSide, MutableSide>): PerSideVolume {
  const freeze = (side: MutableSide): SideVolume => Object.freeze({ ...side });
  return Object.freeze({ left: freeze(sides.left), right: freeze(sides.right), both: freeze(sides.both) });
}

/** Freezes a tally into the public summary shape. */
export function summaryOf(tally: VolumeTally, context: VolumeContext): VolumeSummary {
  const perSide = freezeSides(tally.perSide);
  const counted = context.mode !== null;
  const perExercise: ExerciseVolume[] = [...tally.perExercise.values()].map((entry) =>
    Object.freeze({ exerciseId: entry.exerciseId, perSide: freezeSides(entry.perSide), hardSets: counted ? entry.hardSets : null }),
  );
  const muscles: Partial<Record<Muscle, number>> = {};
  for (const [muscle, sets] of tally.muscles) muscles[muscle] = sets;
  return Object.freeze({
    perSide,
    totalReps: perSide.left.reps + perSide.right.reps + perSide.both.reps,
    totalVolumeLoadKg: perSide.left.volumeLoadKg + perSide.right.volumeLoadKg + perSide.both.volumeLoadKg,
    perExercise: Object.freeze(perExercise),
    warmupSets: tally.warmupSets,
    workingSets: tally.workingSets,
    setsWithoutRir: tally.setsWithoutRir,
    setCountMode: context.mode,
    hardSets: counted ? tally.hardSets : null,
    setsPerMuscle: counted ? Object.freeze(muscles) : null,
    ...(counted ? {} : { setCountNullReason: "set-count-mode-not-chosen" as const }),
    spineExposure: Object.freeze({ ...tally.exposure }) as SpineExposure,
    bodyweightCounted: context.bodyweight !== null && context.bodyweight.fraction > 0,
    findings: Object.freeze([...tally.findings]),
  });
}

/**
 * Sums what a list of sets did, side by side: reps and volume load per side, hard sets and
 * sets per muscle under an explicit set-count mode, and spine exposure per axis.
 *
 * Apps disagree on how a left set plus a right set counts, and a single "volume" number hides
 * the side that did less. So reps and volume load are kept per side (`left`, `right`, and
 * `both` for bilateral sets), volume load is load × reps × implements (V-7), and set counts
 * exist only once the caller has chosen how a left+right set counts (`pair`, `per-side`,
 * `half-per-side`); without options they are `null` with the reason
 * `set-count-mode-not-chosen`. Spine exposure (V-8) sums, per axis, the demand score of every
 * working set (each side's set is one exposure), so a rise in loaded flexion or compression
 * shows even when tonnage is flat.
 *
 * Load: `loadKg` is the external load per implement; the implements come from the catalog
 * (2 for a pair of dumbbells, 0 for bodyweight) unless the set gives its own. Bodyweight is
 * counted only when asked (`options.bodyweight`: mass × fraction, once per set, less the set's
 * `assistanceKg`, never below 0). Hard sets are working sets at RIR ≤ 3 (configurable);
 * warm-ups are left out; a working set without RIR is not counted and is reported. Sets per
 * muscle credit each hard set 1 to the exercise's primary muscles and 0.5 to its secondary
 * ones (configurable). Unknown exercise IDs are reported and left out, never thrown. An
 * exercise whose working reps differ between the left and the right gets an `info` finding.
 *
 * @param sets - the sets of one session, in order
 * @param options - the set-count mode (required when options are given), catalog, hard-set
 *   threshold, muscle credit and bodyweight counting
 * @returns the {@link VolumeSummary}, with every finding (paths are `[index]` into `sets`)
 * @throws TypeError naming `volumeLoad` when `sets` is not an array, or options are given but are
 *   not an object or lack a valid `unilateralSetCount`
 * @throws RangeError naming `volumeLoad` for a threshold outside 0–10, a credit outside 0–10, a
 *   body mass outside 0–1,000 kg, a fraction outside 0–1, or a set whose reps, loads,
 *   implements or hold are outside the bounds the parser also holds (reps and kg ≤ 10,000,
 *   implements ≤ 10, hold ≤ 86,400 s); a set that is not an object is the caller's contract
 *   (check untrusted input with {@link parsePerformedSession})
 * @example
 * ```ts
 * const summary = volumeLoad(
 *   [
 *     { exerciseId: "step-up", side: "left", reps: 6, loadKg: 20, rir: 2 },
 *     { exerciseId: "step-up", side: "right", reps: 6, loadKg: 20, rir: 2 },
 *   ],
 *   { unilateralSetCount: "pair" },
 * );
 * summary.perSide.left.volumeLoadKg; // two 20 kg dumbbells × 6 reps
 * // => 240
 * summary.hardSets;
 * // => 1
 * ```
 * @category Volume
 */
export function volumeLoad(sets: readonly PerformedSet[], options?: VolumeLoadOptions): VolumeSummary {
  requireArray("volumeLoad", "sets", sets);
  const context = volumeContext("volumeLoad", options, false);
  const tally = emptyTally();
  addSession(tally, sets, context, []);
  return summaryOf(tally, context);
}
