import type { Clearance } from "../../src/screening/index.js";
import { describe, expect, it } from "vitest";
import { assess, parsePlanHistory, planSession, planWeek, type Assessment, type PlannedExercise, type PlannedSession, type PlanOptions } from "../../src/program/index.js";
import { nextDose, type ExerciseLog, type PainReport } from "../../src/progression/index.js";
import { allNo } from "../screening/answers.js";
import { athlete, irritable } from "./fixtures.js";

function assessed(input: unknown): Assessment {
  const result = assess(input);
  if (!result.ok) throw new Error(JSON.stringify(result.error.issues));
  return result.value;
}

const everything = (session: PlannedSession): PlannedExercise[] => [
  ...session.warmUp,
  ...session.blocks.flatMap((block) => block.exercises),
  ...session.core,
  ...session.finish,
];

const green: PainReport = { baselineNrs: 1, duringNrs: 1, afterNrs: 1, nextMorningNrs: 1 };
const amber: PainReport = { baselineNrs: 1, duringNrs: 4, afterNrs: 3, nextMorningNrs: 1 };
const red: PainReport = { baselineNrs: 1, duringNrs: 7, afterNrs: 6, nextMorningNrs: 2 };
const peripheralised: PainReport = { baselineNrs: 1, duringNrs: 2, nextMorningNrs: 1, spread: "peripheralised" };

function log(date: string, exerciseId: string, pain: PainReport, sets: readonly { reps?: number; holdSeconds?: number; loadKg?: number | null }[], extra: Partial<ExerciseLog> = {}): ExerciseLog {
  return { date, exerciseId, pain, sets, ...extra };
}
const reps = (count: number, each: number, loadKg: number | null = null) => Array.from({ length: count }, () => ({ reps: each, loadKg }));

function week(input: unknown, options: Partial<PlanOptions>) {
  const plan = planWeek(assessed(input), { weekStart: "2026-03-30", daysPerWeek: 3, sessionMinutes: 120, ...options });
  if (plan.status !== "planned") throw new Error(`withheld: ${plan.action}`);
  return plan;
}

const plannedIds = (plan: ReturnType<typeof week>) => plan.sessions.flatMap((session) => everything(session).map((item) => item.exerciseId));
const itemsOf = (plan: ReturnType<typeof week>, id: string) => plan.sessions.flatMap((session) => everything(session).filter((item) => item.exerciseId === id));

