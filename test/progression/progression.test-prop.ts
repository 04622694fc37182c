import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { deepFreeze } from "../../src/internal/freeze.js";
import {
  axialAlternation,
  deloadDue,
  nextDose,
  nextLadderStep,
  nextLoadStep,
  painResponse,
  roundDownToAvailableLoad,
  stageTransition,
  type DoseOptions,
  type LoadIncrements,
  type PainReport,
  type Prescription,
} from "../../src/progression/index.js";
import { STAGES } from "../../src/staging/types.js";
import { increasedAxes, ladderHistory, logsFor, painReport, prescription } from "./arbitraries.js";
import { fixtureLadders, gobletSquat, jeffersonCurl } from "./fixtures.js";

/** A naive restatement of the pain bands (L-1, L-2, L-5) used as an oracle. */
function naiveBand(report: PainReport): string {
  if (report.spread === "peripheralised") return "stop-and-rescreen";
  const ceiling = report.axiallyLoaded ? 3 : 5;
  const peak = Math.max(report.duringNrs, report.afterNrs ?? 0);
  const morning = report.nextMorningNrs;
  if (peak > ceiling || (morning != null && morning - report.baselineNrs >= 2)) return "red";
  if (peak > 2 || morning == null || morning > report.baselineNrs) return "amber";
  return "green";
}

const exerciseFor = (id: string) => (id === "goblet-squat" ? gobletSquat : id === "jefferson-curl" ? jeffersonCurl : undefined);
const doseOptions = fc.record({ stage: fc.constantFrom(...STAGES) });
const caseArb = prescription.chain((p) => fc.tuple(fc.constant(p), logsFor(p), doseOptions));
const optionsFor = (p: Prescription, o: { stage: (typeof STAGES)[number] }): DoseOptions => {
  const exercise = exerciseFor(p.exerciseId);
  return exercise === undefined ? o : { ...o, exercise };
};

describe("painResponse properties", () => {
  test.prop([painReport])("L-1, L-2, L-5: agrees with a naive restatement of the bands", (report) => {
    expect(painResponse(report).action).toBe(naiveBand(report));
  });

  test.prop([painReport])("L-1: above the ceiling is never green", (report) => {
    const response = painResponse(report);
    if (response.peakNrs > response.ceilingNrs) expect(response.action).not.toBe("green");
  });

  test.prop([painReport, fc.integer({ min: 0, max: 10 })])("L-1: more pain during the exercise never gives a better light", (report, extra) => {
    const rank = { green: 0, amber: 1, red: 2, "stop-and-rescreen": 3 } as const;
    const worse = { ...report, duringNrs: Math.min(10, report.duringNrs + extra) };
    expect(rank[painResponse(worse).action]).toBeGreaterThanOrEqual(rank[painResponse(report).action]);
  });
});

