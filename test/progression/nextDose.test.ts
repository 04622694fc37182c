import { describe, expect, it } from "vitest";
import { getExercise } from "../../src/catalog/index.js";
import { nextDose, OUTSIDE_NEUTRAL_DRILLS, type Prescription, type RangeOfMotion } from "../../src/progression/index.js";
import { allNo } from "../screening/answers.js";
import { amber, backSquat, flare, gluteBridge, gobletSquat, green, jeffersonCurl, peripheralised, red, session } from "./fixtures.js";

const goblet: Prescription = { exerciseId: "goblet-squat", sets: 3, reps: { min: 8, max: 10 }, loadKg: 16 };
const twoGreenAtTop = [session("2025-03-03", "goblet-squat", green, 3, 10, 16), session("2025-03-05", "goblet-squat", green, 3, 10, 16)];
const advanced = { stage: "function-optimisation", exercise: gobletSquat } as const;

describe("nextDose guards", () => {
  it("insufficient-data: no session of the exercise holds the dose", () => {
    const decision = nextDose([session("2025-03-03", "glute-bridge", green, 3, 12, null)], goblet);
    expect(decision.action).toBe("hold");
    expect(decision.code).toBe("insufficient-data");
    expect(decision.prescription).toEqual(goblet);
    expect(decision.painResponse).toBeNull();
  });

  it("S-9: a check-in re-screen above proceed-with-advisory stops, from the log or the options", () => {
    const logged = [...twoGreenAtTop.slice(0, 1), { ...twoGreenAtTop[1]!, safety: { action: "urgent-referral" as const } }];
    expect(nextDose(logged, goblet, advanced)).toMatchObject({ action: "stop", ruleId: "S-9", code: "safety-stop" });
    expect(nextDose(twoGreenAtTop, goblet, { ...advanced, safety: { action: "emergency" } }).action).toBe("stop");
    expect(nextDose([], goblet, { safety: { action: "stop-until-cleared" } }).action).toBe("stop");
    expect(nextDose(twoGreenAtTop, goblet, { ...advanced, safety: { action: "proceed-with-advisory" } }).action).toBe("progress");
  });

  it("S-9: raw check-in answers are re-screened with screenCheckIn", () => {
    expect(nextDose(twoGreenAtTop, goblet, { ...advanced, checkIn: { unexplainedWeightLoss: true } })).toMatchObject({ action: "stop", ruleId: "S-9" });
    const logged = [twoGreenAtTop[0]!, { ...twoGreenAtTop[1]!, checkIn: allNo }];
    expect(nextDose(logged, goblet, advanced).action).toBe("progress");
  });

  it("looks the exercise up in the built-in catalog when none is given", () => {
    const decision = nextDose(twoGreenAtTop, goblet, { stage: "function-optimisation", direction: { peripheralising: ["flexion"] } });
    expect(decision.code).toBe("direction-conflict");
  });

  it("L-5: an exercise loading a peripheralising direction stops (direction conflict)", () => {
    const decision = nextDose(twoGreenAtTop, goblet, { ...advanced, direction: { peripheralising: ["flexion"] } });
    expect(decision).toMatchObject({ action: "stop", ruleId: "L-5", code: "direction-conflict" });
    expect(nextDose(twoGreenAtTop, goblet, { ...advanced, direction: { peripheralising: ["extension"] } }).action).toBe("progress");
    expect(nextDose([], goblet, { ...advanced, direction: { peripheralising: ["flexion"] } }).code).toBe("direction-conflict");
  });

  it("L-5: peripheralisation in the latest session stops", () => {
    const history = [twoGreenAtTop[0]!, session("2025-03-05", "goblet-squat", peripheralised, 3, 10, 16)];
    expect(nextDose(history, goblet, advanced)).toMatchObject({ action: "stop", ruleId: "L-5", code: "peripheralised" });
  });

  it("L-1: an amber session holds the dose", () => {
    const history = [twoGreenAtTop[0]!, session("2025-03-05", "goblet-squat", amber, 3, 10, 16)];
    const decision = nextDose(history, goblet, advanced);
    expect(decision).toMatchObject({ action: "hold", ruleId: "L-1", code: "amber-response", axis: null });
    expect(decision.prescription.loadKg).toBe(16);
  });

  it("L-2: a flare regresses the load × 0.8, rounded down to an available kettlebell", () => {
    const history = [twoGreenAtTop[0]!, session("2025-03-05", "goblet-squat", flare, 3, 10, 16)];
    const decision = nextDose(history, goblet, advanced);
    expect(decision).toMatchObject({ action: "regress", ruleId: "L-2", axis: "load", code: "red-response" });
    expect(decision.prescription.loadKg).toBe(12); // 16 × 0.8 = 12.8 → 12 kg bell
  });

  it("L-2: without the next morning the session is not yet judged (hold)", () => {
    const history = [twoGreenAtTop[0]!, session("2025-03-05", "goblet-squat", { baselineNrs: 1, duringNrs: 2 }, 3, 10, 16)];
    expect(nextDose(history, goblet, advanced)).toMatchObject({ action: "hold", code: "awaiting-next-morning", ruleId: "L-2" });
  });
});

