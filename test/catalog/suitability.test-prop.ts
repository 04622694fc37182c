import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import type { Direction } from "../../src/classification/types.js";
import { STAGES } from "../../src/staging/types.js";
import {
  DEFAULT_SUITABILITY_CAPS,
  policyStage,
  sensitiveAxes,
  spineCaps,
  suitability,
  type StageCaps,
  type SuitabilityCaps,
} from "../../src/catalog/suitability.js";
import { saferAlternatives } from "../../src/catalog/saferAlternatives.js";
import { SPINE_AXES, type Exercise, type Ladder, type LadderId, type SuitabilityAction, type TrainingProfile } from "../../src/catalog/types.js";
import { deepFrozenCopy } from "../../src/catalog/frozenCopy.js";
import { catalog, demandScore, exercise, ladderProgress, ladders, profile } from "./arbitraries.js";

const severity = (action: SuitabilityAction): number => ["ok", "caution", "avoid"].indexOf(action);

const stageCaps: fc.Arbitrary<StageCaps> = fc.record({
  general: fc.record({
    flexion: demandScore,
    extension: demandScore,
    lateralFlexion: demandScore,
    rotation: demandScore,
    axialCompression: demandScore,
    shear: demandScore,
  }),
  intolerant: demandScore,
  axialLoadSensitive: demandScore,
});
const capTable: fc.Arbitrary<SuitabilityCaps> = fc.record({
  "symptom-modulation": stageCaps,
  "movement-control": stageCaps,
  "function-optimisation": stageCaps,
});

/** Raises some cells of a cap table (never lowers one). */
function raise(table: SuitabilityCaps, bumps: readonly number[]): SuitabilityCaps {
  let cell = 0;
  const up = (value: number) => Math.min(3, value + (bumps[cell++ % bumps.length] ?? 0)) as 0 | 1 | 2 | 3;
  const out: Record<string, StageCaps> = {};
  for (const stage of STAGES) {
    const row = table[stage];
    const general = Object.fromEntries(SPINE_AXES.map((axis) => [axis, up(row.general[axis])])) as unknown as StageCaps["general"];
    out[stage] = { general, intolerant: up(row.intolerant), axialLoadSensitive: up(row.axialLoadSensitive) };
  }
  return out as unknown as SuitabilityCaps;
}

test.prop([exercise, profile, ladders])("L-6, T rules: never ok when demand on any axis exceeds that axis's cap", (candidate, person, ladderData) => {
  const decision = suitability(candidate, person, { ladders: ladderData });
  for (const { axis, cap } of spineCaps(person)) {
    if (candidate.spineDemand[axis] > cap) expect(decision.action).not.toBe("ok");
  }
});

test.prop([exercise, profile, ladders])(
  "L-6: never ok when demand on an intolerant axis exceeds the stage's intolerant cap and no exposure step is earned",
  (candidate, person, ladderData) => {
    const fresh: TrainingProfile = { ...person, ladderProgress: {} };
    const cap = DEFAULT_SUITABILITY_CAPS[policyStage(fresh)].intolerant;
    const decision = suitability(candidate, fresh, { ladders: ladderData });
    for (const direction of fresh.direction.intolerance) {
      if (candidate.spineDemand[direction] > cap) expect(decision.action).not.toBe("ok");
    }
  },
);

test.prop([exercise, profile, ladders, capTable, fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 1, maxLength: 24 })])(
  "monotone in caps: raising caps never makes a verdict more severe (never ok → avoid)",
  (candidate, person, ladderData, table, bumps) => {
    const before = suitability(candidate, person, { ladders: ladderData, caps: table });
    const after = suitability(candidate, person, { ladders: ladderData, caps: raise(table, bumps) });
    expect(severity(after.action)).toBeLessThanOrEqual(severity(before.action));
  },
);

test.prop([exercise, profile, ladders])("T rules: a later stage is never more severe", (candidate, person, ladderData) => {
  const index = STAGES.indexOf(person.stage);
  for (const later of STAGES.slice(index + 1)) {
    const before = suitability(candidate, person, { ladders: ladderData });
    const after = suitability(candidate, { ...person, stage: later }, { ladders: ladderData });
    expect(severity(after.action)).toBeLessThanOrEqual(severity(before.action));
  }
});

test.prop([exercise, profile, ladders, ladderProgress])(
  "L-6, P-1: more ladder progress is never more severe",
  (candidate, person, ladderData, extra) => {
    const base = person.ladderProgress ?? {};
    const more: Partial<Record<LadderId, number>> = { ...base };
    for (const [ladder, steps] of Object.entries(extra) as [LadderId, number][]) more[ladder] = (base[ladder] ?? 0) + steps;
    const before = suitability(candidate, person, { ladders: ladderData });
    const after = suitability(candidate, { ...person, ladderProgress: more }, { ladders: ladderData });
    expect(severity(after.action)).toBeLessThanOrEqual(severity(before.action));
  },
);

