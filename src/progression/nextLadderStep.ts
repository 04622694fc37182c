/**
 * Earn-back ladders: graded exposure one step at a time (P-1, P-2, L-4, L-6).
 */
import type { Decision, Reason, RuleId } from "../evidence/index.js";
import { progressionReason as because } from "./messages.js";
import type { Direction, DirectionResult } from "../classification/types.js";
import { ladders as builtInLadders } from "../catalog/ladders.js";
import { suitability } from "../catalog/suitability.js";
import type { Exercise, ExerciseId, Ladder, LadderId, SuitabilityDecision, TrainingProfile } from "../catalog/types.js";
import { allowsTraining, type SessionCheckIn } from "../screening/types.js";
import { painResponse, type PainResponseOptions } from "./painResponse.js";
import { latestSafety } from "./safety.js";
import { requireWholeNumber } from "./settings.js";
import type { PainReport, PainResponse, SessionSafetyCheck } from "./types.js";
import { describeValue, requireArray, requireOptions, requireString } from "../internal/guards.js";

/**
 * One exposure to a ladder step: which step, and how the back answered.
 * @category Progression
 */
export interface LadderExposure {
  /** ISO `YYYY-MM-DD`, for display only; exposures are read in the order given. */
  readonly date?: string;
  /** The step trained (0 = the first step of the ladder). */
  readonly step: number;
  readonly pain: PainReport;
  /** The session check-in's re-screen result (S-9), e.g. from `screenCheckIn`. */
  readonly safety?: SessionSafetyCheck;
  /** The session check-in's answers, re-screened with `screenCheckIn` when `safety` is absent (S-9). */
  readonly checkIn?: SessionCheckIn;
}

/**
 * What {@link nextLadderStep} says: `start` (no exposure yet), `advance` one step, `hold`,
 * `drop-back` one step, `complete` (the last step is earned) or `stop-and-rescreen`.
 * @category Progression
 */
export type LadderAction = "start" | "advance" | "hold" | "drop-back" | "complete" | "stop-and-rescreen";

/**
 * The answer of {@link nextLadderStep}.
 * @category Progression
 */
export interface LadderDecision extends Decision<LadderAction> {
  readonly ladder: LadderId;
  /** The step to train next (0-based); on `complete`, the last step. */
  readonly step: number;
  /** That step's exercise. */
  readonly exerciseId: ExerciseId;
  /** How many steps the ladder has. */
  readonly stepCount: number;
  /** Consecutive green exposures at the current step. */
  readonly greenStreak: number;
  /** The pain response of the latest exposure, or `null` without one. */
  readonly painResponse: PainResponse | null;
}

/**
 * Settings of {@link nextLadderStep}.
 * @category Progression
 */
export interface LadderOptions {
  /** The ladders to climb; defaults to the catalog's built-in ladders. */
  readonly ladders?: readonly Ladder[];
  /** L-4: consecutive green exposures at a step needed to advance. Default 2 (design). */
  readonly greenExposuresToAdvance?: number;
  /** Thresholds passed to {@link painResponse}. */
  readonly pain?: PainResponseOptions;
  /** The direction result: a ladder into a peripheralising direction is not climbed (L-5). */
  readonly direction?: Pick<DirectionResult, "peripheralising">;
  /** Today's check-in re-screen result (S-9); overrides any check-in in the history. */
  readonly safety?: SessionSafetyCheck;
  /** Today's check-in answers, re-screened when `safety` is absent (S-9). */
  readonly checkIn?: SessionCheckIn;
  /**
   * The person's contraindication profile and the catalog the ladder's exercises are looked up in
   * (G-2): with them, the ladder starts at its first step the policy allows for the person and
   * never advances to a step the policy rejects for the stage; the answer says which cap held it.
   * Without them, only the pain model decides. (The catalog is passed in, so that this entry does
   * not carry the exercise data.)
   */
  readonly policy?: { readonly profile: TrainingProfile; readonly catalog: readonly Exercise[] };
}

/** When a ladder names no key axes: the sagittal direction each one re-introduces (L-6). */
const LADDER_DIRECTIONS: Readonly<Record<LadderId, readonly Direction[]>> = {
  hinge: ["flexion"],
  squat: ["flexion"],
  row: ["flexion"],
  "flexion-exposure": ["flexion"],
  "extension-exposure": ["extension", "flexion"],
  "lateral-flexion-exposure": [],
  "leg-press": ["flexion"],
  crunch: ["flexion"],
};

