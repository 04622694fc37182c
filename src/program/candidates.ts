/**
 * The candidates for a slot: the catalog filtered by intent, kit, the day's axial budget, the
 * stage's selection policy and the contraindication policy (never `avoid`). The third step of
 * the planner's pipeline. Deterministic: candidates keep catalog order.
 */
import { fitsKit, suitability } from "../catalog/index.js";
import type { Equipment, Exercise, MovementPattern, SuitabilityDecision, TrainingProfile } from "../catalog/types.js";
import type { SlotSpec } from "./daySlots.js";
import { stageAllows } from "./selectionPolicy.js";
import type { ProgramEmphasis } from "./types.js";

/** What choosing needs to know about the person and the day. */
export interface SelectionContext {
  readonly catalog: readonly Exercise[];
  readonly profile: TrainingProfile;
  readonly emphasis: ReadonlySet<ProgramEmphasis>;
  /** The kit at hand, from {@link kitAtHand}; `undefined` means a full gym. */
  readonly equipment: ReadonlySet<Equipment> | undefined;
  readonly axialDay: boolean;
  /** Varies the pick among equally suitable candidates from session to session (G-7). */
  readonly rotation: number;
  /** Exercise IDs already in the session. */
  readonly used: ReadonlySet<string>;
  /** Exercise IDs the pain model set aside this week (L-5): never picked again in any slot. */
  readonly setAside: ReadonlySet<string>;
  /** Memo of suitability per exercise ID (one profile per plan). */
  readonly verdicts: Map<string, SuitabilityDecision>;
}

/** One candidate with its verdict and its place in the catalog. */
export interface Candidate {
  readonly exercise: Exercise;
  readonly verdict: SuitabilityDecision;
  readonly order: number;
}

/** Kit assumed everywhere: the floor, a wall and the body. */
const ALWAYS_AVAILABLE: readonly Equipment[] = ["bodyweight", "mat", "wall"];

/** The kit a plan may use: what the person listed plus what is always there; `undefined` means a full gym. */
export function kitAtHand(equipment: readonly Equipment[] | undefined): ReadonlySet<Equipment> | undefined {
  return equipment === undefined ? undefined : new Set([...ALWAYS_AVAILABLE, ...equipment]);
}

/** P-7: an exercise is axial when its axial-compression demand is 2 or more (design, as in `axialAlternation`). */
export const AXIAL_THRESHOLD = 2;

/** The policy's verdict for an exercise, remembered for the plan. */
export function verdictOf(context: SelectionContext, exercise: Exercise): SuitabilityDecision {
  let verdict = context.verdicts.get(exercise.id);
  if (verdict === undefined) {
    verdict = suitability(exercise, context.profile);
    context.verdicts.set(exercise.id, verdict);
  }
  return verdict;
}

/** Whether the day may use an exercise at all: not already in the session, kit, axial budget, the stage's policy, the contraindication policy. */
export function usable(context: SelectionContext, exercise: Exercise): SuitabilityDecision | undefined {
  if (context.used.has(exercise.id) || context.setAside.has(exercise.id)) return undefined;
  return allowedToday(context, exercise);
}

/** {@link usable} without the session's own state (what is already planned or set aside). */
function allowedToday(context: SelectionContext, exercise: Exercise): SuitabilityDecision | undefined {
  if (context.equipment !== undefined && !fitsKit(exercise, context.equipment)) return undefined;
  // P-7: no axial loading on the days between axial days.
  if (!context.axialDay && exercise.spineDemand.axialCompression >= AXIAL_THRESHOLD) return undefined;
  // G-10, G-1: what the stage lets into its slots.
  if (!stageAllows(exercise, context.profile.stage)) return undefined;
  const verdict = verdictOf(context, exercise);
  return verdict.action === "avoid" ? undefined : verdict;
}

interface IndexedExercise {
  readonly exercise: Exercise;
  readonly order: number;
}

/** Catalog entries by movement pattern, built once per catalog (the catalog is immutable data). */
const patternIndexes = new WeakMap<readonly Exercise[], ReadonlyMap<MovementPattern, readonly IndexedExercise[]>>();

function byPattern(catalog: readonly Exercise[]): ReadonlyMap<MovementPattern, readonly IndexedExercise[]> {
  let index = patternIndexes.get(catalog);
  if (index === undefined) {
    const built = new Map<MovementPattern, IndexedExercise[]>();
    catalog.forEach((exercise, order) => {
      const list = built.get(exercise.pattern) ?? [];
      list.push({ exercise, order });
      built.set(exercise.pattern, list);
    });
    index = built;
    patternIndexes.set(catalog, index);
  }
  return index;
}