test.prop([exercise, profile, ladders])(
  "P-1: a lift being earned back (top step, or a high-demand step) is avoid below function optimisation, and in it until unlocked",
  (candidate, person, ladderData) => {
    const highDemand = SPINE_AXES.some((axis) => candidate.spineDemand[axis] === 3);
    for (const membership of candidate.ladders) {
      const ladder = ladderData.find((l) => l.id === membership.ladder) as Ladder;
      const top = ladder.steps.length > 1 && membership.step >= ladder.steps.length - 1;
      if (!top && !(membership.step >= 1 && highDemand)) continue;
      const unlocked = person.ladderProgress?.[membership.ladder] ?? 0;
      if (person.stage !== "function-optimisation" || unlocked < membership.step || person.flags?.radicular) {
        expect(suitability(candidate, person, { ladders: ladderData }).action).toBe("avoid");
      }
    }
  },
);

test.prop([exercise, profile, ladders])("P-1, P-2: a step above the unlocked one is always avoid", (candidate, person, ladderData) => {
  const locked = candidate.ladders.some((m) => m.step > (person.ladderProgress?.[m.ladder] ?? 0));
  if (locked) expect(suitability(candidate, person, { ladders: ladderData }).action).toBe("avoid");
});

test.prop([exercise, profile, ladders])("S-7, L-5: radicular neural tension and peripheralising directions are avoid", (candidate, person, ladderData) => {
  const decision = suitability(candidate, person, { ladders: ladderData });
  if (person.flags?.radicular && candidate.tags.includes("neural-tension")) expect(decision.action).toBe("avoid");
  for (const direction of person.direction.peripheralising) {
    if (candidate.spineDemand[direction] > 0) expect(decision.action).toBe("avoid");
  }
});

const mirrorDirection = (direction: Direction): Direction => (direction === "flexion" ? "extension" : "flexion");
const mirrorLadder = (id: LadderId): LadderId =>
  id === "flexion-exposure" ? "extension-exposure" : id === "extension-exposure" ? "flexion-exposure" : id;

function mirrorExercise(original: Exercise): Exercise {
  return {
    ...original,
    spineDemand: { ...original.spineDemand, flexion: original.spineDemand.extension, extension: original.spineDemand.flexion },
    ladders: original.ladders.map((m) => ({ ...m, ladder: mirrorLadder(m.ladder) })),
  };
}
function mirrorProfile(original: TrainingProfile): TrainingProfile {
  const pattern = original.direction.pattern;
  const progress: Partial<Record<LadderId, number>> = {};
  for (const [ladder, step] of Object.entries(original.ladderProgress ?? {}) as [LadderId, number][]) progress[mirrorLadder(ladder)] = step;
  return {
    ...original,
    direction: {
      pattern: pattern === "flexion-intolerant" ? "extension-intolerant" : pattern === "extension-intolerant" ? "flexion-intolerant" : pattern,
      intolerance: original.direction.intolerance.map(mirrorDirection),
      preference: original.direction.preference.map(mirrorDirection),
      peripheralising: original.direction.peripheralising.map(mirrorDirection),
    },
    ladderProgress: progress,
  };
}

test.prop([exercise, profile, ladders])(
  "symmetry: mirroring flexion and extension (exercise, person, exposure ladders) keeps the verdict",
  (candidate, person, ladderData) => {
    const mirroredLadders = ladderData.map((ladder) => ({ ...ladder, id: mirrorLadder(ladder.id) }));
    const before = suitability(candidate, person, { ladders: ladderData });
    const after = suitability(mirrorExercise(candidate), mirrorProfile(person), { ladders: mirroredLadders });
    expect(after.action).toBe(before.action);
  },
);

test.prop([exercise, profile, ladders])("determinism and no mutation: frozen inputs, same answer twice", (candidate, person, ladderData) => {
  const frozenExercise = deepFrozenCopy(candidate);
  const frozenProfile = deepFrozenCopy(person);
  const first = suitability(frozenExercise, frozenProfile, { ladders: ladderData });
  expect(suitability(frozenExercise, frozenProfile, { ladders: ladderData })).toEqual(first);
  expect(first.reasons.length).toBeGreaterThan(0);
  expect(first.reasons.map((r) => r.ruleId)).toContain(first.ruleId);
});

test.prop([catalog, profile, ladders, fc.nat()])(
  "saferAlternatives: never avoid, never more demand on a sensitive axis or in total, deterministic",
  (exercisesList, person, ladderData, pick) => {
    const frozen = deepFrozenCopy(exercisesList);
    const original = frozen[pick % frozen.length] as Exercise;
    const options = { ladders: ladderData };
    const alternatives = saferAlternatives(original.id, person, frozen, options);
    const sensitive = sensitiveAxes(person);
    const total = (e: Exercise) => SPINE_AXES.reduce((sum, axis) => sum + e.spineDemand[axis], 0);
    for (const alternative of alternatives) {
      expect(alternative.id).not.toBe(original.id);
      expect(suitability(alternative, person, options).action).not.toBe("avoid");
      for (const axis of sensitive) expect(alternative.spineDemand[axis]).toBeLessThanOrEqual(original.spineDemand[axis]);
      expect(total(alternative)).toBeLessThanOrEqual(total(original));
    }
    expect(new Set(alternatives.map((e) => e.id)).size).toBe(alternatives.length);
    expect(saferAlternatives(original.id, person, frozen, options)).toEqual(alternatives);
    // Same pattern first: once a different pattern appears, no same-pattern exercise follows.
    const firstOther = alternatives.findIndex((e) => e.pattern !== original.pattern);
    if (firstOther >= 0) expect(alternatives.slice(firstOther).every((e) => e.pattern !== original.pattern)).toBe(true);
  },
);
