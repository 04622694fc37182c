/**
 * The dose of a planned exercise before the pain model reads its history: block doses toward the
 * V-3/V-4/V-5 targets, strength doses for earned ladder steps (G-2), easy doses for warm-up and
 * core, and one effort instruction per block by stage (G-5). The fifth step of the pipeline.
 */
import type { Reason, RuleId } from "../evidence/index.js";
import { programMessages, programReason as because } from "./messages.js";
import type { DefaultDose, Exercise } from "../catalog/types.js";
import type { Stage } from "../staging/types.js";
import { blockTargets, setScheme } from "../volume/index.js";
import type { BlockTarget } from "../volume/types.js";
import { setCount } from "./doseHistory.js";
import type { BlockKind, PlannedDose, SlotRole } from "./types.js";

/**
 * Block volume as a share of the V-3/V-4/V-5 slot targets, by stage (a design choice).
 *
 * Movement control builds toward the seed 000 targets at light-to-moderate loads; function
 * optimisation works at them; symptom modulation does not use the blocks (T-1).
 *
 * @example
 * ```ts
 * STAGE_VOLUME_SHARE["movement-control"];
 * // => 0.6
 * ```
 * @category Program
 */
export const STAGE_VOLUME_SHARE: Readonly<Record<Stage, number>> = Object.freeze({
  "symptom-modulation": 0.4,
  "movement-control": 0.6,
  "function-optimisation": 1,
});

/**
 * The one effort instruction of a block, by stage (G-5; design): symptom modulation stays easy,
 * movement control stops every set with 3 or more reps in reserve, function optimisation works
 * heavy in the single-leg block and takes finishers near failure.
 *
 * @param kind - the block
 * @param stage - the training stage
 * @returns the instruction, in plain words
 * @example
 * ```ts
 * blockEffort("bilateral", "movement-control");
 * // => "Stop every set with 3 or more reps in reserve: smooth reps, no grinding."
 * ```
 * @category Program
 */
export function blockEffort(kind: BlockKind, stage: Stage): string {
  // The wording is a template (program.effort.*) so spinewise/report can print it in a locale.
  if (stage === "symptom-modulation" || stage === "movement-control") return programMessages[`program.effort.${stage}`];
  switch (kind) {
    case "single-leg":
    case "split-stance":
    case "bilateral":
      return programMessages[`program.effort.${kind}`];
    default:
      return programMessages["program.effort.default"];
  }
}

const targetOf = (kind: BlockKind): BlockTarget | undefined => blockTargets.find((target) => target.block === kind);

const ruleOf = (kind: BlockKind): RuleId => (kind === "single-leg" ? "V-3" : kind === "split-stance" ? "V-4" : kind === "bilateral" ? "V-5" : kind === "upper" ? "G-4" : "T-1");

/**
 * The dose of a main-work exercise at a share of its block's targets.
 *
 * @param kind - the block
 * @param exercise - the exercise
 * @param role - its slot
 * @param stage - the training stage
 * @param scale - the share of the block's targets (stage share × week scale × time scale)
 * @param ladderStep - an earned ladder step, dosed as a strength lift (G-2)
 */
export function mainDose(kind: BlockKind, exercise: Exercise, role: SlotRole, stage: Stage, scale: number, ladderStep: boolean): { dose: PlannedDose; reasons: Reason[] } {
  const target = targetOf(kind);
  if (ladderStep || target === undefined) return ownDose(kind, exercise, stage, scale, ladderStep);
  const slot = target.slots.find((candidate) => (role === "hip-dominant" ? candidate.dominance === "hip" : candidate.dominance === "knee"));
  const perSide = target.repsCountedPer === "side";
  const ruleId = ruleOf(kind);
  if (exercise.defaultDose.kind === "hold") {
    // G-9: a hold in a rep slot is a named fallback; its dose is the hold's own.
    const sets = Math.max(2, Math.round((slot?.sets.length ?? 3) * Math.min(1, scale)));
    const hold = exercise.defaultDose.holdSeconds.max;
    return { dose: { kind: "hold", sets, holdSeconds: hold, perSide: exercise.defaultDose.perSide }, reasons: [because(ruleId, "program.dose-hold-fallback", { sets, seconds: hold })] };
  }
  if (slot === undefined || slot.targetRepsPerSide === null || target.repRange.max === null) {
    // V-5: bilateral finishers are sets of 20 or more with a light load.
    const sets = Math.max(1, Math.round((slot?.sets.length ?? 3) * Math.min(1, scale)));
    const reps = target.repRange.min;
    return {
      dose: { kind: "reps", sets: Array.from({ length: sets }, () => reps), perSide: false, ...tempoOf(exercise, stage) },
      reasons: [because("V-5", "program.dose-finisher", { sets, reps })],
    };
  }
  const range = { min: target.repRange.min, max: target.repRange.max };
  const wanted = Math.max(1, Math.round(slot.targetRepsPerSide * scale));
  const scheme = setScheme(Math.max(wanted, range.min), range);
  // G-8: the primary block keeps at least 2 sets however short the session.
  const sets = scheme.ok ? scheme.sets : [range.min];
  const kept = kind === "single-leg" && sets.length < 2 ? [...sets, sets[0] ?? range.min] : sets;
  const total = kept.reduce((a, b) => a + b, 0);
  return {
    dose: { kind: "reps", sets: kept, perSide, ...tempoOf(exercise, stage) },
    reasons: [
      because(ruleId, perSide ? "program.dose-per-leg" : "program.dose-per-set", {
        sets: kept.length,
        reps: describeReps(kept),
        total,
        slotTarget: slot.targetRepsPerSide,
        blockTarget: target.targetRepsPerSide ?? null,
      }),
    ],
  };
}