/** Catalog entries by ID, built once per catalog. */
const idIndexes = new WeakMap<readonly Exercise[], ReadonlyMap<string, Exercise>>();

/** Looks an exercise up by ID in O(1) (the catalog is immutable data). */
export function exerciseById(catalog: readonly Exercise[], id: string): Exercise | undefined {
  let index = idIndexes.get(catalog);
  if (index === undefined) {
    index = new Map(catalog.map((exercise) => [exercise.id, exercise]));
    idIndexes.set(catalog, index);
  }
  return index.get(id);
}

/**
 * How far a slot may relax to find something: 0 as asked; 1 a nearby stance; 2 any stance;
 * 3 any pattern of the same joint (main work only, V-2); 4 a timed hold in a rep slot (G-9).
 */
export type Relaxation = 0 | 1 | 2 | 3 | 4;

/**
 * The candidates for a slot at one relaxation, in catalog order.
 *
 * @param context - the person and the day
 * @param spec - the slot
 * @param relax - how far the slot's stance, pattern and kind of work may relax
 */
export function candidates(context: SelectionContext, spec: SlotSpec, relax: Relaxation): Candidate[] {
  // Any pattern only for main work, which keeps its joint (V-2).
  const anyPattern = relax >= 3 && spec.dominance !== undefined;
  const pool = anyPattern ? context.catalog.map((exercise, order) => ({ exercise, order })) : inPatterns(context.catalog, spec.patterns);
  const stances = relax === 0 ? spec.laterality : relax === 1 ? [...(spec.laterality ?? []), ...(spec.nearbyLaterality ?? [])] : undefined;
  const found: Candidate[] = [];
  for (const { exercise, order } of pool) {
    if (spec.dominance !== undefined && !spec.dominance.includes(exercise.dominance)) continue;
    if (stances !== undefined && spec.laterality !== undefined && !stances.includes(exercise.laterality)) continue;
    if (spec.accept !== undefined && !spec.accept(exercise)) continue;
    // G-9: a rep slot takes rep-based work; a timed hold only as the last, named fallback.
    if (spec.repsOnly === true && relax < 4 && exercise.defaultDose.kind !== "reps") continue;
    const verdict = allowedToday(context, exercise);
    if (verdict !== undefined) found.push({ exercise, verdict, order });
  }
  return found;
}

/**
 * The candidates of a slot ranked once per plan and day kind (the ranking does not depend on what
 * the session already holds), from best to worst; callers skip what is used or set aside.
 *
 * @param context - the person and the day
 * @param spec - the slot
 * @param relax - the relaxation
 * @param rank - the ranking, lower is better
 */
export function rankedCandidates(
  context: SelectionContext,
  spec: SlotSpec,
  relax: Relaxation,
  rank: (candidate: Candidate) => number,
): readonly { readonly candidate: Candidate; readonly score: number }[] {
  let bySpec = rankings.get(context.verdicts);
  if (bySpec === undefined) {
    bySpec = new WeakMap();
    rankings.set(context.verdicts, bySpec);
  }
  let byDay = bySpec.get(spec);
  if (byDay === undefined) {
    byDay = new Map();
    bySpec.set(spec, byDay);
  }
  const kit = context.equipment === undefined ? "gym" : [...context.equipment].sort().join(",");
  const key = `${relax}|${context.axialDay}|${kit}|${[...context.emphasis].sort().join(",")}`;
  let ranked = byDay.get(key);
  if (ranked === undefined) {
    const found = candidates(context, spec, relax);
    const scored = found.map((candidate) => ({ candidate, score: rank(candidate) }));
    scored.sort((a, b) => suitabilityOrder(a.candidate) - suitabilityOrder(b.candidate) || a.score - b.score || a.candidate.order - b.candidate.order);
    ranked = scored;
    if (byDay.size > 64) byDay.clear();
    byDay.set(key, ranked);
  }
  return ranked;
}

const suitabilityOrder = (candidate: Candidate): number => (candidate.verdict.action === "ok" ? 0 : 1);

/** Rankings per plan (keyed by its verdict memo), slot and day. */
const rankings = new WeakMap<Map<string, SuitabilityDecision>, WeakMap<SlotSpec, Map<string, readonly { readonly candidate: Candidate; readonly score: number }[]>>>();

function inPatterns(catalog: readonly Exercise[], patterns: readonly MovementPattern[]): IndexedExercise[] {
  const index = byPattern(catalog);
  const out: IndexedExercise[] = [];
  for (const pattern of patterns) out.push(...(index.get(pattern) ?? []));
  return out;
}
