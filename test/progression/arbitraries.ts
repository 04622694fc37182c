import { fc } from "@fast-check/vitest";
import { RANGES_OF_MOTION, type ExerciseLog, type LadderExposure, type PainReport, type Prescription, type SymptomSpread } from "../../src/progression/index.js";

/** NRS scores are whole numbers from 0 to 10 (the 11-point scale). */
export const nrs = fc.integer({ min: 0, max: 10 });

export const painReport: fc.Arbitrary<PainReport> = fc.record(
  {
    baselineNrs: nrs,
    duringNrs: nrs,
    afterNrs: nrs,
    nextMorningNrs: fc.option(nrs, { nil: null }),
    spread: fc.constantFrom<SymptomSpread>("none", "centralised", "peripheralised"),
    axiallyLoaded: fc.boolean(),
  },
  { requiredKeys: ["baselineNrs", "duringNrs"] },
);

/** Mostly low pain, so that green streaks and progressions actually happen. */
export const likelyPain: fc.Arbitrary<PainReport> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ baselineNrs: fc.constant(1), duringNrs: fc.integer({ min: 0, max: 2 }), nextMorningNrs: fc.constant(1) }) },
  { weight: 1, arbitrary: fc.record({ baselineNrs: fc.constant(1), duringNrs: fc.integer({ min: 3, max: 5 }), nextMorningNrs: fc.integer({ min: 0, max: 2 }) }) },
  { weight: 1, arbitrary: fc.record({ baselineNrs: fc.constant(1), duringNrs: fc.integer({ min: 0, max: 8 }), nextMorningNrs: fc.integer({ min: 3, max: 6 }) }) },
  { weight: 1, arbitrary: painReport },
);

const rangeArb = fc.integer({ min: 1, max: 15 }).chain((min) => fc.integer({ min, max: min + 6 }).map((max) => ({ min, max })));

export const prescription: fc.Arbitrary<Prescription> = fc.oneof(
  fc.record(
    {
      exerciseId: fc.constantFrom("goblet-squat", "jefferson-curl", "glute-bridge"),
      sets: fc.integer({ min: 1, max: 5 }),
      reps: rangeArb,
      loadKg: fc.option(fc.constantFrom(4, 8, 12, 16, 20, 24, 48), { nil: null }),
      rangeOfMotion: fc.constantFrom("quarter", "half", "three-quarter", "full"),
      pauseSeconds: fc.integer({ min: 0, max: 3 }),
    },
    { requiredKeys: ["exerciseId", "sets", "reps"] },
  ),
  fc.record({ exerciseId: fc.constant("side-bridge"), sets: fc.integer({ min: 1, max: 5 }), holdSeconds: rangeArb }),
);

/** Logs of the prescribed exercise around the prescribed dose: sometimes lighter, shorter or fewer sets. */
export function logsFor(p: Prescription, maxLength = 5): fc.Arbitrary<ExerciseLog[]> {
  const range = p.reps ?? p.holdSeconds!;
  const set = fc.record({
    value: fc.oneof(
      { weight: 4, arbitrary: fc.constant(range.max) },
      { weight: 1, arbitrary: fc.integer({ min: Math.max(0, range.min - 2), max: range.max + 1 }) },
    ),
    loadKg: fc.oneof(
      { weight: 4, arbitrary: fc.constant(p.loadKg ?? null) },
      { weight: 1, arbitrary: fc.option(fc.constantFrom(2, 4, 8, 12, 16, 20, 24, 48), { nil: null }) },
    ),
  });
  const log = fc.record({
    pain: likelyPain,
    dropRange: fc.oneof({ weight: 5, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
    sets: fc.oneof(
      { weight: 4, arbitrary: fc.array(set, { minLength: p.sets, maxLength: p.sets }) },
      { weight: 1, arbitrary: fc.array(set, { minLength: Math.max(0, p.sets - 1), maxLength: p.sets + 1 }) },
    ),
    safety: fc.oneof(
      { weight: 20, arbitrary: fc.constant(undefined) },
      { weight: 1, arbitrary: fc.constantFrom("proceed" as const, "proceed-with-advisory" as const, "stop-until-cleared" as const) },
    ),
  });
  return fc.array(log, { maxLength }).map((items) =>
    items.map((item, index) => {
      const entry: ExerciseLog = {
        date: `2025-01-${String(index + 1).padStart(2, "0")}`,
        exerciseId: p.exerciseId,
        pain: item.pain,
        sets: item.sets.map((s) => (p.reps ? { reps: s.value, loadKg: s.loadKg } : { holdSeconds: s.value, loadKg: s.loadKg })),
        ...(p.rangeOfMotion === undefined || item.dropRange ? {} : { rangeOfMotion: p.rangeOfMotion }),
        ...(p.pauseSeconds === undefined || item.dropRange ? {} : { pauseSeconds: p.pauseSeconds }),
      };
      return item.safety === undefined ? entry : { ...entry, safety: { action: item.safety } };
    }),
  );
}

export const ladderHistory = (stepCount: number): fc.Arbitrary<LadderExposure[]> =>
  fc.array(fc.record({ step: fc.integer({ min: 0, max: stepCount - 1 }), pain: likelyPain }), { maxLength: 8 });

/** Which dose axes a step increased. */
export function increasedAxes(before: Prescription, after: Prescription): string[] {
  const axes: string[] = [];
  if ((after.loadKg ?? 0) > (before.loadKg ?? 0)) axes.push("load");
  if (after.sets > before.sets) axes.push("sets");
  if ((after.reps?.max ?? 0) > (before.reps?.max ?? 0)) axes.push("reps");
  if ((after.holdSeconds?.max ?? 0) > (before.holdSeconds?.max ?? 0)) axes.push("hold-time");
  if ((after.pauseSeconds ?? 0) > (before.pauseSeconds ?? 0)) axes.push("tempo");
  const rom = (p: Prescription) => RANGES_OF_MOTION.indexOf(p.rangeOfMotion ?? "full");
  if (rom(after) > rom(before)) axes.push("range-of-motion");
  return axes;
}

