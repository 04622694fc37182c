import { deepFreeze } from "../internal/freeze.js";
import type { BlockTarget } from "./types.js";

/**
 * The three blocks of a seed 000 lower-body session as data: order, laterality, rep ranges,
 * per-side targets, set schemes, one hip- and one knee-dominant slot each, and load guidance.
 *
 * Seed 000 moves the heavy work of a lifter with a painful back from bilateral lifts to
 * single-leg and split-stance work (V-1), with one hip- and one knee-dominant movement per
 * block (V-2). The per-leg targets (V-3: 50 reps in sets of 4–8; V-4: 60 reps in sets of
 * 8–15) are read as totals for the block, shared by its two movements: `blockSets` is the
 * fewest-sets scheme for the whole block ({@link setScheme}), and each slot takes half the
 * target (splitting costs at most one extra set per side: 2 × 4 sets instead of 7 for 50
 * reps at 4–8). The bilateral finishers (V-5) have no per-side target: two movements,
 * 3 sets of 20 or more reps each, light load, maximal effort. Unilateral sets finish one side
 * before the other (V-6). The example IDs are catalog exercises that fit each slot.
 *
 * @example
 * ```ts
 * blockTargets.map((target) => [target.block, target.targetRepsPerSide, target.blockSets.length]);
 * // => [["single-leg", 50, 7], ["split-stance", 60, 4], ["bilateral", null, 6]]
 * blockTargets[0].slots.map((slot) => slot.sets);
 * // => [[7, 6, 6, 6], [7, 6, 6, 6]]
 * ```
 * @category Volume
 */
export const blockTargets: readonly BlockTarget[] = /* @__PURE__ */ deepFreeze([
  {
    block: "single-leg",
    order: 1,
    title: "Single-leg primary strength",
    laterality: "unilateral",
    repRange: { min: 4, max: 8 },
    repsCountedPer: "side",
    targetRepsPerSide: 50,
    blockSets: [8, 7, 7, 7, 7, 7, 7],
    slots: [
      { dominance: "hip", targetRepsPerSide: 25, sets: [7, 6, 6, 6], examples: ["single-leg-romanian-deadlift"] },
      { dominance: "knee", targetRepsPerSide: 25, sets: [7, 6, 6, 6], examples: ["step-up", "single-leg-box-squat"] },
    ],
    load: "heavy",
    effort: "hard",
    loadGuidance:
      "First and heaviest: primary-strength loads that allow 4–8 reps per leg, pushed hard while the spine stays in position; this block replaces low-rep bilateral strength and power work.",
    sides: "one-side-then-the-other",
    ruleIds: ["V-1", "V-2", "V-3", "V-6"],
    sources: ["seed-000"],
  },
  {
    block: "split-stance",
    order: 2,
    title: "Split-stance strength and hypertrophy",
    laterality: "split-stance",
    repRange: { min: 8, max: 15 },
    repsCountedPer: "side",
    targetRepsPerSide: 60,
    blockSets: [15, 15, 15, 15],
    slots: [
      { dominance: "hip", targetRepsPerSide: 30, sets: [15, 15], examples: ["kickstand-romanian-deadlift"] },
      { dominance: "knee", targetRepsPerSide: 30, sets: [15, 15], examples: ["bulgarian-split-squat", "split-squat", "reverse-lunge"] },
    ],
    load: "moderate",
    effort: "hard",
    loadGuidance:
      "Strength-and-hypertrophy loads for 8–15 reps per leg that keep tiring the legs after the single-leg block and add volume.",
    sides: "one-side-then-the-other",
    ruleIds: ["V-1", "V-2", "V-4", "V-6"],
    sources: ["seed-000"],
  },
  {
    block: "bilateral",
    order: 3,
    title: "Bilateral finishers",
    laterality: "bilateral",
    repRange: { min: 20, max: null },
    repsCountedPer: "set",
    targetRepsPerSide: null,
    blockSets: [20, 20, 20, 20, 20, 20],
    slots: [
      { dominance: "hip", targetRepsPerSide: null, sets: [20, 20, 20], examples: ["trap-bar-deadlift-blocks"] },
      { dominance: "knee", targetRepsPerSide: null, sets: [20, 20, 20], examples: ["isometric-squat-hold"] },
    ],
    load: "light",
    effort: "maximal",
    loadGuidance:
      "Last: light loads, as many reps as possible (20 or more per set) with maximal effort; the tired legs, not the back, should limit every set. Pick movements the lifter's back tolerates.",
    sides: "both-together",
    ruleIds: ["V-1", "V-2", "V-5"],
    sources: ["seed-000"],
  },
] as const satisfies readonly BlockTarget[]);
