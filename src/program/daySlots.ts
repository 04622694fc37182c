/**
 * The slots of a day, as data: what each part of a session asks for (V-1, V-2, G-2, G-4, G-9).
 * The second step of the planner's pipeline, after the week frame.
 */
import type { Reason } from "../evidence/index.js";
import { programMessages, programReason as because } from "./messages.js";
import { fitsKit } from "../catalog/index.js";
import type { Dominance, Equipment, Exercise, LadderId, Laterality, MovementPattern } from "../catalog/types.js";
import type { Stage } from "../staging/types.js";
import type { LegBlock } from "../volume/types.js";
import type { DayFocus } from "./weekFrame.js";
import type { BlockKind, SlotRole } from "./types.js";
import type { SelectionContext } from "./candidates.js";

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
  /** An extra ranking term for this person and day, lower is better. */
  readonly preference?: (exercise: Exercise, context: SelectionContext) => number;
  /** G-9: the slot takes rep-based work; a timed hold fills it only as a named fallback. */
  readonly repsOnly?: boolean;
  /** G-2: the ladder whose current step fills this slot when the policy allows it. */
  readonly ladder?: LadderId;
}

/** A block of main work: its kind, its title and its slots in order. */
export interface BlockSlots {
  readonly kind: BlockKind;
  readonly title: string;
  readonly slots: readonly SlotSpec[];
  readonly reasons: readonly Reason[];
}

/** A day's slots, part by part. */
export interface DaySlots {
  readonly warmUp: readonly SlotSpec[];
  readonly blocks: readonly BlockSlots[];
  readonly core: readonly SlotSpec[];
}

const LEG_BLOCKS: Readonly<Record<LegBlock, { readonly hip: SlotSpec; readonly knee: SlotSpec }>> = {
  "single-leg": {
    hip: { role: "hip-dominant", patterns: ["single-leg-hinge", "bridge", "hinge", "step-up"], dominance: ["hip"], laterality: ["unilateral"], nearbyLaterality: ["split-stance"], repsOnly: true },
    knee: { role: "knee-dominant", patterns: ["step-up", "squat", "lunge"], dominance: ["knee"], laterality: ["unilateral"], nearbyLaterality: ["split-stance"], repsOnly: true },
  },
  "split-stance": {
    hip: { role: "hip-dominant", patterns: ["single-leg-hinge", "hinge", "bridge", "lunge"], dominance: ["hip"], laterality: ["split-stance"], nearbyLaterality: ["unilateral"], repsOnly: true },
    knee: { role: "knee-dominant", patterns: ["lunge", "squat", "step-up"], dominance: ["knee"], laterality: ["split-stance"], nearbyLaterality: ["unilateral"], repsOnly: true },
  },
  // G-2: the hinge and squat ladders' earned steps are bilateral lifts: they fill these slots.
  bilateral: {
    hip: { role: "hip-dominant", patterns: ["hinge", "bridge"], dominance: ["hip"], laterality: ["bilateral"], ladder: "hinge" },
    knee: { role: "knee-dominant", patterns: ["squat"], dominance: ["knee"], laterality: ["bilateral"], ladder: "squat" },
  },
};


/** Symptom modulation prefers work that needs nothing but the floor, a mini band or something to sit on. */
const FLOOR_KIT: ReadonlySet<Equipment> = new Set<Equipment>(["bodyweight", "mat", "wall", "band", "box", "bench"]);

const intolerantOf = (context: SelectionContext, direction: "flexion" | "extension"): boolean => context.profile.direction.intolerance.includes(direction);

/** A band at hand: a full gym (no kit listed) or a listed band. */
const bandAtHand = (context: SelectionContext): boolean => context.equipment === undefined || context.equipment.has("band");

/**
 * The foundation's hip slot (T-1, C-7, C-5): a glute bridge for most; a mini band around the
 * knees when the glutes are the emphasis and a band is at hand (the band makes the glutes, not
 * the back, finish the lift); side-lying hip abduction, which moves the spine in neither
 * direction, for a back that is sensitive to both.
 */
function foundationHipPreference(exercise: Exercise, context: SelectionContext): number {
  let score = fitsKit(exercise, FLOOR_KIT) ? 0 : 2;
  if (context.emphasis.has("glutes") && bandAtHand(context)) {
    if (exercise.pattern === "bridge" && exercise.loadPosition === "band") score -= 3;
  } else if (intolerantOf(context, "flexion") && intolerantOf(context, "extension")) {
    if (exercise.pattern === "hip-abduction" && exercise.position === "side-lying") score -= 3;
  }
  return score;
}

/**
 * The foundation's knee slot (T-1, C-5): a flexion-intolerant back stands tall in a split
 * stance, hips open and the trunk upright; every other back sits back to a box and stands up,
 * the easiest squat to keep inside the pain ceiling (sitting eases an extension-intolerant back).
 */
