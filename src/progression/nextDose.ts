/**
 * Dose progression for one exercise: guards first (safety, pain, direction), then one
 * progression step on one axis (L-1…L-5, P-5, P-6, P-8, P-9).
 */
import type { Decision, Reason, RuleId } from "../evidence/index.js";
import { progressionReason as because } from "./messages.js";
import type { Direction, DirectionResult } from "../classification/types.js";
import { getExercise } from "../catalog/getExercise.js";
import { parseIsoDate, requireIsoDate } from "../internal/calendar.js";
import { requireArray, requireObject, requireOptions } from "../internal/guards.js";
import { equipmentOf } from "../catalog/fitsKit.js";
import type { EquipmentNeed, Exercise, ExerciseId, IntRange, SpineDemand } from "../catalog/types.js";
import { allowsTraining, type SessionCheckIn } from "../screening/types.js";
import type { Stage } from "../staging/types.js";
import { nextLoadStep, roundDownToAvailableLoad, type LoadIncrements } from "./loadSteps.js";
import { checkPainReport, painResponse, type PainResponseOptions } from "./painResponse.js";
import { latestSafety } from "./safety.js";
import { requireWholeNumber } from "./settings.js";
import type { PainReport, PainResponse, SessionSafetyCheck } from "./types.js";

/**
 * How much of an outside-neutral drill's range is used (P-5), from least to most.
 * @category Progression
 */
export type RangeOfMotion = "quarter" | "half" | "three-quarter" | "full";

/**
 * Ranges of motion from least to most (P-5 progresses along this list).
 * @example
 * ```ts
 * RANGES_OF_MOTION.at(-1);
 * // => "full"
 * ```
 * @category Progression
 */
export const RANGES_OF_MOTION: readonly RangeOfMotion[] = Object.freeze(["quarter", "half", "three-quarter", "full"] as const);

/**
 * What one progression step changes: range of motion, load, reps, sets, hold time, tempo
 * (pause seconds) or, when regressing, the exercise itself.
 * @category Progression
 */
export type DoseAxis = "range-of-motion" | "load" | "reps" | "sets" | "hold-time" | "tempo" | "exercise";

/**
 * A dose for one exercise. Give `reps` for rep work or `holdSeconds` for holds.
 * @category Progression
 */
export interface Prescription {
  readonly exerciseId: ExerciseId;
  /** Working sets. */
  readonly sets: number;
  /** Rep range per set (per side for unilateral work). */
  readonly reps?: IntRange;
  /** Hold range per set in seconds, for isometric holds. */
  readonly holdSeconds?: IntRange;
  /** External load per implement in kg; `null` or omitted for bodyweight. */
  readonly loadKg?: number | null;
  /** Range used (P-5); omitted means full range. */
  readonly rangeOfMotion?: RangeOfMotion;
  /** Pause in seconds at the hardest point of each rep (P-6); omitted means 0. */
  readonly pauseSeconds?: number;
}

/**
 * One working set as it was actually done.
 * @category Progression
 */
export interface ExerciseSetLog {
  readonly reps?: number;
  readonly holdSeconds?: number;
  /** The load actually lifted, per implement, in kg; `null` or omitted for bodyweight. */
  readonly loadKg?: number | null;
}

/**
 * One session of one exercise: what was done (working sets only) and how the back answered.
 * @category Progression
 */
export interface ExerciseLog {
  /** ISO `YYYY-MM-DD`. */
  readonly date: string;
  readonly exerciseId: ExerciseId;
  readonly sets: readonly ExerciseSetLog[];
  readonly pain: PainReport;
  /** Range actually used; a session without it never counts toward a dose that sets a range (P-5). */
  readonly rangeOfMotion?: RangeOfMotion;
  /** Pause actually held in seconds; omitted means 0 (P-6). */
  readonly pauseSeconds?: number;
  /** The session check-in's re-screen result (S-9), e.g. from `screenCheckIn`. */
  readonly safety?: SessionSafetyCheck;
  /** The session check-in's answers, re-screened with `screenCheckIn` when `safety` is absent (S-9). */
  readonly checkIn?: SessionCheckIn;
}

