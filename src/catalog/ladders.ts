import type { Ladder } from "./types.js";

/**
 * The earn-back ladders: for each lift avoided while symptomatic, the steps that bring it back.
 *
 * Why: the seven lifts of P-1 (deadlift, barbell row, good morning, full-range crunch or sit-up,
 * back extension, low-bar back squat, leg press) return only through a ladder, and the intolerant
 * direction is re-introduced gradually, never banned forever (L-6). Hinging comes back through
 * shorter ranges before the floor (P-2) and squats through loads in the hands before the bar on
 * the back (P-3). Each step asks at least as much of the ladder's key axes as the step before it
 * (the sum of the demand scores on `keyAxes` never decreases). The ladders are data: a
 * progression engine (`nextLadderStep`) walks them and `suitability` reads how far a person has
 * climbed.
 *
 * @example
 * ```ts
 * ladders.find((ladder) => ladder.id === "hinge")?.steps.at(-2);
 * // => "conventional-deadlift"
 * ```
 * @category Catalog
 */
export const ladders: readonly Ladder[] = [
  {
    id: "hinge",
    name: "Hinge ladder",
    goal: "The conventional deadlift and the good morning",
    steps: [
      "dowel-hip-hinge",
      "kettlebell-deadlift",
      "trap-bar-deadlift-blocks",
      "rack-pull",
      "trap-bar-deadlift",
      "conventional-deadlift",
      "good-morning",
    ],
    ruleIds: ["P-1", "P-2", "P-3", "L-6"],
    sources: ["seed-000", "seed-003"],
    keyAxes: ["flexion", "axialCompression", "shear"],
  },
  {
    id: "squat",
    name: "Squat ladder",
    goal: "The low-bar back squat",
    steps: [
      "bodyweight-box-squat",
      "goblet-squat",
      "front-squat",
      "safety-bar-squat",
      "high-bar-back-squat",
      "low-bar-back-squat",
    ],
    ruleIds: ["P-1", "P-3", "L-6"],
    sources: ["seed-000"],
    keyAxes: ["axialCompression", "shear", "flexion"],
  },
  {
    id: "row",
    name: "Row ladder",
    goal: "The bent-over barbell row",
    steps: ["chest-supported-row", "one-arm-dumbbell-row", "landmine-row", "barbell-row"],
    ruleIds: ["P-1", "L-6"],
    sources: ["seed-000"],
    keyAxes: ["flexion", "shear", "axialCompression"],
  },
  {
    id: "flexion-exposure",
    name: "Flexion exposure ladder",
    goal: "Loaded spinal flexion (the loaded Jefferson curl)",
    steps: ["cat-camel", "wall-roll-down", "jefferson-curl-bodyweight", "jefferson-curl"],
    ruleIds: ["L-6", "P-5"],
    sources: ["seed-001", "seed-002"],
    keyAxes: ["flexion", "shear", "axialCompression"],
  },
  {
    id: "extension-exposure",
    name: "Extension exposure ladder",
    goal: "The loaded, full-range back extension",
    steps: ["prone-press-up", "back-extension-neutral", "back-extension-flexion-extension", "back-extension"],
    ruleIds: ["P-1", "L-6", "P-5"],
    sources: ["seed-000", "seed-001", "seed-002"],
    keyAxes: ["extension", "flexion", "shear"],
  },
  {
    id: "lateral-flexion-exposure",
    name: "Lateral flexion exposure ladder",
    goal: "Loaded side bending and the kettlebell windmill",
    steps: ["side-bridge", "half-kneeling-side-bend", "half-kneeling-windmill", "kettlebell-windmill"],
    ruleIds: ["L-6", "P-5"],
    sources: ["seed-001", "mcgill-1999"],
    keyAxes: ["lateralFlexion", "rotation"],
  },
  {
    id: "leg-press",
    name: "Leg press ladder",
    goal: "The full-depth leg press",
    steps: ["leg-press-partial", "single-leg-leg-press", "leg-press"],
    ruleIds: ["P-1", "L-6"],
    sources: ["seed-000"],
    keyAxes: ["flexion", "axialCompression"],
  },
  {
    id: "crunch",
    name: "Crunch and sit-up ladder",
    goal: "The full-range crunch or sit-up",
    steps: ["mcgill-curl-up", "crunch", "sit-up"],
    ruleIds: ["P-1", "L-6"],
    sources: ["seed-000", "seed-002"],
    keyAxes: ["flexion", "shear"],
  },
];
