/**
 * Picking one exercise for a slot: the ladder's earned step when the policy allows it (G-2),
 * otherwise the candidate closest to the stage's target challenge (G-1), with demand on the
 * person's sensitive axes counted against it, rotated among equals across the week (G-7). The
 * fourth step of the planner's pipeline.
 */
import type { Reason } from "../evidence/index.js";
import { programReason as because } from "./messages.js";
import type { Exercise, SuitabilityDecision, TrainingProfile } from "../catalog/types.js";
import { exerciseById, rankedCandidates, usable, type Relaxation, type SelectionContext } from "./candidates.js";
import type { SlotSpec } from "./daySlots.js";
import { ladders as builtInLadders } from "../catalog/ladders.js";
import { challengeDistance, SELECTION_POLICY } from "./selectionPolicy.js";

/** A chosen exercise with the policy's verdict and the reasons for the choice. */
export interface Selection {
  readonly exercise: Exercise;
  readonly verdict: SuitabilityDecision & { readonly action: "ok" | "caution" };
  readonly reasons: readonly Reason[];
  /** The exercise is the ladder's earned step in its slot (G-2): dosed as a strength lift. */
  readonly ladderStep: boolean;
}

/** Demand on the axes this person is sensitive to (C-5 intolerance, P-3 axial sensitivity). */
function sensitiveDemand(profile: TrainingProfile, exercise: Exercise): number {
  const demand = exercise.spineDemand;
  let total = 0;
  for (const direction of profile.direction.intolerance) total += demand[direction] * 2;
  if (profile.flags?.axialLoadSensitive === true) total += demand.axialCompression * 2;
  return total + demand.shear + (demand.endRange ? 1 : 0);
}

/** How well a candidate fits the slot for this person: lower is better. */
function rank(context: SelectionContext, spec: SlotSpec, exercise: Exercise): number {
  const stage = context.profile.stage;
  // G-1: how far the exercise is from the challenge the stage aims for.
  let score = challengeDistance(exercise, stage) + SELECTION_POLICY[stage].sensitivityWeight * sensitiveDemand(context.profile, exercise);
  // P-3: loads held in the hands before bar-on-back positions.
  if (exercise.loadPosition === "high-bar" || exercise.loadPosition === "low-bar") score += 2;
  // C-7: glutes before "back training".
  if (context.emphasis.has("glutes") && (spec.role === "hip-dominant" || spec.role === "hip-mobility") && exercise.primaryMuscles.includes("glutes")) score -= 1;
  if (context.emphasis.has("hip-flexor-mobility") && spec.role === "hip-mobility") {
    if (exercise.primaryMuscles.includes("hip-flexors") || exercise.secondaryMuscles.includes("hip-flexors")) score -= 2;
  }
  // T-1: symptom modulation works in positions that ease symptoms, where the relieving direction is known (C-5).
  if (stage === "symptom-modulation" && context.profile.direction.preference.some((direction) => EASING_POSITIONS[direction].includes(exercise.position))) score -= 1.5;
  if (spec.preference !== undefined) score += spec.preference(exercise, context);
  return score;
}

/** Positions that lean toward each direction (design): upright and prone for extension, seated, supine and on all fours for flexion. */
const EASING_POSITIONS: Readonly<Record<"flexion" | "extension", readonly Exercise["position"][]>> = {
  extension: ["standing", "prone", "tall-kneeling", "half-kneeling"],
  flexion: ["seated", "supine", "quadruped", "side-lying"],
};

/**
 * G-2: the ladder's current step for this slot, when the person has a step on that ladder and
 * the day, the kit and the policy allow it.
 */
function ladderPick(context: SelectionContext, spec: SlotSpec): Selection | undefined {
  if (spec.ladder === undefined) return undefined;
  const step = context.profile.ladderProgress?.[spec.ladder];
  if (step === undefined) return undefined;
  const ladder = builtInLadders.find((candidate) => candidate.id === spec.ladder);
  const id = ladder?.steps[step];
  const exercise = id === undefined ? undefined : exerciseById(context.catalog, id);
  if (exercise === undefined) return undefined;
  const verdict = usable(context, exercise);
  if (verdict === undefined) return undefined;
  return {
    exercise,
    verdict: verdict as Selection["verdict"],
    ladderStep: true,
    reasons: [
      because("G-2", "program.pick-ladder-step", { exercise: exercise.name, step: step + 1, ladder: ladder!.id }, ["seed-000"]),
      ...cautionReasons(context, exercise, verdict),
    ],
  };
}