/** The sagittal directions a ladder loads: its key axes when it has them. */
function ladderDirections(ladder: Ladder): readonly Direction[] {
  if (ladder.keyAxes === undefined) return LADDER_DIRECTIONS[ladder.id];
  return (["flexion", "extension"] as const).filter((direction) => ladder.keyAxes!.includes(direction));
}

/**
 * Decides the next step on an earn-back ladder from the exposures so far.
 *
 * The lifts that hurt are not banned for ever (L-6): they come back through a ladder of
 * shorter-range, lower-demand steps (P-1; for the hinge, trap-bar and rack pulls before the
 * floor, P-2). The rules, applied to the latest exposure:
 *
 * - a safety re-screen above `proceed-with-advisory` (S-9), peripheralisation (L-5) or a ladder
 *   into a direction that peripheralised → `stop-and-rescreen`, step unchanged;
 * - `red` → `drop-back` one step (never below the first);
 * - `amber` → `hold`;
 * - 2 consecutive green exposures at the current step, each with full next-morning recovery
 *   (L-4; green requires it) → `advance` exactly one step, or `complete` on the last step;
 * - otherwise `hold`.
 *
 * A step is never skipped: the answer is always the current step, the one below or the one
 * above. No exposure yet → `start` at step 0. With the person's profile (`policy`, G-2), the ladder
 * starts at its first step the contraindication policy allows for them, and a step the policy
 * rejects for the stage is never advanced to: the answer is `hold`, naming the cap that held it.
 *
 * @param ladder - the ladder's ID
 * @param history - exposures in the order they happened
 * @param options - ladders (the catalog's by default), the green count, pain thresholds, direction and safety
 * @returns the action, the step and its exercise, the deciding rule and every reason
 * @throws RangeError naming `nextLadderStep` when the ladder is unknown, an exposure's step is not
 *   on the ladder, or the green count is not a whole number of at least 1
 * @throws TypeError naming `nextLadderStep` when `ladder` is not a string, `history` is not an
 *   array, or `options` is given but not an object; an exposure that is not an object is the
 *   caller's contract (check untrusted input with {@link parseLadderExposures})
 * @example
 * ```ts
 * const green = { baselineNrs: 1, duringNrs: 2, nextMorningNrs: 1 };
 * nextLadderStep("hinge", []).exerciseId;
 * // => "dowel-hip-hinge"
 * nextLadderStep("hinge", [{ step: 1, pain: green }, { step: 1, pain: green }]);
 * // => { action: "advance", step: 2, exerciseId: "trap-bar-deadlift-blocks", ruleId: "L-4", ... }
 * ```
 * @category Progression
 */