describe("nextDose regression rule", () => {
  it("L-1: the first red on a loaded lift takes the load × 0.8 down to an available load", () => {
    const squat: Prescription = { exerciseId: "low-bar-back-squat", sets: 3, reps: { min: 5, max: 8 }, loadKg: 80 };
    const decision = nextDose([session("2025-03-05", "low-bar-back-squat", red, 3, 8, 80)], squat, { exercise: backSquat });
    expect(decision.action).toBe("regress");
    expect(decision.prescription.loadKg).toBe(62.5); // 64 kg → 62.5 kg with 1.25 kg plates in pairs on a 20 kg bar
  });

  it("P-3: a bar-on-back lift answers to the lower ceiling and the reasons prefer hands-held loads", () => {
    const squat: Prescription = { exerciseId: "low-bar-back-squat", sets: 3, reps: { min: 5, max: 8 }, loadKg: 80 };
    const pain = { baselineNrs: 1, duringNrs: 4, nextMorningNrs: 1 };
    const bar = nextDose([session("2025-03-05", "low-bar-back-squat", pain, 3, 8, 80)], squat, { exercise: backSquat });
    expect(bar.action).toBe("regress");
    expect(bar.reasons.some((item) => item.ruleId === "P-3")).toBe(true);
    const hands = nextDose([session("2025-03-05", "goblet-squat", pain, 3, 10, 16)], goblet, { exercise: gobletSquat });
    expect(hands.action).toBe("hold");
  });

  it("P-4: a barbell regression suggests accommodating resistance", () => {
    const squat: Prescription = { exerciseId: "low-bar-back-squat", sets: 3, reps: { min: 5, max: 8 }, loadKg: 100 };
    const decision = nextDose([session("2025-03-05", "low-bar-back-squat", red, 3, 8, 100)], squat, { exercise: backSquat });
    expect(decision.prescription.loadKg).toBe(80);
    expect(decision.reasons.some((item) => item.ruleId === "P-4")).toBe(true);
  });

  it("two reds in a row step down the regressions instead of cutting load again", () => {
    const history = [session("2025-03-03", "goblet-squat", red, 3, 10, 16), session("2025-03-05", "goblet-squat", red, 3, 10, 16)];
    const decision = nextDose(history, goblet, advanced);
    expect(decision).toMatchObject({ action: "regress", axis: "exercise" });
    expect(decision.prescription.exerciseId).toBe("box-squat");
    expect(decision.prescription.loadKg).toBeNull();
  });

  it("a red on a bodyweight exercise steps down the regressions, or takes a set off when none is known", () => {
    const bridge: Prescription = { exerciseId: "glute-bridge", sets: 3, reps: { min: 8, max: 15 } };
    const decision = nextDose([session("2025-03-05", "glute-bridge", red, 3, 15, null)], bridge, { exercise: gluteBridge });
    expect(decision).toMatchObject({ action: "regress", axis: "sets" });
    expect(decision.prescription.sets).toBe(2);
    const single: Prescription = { ...bridge, sets: 1 };
    expect(nextDose([session("2025-03-05", "glute-bridge", red, 1, 15, null)], single, { exercise: gluteBridge })).toMatchObject({
      action: "stop",
      code: "no-regression",
    });
  });
});