describe("every part of a session obeys the pain model (L-1, L-2, L-5)", () => {
  const base = week(athlete, {});
  const warmUpIds = base.sessions[0]!.warmUp.map((item) => item.exerciseId);
  const coreIds = base.sessions.flatMap((session) => session.core.map((item) => item.exerciseId));

  it("L-5: a warm-up drill that sent symptoms down the leg is not planned; the slot is picked again and says why", () => {
    const drill = warmUpIds.at(-1)!;
    const plan = week(athlete, { history: { exerciseLogs: [log("2026-03-26", drill, peripheralised, reps(2, 8))] } });
    expect(plannedIds(plan)).not.toContain(drill);
    // The first session's rotation picked the drill; its slot is filled by another, which says why.
    const session = plan.sessions[0]!;
    expect(session.warmUp.map((item) => item.role)).toEqual(base.sessions[0]!.warmUp.map((item) => item.role));
    const why = session.warmUp.at(-1)!.reasons;
    expect(why.some((item) => item.ruleId === "L-5" && item.message.includes("is stopped"))).toBe(true);
  });

  it("L-5: a core exercise that sent symptoms down the leg is not planned in any session", () => {
    const core = coreIds[0]!;
    const plan = week(athlete, { history: { exerciseLogs: [log("2026-03-26", core, peripheralised, [{ holdSeconds: 30 }, { holdSeconds: 30 }])] } });
    expect(plannedIds(plan)).not.toContain(core);
  });

  it("L-1: after a red core session no more sets or reps than were logged (it planned more sets than logged)", () => {
    const plan = week(athlete, { history: { exerciseLogs: [log("2026-03-26", "half-kneeling-pallof-press", red, reps(2, 6))] } });
    const items = itemsOf(plan, "half-kneeling-pallof-press");
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(item.dose.kind).toBe("reps");
      if (item.dose.kind !== "reps") continue;
      // After red: fewer sets than logged, never more.
      expect(item.dose.sets.length).toBeLessThanOrEqual(1);
      for (const each of item.dose.sets) expect(each).toBeLessThanOrEqual(6);
    }
  });

  it("L-1: after an amber core session the dose holds at what was logged", () => {
    const plan = week(athlete, { history: { exerciseLogs: [log("2026-03-26", "bird-dog", amber, reps(2, 6))] } });
    for (const item of itemsOf(plan, "bird-dog")) {
      expect(item.dose).toMatchObject({ kind: "reps", sets: [6, 6] });
      expect(item.reasons.some((why) => why.message.includes("no more sets, reps, hold time or load"))).toBe(true);
    }
  });

  it("L-1: a hold after amber keeps no longer a hold than logged", () => {
    const plan = week(athlete, { history: { exerciseLogs: [log("2026-03-26", "plank", amber, [{ holdSeconds: 15 }, { holdSeconds: 20 }])] } });
    const items = itemsOf(plan, "plank");
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(item.dose).toMatchObject({ kind: "hold", sets: 2, holdSeconds: 15 });
  });

  it("L-5: a regression never swaps to an exercise that was itself stopped", () => {
    // A red plank regresses to the wall dead bug, whose own last session peripheralised.
    const logs = [
      log("2026-03-23", "wall-dead-bug", peripheralised, reps(2, 8)),
      log("2026-03-26", "plank", red, [{ holdSeconds: 30 }, { holdSeconds: 30 }]),
    ];
    expect(nextDose(logs, { exerciseId: "plank", sets: 2, holdSeconds: { min: 30, max: 30 } })).toMatchObject({
      action: "regress",
      prescription: { exerciseId: "wall-dead-bug" },
    });
    const plan = week(athlete, { history: { exerciseLogs: logs } });
    expect(plannedIds(plan)).not.toContain("wall-dead-bug");
    expect(plannedIds(plan)).not.toContain("plank");
    const why = plan.sessions.flatMap((session) => [...everything(session).flatMap((item) => item.reasons), ...session.reasons]);
    // The planner's reason, then the stopped exercise's own reasons, each a reason of its own.
    const at = why.findIndex((item) => item.code === "program.fill-cannot-plan" && item.message === "Wall dead bug with posterior tilt cannot be planned here: Front plank is set aside.");
    expect(at).toBeGreaterThanOrEqual(0);
    expect(why[at + 1]?.message).toBe("Wall dead bug with posterior tilt is stopped.");
    expect(why[at + 2]).toMatchObject({ ruleId: "L-5", code: "progression.pain-peripheralised" });
  });

  it("L-1: a regression to an exercise that may be planned is taken and dosed by its own history", () => {
    const logs = [log("2026-03-26", "plank", red, [{ holdSeconds: 30 }, { holdSeconds: 30 }])];
    const plan = week(athlete, { history: { exerciseLogs: logs } });
    expect(plannedIds(plan)).not.toContain("plank");
    expect(plannedIds(plan)).toContain("wall-dead-bug");
    const swapped = itemsOf(plan, "wall-dead-bug")[0]!;
    expect(swapped.reasons.some((why) => why.ruleId === "L-1" && /Front plank → Wall dead bug/.test(why.message))).toBe(true);
  });

  it("P-9, L-1: logs given out of date order are read by date (it held the older, heavier load after an amber)", () => {
    const id = "kickstand-romanian-deadlift";
    const logs = [
      log("2026-03-26", id, amber, reps(2, 9, 20)),
      log("2026-03-19", id, green, reps(2, 9, 24)),
    ];
    const plan = week(athlete, { history: { exerciseLogs: logs } });
    const items = itemsOf(plan, id);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(item.dose.kind).toBe("reps");
      if (item.dose.kind === "reps") expect(item.dose.loadKg).toBe(20);
    }
    // The same logs in date order plan the same week.
    expect(week(athlete, { history: { exerciseLogs: [...logs].reverse() } })).toEqual(plan);
  });

  it("L-5: an easy walk that sent symptoms down the leg is not the finisher, and the session says why", () => {
    const plan = week(irritable, { history: { exerciseLogs: [log("2026-03-26", "walking", peripheralised, [{ holdSeconds: 900 }])] } });
    expect(plan.stage).toBe("symptom-modulation");
    for (const session of plan.sessions) {
      expect(session.finish).toEqual([]);
      expect(session.reasons.some((why) => why.ruleId === "L-5" && /walking is stopped/i.test(why.message))).toBe(true);
    }
  });
});

