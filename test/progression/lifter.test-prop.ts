/**
 * Model-based test: a simulated lifter trains for up to 12 weeks (sessions, ladder exposures and
 * weekly check-ins in any order fast-check chooses), and every decision is checked against the
 * invariants of the progression rules.
 */
import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import {
  deloadDue,
  nextDose,
  nextLadderStep,
  painResponse,
  stageTransition,
  type DoseDecision,
  type ExerciseLog,
  type LadderExposure,
  type PainReport,
  type Prescription,
  type WeekSummary,
  type WeeklyCheckIn,
} from "../../src/progression/index.js";
import { STAGES, type Stage } from "../../src/staging/types.js";
import { increasedAxes } from "./arbitraries.js";
import { fixtureLadders, gobletSquat, hingeLadder } from "./fixtures.js";

interface Lifter {
  day: number;
  stage: Stage;
  prescription: Prescription;
  doseLog: ExerciseLog[];
  ladderStep: number;
  ladderLog: LadderExposure[];
  weeks: WeekSummary[];
  checkIns: WeeklyCheckIn[];
  nextWeekIsDeload: boolean;
  decisions: number;
}
interface Model {
  weeks: number;
  /** Decisions the commands asked for; the lifter must have received exactly these. */
  decisions: number;
}

const isoDay = (day: number): string => new Date(Date.UTC(2025, 0, 6) + day * 86_400_000).toISOString().slice(0, 10);
const painArb: fc.Arbitrary<PainReport> = fc.oneof(
  { weight: 14, arbitrary: fc.record({ baselineNrs: fc.constant(1), duringNrs: fc.integer({ min: 0, max: 2 }), nextMorningNrs: fc.integer({ min: 0, max: 1 }) }) },
  { weight: 2, arbitrary: fc.record({ baselineNrs: fc.constant(1), duringNrs: fc.integer({ min: 3, max: 5 }), nextMorningNrs: fc.integer({ min: 0, max: 2 }) }) },
  { weight: 1, arbitrary: fc.record({ baselineNrs: fc.constant(1), duringNrs: fc.integer({ min: 2, max: 8 }), nextMorningNrs: fc.integer({ min: 3, max: 5 }) }) },
  {
    weight: 1,
    arbitrary: fc.record({ baselineNrs: fc.constant(1), duringNrs: fc.integer({ min: 0, max: 3 }), nextMorningNrs: fc.constant(1), spread: fc.constant("peripheralised" as const) }),
  },
);

function checkDose(before: Prescription, log: ExerciseLog, history: readonly ExerciseLog[], decision: DoseDecision): void {
  const light = painResponse(log.pain).action;
  const load = (p: Prescription) => p.loadKg ?? 0;
  // L-1, L-2: no load increase after amber or red; L-5: peripheralisation stops.
  if (light !== "green") expect(load(decision.prescription)).toBeLessThanOrEqual(load(before));
  if (light === "stop-and-rescreen") expect(decision.action).toBe("stop");
  if (light === "red") expect(decision.action).toMatch(/regress|stop/);
  if (decision.axis === "exercise") return;
  // P-8: never two axes at once (in every stage; the rule demands it in the advanced one).
  const axes = increasedAxes(before, decision.prescription);
  expect(axes.length).toBeLessThanOrEqual(1);
  if (decision.action === "progress") {
    expect(axes).toEqual([decision.axis]);
    // L-4: the two latest sessions of this exercise were green, at the prescribed load or more (P-9).
    const own = history.filter((entry) => entry.exerciseId === before.exerciseId).slice(-2);
    expect(own).toHaveLength(2);
    for (const entry of own) {
      expect(painResponse(entry.pain).action).toBe("green");
      for (const set of entry.sets) expect(set.loadKg ?? 0).toBeGreaterThanOrEqual(load(before));
    }
  } else {
    expect(axes).toEqual([]);
  }
}

class TrainSession implements fc.Command<Model, Lifter> {
  constructor(
    readonly pain: PainReport,
    readonly repsShort: number,
    readonly liftedLighter: boolean,
  ) {}
  check(): boolean {
    return true;
  }
  run(model: Model, lifter: Lifter): void {
    model.decisions++;
    const p = lifter.prescription;
    const range = p.reps!;
    const loadKg = this.liftedLighter && (p.loadKg ?? 0) > 4 ? (p.loadKg ?? 0) - 4 : (p.loadKg ?? null);
    const log: ExerciseLog = {
      date: isoDay(lifter.day),
      exerciseId: p.exerciseId,
      pain: this.pain,
      sets: Array.from({ length: p.sets }, (_, index) => ({ reps: index === p.sets - 1 ? Math.max(range.min, range.max - this.repsShort) : range.max, loadKg })),
      ...(p.pauseSeconds === undefined ? {} : { pauseSeconds: p.pauseSeconds }),
    };
    lifter.day += 2;
    lifter.doseLog.push(log);
    const exercise = p.exerciseId === gobletSquat.id ? gobletSquat : undefined;
    const decision = nextDose(lifter.doseLog, p, exercise === undefined ? { stage: lifter.stage } : { stage: lifter.stage, exercise });
    // Replaying the same history gives the same decision.
    expect(nextDose([...lifter.doseLog], p, exercise === undefined ? { stage: lifter.stage } : { stage: lifter.stage, exercise })).toEqual(decision);
    checkDose(p, log, lifter.doseLog, decision);
    lifter.prescription = decision.prescription;
    lifter.decisions++;
  }
  toString(): string {
    return `train(${JSON.stringify(this.pain)}, short ${this.repsShort}, lighter ${this.liftedLighter})`;
  }
}