export function nextLadderStep(ladder: LadderId, history: readonly LadderExposure[], options: LadderOptions = {}): LadderDecision {
  requireString("nextLadderStep", "ladder", ladder);
  requireArray("nextLadderStep", "history", history);
  requireOptions("nextLadderStep", options);
  const ladders = options.ladders ?? builtInLadders;
  const found = ladders.find((candidate) => candidate.id === ladder);
  if (found === undefined || found.steps.length === 0) throw new RangeError(`nextLadderStep: unknown ladder ${describeValue(ladder)}`);
  const required = options.greenExposuresToAdvance ?? 2;
  requireWholeNumber("nextLadderStep", "option greenExposuresToAdvance", required, 1);
  const stepCount = found.steps.length;
  history.forEach((exposure, index) => {
    if (!Number.isInteger(exposure.step) || exposure.step < 0 || exposure.step >= stepCount) {
      throw new RangeError(`nextLadderStep: history[${index}].step must be a step of the ${ladder} ladder (0–${stepCount - 1}), got ${String(exposure.step)}`);
    }
  });

  const responses = history.map((exposure) => painResponse(exposure.pain, options.pain));
  const current = history.at(-1)?.step ?? 0;
  let greenStreak = 0;
  for (let i = history.length - 1; i >= 0 && history[i]!.step === current && responses[i]!.action === "green"; i--) greenStreak++;
  const last = responses.at(-1) ?? null;
  const decide = (action: LadderAction, step: number, ruleId: RuleId, reasons: readonly Reason[]): LadderDecision =>
    Object.freeze({
      action,
      ladder,
      step,
      exerciseId: found.steps[step]!,
      stepCount,
      greenStreak,
      painResponse: last,
      ruleId,
      reasons: Object.freeze([...reasons]),
    });
  const at = (step: number): { step: number; steps: number; exercise: string } => ({ step: step + 1, steps: stepCount, exercise: found.steps[step]! });
  const hingeNote = ladder === "hinge" ? [because("P-2", "progression.ladder-hinge-order", {})] : [];

  // S-9 first: a re-screen that forbids training overrides everything.
  const safety = latestSafety(options, history);
  if (safety !== undefined && !allowsTraining(safety.action)) {
    return decide("stop-and-rescreen", current, "S-9", [because("S-9", "progression.session-rescreen-stop", { action: safety.action })]);
  }
  // L-5: a ladder into a direction that peripheralised is not climbed.
  const conflict = ladderDirections(found).filter((direction) => (options.direction?.peripheralising ?? []).includes(direction));
  if (conflict.length > 0) {
    return decide("stop-and-rescreen", current, "L-5", [
      because("L-5", conflict.length > 1 ? "progression.ladder-both-directions-conflict" : `progression.ladder-${conflict[0]!}-conflict`, { ladder }),
    ]);
  }
  // G-2: what the contraindication policy says of a step for this person, as if it were unlocked.
  const verdictAt = (step: number): SuitabilityDecision | null => {
    const policy = options.policy;
    if (policy === undefined) return null;
    const exercise = policy.catalog.find((candidate) => candidate.id === found.steps[step]);
    if (exercise === undefined) return null;
    const profile = { ...policy.profile, ladderProgress: { ...policy.profile.ladderProgress, [ladder]: step } };
    return suitability(exercise, profile, { ladders });
  };
  // The cap's own reason follows, so it renders in every locale on its own.
  const heldBy = (step: number, verdict: SuitabilityDecision): Reason[] => [
    because("G-2", "progression.ladder-step-held", { ...at(step), rule: verdict.ruleId }),
    ...verdict.reasons.slice(0, 1),
  ];
  if (last === null) {
    // G-2: a ladder starts at its first step the person may do (an extension-intolerant lifter does
    // not begin the extension exposure ladder with a prone press-up).
    let first = 0;
    const skipped: Reason[] = [];
    for (let verdict = verdictAt(first); verdict?.action === "avoid" && first < stepCount - 1; verdict = verdictAt(first)) {
      skipped.push(...heldBy(first, verdict));
      first++;
    }
    const startVerdict = verdictAt(first);
    if (startVerdict?.action === "avoid") {
      return decide("hold", 0, "G-2", [...skipped, because("G-2", "progression.ladder-none-fits", { ladder })]);
    }
    return decide("start", first, skipped.length > 0 ? "G-2" : "P-1", [
      because("P-1", "progression.ladder-start", { ladder, ...at(first) }),
      ...skipped,
      ...hingeNote,
      because("L-6", "progression.ladder-gradual", {}),
    ]);
  }
  if (last.action === "stop-and-rescreen") return decide("stop-and-rescreen", current, "L-5", last.reasons);
  if (last.action === "red") {
    const lower = Math.max(0, current - 1);
    const why = lower === current ? because("P-1", "progression.ladder-red-stay", at(current)) : because("P-1", "progression.ladder-red-drop", at(lower));
    return decide("drop-back", lower, last.ruleId, [...last.reasons, why]);
  }
  if (last.action === "amber") return decide("hold", current, last.ruleId, [...last.reasons, because("L-4", "progression.ladder-hold", at(current))]);
  if (greenStreak < required) {
    return decide("hold", current, "L-4", [
      because("L-4", "progression.ladder-needs-green", { streak: greenStreak, required, ...at(current) }),
    ]);
  }
  const greens = because("L-4", "progression.ladder-greens", { streak: greenStreak, ...at(current) });
  if (current === stepCount - 1) {
    return decide("complete", current, "L-4", [greens, because("L-6", "progression.ladder-complete", { ladder, exercise: found.steps[current]! })]);
  }
  const nextVerdict = verdictAt(current + 1);
  if (nextVerdict?.action === "avoid") {
    // G-2: earned by the pain model, but the stage's caps do not allow the next step yet.
    return decide("hold", current, "G-2", [greens, ...heldBy(current + 1, nextVerdict), because("G-2", "progression.ladder-hold", at(current))]);
  }
  return decide("advance", current + 1, "L-4", [
    greens,
    because("L-6", "progression.ladder-advance", at(current + 1)),
    ...hingeNote,
  ]);
}