function foundationKneePreference(exercise: Exercise, context: SelectionContext): number {
  let score = fitsKit(exercise, FLOOR_KIT) ? 0 : 2;
  const sitsToABox = exercise.pattern === "squat" && exercise.laterality === "bilateral" && exercise.equipment.some((need) => Array.isArray(need) && need.includes("box"));
  if (intolerantOf(context, "flexion") && !intolerantOf(context, "extension")) {
    if (exercise.pattern === "lunge" && exercise.laterality === "split-stance") score -= 3;
  } else if (sitsToABox) score -= 3;
  return score;
}

/** Symptom modulation: bodyweight, neutral spine, a bridge and an easy knee-dominant movement (T-1, G-9, G-10). */
const FOUNDATION_SLOTS: readonly SlotSpec[] = [
  {
    role: "hip-dominant",
    patterns: ["bridge", "hip-abduction"],
    dominance: ["hip"],
    accept: (exercise) => exercise.spineDemand.axialCompression <= 1,
    preference: foundationHipPreference,
  },
  {
    role: "knee-dominant",
    patterns: ["squat", "lunge", "step-up"],
    dominance: ["knee"],
    accept: (exercise) => exercise.spineDemand.axialCompression <= 1,
    preference: foundationKneePreference,
    // G-9: a wall sit takes the slot only when no squat with reps fits.
    repsOnly: true,
  },
];

/** G-4: an upper-body push and pull; the row ladder's earned step takes the pull (G-2). */
const UPPER_SLOTS: readonly SlotSpec[] = [
  { role: "upper-pull", patterns: ["horizontal-pull", "vertical-pull"], ladder: "row", repsOnly: true },
  { role: "upper-push", patterns: ["horizontal-push", "vertical-push"], repsOnly: true },
  { role: "upper-pull", patterns: ["vertical-pull", "horizontal-pull"], repsOnly: true },
  { role: "upper-push", patterns: ["vertical-push", "horizontal-push"], repsOnly: true },
];

const CORE_SLOTS: readonly SlotSpec[] = [
  { role: "anti-extension", patterns: ["anti-extension"] },
  { role: "anti-rotation", patterns: ["anti-rotation"] },
  {
    role: "anti-lateral-flexion",
    patterns: ["anti-lateral-flexion", "carry"],
    // A carry resists side bending only with the load in one hand; a walk or a two-handed carry is not this slot's work.
    accept: (exercise) => exercise.pattern !== "carry" || (exercise.loadPosition !== "none" && exercise.laterality === "unilateral"),
  },
];

const WARM_UP_SLOTS: readonly SlotSpec[] = [
  { role: "breathing", patterns: ["breathing"] },
  { role: "thoracic-mobility", patterns: ["thoracic-mobility"] },
  { role: "hip-mobility", patterns: ["hip-mobility"] },
];

/**
 * The slots of one day (V-1, V-2, G-4, T-1):
 *
 * - symptom modulation: one gentle foundation block (a bridge and an easy knee-dominant
 *   movement) on lower days, a bodyweight or band push and pull on upper days;
 * - movement control and function optimisation: the three V-1 blocks, each with a hip- and a
 *   knee-dominant slot, on lower days (the bilateral slots take the hinge and squat ladders'
 *   earned steps, G-2); an upper push and pull, twice, on upper days (the first pull takes the
 *   row ladder's step);
 * - every day: breathing, thoracic and hip mobility to warm up; core work after, rotated so that
 *   each anti-movement leads in turn.
 *
 * @param stage - the training stage
 * @param focus - the day's emphasis
 * @param rotation - which core slot leads today
 * @returns the day's slots, part by part
 */
export function daySlots(stage: Stage, focus: DayFocus, rotation: number): DaySlots {
  const core = CORE_SLOTS.map((_, index) => CORE_SLOTS[(index + rotation) % CORE_SLOTS.length]!);
  if (stage === "symptom-modulation") {
    const block: BlockSlots =
      focus === "lower"
        ? {
            kind: "foundation",
            title: programMessages["program.block-title.foundation"],
            slots: FOUNDATION_SLOTS,
            reasons: [because("T-1", "program.block-foundation", {})],
          }
        : {
            kind: "upper",
            title: programMessages["program.block-title.upper-settling"],
            slots: UPPER_SLOTS.slice(0, 2),
            reasons: [because("G-4", "program.block-upper-settling", {})],
          };
    return { warmUp: WARM_UP_SLOTS, blocks: [block], core: core.slice(0, 2) };
  }
  if (focus === "upper") {
    return {
      warmUp: WARM_UP_SLOTS,
      blocks: [
        {
          kind: "upper",
          title: programMessages["program.block-title.upper-day"],
          slots: UPPER_SLOTS,
          reasons: [because("G-4", "program.block-upper-day", {})],
        },
      ],
      core,
    };
  }
  const blocks: BlockSlots[] = (["single-leg", "split-stance", "bilateral"] as const).map((kind, index) => ({
    kind,
    title: programMessages[`program.block-title.${kind}`],
    slots: [LEG_BLOCKS[kind].hip, LEG_BLOCKS[kind].knee],
    reasons: [because(kind === "single-leg" ? "V-3" : kind === "split-stance" ? "V-4" : "V-5", "program.block-legs", { block: index + 1 })],
  }));
  return { warmUp: WARM_UP_SLOTS, blocks, core };
}