class ClimbLadder implements fc.Command<Model, Lifter> {
  constructor(readonly pain: PainReport) {}
  check(): boolean {
    return true;
  }
  run(model: Model, lifter: Lifter): void {
    model.decisions++;
    lifter.ladderLog.push({ step: lifter.ladderStep, pain: this.pain, date: isoDay(lifter.day) });
    lifter.day += 1;
    const decision = nextLadderStep("hinge", lifter.ladderLog, { ladders: fixtureLadders });
    // P-1, L-4: never skip a step; advance only after 2 greens at the current step.
    expect(Math.abs(decision.step - lifter.ladderStep)).toBeLessThanOrEqual(1);
    expect(decision.step).toBeLessThan(hingeLadder.steps.length);
    if (decision.action === "advance") {
      const tail = lifter.ladderLog.slice(-2);
      expect(tail.every((exposure) => exposure.step === lifter.ladderStep && painResponse(exposure.pain).action === "green")).toBe(true);
      expect(decision.step).toBe(lifter.ladderStep + 1);
    }
    if (painResponse(this.pain).action !== "green") expect(decision.step).toBeLessThanOrEqual(lifter.ladderStep);
    lifter.ladderStep = decision.step;
    lifter.decisions++;
  }
  toString(): string {
    return `ladder(${JSON.stringify(this.pain)})`;
  }
}

class EndWeek implements fc.Command<Model, Lifter> {
  constructor(
    readonly morningPainNrs: number,
    readonly acwr: number | null,
    readonly restage: Stage | null,
  ) {}
  check(model: Model): boolean {
    return model.weeks < 12;
  }
  run(model: Model, lifter: Lifter): void {
    model.weeks++;
    model.decisions += 2;
    lifter.weeks.push({ deload: lifter.nextWeekIsDeload, acwr: this.acwr, morningPainNrs: this.morningPainNrs });
    const checkIn: WeeklyCheckIn = this.restage === null ? { morningPainNrs: this.morningPainNrs } : { morningPainNrs: this.morningPainNrs, restage: { stage: this.restage } };
    lifter.checkIns.push(checkIn);
    const deload = deloadDue(lifter.weeks);
    // P-7: never more than the cadence between deloads.
    if (deload.weeksSinceDeload >= 4) expect(deload.action).toBe("deload");
    lifter.nextWeekIsDeload = deload.action === "deload";
    const stage = stageTransition({ stage: lifter.stage }, lifter.checkIns);
    const from = STAGES.indexOf(lifter.stage);
    const to = STAGES.indexOf(stage.stage);
    // L-4: a stage advances one step, only on a re-stage.
    if (to > from) {
      expect(to).toBe(from + 1);
      expect(this.restage).not.toBeNull();
    }
    lifter.stage = stage.stage;
    lifter.decisions += 2;
  }
  toString(): string {
    return `week(${this.morningPainNrs}, ${this.acwr}, ${this.restage})`;
  }
}

const commands = fc.commands(
  [
    fc.tuple(painArb, fc.integer({ min: 0, max: 3 }), fc.boolean()).map(([pain, short, lighter]) => new TrainSession(pain, short === 3 ? 0 : short, lighter)),
    painArb.map((pain) => new ClimbLadder(pain)),
    fc
      .tuple(fc.integer({ min: 0, max: 6 }), fc.option(fc.double({ min: 0.5, max: 2, noNaN: true, noDefaultInfinity: true }), { nil: null }), fc.option(fc.constantFrom(...STAGES), { nil: null }))
      .map(([pain, acwr, restage]) => new EndWeek(pain, acwr, restage)),
  ],
  { maxCommands: 60, size: "max" },
);

test.prop([fc.constantFrom(...STAGES), commands])("model: a lifter over 12 weeks gets decisions that respect every invariant", (stage, cmds) => {
  const lifter: Lifter = {
    day: 0,
    stage,
    prescription: { exerciseId: "goblet-squat", sets: 3, reps: { min: 8, max: 10 }, loadKg: 12 },
    doseLog: [],
    ladderStep: 0,
    ladderLog: [],
    weeks: [],
    checkIns: [],
    nextWeekIsDeload: false,
    decisions: 0,
  };
  const model: Model = { weeks: 0, decisions: 0 };
  fc.modelRun(() => ({ model, real: lifter }), cmds);
  expect(lifter.decisions).toBe(model.decisions);
  expect(model.weeks).toBeLessThanOrEqual(12);
});