function cautionReasons(context: SelectionContext, exercise: Exercise, verdict: SuitabilityDecision): Reason[] {
  if (verdict.action !== "caution") return [];
  // The verdict's own first reason follows, so each renders in every locale.
  return [
    because(verdict.ruleId, context.equipment === undefined ? "program.pick-caution" : "program.pick-caution-kit", { exercise: exercise.name }),
    ...verdict.reasons.slice(0, 1),
  ];
}

/**
 * Picks the exercise for a slot, or `undefined` when nothing in the catalog fits. The ladder's
 * earned step comes first (G-2); otherwise `ok` always beats `caution`, then the fit to the
 * stage's target (G-1), then catalog order; among the candidates as suitable and within one
 * point of the best, the day's rotation picks one (G-7). A slot relaxes only as far as it must:
 * a nearby stance, any stance, then (main work only) any pattern of the same joint (V-2), and a
 * timed hold in a rep slot last (G-9); each relaxation is named.
 *
 * @param context - the person and the day
 * @param spec - the slot
 * @returns the pick and its reasons
 */
export function pickExercise(context: SelectionContext, spec: SlotSpec): Selection | undefined {
  const earned = ladderPick(context, spec);
  if (earned !== undefined) return earned;
  const levels: Relaxation[] = spec.dominance !== undefined ? [0, 1, 2, 3] : [0];
  if (spec.repsOnly === true) levels.push(4);
  for (const relax of levels) {
    const ranked = rankedCandidates(context, spec, relax, (candidate) => rank(context, spec, candidate.exercise)).filter(
      ({ candidate }) => !context.used.has(candidate.exercise.id) && !context.setAside.has(candidate.exercise.id),
    );
    const best = ranked[0];
    if (best === undefined) continue;
    // G-7: among the candidates as suitable and within one point of the best, the rotation picks.
    const pool = ranked.filter((item) => item.candidate.verdict.action === best.candidate.verdict.action && item.score <= best.score + 1).slice(0, 3);
    const chosen = (pool[context.rotation % pool.length] ?? best).candidate;
    const reasons: Reason[] = [...cautionReasons(context, chosen.exercise, chosen.verdict)];
    if (relax === 4) {
      reasons.push(because("G-9", context.equipment === undefined ? "program.pick-hold-fallback" : "program.pick-hold-fallback-kit", { exercise: chosen.exercise.name }));
    } else if (relax > 0) {
      const ruleId = spec.role === "hip-dominant" || spec.role === "knee-dominant" ? "V-2" : "P-3";
      const kept = { exercise: chosen.exercise.name, laterality: chosen.exercise.laterality, role: spec.role };
      const kit = context.equipment !== undefined;
      reasons.push(
        relax === 3
          ? because(ruleId, kit ? "program.pick-other-pattern-kit" : "program.pick-other-pattern", kept)
          : because(ruleId, kit ? "program.pick-other-stance-kit" : "program.pick-other-stance", { ...kept, stance: (spec.laterality ?? []).join("/") }),
      );
    }
    return { exercise: chosen.exercise, verdict: chosen.verdict as Selection["verdict"], reasons, ladderStep: false };
  }
  return undefined;
}

/** The easier exercise of a regression, when the day may use it (kit, axial budget, stage, policy). */
export function regressionPick(context: SelectionContext, id: string): Selection | undefined {
  const easier = exerciseById(context.catalog, id);
  if (easier === undefined) return undefined;
  const verdict = usable(context, easier);
  if (verdict === undefined) return undefined;
  return { exercise: easier, verdict: verdict as Selection["verdict"], reasons: cautionReasons(context, easier, verdict), ladderStep: false };
}