/**
 * What {@link nextDose} needs to know about an exercise; any catalog `Exercise` fits.
 * @category Progression
 */
export interface DoseExercise {
  readonly id: ExerciseId;
  readonly spineDemand?: Pick<SpineDemand, "flexion" | "extension" | "axialCompression">;
  /** Easier exercises, nearest first (one step down is the first). */
  readonly regressions?: readonly ExerciseId[];
  readonly progressions?: readonly ExerciseId[];
  readonly equipment?: readonly EquipmentNeed[];
}

/**
 * Settings of {@link nextDose}. Every number has a documented default.
 * @category Progression
 */
export interface DoseOptions {
  /** The lifter's stage: tempo comes before load early (P-6), one change at a time when advanced (P-8). Default `movement-control`. */
  readonly stage?: Stage;
  /** Today's check-in re-screen result (S-9), e.g. from `screenCheckIn`; overrides any check-in in the log. */
  readonly safety?: SessionSafetyCheck;
  /** Today's check-in answers, re-screened when `safety` is absent (S-9); overrides any check-in in the log. */
  readonly checkIn?: SessionCheckIn;
  /** The direction result; a peripheralising direction the exercise loads stops it (L-5). */
  readonly direction?: Pick<DirectionResult, "peripheralising">;
  /** The exercise (spine demand, regressions, equipment); by default looked up by ID in `catalog`. */
  readonly exercise?: DoseExercise;
  /** Where to look the exercise up when `exercise` is not given. Default: the built-in catalog. */
  readonly catalog?: readonly Exercise[];
  /** The loads available; by default derived from the exercise's equipment, else 2.5 kg steps. */
  readonly loadIncrements?: LoadIncrements;
  /** L-4: consecutive green sessions at the current dose needed to progress. Default 2. */
  readonly greenSessionsToProgress?: number;
  /** Thresholds passed to {@link painResponse}. */
  readonly pain?: PainResponseOptions;
  /** P-5: progress range first, then load, then volume. Default: true for the four outside-neutral drills. */
  readonly outsideNeutral?: boolean;
  /** Most working sets a volume step may reach. Default 5. */
  readonly maxSets?: number;
  /** P-6: the longest pause added before load in the early stages. Default 3 s. */
  readonly maxPauseSeconds?: number;
  /** Reps added to both ends of a bodyweight rep range per step. Default 2. */
  readonly repStep?: number;
  /** Highest top of a bodyweight rep range. Default 20. */
  readonly maxReps?: number;
  /** Seconds added to both ends of a hold range per step. Default 5. */
  readonly holdStepSeconds?: number;
  /** Longest top of a hold range. Default 60 s. */
  readonly maxHoldSeconds?: number;
  /** A regression multiplies the load by this, rounded down to an available load. Default 0.8. */
  readonly regressionLoadFactor?: number;
  /** Today (ISO date), to spot a layoff (P-6); without it no layoff check is made. */
  readonly today?: string;
  /** P-6: more days than this since the last session is a layoff. Default 14. */
  readonly layoffDays?: number;
}

/**
 * The outside-neutral drills of P-5 by catalog ID: they progress range first, then load, then volume.
 * @example
 * ```ts
 * OUTSIDE_NEUTRAL_DRILLS.includes("jefferson-curl");
 * // => true
 * ```
 * @category Progression
 */
export const OUTSIDE_NEUTRAL_DRILLS: readonly ExerciseId[] = Object.freeze([
  "jefferson-curl",
  "jefferson-curl-bodyweight",
  "half-kneeling-side-bend",
  "back-extension-flexion-extension",
  "half-kneeling-windmill",
]);

/** What {@link nextDose} says to do. @category Progression */
export type DoseAction = "hold" | "progress" | "regress" | "stop";

/**
 * A machine-readable code for why {@link nextDose} decided as it did.
 * @category Progression
 */
