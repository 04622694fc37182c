/**
 * Picking an exercise for a slot: filter the catalog by intent, kit, the day's axial budget
 * and the contraindication policy (never `avoid`), then rank by suitability, demand on the
 * person's sensitive axes and emphasis. Deterministic: ties break on catalog order.
 */
import { reason, type Reason } from "../evidence/index.js";
import { fitsKit, suitability } from "../catalog/index.js";
import type {
  Dominance,
  Equipment,
  Exercise,
  Laterality,
  MovementPattern,
  SuitabilityDecision,
  TrainingProfile,
} from "../catalog/types.js";
import type { ProgramEmphasis, SlotRole } from "./types.js";

/** What a slot asks for. */
export interface SlotSpec {
  readonly role: SlotRole;
  readonly patterns: readonly MovementPattern[];
  readonly dominance?: readonly Dominance[];
  readonly laterality?: readonly Laterality[];
  /** Stances to try next when none of `laterality` fits the kit (e.g. split-stance for single-leg work). */
  readonly nearbyLaterality?: readonly Laterality[];
  /** An extra filter (e.g. a demand in the preferred direction). */
  readonly accept?: (exercise: Exercise) => boolean;
  /** An extra ranking term, lower is better. */
  readonly preference?: (exercise: Exercise) => number;
}

/** What selection needs to know about the person and the day. */
export interface SelectionContext {
  readonly catalog: readonly Exercise[];
  readonly profile: TrainingProfile;
  readonly emphasis: ReadonlySet<ProgramEmphasis>;
  /** The kit at hand, from {@link kitAtHand}; `undefined` means a full gym. */
  readonly equipment: ReadonlySet<Equipment> | undefined;
  readonly axialDay: boolean;
  /** Varies the pick among equally suitable candidates from day to day. */
  readonly rotation: number;
  /** Exercise IDs already in the session. */
  readonly used: ReadonlySet<string>;
  /** Memo of suitability per exercise ID (one profile per plan). */
  readonly verdicts: Map<string, SuitabilityDecision>;
}

/** A chosen exercise with the policy's verdict and the reasons for the choice. */
export interface Selection {
  readonly exercise: Exercise;
  readonly verdict: SuitabilityDecision & { readonly action: "ok" | "caution" };
  readonly reasons: readonly Reason[];
}

/** Kit assumed everywhere: the floor, a wall and the body. */
const ALWAYS_AVAILABLE: readonly Equipment[] = ["bodyweight", "mat", "wall"];

/** The kit a plan may use: what the person listed plus what is always there; `undefined` means a full gym. */
export function kitAtHand(equipment: readonly Equipment[] | undefined): ReadonlySet<Equipment> | undefined {
  return equipment === undefined ? undefined : new Set([...ALWAYS_AVAILABLE, ...equipment]);
}

/** P-7: an exercise is axial when its axial-compression demand is 2 or more (design, as in `axialAlternation`). */
export const AXIAL_THRESHOLD = 2;

function verdictOf(context: SelectionContext, exercise: Exercise): SuitabilityDecision {
  let verdict = context.verdicts.get(exercise.id);
  if (verdict === undefined) {
    verdict = suitability(exercise, context.profile);
    context.verdicts.set(exercise.id, verdict);
  }
  return verdict;
}

function hasKit(context: SelectionContext, exercise: Exercise): boolean {
  return context.equipment === undefined || fitsKit(exercise, context.equipment);
}

/** Demand on the axes this person is sensitive to (C-5 intolerance, P-3 axial sensitivity). */
function sensitiveDemand(profile: TrainingProfile, exercise: Exercise): number {
  const demand = exercise.spineDemand;
  let total = 0;
  for (const direction of profile.direction.intolerance) total += demand[direction] * 2;
  if (profile.flags?.axialLoadSensitive === true) total += demand.axialCompression * 2;
  total += demand.shear + (demand.endRange ? 1 : 0);
  return total;
}