describe("nextDose properties", () => {
  test.prop([caseArb])("L-1, L-2: load never increases after an amber or red response or with insufficient data", ([p, logs, o]) => {
    const decision = nextDose(logs, p, optionsFor(p, o));
    const last = logs.at(-1);
    const lastLight = last === undefined || last.sets.length === 0 ? null : painResponse(last.pain).action;
    if (lastLight === null || lastLight !== "green" || decision.code === "insufficient-data") {
      expect(decision.prescription.loadKg ?? 0).toBeLessThanOrEqual(p.loadKg ?? 0);
      expect(decision.action).not.toBe("progress");
    }
  });

  test.prop([caseArb])("P-8: a progression never changes two axes at once (advanced stage and all others)", ([p, logs, o]) => {
    const decision = nextDose(logs, p, optionsFor(p, o));
    if (decision.axis === "exercise") {
      // A step down the regressions starts the easier exercise afresh.
      expect(decision.action).toBe("regress");
      expect(decision.prescription.exerciseId).not.toBe(p.exerciseId);
      return;
    }
    const axes = increasedAxes(p, decision.prescription);
    expect(axes.length).toBeLessThanOrEqual(1);
    if (decision.action === "progress") {
      expect(axes).toEqual([decision.axis]);
    } else {
      expect(axes).toEqual([]);
    }
  });

  test.prop([caseArb])("L-4: progress only after 2 consecutive green sessions at or above the prescribed load (P-9)", ([p, logs, o]) => {
    const decision = nextDose(logs, p, optionsFor(p, o));
    if (decision.action !== "progress") return;
    expect(logs.length).toBeGreaterThanOrEqual(2);
    for (const log of logs.slice(-2)) {
      expect(painResponse(log.pain).action).toBe("green");
      for (const set of log.sets) expect(set.loadKg ?? 0).toBeGreaterThanOrEqual(p.loadKg ?? 0);
      expect(log.sets.length).toBeGreaterThanOrEqual(p.sets);
      expect(log.pauseSeconds ?? 0).toBeGreaterThanOrEqual(p.pauseSeconds ?? 0);
      if (p.rangeOfMotion !== undefined) expect(log.rangeOfMotion).toBeDefined();
    }
    const range = p.reps ?? p.holdSeconds!;
    for (const set of logs.at(-1)!.sets) expect(set.reps ?? set.holdSeconds ?? 0).toBeGreaterThanOrEqual(range.max);
  });

  test.prop([caseArb])("replaying the same history gives the same decision, and no input is mutated", ([p, logs, o]) => {
    const options = optionsFor(p, o);
    const snapshot = structuredClone({ p, logs, options });
    const first = nextDose(deepFreeze(logs), deepFreeze(p), deepFreeze(options));
    expect(nextDose(logs, p, options)).toEqual(first);
    expect({ p, logs, options }).toEqual(snapshot);
  });

  test.prop([caseArb])("a regression never increases any axis and a stop keeps the prescription", ([p, logs, o]) => {
    const decision = nextDose(logs, p, optionsFor(p, o));
    if (decision.action === "regress") {
      expect(decision.prescription.loadKg ?? 0).toBeLessThanOrEqual(p.loadKg ?? 0);
      expect(decision.prescription.sets).toBeLessThanOrEqual(p.sets);
    }
    if (decision.action === "stop" || decision.action === "hold") expect(decision.prescription).toEqual(p);
  });
});

describe("nextLadderStep properties", () => {
  const ladderCase = fc.constantFrom(...fixtureLadders).chain((ladder) =>
    fc.tuple(fc.constant(ladder), ladderHistory(ladder.steps.length), fc.integer({ min: 1, max: 4 })),
  );

  test.prop([ladderCase])("P-1, L-4: a ladder never skips a step and never advances on fewer greens than required", ([ladder, history, required]) => {
    const decision = nextLadderStep(ladder.id, history, { ladders: fixtureLadders, greenExposuresToAdvance: required });
    const current = history.at(-1)?.step ?? 0;
    expect(Math.abs(decision.step - current)).toBeLessThanOrEqual(1);
    expect(decision.exerciseId).toBe(ladder.steps[decision.step]);
    if (decision.action === "advance" || decision.action === "complete") {
      const tail = history.slice(-required);
      expect(tail).toHaveLength(required);
      for (const exposure of tail) {
        expect(exposure.step).toBe(current);
        expect(painResponse(exposure.pain).action).toBe("green");
      }
    }
    if (decision.action === "advance") expect(decision.step).toBe(current + 1);
  });

  test.prop([ladderCase])("replaying a ladder history gives the same decision without mutating it", ([ladder, history]) => {
    const snapshot = structuredClone(history);
    const first = nextLadderStep(ladder.id, deepFreeze(history), { ladders: fixtureLadders });
    expect(nextLadderStep(ladder.id, history, { ladders: fixtureLadders })).toEqual(first);
    expect(history).toEqual(snapshot);
  });
});