/** An exercise's own dose: earned ladder steps (G-2), the foundation block (T-1) and upper-body work (G-4). */
function ownDose(kind: BlockKind, exercise: Exercise, stage: Stage, scale: number, ladderStep: boolean): { dose: PlannedDose; reasons: Reason[] } {
  const base = stage === "symptom-modulation" ? easyDose(exercise.defaultDose, stage) : workingDose(exercise.defaultDose, stage);
  const dose = scaleSets(base, scale);
  if (ladderStep) return { dose, reasons: [doseWhy("G-2", "ladder-step", exercise.name, dose)] };
  if (kind === "foundation") return { dose, reasons: [because("T-1", "program.dose-foundation", { exercise: exercise.name })] };
  return { dose, reasons: [doseWhy(ruleOf(kind), "own", exercise.name, dose)] };
}

/** An exercise's own dose in a reason, one code per kind of dose so every locale words its unit. */
function doseWhy(ruleId: RuleId, whose: "ladder-step" | "own", exercise: string, dose: PlannedDose): Reason {
  switch (dose.kind) {
    case "reps": {
      const params = { exercise, sets: dose.sets.length, reps: describeReps(dose.sets) };
      return because(ruleId, `program.dose-${whose}-${dose.perSide ? "reps-per-side" : "reps"}`, params);
    }
    case "hold": {
      const params = { exercise, sets: dose.sets, seconds: dose.holdSeconds };
      return because(ruleId, `program.dose-${whose}-${dose.perSide ? "hold-per-side" : "hold"}`, params);
    }
    case "distance":
      return because(ruleId, `program.dose-${whose}-distance`, { exercise, sets: dose.sets, meters: dose.distanceMeters });
    case "breaths":
      return because(ruleId, `program.dose-${whose}-breaths`, { exercise, sets: dose.sets, breaths: dose.breaths });
    case "minutes":
      return because(ruleId, `program.dose-${whose}-minutes`, { exercise, minutes: dose.minutes });
  }
}

/** The working dose of a strength exercise by stage: the top of its range early, the bottom (heavier) later (P-6, G-5). */
function workingDose(dose: DefaultDose, stage: Stage): PlannedDose {
  if (dose.kind !== "reps") return easyDose(dose, stage);
  const reps = stage === "function-optimisation" ? dose.reps.min : Math.round((dose.reps.min + dose.reps.max) / 2);
  return {
    kind: "reps",
    sets: Array.from({ length: dose.sets }, () => reps),
    perSide: dose.perSide,
    ...(dose.tempo !== undefined ? { tempo: dose.tempo } : stage === "movement-control" ? { tempo: "3-1-1-0" } : {}),
  };
}

/** Warm-up, core and easy work: the exercise's own dose, gentler in symptom modulation. */
export function easyDose(dose: DefaultDose, stage: Stage): PlannedDose {
  const early = stage === "symptom-modulation";
  const pickFrom = (range: { min: number; max: number }): number =>
    early ? range.min : stage === "movement-control" ? Math.round((range.min + range.max) / 2) : range.max;
  const sets = early ? Math.max(1, Math.min(2, dose.sets)) : dose.sets;
  switch (dose.kind) {
    case "reps":
      return { kind: "reps", sets: Array.from({ length: sets }, () => pickFrom(dose.reps)), perSide: dose.perSide, ...(dose.tempo === undefined ? {} : { tempo: dose.tempo }) };
    case "hold":
      return { kind: "hold", sets, holdSeconds: pickFrom(dose.holdSeconds), perSide: dose.perSide };
    case "distance":
      return { kind: "distance", sets, distanceMeters: pickFrom(dose.distanceMeters), perSide: dose.perSide };
    case "breaths":
      return { kind: "breaths", sets, breaths: pickFrom(dose.breaths) };
  }
}

/** G-3: a seed 001 outside-neutral drill at 3 × 6–8 (range first, then load, then volume: P-5). */
export function exposureDose(exercise: Exercise): PlannedDose {
  const perSide = exercise.defaultDose.kind === "reps" ? exercise.defaultDose.perSide : false;
  return { kind: "reps", sets: [6, 6, 6], perSide, tempo: "3-1-1-0" };
}

/** Fewer sets for a smaller share; never below one (the primary block keeps two, see {@link mainDose}). */
function scaleSets(dose: PlannedDose, scale: number): PlannedDose {
  return scale >= 1 ? dose : withSets(dose, Math.max(1, Math.round(setCount(dose) * scale)));
}

/** A dose with at most this many sets. */
export function withSets(dose: PlannedDose, most: number): PlannedDose {
  switch (dose.kind) {
    case "reps":
      return { ...dose, sets: dose.sets.slice(0, most) };
    case "hold":
    case "distance":
    case "breaths":
      return { ...dose, sets: Math.min(dose.sets, most) };
    case "minutes":
      return dose;
  }
}

function tempoOf(exercise: Exercise, stage: Stage): { tempo?: string } {
  if (exercise.defaultDose.kind === "reps" && exercise.defaultDose.tempo !== undefined) return { tempo: exercise.defaultDose.tempo };
  // P-6: early rehab favours tempo and pauses over heavy load.
  return stage === "movement-control" ? { tempo: "3-1-1-0" } : {};
}

function describeReps(sets: readonly number[]): string {
  const min = Math.min(...sets);
  const max = Math.max(...sets);
  return min === max ? `${min}` : `${min}–${max}`;
}