describe("a check-in recorded in the history (S-9)", () => {
  const logs = [log("2026-03-23", "bird-dog", green, reps(2, 8)), log("2026-03-26", "plank", green, [{ holdSeconds: 30 }])];
  const emergency = { ...allNo, saddleNumbness: true };

  it("S-9, S-1: an emergency in an exercise log's check-in withholds the week, as nextDose stops on the same history", () => {
    const history = { exerciseLogs: [logs[0]!, { ...logs[1]!, checkIn: emergency }] };
    expect(nextDose(history.exerciseLogs, { exerciseId: "bird-dog", sets: 2, reps: { min: 8, max: 8 } })).toMatchObject({ action: "stop", ruleId: "S-9" });
    for (const plan of [
      planWeek(assessed(athlete), { weekStart: "2026-03-30", history }),
      planSession(assessed(athlete), { date: "2026-03-30", history }),
    ]) {
      expect(plan.status).toBe("withheld");
      if (plan.status !== "withheld") continue;
      expect(plan.action).toBe("emergency");
      expect(plan.sessions).toBeUndefined();
      expect(plan.reasons[0]!.ruleId).toBe("S-9");
      expect(plan.reasons[0]!.message).toContain("the plank log of 2026-03-26");
      expect(plan.reasons.some((why) => why.ruleId === "S-1")).toBe(true);
      expect(plan.safetyNet.length).toBeGreaterThan(0);
    }
  });

  it("S-9: a recorded safety result that does not allow training withholds too, with its safety net", () => {
    const plan = planWeek(assessed(athlete), { weekStart: "2026-03-30", history: { exerciseLogs: [{ ...logs[1]!, safety: { action: "stop-until-cleared" } }] } });
    expect(plan).toMatchObject({ status: "withheld", action: "stop-until-cleared", ruleId: "S-9" });
    if (plan.status === "withheld") expect(plan.safetyNet).toMatch(/train/i);
  });

  it("S-12: a later clear check-in does not lift a logged emergency; a clearance dated on or after it that names it does", () => {
    const later = { exerciseLogs: [{ ...logs[0]!, checkIn: emergency }, { ...logs[1]!, checkIn: allNo }] };
    expect(planWeek(assessed(athlete), { weekStart: "2026-03-30", history: later })).toMatchObject({ status: "withheld", action: "emergency" });
    expect(planWeek(assessed(athlete), { weekStart: "2026-03-30", history: later, checkIn: allNo }).status).toBe("withheld");
    const clearance = (covers: Clearance["covers"], assessedEmergency: boolean, date = logs[0]!.date): Clearance => ({ date, clearedBy: "Dr A. Patel (GP)", covers, assessedEmergency });
    const named = Object.keys(emergency).filter((key) => (emergency as Record<string, unknown>)[key] === true) as Clearance["covers"];
    // An emergency needs the clearance to say it was assessed (S-12).
    expect(planWeek(assessed(athlete), { weekStart: "2026-03-30", history: { ...later, clearances: [clearance(named, false)] } }).status).toBe("withheld");
    const cleared = planWeek(assessed(athlete), { weekStart: "2026-03-30", history: { ...later, clearances: [clearance(named, true)] } });
    expect(cleared.status).toBe("planned");
    // A clearance dated before the report covers nothing: the report is new since.
    const early = planWeek(assessed(athlete), { weekStart: "2026-03-30", history: { ...later, clearances: [clearance(named, true, "2026-01-01")] } });
    expect(early.status).toBe("withheld");
    // Today's check-in may carry the clearance.
    expect(planWeek(assessed(athlete), { weekStart: "2026-03-30", history: later, checkIn: { ...allNo, date: "2026-03-30", clearances: [clearance(named, true)] } }).status).toBe("planned");
  });

  it("S-9: incomplete answers in the history are lifted by a later complete check-in", () => {
    const { fever: _fever, ...partial } = allNo;
    const later = { exerciseLogs: [{ ...logs[0]!, checkIn: partial }, { ...logs[1]!, checkIn: allNo }] };
    expect(planWeek(assessed(athlete), { weekStart: "2026-03-30", history: later }).status).toBe("planned");
    const open = { exerciseLogs: [{ ...logs[0]!, checkIn: allNo }, { ...logs[1]!, checkIn: partial }] };
    expect(planWeek(assessed(athlete), { weekStart: "2026-03-30", history: open })).toMatchObject({ status: "withheld", action: "incomplete-screening" });
    const today = planWeek(assessed(athlete), { weekStart: "2026-03-30", history: open, checkIn: allNo });
    expect(today.status).toBe("planned");
    if (today.status === "planned") expect(today.sessions.flatMap(everything).map((item) => item.exerciseId)).toContain("plank");
  });

  it("S-9, T-4: new radicular pain recorded with a log caps the week's stage as today's check-in would", () => {
    const radicular = { ...allNo, legSymptoms: { legs: "one", reach: "below-knee", numbness: false, weakness: false, worsening: false } } as const;
    const plan = planWeek(assessed(athlete), { weekStart: "2026-03-30", history: { exerciseLogs: [{ ...logs[1]!, checkIn: radicular }] } });
    expect(plan).toMatchObject({ status: "planned", action: "proceed-with-advisory", stage: "symptom-modulation" });
    if (plan.status === "planned") expect(plan.advisories.some((why) => why.ruleId === "T-4" && /recorded check-in/.test(why.message))).toBe(true);
  });

  it("S-9: on the same day the more severe check-in stands", () => {
    const sameDay = { exerciseLogs: [{ ...logs[1]!, checkIn: emergency }, { ...logs[1]!, exerciseId: "bird-dog", checkIn: allNo }] };
    expect(planWeek(assessed(athlete), { weekStart: "2026-03-30", history: sameDay })).toMatchObject({ status: "withheld", action: "emergency" });
  });

  it("S-9, S-12: a ladder exposure's check-in counts too, dated or not; a clearance naming it lifts it", () => {
    const exposures = { hinge: [{ step: 0, pain: green, checkIn: emergency }] };
    expect(planWeek(assessed(athlete), { weekStart: "2026-03-30", history: { ladderExposures: exposures, exerciseLogs: [{ ...logs[1]!, checkIn: allNo }] } }).status).toBe("withheld");
    const dated = { hinge: [{ date: "2026-03-20", step: 0, pain: green, checkIn: emergency }] };
    expect(planWeek(assessed(athlete), { weekStart: "2026-03-30", history: { ladderExposures: dated, exerciseLogs: [{ ...logs[1]!, checkIn: allNo }] } }).status).toBe("withheld");
    const named = Object.keys(emergency).filter((key) => (emergency as Record<string, unknown>)[key] === true) as Clearance["covers"];
    const clearances: Clearance[] = [{ date: "2026-03-25", clearedBy: "Emergency department", covers: named, assessedEmergency: true }];
    expect(planWeek(assessed(athlete), { weekStart: "2026-03-30", history: { ladderExposures: exposures, clearances } }).status).toBe("planned");
    expect(planWeek(assessed(athlete), { weekStart: "2026-03-30", history: { ladderExposures: dated, clearances } }).status).toBe("planned");
  });
});