export type DoseReasonCode =
  | "safety-stop"
  | "insufficient-data"
  | "direction-conflict"
  | "peripheralised"
  | "layoff"
  | "red-response"
  | "amber-response"
  | "awaiting-next-morning"
  | "below-prescribed-load"
  | "sets-incomplete"
  | "needs-green-sessions"
  | "below-top-of-range"
  | "progressed"
  | "at-maximum"
  | "no-regression";

/**
 * The answer of {@link nextDose}.
 * @category Progression
 */
export interface DoseDecision extends Decision<DoseAction> {
  /** The axis changed by a progression or regression; `null` on hold and stop. */
  readonly axis: DoseAxis | null;
  /** The prescription for the next session (unchanged on hold and stop). */
  readonly prescription: Prescription;
  readonly code: DoseReasonCode;
  /** The pain response of the latest session of this exercise, or `null` without one. */
  readonly painResponse: PainResponse | null;
  /** Consecutive green sessions at the current dose, most recent backwards. */
  readonly greenStreak: number;
}

/** The numeric and stage settings of {@link DoseOptions} that have defaults. @category Progression */
export type DoseDefaults = Readonly<
  Required<
    Pick<
      DoseOptions,
      | "stage"
      | "greenSessionsToProgress"
      | "maxSets"
      | "maxPauseSeconds"
      | "repStep"
      | "maxReps"
      | "holdStepSeconds"
      | "maxHoldSeconds"
      | "regressionLoadFactor"
      | "layoffDays"
    >
  >
>;

const DEFAULTS: DoseDefaults = {
  stage: "movement-control",
  greenSessionsToProgress: 2,
  maxSets: 5,
  maxPauseSeconds: 3,
  repStep: 2,
  maxReps: 20,
  holdStepSeconds: 5,
  maxHoldSeconds: 60,
  regressionLoadFactor: 0.8,
  layoffDays: 14,
};

/**
 * The default settings of {@link nextDose}.
 * @example
 * ```ts
 * DEFAULT_DOSE_OPTIONS.greenSessionsToProgress;
 * // => 2
 * ```
 * @category Progression
 */
export const DEFAULT_DOSE_OPTIONS: DoseDefaults = Object.freeze(DEFAULTS);

function incrementsFor(exercise: DoseExercise | undefined): LoadIncrements {
  // Interchangeable kit counts too: a goblet squat (kettlebell or dumbbell) steps like a kettlebell.
  const kit = equipmentOf({ equipment: exercise?.equipment ?? [] });
  if (kit.includes("barbell") || kit.includes("trap-bar")) return { kind: "barbell" };
  if (kit.includes("kettlebell")) return { kind: "kettlebell" };
  if (kit.includes("dumbbell")) return { kind: "dumbbell" };
  return { kind: "fixed", stepKg: 2.5 };
}

const loadOf = (value: number | null | undefined): number => value ?? 0;
const romIndex = (rom: RangeOfMotion | undefined): number => RANGES_OF_MOTION.indexOf(rom ?? "full");

/** A session counts toward the green streak only when done at the current dose or harder. */
function atDose(log: ExerciseLog, prescription: Prescription): boolean {
  if (log.sets.length < prescription.sets) return false;
  const load = loadOf(prescription.loadKg);
  if (log.sets.some((set) => loadOf(set.loadKg) < load)) return false;
  // A dose that tracks range counts only sessions that say which range they used.
  if (prescription.rangeOfMotion !== undefined) {
    if (log.rangeOfMotion === undefined || romIndex(log.rangeOfMotion) < romIndex(prescription.rangeOfMotion)) return false;
  }
  if ((log.pauseSeconds ?? 0) < (prescription.pauseSeconds ?? 0)) return false;
  return true;
}

