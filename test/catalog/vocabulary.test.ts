import { describe, expect, it } from "vitest";
import {
  BODY_POSITIONS,
  DOMINANCES,
  EQUIPMENT,
  EXERCISE_FAMILIES,
  EXERCISE_TAGS,
  LADDER_IDS,
  LATERALITIES,
  LOAD_POSITIONS,
  MOVEMENT_PATTERNS,
  MUSCLES,
  SUITABILITY_ACTIONS,
} from "../../src/catalog/vocabulary.js";
import type {
  BodyPosition,
  Dominance,
  Equipment,
  ExerciseFamily,
  ExerciseTag,
  LadderId,
  Laterality,
  LoadPosition,
  MovementPattern,
  Muscle,
  SuitabilityAction,
} from "../../src/catalog/types.js";

// Each record must name every member of its union and nothing else (the type checker enforces
// it), so a union that grows without its runtime list fails here rather than in the schema.
const families: Record<ExerciseFamily, true> = {
  hinge: true, squat: true, "single-leg": true, "bridge-thrust": true, carry: true, "anti-extension": true,
  "anti-rotation": true, "anti-lateral-flexion": true, "spinal-flexion": true, "spinal-extension": true,
  "lateral-flexion": true, rotation: true, mobility: true, "breathing-bracing": true, "upper-pull": true, "upper-push": true,
};
const patterns: Record<MovementPattern, true> = {
  hinge: true, squat: true, lunge: true, "step-up": true, "single-leg-hinge": true, bridge: true, "hip-abduction": true,
  carry: true, "anti-extension": true, "anti-rotation": true, "anti-lateral-flexion": true, "trunk-flexion": true,
  "trunk-extension": true, "lateral-flexion": true, "trunk-rotation": true, "hip-mobility": true, "thoracic-mobility": true,
  "ankle-mobility": true, "spinal-mobility": true, breathing: true, "horizontal-pull": true, "vertical-pull": true,
  "horizontal-push": true, "vertical-push": true, "knee-extension": true, "knee-flexion": true,
};
const dominances: Record<Dominance, true> = { hip: true, knee: true, mixed: true, none: true };
const lateralities: Record<Laterality, true> = { bilateral: true, unilateral: true, "split-stance": true, alternating: true, contralateral: true };
const positions: Record<BodyPosition, true> = {
  standing: true, "split-stance": true, "half-kneeling": true, "tall-kneeling": true, quadruped: true, supine: true,
  prone: true, "side-lying": true, seated: true, hanging: true, inclined: true,
};
const loadPositions: Record<LoadPosition, true> = {
  none: true, "hands-hanging": true, goblet: true, "front-rack": true, "high-bar": true, "low-bar": true,
  overhead: true, machine: true, cable: true, band: true,
};
const equipment: Record<Equipment, true> = {
  bodyweight: true, dowel: true, dumbbell: true, kettlebell: true, barbell: true, "trap-bar": true, plates: true,
  rack: true, blocks: true, bench: true, box: true, band: true, cable: true, machine: true, "leg-press": true, ghd: true,
  "back-extension-bench": true, "foam-roller": true, wall: true, mat: true, balloon: true, chains: true, landmine: true,
  "pull-up-bar": true, sled: true, "medicine-ball": true, "ab-wheel": true, trx: true,
};
const muscles: Record<Muscle, true> = {
  glutes: true, "glute-medius": true, hamstrings: true, quadriceps: true, adductors: true, calves: true,
  "hip-flexors": true, abdominals: true, obliques: true, "transversus-abdominis": true, diaphragm: true,
  "erector-spinae": true, "quadratus-lumborum": true, lats: true, "upper-back": true, "thoracic-extensors": true,
  chest: true, shoulders: true, triceps: true, biceps: true, grip: true,
};
const tags: Record<ExerciseTag, true> = { "neural-tension": true, ballistic: true, "valsalva-heavy": true };
const ladderIds: Record<LadderId, true> = {
  hinge: true, squat: true, row: true, "flexion-exposure": true, "extension-exposure": true,
  "lateral-flexion-exposure": true, "leg-press": true, crunch: true,
};
const actions: Record<SuitabilityAction, true> = { ok: true, caution: true, avoid: true };

describe("vocabulary lists", () => {
  const cases: [string, readonly string[], Record<string, true>][] = [
    ["EXERCISE_FAMILIES", EXERCISE_FAMILIES, families],
    ["MOVEMENT_PATTERNS", MOVEMENT_PATTERNS, patterns],
    ["DOMINANCES", DOMINANCES, dominances],
    ["LATERALITIES", LATERALITIES, lateralities],
    ["BODY_POSITIONS", BODY_POSITIONS, positions],
    ["LOAD_POSITIONS", LOAD_POSITIONS, loadPositions],
    ["EQUIPMENT", EQUIPMENT, equipment],
    ["MUSCLES", MUSCLES, muscles],
    ["EXERCISE_TAGS", EXERCISE_TAGS, tags],
    ["LADDER_IDS", LADDER_IDS, ladderIds],
    ["SUITABILITY_ACTIONS", SUITABILITY_ACTIONS, actions],
  ];
  it.each(cases)("%s lists every member of its type once, and is frozen", (_name, list, record) => {
    expect([...list].sort()).toEqual(Object.keys(record).sort());
    expect(new Set(list).size).toBe(list.length);
    expect(Object.isFrozen(list)).toBe(true);
  });

  it("SUITABILITY_ACTIONS runs from the most to the least permissive", () => {
    expect(SUITABILITY_ACTIONS).toEqual(["ok", "caution", "avoid"]);
  });
});