function rank(context: SelectionContext, spec: SlotSpec, exercise: Exercise): number {
  let score = sensitiveDemand(context.profile, exercise);
  // P-3: loads held in the hands before bar-on-back positions.
  if (exercise.loadPosition === "high-bar" || exercise.loadPosition === "low-bar") score += 3;
  // C-7: glutes before "back training".
  if (context.emphasis.has("glutes") && (spec.role === "hip-dominant" || spec.role === "hip-mobility")) {
    if (exercise.primaryMuscles.includes("glutes")) score -= 1;
  }
  if (context.emphasis.has("hip-flexor-mobility") && spec.role === "hip-mobility") {
    if (exercise.primaryMuscles.includes("hip-flexors") || exercise.secondaryMuscles.includes("hip-flexors")) score -= 2;
  }
  if (spec.preference !== undefined) score += spec.preference(exercise);
  return score;
}

interface Candidate {
  readonly exercise: Exercise;
  readonly verdict: SuitabilityDecision;
  readonly score: number;
  readonly order: number;
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

function inPatterns(catalog: readonly Exercise[], patterns: readonly MovementPattern[]): IndexedExercise[] {
  const index = byPattern(catalog);
  const out: IndexedExercise[] = [];
  for (const pattern of patterns) out.push(...(index.get(pattern) ?? []));
  return out;
}

function candidates(context: SelectionContext, spec: SlotSpec, relax: number): Candidate[] {
  const found: Candidate[] = [];
  const pool = relax < 3 ? inPatterns(context.catalog, spec.patterns) : context.catalog.map((exercise, order) => ({ exercise, order }));
  const stances =
    relax === 0 ? spec.laterality : relax === 1 ? [...(spec.laterality ?? []), ...(spec.nearbyLaterality ?? [])] : undefined;
  pool.forEach(({ exercise, order }) => {
    if (context.used.has(exercise.id)) return;
    if (spec.dominance !== undefined && !spec.dominance.includes(exercise.dominance)) return;
    if (stances !== undefined && spec.laterality !== undefined && !stances.includes(exercise.laterality)) return;
    if (spec.accept !== undefined && !spec.accept(exercise)) return;
    if (!hasKit(context, exercise)) return;
    // P-7: no axial loading on the days between axial days.
    if (!context.axialDay && exercise.spineDemand.axialCompression >= AXIAL_THRESHOLD) return;
    const verdict = verdictOf(context, exercise);
    if (verdict.action === "avoid") return;
    found.push({ exercise, verdict, score: rank(context, spec, exercise), order });
  });
  found.sort(
    (a, b) =>
      (a.verdict.action === "ok" ? 0 : 1) - (b.verdict.action === "ok" ? 0 : 1) || a.score - b.score || a.order - b.order,
  );
  return found;
}

/**
 * Picks the exercise for a slot, or `undefined` when nothing in the catalog fits.
 * `ok` always beats `caution`; among the best equally suitable candidates the rotation picks one.
 */
export function selectExercise(context: SelectionContext, spec: SlotSpec): Selection | undefined {
  // Only the main-work slots may relax: a nearby stance, any stance, then any pattern, always
  // keeping the joint (V-2).
  const maxRelax = spec.dominance !== undefined ? 3 : 0;
  for (let relax = 0; relax <= maxRelax; relax += 1) {
    const found = candidates(context, spec, relax);
    const best = found[0];
    if (best === undefined) continue;
    // Vary only among candidates as suitable and as gentle as the best one.
    const pool = found.filter((c) => c.verdict.action === best.verdict.action && c.score <= best.score + 1).slice(0, 3);
    const chosen = pool[context.rotation % pool.length] ?? best;
    const reasons: Reason[] = [];
    if (chosen.verdict.action === "caution") {
      reasons.push(
        reason(
          chosen.verdict.ruleId,
          `${chosen.exercise.name} is "caution" for you: no "ok" exercise fits this slot${context.equipment === undefined ? "" : " with the kit given"}, so it is used with care (stay well inside the pain ceiling). ${chosen.verdict.reasons[0]?.message ?? ""}`.trim(),
        ),
      );
    }
    if (relax > 0) {
      reasons.push(
        reason(
          spec.role === "hip-dominant" || spec.role === "knee-dominant" ? "V-2" : "P-3",
          `No ${relax === 3 ? "exercise of this pattern" : `${(spec.laterality ?? []).join(" or ")} exercise`} suits you${context.equipment === undefined ? "" : " with the kit given"}; ${chosen.exercise.name} (${chosen.exercise.laterality}) keeps the ${spec.role} slot.`,
        ),
      );
    }
    return { exercise: chosen.exercise, verdict: chosen.verdict as Selection["verdict"], reasons };
  }
  return undefined;
}