describe("stage, deload and axial properties", () => {
  const checkIns = fc.array(
    fc.record(
      {
        morningPainNrs: fc.integer({ min: 0, max: 10 }),
        morningStiffnessNrs: fc.integer({ min: 0, max: 10 }),
        restage: fc.record({ stage: fc.constantFrom(...STAGES) }),
        radicularPainWeeks: fc.integer({ min: 0, max: 20 }),
      },
      { requiredKeys: ["morningPainNrs"] },
    ),
    { maxLength: 8 },
  );

  test.prop([fc.constantFrom(...STAGES), checkIns])("L-4: a stage advances exactly one step and only on a re-stage", (stage, weeks) => {
    const decision = stageTransition({ stage }, weeks);
    const from = STAGES.indexOf(stage);
    const to = STAGES.indexOf(decision.stage);
    if (decision.action === "advance") {
      expect(to).toBe(from + 1);
      expect(weeks.at(-1)?.restage).toBeDefined();
    } else if (decision.action === "drop") {
      expect(to).toBeLessThan(from);
    } else {
      expect(to).toBe(from);
    }
  });

  test.prop([fc.constantFrom(...STAGES), checkIns])("L-3: two rising weeks of morning pain never leave the stage where it was, above the first", (stage, weeks) => {
    const n = weeks.length;
    if (n < 3 || !(weeks[n - 1]!.morningPainNrs > weeks[n - 2]!.morningPainNrs && weeks[n - 2]!.morningPainNrs > weeks[n - 3]!.morningPainNrs)) return;
    const decision = stageTransition({ stage }, weeks);
    expect(decision.ruleId).toBe("L-3");
    expect(decision.action).toBe(stage === "symptom-modulation" ? "hold" : "drop");
  });

  test.prop([fc.constantFrom(...STAGES), checkIns])("stageTransition and deloadDue replay identically and mutate nothing", (stage, weeks) => {
    const snapshot = structuredClone(weeks);
    const frozen = deepFreeze(structuredClone(weeks));
    expect(stageTransition({ stage }, frozen)).toEqual(stageTransition({ stage }, weeks));
    const summaries = weeks.map((week) => ({ morningPainNrs: week.morningPainNrs }));
    expect(deloadDue(deepFreeze(structuredClone(summaries)))).toEqual(deloadDue(summaries));
    expect(weeks).toEqual(snapshot);
  });

  test.prop([painReport])("painResponse replays identically on a frozen report", (report) => {
    expect(painResponse(deepFreeze({ ...report }))).toEqual(painResponse(report));
  });

  const weekSummaries = fc.array(
    fc.record(
      { deload: fc.boolean(), acwr: fc.option(fc.double({ min: 0, max: 3, noNaN: true, noDefaultInfinity: true }), { nil: null }), morningPainNrs: fc.integer({ min: 0, max: 10 }) },
      { requiredKeys: [] },
    ),
    { maxLength: 14 },
  );

  test.prop([weekSummaries, fc.integer({ min: 4, max: 6 })])("P-7: a deload is never more than the cadence apart", (weeks, cadenceWeeks) => {
    const decision = deloadDue(weeks, { cadenceWeeks });
    if (decision.weeksSinceDeload >= cadenceWeeks - 1) expect(decision.action).toBe("deload");
    if (decision.action === "continue") expect(decision.triggers).toEqual([]);
    else expect(decision.triggers.length).toBeGreaterThan(0);
  });

  const day = fc.record({
    exercises: fc.array(fc.record({ id: fc.constantFrom("a", "b", "c"), spineDemand: fc.record({ axialCompression: fc.constantFrom(0, 1, 2, 3) as fc.Arbitrary<0 | 1 | 2 | 3> }) }), {
      maxLength: 3,
    }),
  });
  test.prop([fc.array(day, { maxLength: 10 })])("P-7: one finding per pair of adjacent axial days (naive count)", (days) => {
    const axial = days.map((d) => d.exercises.some((e) => e.spineDemand.axialCompression >= 2));
    let expected = 0;
    for (let i = 1; i < axial.length; i++) if (axial[i] && axial[i - 1]) expected++;
    expect(axialAlternation(days)).toHaveLength(expected);
  });
});

describe("load step properties", () => {
  const increments: fc.Arbitrary<LoadIncrements> = fc.oneof(
    fc.constant<LoadIncrements>({ kind: "barbell" }),
    fc.constant<LoadIncrements>({ kind: "kettlebell" }),
    fc.constant<LoadIncrements>({ kind: "dumbbell", stepKg: 2.5, minKg: 2.5 }),
    fc.integer({ min: 1, max: 20 }).map((step): LoadIncrements => ({ kind: "fixed", stepKg: step / 2 })),
  );
  const kg = fc.double({ min: 0, max: 200, noNaN: true, noDefaultInfinity: true });

  test.prop([kg, increments])("P-9: the next step is the smallest available load above, and is itself available", (load, inc) => {
    const next = nextLoadStep(load, inc);
    if (next === null) return;
    expect(next).toBeGreaterThan(load);
    expect(roundDownToAvailableLoad(next, inc)).toBe(next);
    // Nothing available lies strictly between the load and the step.
    const below = roundDownToAvailableLoad(next - 0.001, inc);
    if (below !== null) expect(below).toBeLessThanOrEqual(load + 1e-9);
  });

  test.prop([kg, increments])("rounding down never goes above the target", (target, inc) => {
    const rounded = roundDownToAvailableLoad(target, inc);
    if (rounded !== null) expect(rounded).toBeLessThanOrEqual(target + 1e-9);
  });
});