describe("the history is parsed (L-1, L-2)", () => {
  it("planWeek and planSession throw a TypeError listing every issue with its path; a missing pain score is never green", () => {
    const history = {
      exerciseLogs: [log("2026-03-26", "bird-dog", { duringNrs: 1, nextMorningNrs: 9 } as unknown as PainReport, reps(2, 8))],
      trainingLog: [{ date: "2026-03-26", rpe: 11, durationMinutes: 40 }],
      weeks: [{ morningPainNrs: 2.5 }],
      ladderExposures: { hinge: [{ step: 99, pain: green }] },
      exercizeLogs: [],
    } as unknown as PlanOptions["history"];
    const thrown = (() => {
      try {
        planWeek(assessed(athlete), { weekStart: "2026-03-30", history });
      } catch (error) {
        return error;
      }
      return undefined;
    })();
    expect(thrown).toBeInstanceOf(TypeError);
    const message = (thrown as TypeError).message;
    expect(message).toMatch(/^planWeek: options\.history has 5 problems:/);
    for (const path of ["history.exerciseLogs[0].pain.baselineNrs", "history.trainingLog[0].rpe", "history.weeks[0].morningPainNrs", "history.ladderExposures.hinge[0].step", "history.exercizeLogs"]) {
      expect(message).toContain(path);
    }
    expect(() => planSession(assessed(athlete), { date: "2026-03-30", history: { exerciseLogs: history!.exerciseLogs! } })).toThrow(/^planSession: options\.history has 1 problem:\nhistory\.exerciseLogs\[0\]\.pain\.baselineNrs/);
  });

  it("parsePlanHistory returns every issue with its path and accepts a valid history", () => {
    const result = parsePlanHistory({ exerciseLogs: [log("2026-03-26", "bird-dog", { duringNrs: 1, nextMorningNrs: 9 } as unknown as PainReport, reps(2, 8))], ladderExposures: { lunge: [] } });
    expect(result.ok ? [] : result.error.issues.map((issue) => issue.path)).toEqual([["ladderExposures", "lunge"], ["exerciseLogs", 0, "pain", "baselineNrs"]]);
    expect(parsePlanHistory(null).ok).toBe(false);
    const good = parsePlanHistory({ exerciseLogs: [log("2026-03-26", "bird-dog", green, reps(2, 8))], ladderProgress: { hinge: 1 }, weeks: [{}], trainingLog: [] });
    expect(good.ok).toBe(true);
  });
});