describe("nextDose progression rules", () => {
  it("L-4: progress only after 2 consecutive green sessions at this dose", () => {
    expect(nextDose(twoGreenAtTop.slice(1), goblet, advanced)).toMatchObject({ action: "hold", ruleId: "L-4", code: "needs-green-sessions", greenStreak: 1 });
    expect(nextDose(twoGreenAtTop, goblet, advanced)).toMatchObject({ action: "progress", greenStreak: 2 });
    const three = nextDose(twoGreenAtTop, goblet, { ...advanced, greenSessionsToProgress: 3 });
    expect(three.code).toBe("needs-green-sessions");
  });

  it("L-4: a green session at a lower load does not count toward the streak at the new load", () => {
    const history = [session("2025-03-03", "goblet-squat", green, 3, 10, 12), session("2025-03-05", "goblet-squat", green, 3, 10, 16)];
    expect(nextDose(history, goblet, advanced)).toMatchObject({ action: "hold", code: "needs-green-sessions", greenStreak: 1 });
  });

  it("P-9: every set at the top of the range at the prescribed load adds the smallest step", () => {
    const decision = nextDose(twoGreenAtTop, goblet, advanced);
    expect(decision).toMatchObject({ action: "progress", axis: "load", ruleId: "P-9" });
    expect(decision.prescription).toEqual({ ...goblet, loadKg: 20 });
  });

  it("P-9: a set short of the top holds the load", () => {
    const history = [twoGreenAtTop[0]!, { ...session("2025-03-05", "goblet-squat", green, 3, 10, 16), sets: [{ reps: 10, loadKg: 16 }, { reps: 10, loadKg: 16 }, { reps: 9, loadKg: 16 }] }];
    expect(nextDose(history, goblet, advanced)).toMatchObject({ action: "hold", ruleId: "P-9", code: "below-top-of-range" });
  });

  it("P-9: judged on what was lifted — a set below the prescribed load never counts, even at the top of the range", () => {
    const dropped = { ...session("2025-03-05", "goblet-squat", green, 3, 10, 16), sets: [{ reps: 10, loadKg: 16 }, { reps: 10, loadKg: 12 }, { reps: 10, loadKg: 12 }] };
    const decision = nextDose([twoGreenAtTop[0]!, dropped], goblet, advanced);
    expect(decision).toMatchObject({ action: "hold", ruleId: "P-9", code: "below-prescribed-load" });
    expect(decision.prescription.loadKg).toBe(16);
  });

  it("P-9: sets lifted above the prescribed load count", () => {
    const heavier = [session("2025-03-03", "goblet-squat", green, 3, 10, 20), session("2025-03-05", "goblet-squat", green, 3, 10, 20)];
    expect(nextDose(heavier, goblet, advanced).prescription.loadKg).toBe(20);
  });

  it("P-9: the load step comes from the available increments", () => {
    const barbell: Prescription = { exerciseId: "trap-bar-deadlift", sets: 3, reps: { min: 5, max: 8 }, loadKg: 60 };
    const history = [session("2025-03-03", "trap-bar-deadlift", green, 3, 8, 60), session("2025-03-05", "trap-bar-deadlift", green, 3, 8, 60)];
    const stage = "function-optimisation" as const;
    expect(nextDose(history, barbell, { stage, loadIncrements: { kind: "barbell" } }).prescription.loadKg).toBe(62.5);
    expect(nextDose(history, barbell, { stage, loadIncrements: { kind: "barbell", plateKg: [2.5, 5] } }).prescription.loadKg).toBe(65);
    expect(nextDose(history, barbell, { stage, loadIncrements: { kind: "fixed", stepKg: 4 } }).prescription.loadKg).toBe(64);
    expect(nextDose(history, barbell, { stage, loadIncrements: { kind: "dumbbell", stepKg: 2.5 } }).prescription.loadKg).toBe(62.5);
  });

  it("P-8: in the advanced stage a progression adds weight or reps, never both", () => {
    const decision = nextDose(twoGreenAtTop, goblet, advanced);
    expect(decision.reasons.some((item) => item.ruleId === "P-8")).toBe(true);
    expect(decision.prescription.reps).toEqual(goblet.reps);
    expect(decision.prescription.sets).toBe(goblet.sets);
    const bridge: Prescription = { exerciseId: "glute-bridge", sets: 3, reps: { min: 8, max: 12 } };
    const history = [session("2025-03-03", "glute-bridge", green, 3, 12, null), session("2025-03-05", "glute-bridge", green, 3, 12, null)];
    const reps = nextDose(history, bridge, { stage: "function-optimisation", exercise: gluteBridge });
    expect(reps).toMatchObject({ action: "progress", axis: "reps", ruleId: "P-8" });
    expect(reps.prescription).toEqual({ ...bridge, reps: { min: 10, max: 14 } });
  });

  it("P-6: early stages add a pause before adding load, up to 3 s", () => {
    const early = { stage: "movement-control", exercise: gobletSquat } as const;
    const first = nextDose(twoGreenAtTop, goblet, early);
    expect(first).toMatchObject({ action: "progress", axis: "tempo", ruleId: "P-6" });
    expect(first.prescription).toEqual({ ...goblet, pauseSeconds: 1 });
    const paused: Prescription = { ...goblet, pauseSeconds: 3 };
    expect(nextDose(twoGreenAtTop, paused, early)).toMatchObject({ action: "hold", code: "needs-green-sessions" });
    const pausedLogs = twoGreenAtTop.map((log) => ({ ...log, pauseSeconds: 3 }));
    expect(nextDose(pausedLogs, paused, early)).toMatchObject({ axis: "load", ruleId: "P-9" });
  });

  it("P-6: after a layoff the load comes back lighter", () => {
    const decision = nextDose(twoGreenAtTop, goblet, { ...advanced, today: "2025-04-01" });
    expect(decision).toMatchObject({ action: "regress", ruleId: "P-6", code: "layoff", axis: "load" });
    expect(decision.prescription.loadKg).toBe(12);
    expect(nextDose(twoGreenAtTop, goblet, { ...advanced, today: "2025-03-10" }).action).toBe("progress");
  });

  it("P-5: outside-neutral drills start at 3 × 6–8 and progress range, then load, then volume", () => {
    const drill: Prescription = { exerciseId: "jefferson-curl", sets: 3, reps: { min: 6, max: 8 }, loadKg: null, rangeOfMotion: "half" };
    const history = (load: number | null, rangeOfMotion: RangeOfMotion = "full") => [
      session("2025-03-03", "jefferson-curl", green, 3, 8, load, { rangeOfMotion }),
      session("2025-03-05", "jefferson-curl", green, 3, 8, load, { rangeOfMotion }),
    ];
    const options = { exercise: jeffersonCurl, stage: "function-optimisation" } as const;
    expect(nextDose(history(null, "quarter"), drill, options).code).toBe("needs-green-sessions");
    const range = nextDose(history(null, "half"), drill, options);
    expect(range).toMatchObject({ action: "progress", axis: "range-of-motion", ruleId: "P-5" });
    expect(range.prescription.rangeOfMotion).toBe("three-quarter");
    const full: Prescription = { ...drill, rangeOfMotion: "full" };
    const load = nextDose(history(null), full, options);
    expect(load).toMatchObject({ axis: "load", ruleId: "P-5" });
    expect(load.prescription.loadKg).toBe(4);
    const heaviest: Prescription = { ...full, loadKg: 48 };
    const volume = nextDose(history(48), heaviest, options);
    expect(volume).toMatchObject({ axis: "sets", ruleId: "P-5" });
    expect(volume.prescription.sets).toBe(4);
  });

  it("P-5: every outside-neutral drill is in the catalog and starts at 3 × 6–8", () => {
    for (const id of OUTSIDE_NEUTRAL_DRILLS) {
      const exercise = getExercise(id);
      expect(exercise, id).toBeDefined();
      expect(exercise!.defaultDose).toMatchObject({ kind: "reps", sets: 3, reps: { min: 6, max: 8 } });
    }
  });

  it("holds progress hold time, then sets", () => {
    const plank: Prescription = { exerciseId: "side-bridge", sets: 3, holdSeconds: { min: 10, max: 20 } };
    const logs = [0, 1].map((day) => ({
      date: `2025-03-0${day + 3}`,
      exerciseId: "side-bridge",
      pain: green,
      sets: [{ holdSeconds: 20 }, { holdSeconds: 20 }, { holdSeconds: 22 }],
    }));
    const decision = nextDose(logs, plank);
    expect(decision).toMatchObject({ action: "progress", axis: "hold-time" });
    expect(decision.prescription.holdSeconds).toEqual({ min: 15, max: 25 });
    expect(nextDose(logs, { ...plank, holdSeconds: { min: 50, max: 60 } }).code).toBe("below-top-of-range");
  });

  it("at the heaviest kettlebell a set is added, then the dose is at its maximum", () => {
    const heavy: Prescription = { ...goblet, loadKg: 48 };
    const history = [session("2025-03-03", "goblet-squat", green, 3, 10, 48), session("2025-03-05", "goblet-squat", green, 3, 10, 48)];
    expect(nextDose(history, heavy, advanced)).toMatchObject({ axis: "sets" });
    const maxed = { ...heavy, sets: 5 };
    const last = [session("2025-03-03", "goblet-squat", green, 5, 10, 48), session("2025-03-05", "goblet-squat", green, 5, 10, 48)];
    const decision = nextDose(last, maxed, advanced);
    expect(decision).toMatchObject({ action: "hold", code: "at-maximum" });
    expect(decision.reasons[0]!.message).toContain("front-squat");
  });

  it("reads the log by date, not by position", () => {
    const reversed = [...twoGreenAtTop].reverse();
    expect(nextDose(reversed, goblet, advanced)).toEqual(nextDose(twoGreenAtTop, goblet, advanced));
  });

  it("L-1, L-2: a log of the exercise with a missing pain score throws naming nextDose and the log, never reads as green", () => {
    const missing = { ...twoGreenAtTop[1]!, pain: { duringNrs: 1, nextMorningNrs: 9 } as unknown as typeof green };
    expect(() => nextDose([twoGreenAtTop[0]!, missing], goblet, advanced)).toThrow(TypeError);
    expect(() => nextDose([twoGreenAtTop[0]!, missing], goblet, advanced)).toThrow(/nextDose: history\[1\]\.pain\.baselineNrs is required/);
    const fraction = { ...twoGreenAtTop[1]!, pain: { ...green, duringNrs: 1.5 } };
    expect(() => nextDose([fraction], goblet, advanced)).toThrow(/nextDose: history\[0\]\.pain\.duringNrs must be a whole number/);
  });

  it("L-1, L-5: a session that logged no working set is still judged on its pain", () => {
    const empty = (pain: typeof green) => session("2025-03-07", "goblet-squat", pain, 0, 0, null);
    expect(nextDose([...twoGreenAtTop, empty(peripheralised)], goblet, advanced)).toMatchObject({ action: "stop", code: "peripheralised" });
    expect(nextDose([...twoGreenAtTop, empty(red)], goblet, advanced)).toMatchObject({ action: "regress", code: "red-response" });
    expect(nextDose([...twoGreenAtTop, empty(amber)], goblet, advanced)).toMatchObject({ action: "hold", code: "amber-response" });
    expect(nextDose([...twoGreenAtTop, empty(green)], goblet, advanced)).toMatchObject({ action: "hold", code: "insufficient-data" });
  });

  it("throws on a malformed prescription or option", () => {
    expect(() => nextDose([], { exerciseId: "x", sets: 3 })).toThrow(TypeError);
    expect(() => nextDose([], { ...goblet, sets: 0 })).toThrow(/nextDose: prescription.sets/);
    expect(() => nextDose([], goblet, { greenSessionsToProgress: 0 })).toThrow(RangeError);
    expect(() => nextDose([], goblet, { regressionLoadFactor: 1.2 })).toThrow(RangeError);
  });
});