function checkPrescription(prescription: Prescription): void {
  requireWholeNumber("nextDose", "prescription.sets", prescription.sets, 1);
  const range = prescription.reps ?? prescription.holdSeconds;
  if (range === undefined) throw new TypeError("nextDose: prescription needs reps or holdSeconds");
  if (!Number.isFinite(range.min) || !Number.isFinite(range.max) || range.min < 1 || range.max < range.min) {
    throw new RangeError(`nextDose: prescription range must satisfy 1 ≤ min ≤ max, got ${range.min}–${range.max}`);
  }
  const load = prescription.loadKg;
  if (load !== null && load !== undefined && (!Number.isFinite(load) || load < 0)) {
    throw new RangeError(`nextDose: prescription.loadKg must be 0 or more, got ${String(load)}`);
  }
}

/**
 * Decides the next dose of one exercise from what was actually done and how the back answered.
 *
 * Progression engines that look only at reps raise the weight even after a painful session or
 * when the lifter quietly dropped the weight. This one runs guards first, in order:
 *
 * 1. safety re-screen (S-9): a check-in above `proceed-with-advisory` → `stop`;
 * 2. the exercise loads a direction that peripheralised (L-5) → `stop`, even with no history;
 * 3. no session of this exercise → `hold` (`insufficient-data`);
 * 4. the latest pain response (sessions are read in date order, whatever the order given):
 *    `stop-and-rescreen` → `stop` (L-5); a layoff longer than 14 days (P-6, when `today` is
 *    given) → `regress`; `red` → `regress` (L-1, L-2); `amber` → `hold`. A session that logged
 *    no working set is judged on its pain too; when green it is `insufficient-data`.
 *
 * Then the progression rules: every set of the latest session at the prescribed load or more
 * (P-9: a set lifted lighter never counts), two consecutive green sessions at the current dose
 * (L-4: at least the prescribed sets, load, pause and, when the dose sets one, range of motion),
 * every set at the top of the range (P-9), and one step on one axis:
 *
 * - outside-neutral drills (P-5): range of motion, then load, then sets;
 * - loaded rep work: in the first two stages a pause second first, up to 3 s (P-6); then the
 *   smallest load step, back to the bottom of the range (P-9); at the heaviest load, a set;
 * - bodyweight rep work: the rep range moves up 2, to a top of 20; then a set;
 * - holds: the hold range moves up 5 s, to a top of 60 s; then a set.
 *
 * Every step changes one axis only; in the advanced stage this is P-8 (weight or reps, not both).
 *
 * Regression rule: the first red on a loaded exercise → load × 0.8 rounded down to an available
 * load; a red on a bodyweight exercise, two reds in a row, or no lighter load → one step down the
 * exercise's regressions (load reset to bodyweight, to be re-chosen in the green band); with no
 * regression known → one range-of-motion level down (when the prescription sets a range), else one set
 * fewer, else `stop`.
 *
 * @param history - logged sessions (any exercise; only `prescription.exerciseId` is read, plus check-ins)
 * @param prescription - the current dose
 * @param options - stage, safety, direction, exercise data, load increments and thresholds
 * @returns the action, the axis, the next prescription, the deciding rule, a code and every reason
 * @throws TypeError when the prescription has neither reps nor holdSeconds
 * @throws RangeError when a number in the prescription or options is out of range, or a date is not a
 *   real calendar date `YYYY-MM-DD` from 1900-01-01 to 2200-12-31
 * @throws TypeError or RangeError naming `history[i].pain` when a log of this exercise lacks `baselineNrs` or
 *   `duringNrs`, or holds a pain score that is not a whole number from 0 to 10 (L-1, L-2)
 * @example
 * ```ts
 * const sets = [{ reps: 10, loadKg: 16 }, { reps: 10, loadKg: 16 }, { reps: 10, loadKg: 16 }];
 * const pain = { baselineNrs: 1, duringNrs: 2, nextMorningNrs: 1 };
 * const history = [
 *   { date: "2025-03-03", exerciseId: "goblet-squat", sets, pain },
 *   { date: "2025-03-05", exerciseId: "goblet-squat", sets, pain },
 * ];
 * const decision = nextDose(history, { exerciseId: "goblet-squat", sets: 3, reps: { min: 8, max: 10 }, loadKg: 16 },
 *   { stage: "function-optimisation", loadIncrements: { kind: "kettlebell" } });
 * decision.action;
 * // => "progress"
 * decision.axis;
 * // => "load"
 * decision.prescription.loadKg;
 * // => 20
 * ```
 * @category Progression
 */
