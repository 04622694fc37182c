import type { Exercise } from "../types.js";

/**
 * Anti-lateral-flexion work: side bridges and offset loads that the trunk holds upright.
 *
 * Why: the side bridge is one of McGill's endurance tests (McGill 1999) and the first step of
 * the lateral-flexion exposure ladder (L-6): the obliques and quadratus lumborum learn to hold
 * before the spine is asked to bend sideways under load.
 *
 * @example
 * ```ts
 * antiLateralFlexionExercises.find((exercise) => exercise.id === "side-bridge")?.ladders;
 * // => [{ ladder: "lateral-flexion-exposure", step: 0 }]
 * ```
 * @category Catalog
 */
export const antiLateralFlexionExercises = [
  {
    id: "side-bridge",
    name: "Side bridge",
    aliases: ["side plank", "lateral plank"],
    family: "anti-lateral-flexion",
    pattern: "anti-lateral-flexion",
    dominance: "none",
    laterality: "unilateral",
    position: "side-lying",
    loadPosition: "none",
    implements: 0,
    equipment: ["mat"],
    spineDemand: { flexion: 0, extension: 0, lateralFlexion: 0, rotation: 0, axialCompression: 0, shear: 0, endRange: false, repeated: false },
    tags: [],
    primaryMuscles: ["obliques", "quadratus-lumborum"],
    secondaryMuscles: ["glute-medius", "shoulders", "transversus-abdominis"],
    defaultDose: { kind: "hold", sets: 3, holdSeconds: { min: 10, max: 30 }, perSide: true },
    cues: [
      "Elbow under the shoulder, feet stacked or staggered, body in one straight line.",
      "Lift the hips so the waist does not sag toward the floor.",
      "Several short holds beat one long one; switch sides between holds.",
    ],
    regressions: ["kneeling-side-bridge"],
    progressions: ["copenhagen-plank", "suitcase-carry", "side-bridge-hip-dip", "offset-kettlebell-march"],
    substitutes: [],
    ladders: [{ ladder: "lateral-flexion-exposure", step: 0 }],
    sources: ["mcgill-1999"],
  },
  {
    id: "kneeling-side-bridge",
    name: "Kneeling side bridge",
    aliases: ["short-lever side plank", "bent-knee side plank"],
    family: "anti-lateral-flexion",
    pattern: "anti-lateral-flexion",
    dominance: "none",
    laterality: "unilateral",
    position: "side-lying",
    loadPosition: "none",
    implements: 0,
    equipment: ["mat"],
    spineDemand: { flexion: 0, extension: 0, lateralFlexion: 0, rotation: 0, axialCompression: 0, shear: 0, endRange: false, repeated: false },
    tags: [],
    primaryMuscles: ["obliques", "quadratus-lumborum"],
    secondaryMuscles: ["glute-medius", "shoulders"],
    defaultDose: { kind: "hold", sets: 3, holdSeconds: { min: 10, max: 20 }, perSide: true },
    cues: [
      "Lie on your side with the knees bent behind you and the elbow under the shoulder.",
      "Push the hips forward and up so knees, hips and shoulders line up.",
      "Hold, breathe, lower, and switch sides.",
    ],
    regressions: [],
    progressions: ["side-bridge"],
    substitutes: [],
    ladders: [],
    sources: ["mcgill-1999"],
  },
  {
    id: "copenhagen-plank",
    name: "Copenhagen plank",
    aliases: ["Copenhagen adductor plank", "adductor side plank"],
    family: "anti-lateral-flexion",
    pattern: "anti-lateral-flexion",
    dominance: "none",
    laterality: "unilateral",
    position: "side-lying",
    loadPosition: "none",
    implements: 0,
    equipment: ["bench"],
    spineDemand: { flexion: 0, extension: 0, lateralFlexion: 0, rotation: 0, axialCompression: 0, shear: 0, endRange: false, repeated: false },
    tags: [],
    primaryMuscles: ["adductors", "obliques"],
    secondaryMuscles: ["quadratus-lumborum", "glute-medius", "shoulders"],
    defaultDose: { kind: "hold", sets: 3, holdSeconds: { min: 10, max: 20 }, perSide: true },
    cues: [
      "Side bridge with the top leg's knee (easier) or ankle (harder) on a bench.",
      "Lift the hips by squeezing the top leg down into the bench.",
      "Let the bottom leg hang or lift it to meet the bench for more work.",
    ],
    regressions: ["side-bridge"],
    progressions: [],
    substitutes: ["lateral-lunge"],
    ladders: [],
    sources: [],
  },
  {
    id: "offset-kettlebell-march",
    name: "Offset kettlebell march",
    aliases: ["suitcase march", "single-arm march in place"],
    family: "anti-lateral-flexion",
    pattern: "anti-lateral-flexion",
    dominance: "none",
    laterality: "unilateral",
    position: "standing",
    loadPosition: "hands-hanging",
    implements: 1,
    equipment: [["kettlebell", "dumbbell"]],
    spineDemand: { flexion: 0, extension: 0, lateralFlexion: 1, rotation: 0, axialCompression: 1, shear: 0, endRange: false, repeated: false },
    tags: [],
    primaryMuscles: ["obliques", "quadratus-lumborum"],
    secondaryMuscles: ["glute-medius", "hip-flexors", "grip"],
    defaultDose: { kind: "reps", sets: 3, reps: { min: 8, max: 12 }, perSide: true },
    cues: [
      "Hold one weight at your side and stand tall.",
      "March slowly, lifting each knee to hip height, with the shoulders level throughout.",
      "A wall beside you is a good test: no leaning into it or away.",
    ],
    regressions: ["side-bridge"],
    progressions: ["suitcase-carry"],
    substitutes: [],
    ladders: [],
    sources: [],
  },
] satisfies readonly Exercise[];