export function nextDose(history: readonly ExerciseLog[], prescription: Prescription, options: DoseOptions = {}): DoseDecision {
  requireArray("nextDose", "history", history);
  requireObject("nextDose", "prescription", prescription);
  requireOptions("nextDose", options);
  checkPrescription(prescription);
  const settings = {
    stage: options.stage ?? DEFAULTS.stage,
    greenSessionsToProgress: options.greenSessionsToProgress ?? DEFAULTS.greenSessionsToProgress,
    maxSets: options.maxSets ?? DEFAULTS.maxSets,
    maxPauseSeconds: options.maxPauseSeconds ?? DEFAULTS.maxPauseSeconds,
    repStep: options.repStep ?? DEFAULTS.repStep,
    maxReps: options.maxReps ?? DEFAULTS.maxReps,
    holdStepSeconds: options.holdStepSeconds ?? DEFAULTS.holdStepSeconds,
    maxHoldSeconds: options.maxHoldSeconds ?? DEFAULTS.maxHoldSeconds,
    regressionLoadFactor: options.regressionLoadFactor ?? DEFAULTS.regressionLoadFactor,
    layoffDays: options.layoffDays ?? DEFAULTS.layoffDays,
  };
  requireWholeNumber("nextDose", "option greenSessionsToProgress", settings.greenSessionsToProgress, 1);
  requireWholeNumber("nextDose", "option maxSets", settings.maxSets, 1);
  requireWholeNumber("nextDose", "option repStep", settings.repStep, 1);
  requireWholeNumber("nextDose", "option layoffDays", settings.layoffDays, 1);
  for (const name of ["maxPauseSeconds", "maxReps", "holdStepSeconds", "maxHoldSeconds"] as const) {
    if (!Number.isFinite(settings[name]) || settings[name] < 0) {
      throw new RangeError(`nextDose: option ${name} must be 0 or more, got ${String(settings[name])}`);
    }
  }
  if (!(settings.regressionLoadFactor > 0 && settings.regressionLoadFactor < 1)) {
    throw new RangeError(`nextDose: option regressionLoadFactor must be between 0 and 1, got ${String(settings.regressionLoadFactor)}`);
  }

  const exercise: DoseExercise | undefined = options.exercise ?? getExercise(prescription.exerciseId, options.catalog);
  const prescribedLoad = loadOf(prescription.loadKg);
  const advanced = settings.stage === "function-optimisation";
  const logs = history
    // The argument's name is written only for the error: the planner calls this for every exercise.
    .map((log, index) => ({ log, index, day: parseIsoDate(log.date) ?? requireIsoDate("nextDose", `history[${index}].date`, log.date) }))
    .sort((a, b) => a.day - b.day || a.index - b.index);
  const ownEntries = logs.filter((entry) => entry.log.exerciseId === prescription.exerciseId);
  // L-1, L-2: a missing pain score is never read as "no pain"; name the log that lacks it.
  for (const entry of ownEntries) checkPainReport("nextDose", `history[${entry.index}].pain`, entry.log.pain);
  const own = ownEntries.map((entry) => entry.log);

  let responses: PainResponse[] = [];
  let greenStreak = 0;
  const decide = (
    action: DoseAction,
    ruleId: RuleId,
    code: DoseReasonCode,
    reasons: readonly Reason[],
    axis: DoseAxis | null = null,
    next: Prescription = prescription,
  ): DoseDecision =>
    Object.freeze({
      action,
      ruleId,
      code,
      axis,
      reasons: Object.freeze([...reasons]),
      prescription: Object.freeze({ ...next }),
      painResponse: responses.at(-1) ?? null,
      greenStreak,
    });

  // S-9: the latest check-in re-screen overrides all training output.
  const safety = latestSafety(options, logs.map((entry) => entry.log));
  if (safety !== undefined && !allowsTraining(safety.action)) {
    return decide("stop", "S-9", "safety-stop", [
      because("S-9", "progression.session-rescreen-stop", { action: safety.action }),
      ...(safety.reasons ?? []),
    ]);
  }

  // L-5: an exercise that loads a peripheralising direction stops.
  const loaded = loadedDirections(exercise);
  const conflict = (options.direction?.peripheralising ?? []).filter((direction) => loaded.includes(direction));
  if (conflict.length > 0) {
    return decide("stop", "L-5", "direction-conflict", [
      because("L-5", conflict.length > 1 ? "progression.dose-both-directions-conflict" : `progression.dose-${conflict[0]!}-conflict`, { exercise: prescription.exerciseId }),
    ]);
  }

  const latest = own.at(-1);
  if (latest === undefined) {
    return decide("hold", "L-4", "insufficient-data", [
      because("L-4", "progression.dose-no-session", { exercise: prescription.exerciseId }),
    ]);
  }

  // L-1: axially loaded lifts use the lower ceiling.
  const axial = (exercise?.spineDemand?.axialCompression ?? 0) >= 2;
  const painOptions: PainResponseOptions = axial ? { ...options.pain, axiallyLoaded: true } : { ...options.pain };
  responses = own.map((log) => painResponse(log.pain, painOptions));
  const last = responses.at(-1)!;
  for (let i = own.length - 1; i >= 0 && responses[i]!.action === "green" && atDose(own[i]!, prescription); i--) greenStreak++;

  if (last.action === "stop-and-rescreen") {
    return decide("stop", "L-5", "peripheralised", last.reasons);
  }

  // P-6: after a layoff, come back lighter and build again.
  if (options.today !== undefined) {
    const gap = requireIsoDate("nextDose", "options.today", options.today) - requireIsoDate("nextDose", "date", latest.date);
    if (gap > settings.layoffDays) {
      const layoff = because("P-6", "progression.dose-layoff", { days: gap, exercise: prescription.exerciseId });
      if (prescribedLoad > 0) return regress("P-6", "layoff", [layoff], false);
      return decide("hold", "P-6", "layoff", [layoff, because("P-6", "progression.dose-layoff-bodyweight", {})]);
    }
  }

  // P-3: bar-on-back and other axial loading is judged against the lower ceiling; hands-held loads are preferred.
  const axialNote = axial && last.action !== "green"
    ? [because("P-3", "progression.dose-axial-ceiling", { ceiling: last.ceilingNrs })]
    : [];
  if (last.action === "red") {
    let reds = 0;
    for (let i = responses.length - 1; i >= 0 && responses[i]!.action === "red"; i--) reds++;
    return regress(last.ruleId, "red-response", [...last.reasons, ...axialNote], reds >= 2);
  }
  if (last.action === "amber") {
    const code = last.nextMorning === "unknown" ? "awaiting-next-morning" : "amber-response";
    return decide("hold", last.ruleId, code, [...last.reasons, ...axialNote]);
  }
  // A green session with no working set logged says nothing about the dose (the pain guards above
  // still judged it: a session abandoned in pain is not "no data").
  if (latest.sets.length === 0) {
    return decide("hold", "L-4", "insufficient-data", [
      because("L-4", "progression.dose-no-sets-logged", { exercise: prescription.exerciseId }),
    ]);
  }

  // P-9: judged on what was actually lifted; a set below the prescribed load never counts.
  const light = latest.sets.filter((set) => loadOf(set.loadKg) < prescribedLoad);
  if (light.length > 0) {
    const lifted = Math.min(...light.map((set) => loadOf(set.loadKg)));
    return decide("hold", "P-9", "below-prescribed-load", [
      because("P-9", "progression.dose-below-prescribed-load", { count: light.length, liftedKg: lifted, prescribedKg: prescribedLoad }),
    ]);
  }
  if (latest.sets.length < prescription.sets) {
    return decide("hold", "L-4", "sets-incomplete", [
      because("L-4", "progression.dose-sets-incomplete", { done: latest.sets.length, sets: prescription.sets }),
    ]);
  }
  // L-4: two consecutive green sessions at this dose.
  if (greenStreak < settings.greenSessionsToProgress) {
    return decide("hold", "L-4", "needs-green-sessions", [
      because("L-4", "progression.dose-needs-green", { streak: greenStreak, required: settings.greenSessionsToProgress }),
    ]);
  }
  const holdWork = prescription.reps === undefined;
  const range = (prescription.reps ?? prescription.holdSeconds)!;
  const done = latest.sets.map((set) => (holdWork ? set.holdSeconds : set.reps) ?? 0);
  if (done.some((value) => value < range.max)) {
    const why = { top: range.max, done: done.join(", ") };
    return decide("hold", holdWork ? "L-4" : "P-9", "below-top-of-range", [
      holdWork ? because("L-4", "progression.dose-below-top-hold", why) : because("P-9", "progression.dose-below-top-reps", why),
    ]);
  }

  return progress();

  function progress(): DoseDecision {
    const green = because("L-4", "progression.dose-green-streak", { streak: greenStreak });
    const oneAxis = advanced ? [because("P-8", "progression.dose-one-change", {})] : [];
    const step = (ruleId: RuleId, axis: DoseAxis, next: Prescription, why: Reason): DoseDecision =>
      decide("progress", advanced && ruleId === "L-4" ? "P-8" : ruleId, "progressed", [why, green, ...oneAxis], axis, next);
    const increments = options.loadIncrements ?? incrementsFor(exercise);
    const outsideNeutral = options.outsideNeutral ?? OUTSIDE_NEUTRAL_DRILLS.includes(prescription.exerciseId);
    const addSet = (ruleId: RuleId): DoseDecision | null =>
      prescription.sets < settings.maxSets
        ? step(ruleId, "sets", { ...prescription, sets: prescription.sets + 1 }, because(ruleId, "progression.dose-add-set", { from: prescription.sets, to: prescription.sets + 1 }))
        : null;
    const addLoad = (ruleId: RuleId): DoseDecision | null => {
      const nextLoad = nextLoadStep(prescribedLoad, increments);
      if (nextLoad === null) return null;
      const loads = { fromKg: prescribedLoad, toKg: nextLoad };
      const why = holdWork
        ? because(ruleId, "progression.dose-add-load-hold", loads)
        : because(ruleId, "progression.dose-add-load", { ...loads, bottom: range.min });
      return step(ruleId, "load", { ...prescription, loadKg: nextLoad }, why);
    };

    // P-5: outside-neutral drills earn range first, then load, then volume.
    if (outsideNeutral) {
      const rom = romIndex(prescription.rangeOfMotion);
      if (rom < RANGES_OF_MOTION.length - 1) {
        const nextRom = RANGES_OF_MOTION[rom + 1]!;
        return step("P-5", "range-of-motion", { ...prescription, rangeOfMotion: nextRom }, because("P-5", "progression.dose-range-first", { from: RANGES_OF_MOTION[rom]!, to: nextRom }));
      }
      return addLoad("P-5") ?? addSet("P-5") ?? atMaximum();
    }
    if (holdWork) {
      if (range.max + settings.holdStepSeconds <= settings.maxHoldSeconds) {
        const next = { min: range.min + settings.holdStepSeconds, max: range.max + settings.holdStepSeconds };
        const why = because("L-4", "progression.dose-hold-longer", { fromMin: range.min, fromMax: range.max, toMin: next.min, toMax: next.max });
        return step("L-4", "hold-time", { ...prescription, holdSeconds: next }, why);
      }
      return addSet("L-4") ?? atMaximum();
    }
    if (prescribedLoad > 0) {
      // P-6: early on, a pause before more load.
      const pause = prescription.pauseSeconds ?? 0;
      if (!advanced && pause + 1 <= settings.maxPauseSeconds) {
        return step("P-6", "tempo", { ...prescription, pauseSeconds: pause + 1 }, because("P-6", "progression.dose-add-pause", { from: pause, to: pause + 1 }));
      }
      return addLoad("P-9") ?? addSet("L-4") ?? atMaximum();
    }
    if (range.max + settings.repStep <= settings.maxReps) {
      const next = { min: range.min + settings.repStep, max: range.max + settings.repStep };
      const why = because("L-4", "progression.dose-raise-reps", { fromMin: range.min, fromMax: range.max, toMin: next.min, toMax: next.max });
      return step("L-4", "reps", { ...prescription, reps: next }, why);
    }
    return addSet("L-4") ?? atMaximum();
  }

  function atMaximum(): DoseDecision {
    const harder = exercise?.progressions?.[0];
    const why = harder === undefined ? because("L-4", "progression.dose-at-maximum", {}) : because("L-4", "progression.dose-at-maximum-harder", { harder });
    return decide("hold", "L-4", "at-maximum", [why]);
  }

  function regress(ruleId: RuleId, code: DoseReasonCode, why: readonly Reason[], repeated: boolean): DoseDecision {
    const current = loadOf(prescription.loadKg);
    const increments = options.loadIncrements ?? incrementsFor(exercise);
    if (current > 0 && !repeated) {
      const target = current * settings.regressionLoadFactor;
      const lighter = roundDownToAvailableLoad(target, increments);
      if (lighter !== null && lighter < current) {
        // P-4: bands or chains take load off the bottom, where a bar hinge or squat hurts most.
        const accommodating = increments.kind === "barbell"
          ? [because("P-4", "progression.dose-accommodating", {})]
          : [];
        return decide("regress", ruleId, code, [
          ...why,
          because(ruleId, "progression.dose-lighter-load", { factor: settings.regressionLoadFactor, fromKg: current, toKg: lighter }),
          ...accommodating,
        ], "load", { ...prescription, loadKg: lighter });
      }
    }
    const easier = exercise?.regressions?.[0];
    const easierCode = repeated ? "progression.dose-easier-after-two-reds" : current > 0 ? "progression.dose-easier-no-lighter-load" : "progression.dose-easier-bodyweight";
    if (easier !== undefined) {
      const next: Prescription = { ...prescription, exerciseId: easier, loadKg: null };
      delete (next as { rangeOfMotion?: RangeOfMotion }).rangeOfMotion;
      delete (next as { pauseSeconds?: number }).pauseSeconds;
      return decide("regress", ruleId, code, [
        ...why,
        because(ruleId, easierCode, { from: prescription.exerciseId, to: easier }),
      ], "exercise", next);
    }
    // Only a prescription that tracks range can shorten it.
    const rom = prescription.rangeOfMotion === undefined ? 0 : romIndex(prescription.rangeOfMotion);
    if (rom > 0) {
      const lower = RANGES_OF_MOTION[rom - 1]!;
      return decide("regress", ruleId, code, [
        ...why,
        because(ruleId, "progression.dose-shorter-range", { from: RANGES_OF_MOTION[rom]!, to: lower }),
      ], "range-of-motion", { ...prescription, rangeOfMotion: lower });
    }
    if (prescription.sets > 1) {
      return decide("regress", ruleId, code, [
        ...why,
        because(ruleId, "progression.dose-fewer-sets", { from: prescription.sets, to: prescription.sets - 1 }),
      ], "sets", { ...prescription, sets: prescription.sets - 1 });
    }
    return decide("stop", ruleId, "no-regression", [
      ...why,
      because(ruleId, "progression.dose-nothing-easier", { exercise: prescription.exerciseId }),
    ]);
  }
}

function loadedDirections(exercise: DoseExercise | undefined): Direction[] {
  const demand = exercise?.spineDemand;
  if (demand === undefined) return [];
  const out: Direction[] = [];
  if (demand.flexion >= 1) out.push("flexion");
  if (demand.extension >= 1) out.push("extension");
  return out;
}
