import { describe, expect, it } from "vitest";
import {
  journalEventJsonSchema,
  journalJsonSchema,
  parseJournal,
  parseJournalEvent,
  performedAsPlanned,
  planNextWeek,
  previewResponses,
  replay,
  type Journal,
  type JournalEvent,
  type SessionEvent,
} from "../../src/journal/index.js";
import { planWeek, assess } from "../../src/program/index.js";
import { weeklyVerdict } from "../../src/load/index.js";
import { validator } from "../schemas/ajv.js";
import { generateJournal } from "./generateJournal.js";
import { athleteIntake, GREEN, NO_FLAGS } from "./simulate.js";

const intake: JournalEvent = { version: 1, id: "intake", date: "2026-03-28", type: "intake", intake: athleteIntake as never };

/** A session of goblet squats (and bird dogs) at the top of their range and a load, green unless told otherwise. */
function session(id: string, date: string, loadKg: number, pain = GREEN): SessionEvent {
  return {
    id,
    date,
    type: "session",
    rpe: 6,
    minutes: 45,
    exercises: [
      { exerciseId: "goblet-squat", sets: [{ reps: 12, loadKg }, { reps: 12, loadKg }, { reps: 12, loadKg }], pain },
      { exerciseId: "bird-dog", sets: [{ reps: 12 }, { reps: 12 }], pain },
    ],
  };
}

describe("parseJournal (J-1, J-2)", () => {
  it("J-1: accepts a record of every event type", () => {
    const journal: unknown[] = [
      intake,
      { id: "c1", date: "2026-03-30", type: "check-in", screening: NO_FLAGS },
      session("s1", "2026-03-30", 12),
      { id: "m1", date: "2026-03-31", type: "next-morning", nextMorningNrs: 1, spread: "none" },
      { id: "w1", date: "2026-04-05", type: "weekly-check-in", morningPainNrs: 2, worstPainNrs: 4, morningStiffnessNrs: 2 },
      { id: "r1", date: "2026-04-05", type: "retest", clearingTests: (athleteIntake as { clearingTests: unknown }).clearingTests, symptoms: { worstPainNrs: 3, settlingTime: "within-an-hour", nightPain: null } },
      { id: "k1", date: "2026-04-06", type: "clearance", clearedBy: "Dr A. Patel (GP)", covers: ["fever"] },
      { id: "e1", date: "2026-04-06", type: "endurance-test", times: { flexorSeconds: 90, extensorSeconds: 120, leftSideBridgeSeconds: 60, rightSideBridgeSeconds: 62 } },
      { id: "o1", date: "2026-04-06", type: "outcome", measure: "rmdq", score: 6 },
      { id: "x1", date: "2026-04-07", type: "correction", supersedes: "w1", event: { type: "weekly-check-in", morningPainNrs: 3 } },
    ];
    const result = parseJournal(journal);
    expect(result.ok ? [] : result.error.issues).toEqual([]);
    expect(result.ok && Object.isFrozen(result.value[2])).toBe(true);
  });

  it("lists every problem with its path, across events", () => {
    const result = parseJournal([
      intake,
      { id: "s1", date: "2026-02-30", type: "session", exercises: [{ exerciseId: "goblet-squat", sets: [{ loadKg: 12 }], pain: { duringNrs: 2 } }] },
      { id: "s1", date: "2026-03-29", type: "next-morning", nextMorningNrs: 11 },
      { id: "x", date: "2026-03-29", type: "correction", supersedes: "nobody", event: null },
      { id: "y", date: "2026-03-29", type: "nonsense" },
    ]);
    expect(result.ok).toBe(false);
    const paths = result.ok ? [] : result.error.issues.map((issue) => issue.path.join("."));
    expect(paths).toEqual(
      expect.arrayContaining(["1.date", "1.exercises.0.pain.baselineNrs", "2.nextMorningNrs", "3.supersedes", "4.type"]),
    );
  });

  it("J-1: a journal has exactly one intake and nothing before it", () => {
    const none = parseJournal([session("s1", "2026-03-30", 12)]);
    expect(none.ok ? [] : none.error.issues.map((issue) => issue.message)).toContain("a journal needs exactly one intake event (found none)");
    const two = parseJournal([intake, { ...intake, id: "again" }, session("early", "2026-03-27", 12)]);
    expect(two.ok ? [] : two.error.issues.map((issue) => issue.path.join("."))).toEqual(["1.type", "2.date"]);
  });

  it("J-2: ids are unique; a correction keeps the type, comes after its event and never withdraws the intake", () => {
    const result = parseJournal([
      intake,
      session("s1", "2026-03-30", 12),
      session("s1", "2026-03-31", 12),
      { id: "x1", date: "2026-03-29", type: "correction", supersedes: "s1", event: null },
      { id: "x2", date: "2026-04-01", type: "correction", supersedes: "s1", event: { type: "weekly-check-in", morningPainNrs: 2 } },
      { id: "x3", date: "2026-04-01", type: "correction", supersedes: "intake", event: null },
      { id: "x4", date: "2026-04-01", type: "correction", supersedes: "x1", event: null },
      { id: "x5", date: "2026-04-01", type: "correction", supersedes: "s1", event: { id: "other", type: "session", exercises: [] } },
    ]);
    expect(result.ok ? [] : result.error.issues.map((issue) => issue.path.join("."))).toEqual(["7.event.id", "2.id", "3.date", "4.event.type", "5.event", "6.supersedes"]);
  });

  it("never throws, whatever it is given", () => {
    for (const input of [null, undefined, 3, "x", {}, [null], [[]], [{ type: "intake" }], [Object.create(null)]]) {
      expect(() => parseJournal(input)).not.toThrow();
      expect(parseJournal(input).ok).toBe(false);
    }
  });

  it("parseJournalEvent checks one line: a set that records nothing, an outcome out of range", () => {
    expect(parseJournalEvent({ id: "o", date: "2026-04-01", type: "outcome", measure: "rmdq", score: 25 }).ok).toBe(false);
    const set = parseJournalEvent({ id: "s", date: "2026-04-01", type: "session", exercises: [{ exerciseId: "bird-dog", sets: [{ side: "left" }] }] });
    expect(set.ok ? [] : set.error.issues.map((issue) => issue.path.join("."))).toEqual(["exercises.0.sets.0"]);
  });
});

describe("the journal's JSON Schemas", () => {
  const eventSchema = journalEventJsonSchema();
  const validate = validator(journalJsonSchema());

  it("J-1: a description on every field of every event shape", () => {
    const missing: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (Array.isArray(node)) return node.forEach((item, index) => walk(item, `${path}/${index}`));
      if (node === null || typeof node !== "object") return;
      const properties = (node as { properties?: Record<string, { description?: unknown }> }).properties;
      for (const [key, value] of Object.entries(properties ?? {})) {
        if (typeof value.description !== "string" || value.description.length < 10) missing.push(`${path}/${key}`);
      }
      for (const [key, value] of Object.entries(node)) walk(value, `${path}/${key}`);
    };
    walk(eventSchema, "");
    expect(missing).toEqual([]);
    expect((eventSchema.oneOf as { description?: string }[]).every((variant) => typeof variant.description === "string")).toBe(true);
  });

  it("validates what parseJournal accepts, and refuses a bad event", () => {
    expect(validate([intake, session("s1", "2026-03-30", 12), { id: "w", date: "2026-04-05", type: "weekly-check-in", morningPainNrs: 2 }])).toEqual([]);
    expect(validate([{ id: "w", date: "2026-04-05", type: "weekly-check-in", morningPainNrs: 12 }]).length).toBeGreaterThan(0);
    expect(validate([{ id: "c", date: "2026-04-05", type: "check-in", screening: { fever: false } }]).length).toBeGreaterThan(0);
  });
});

describe("replay (J-1, J-2, J-3)", () => {
  const journal: Journal = [
    intake,
    session("s1", "2026-03-30", 12),
    session("s2", "2026-04-01", 12),
    session("s3", "2026-04-03", 12),
    { id: "w1", date: "2026-04-05", type: "weekly-check-in", morningPainNrs: 2, worstPainNrs: 4 },
  ];

  it("J-1: the same record in any order gives the same state", () => {
    const state = replay(journal);
    expect(replay([...journal].reverse())).toEqual(state);
    expect(JSON.parse(JSON.stringify(state))).toEqual(JSON.parse(JSON.stringify(replay(journal))));
    expect(Object.isFrozen(state.timeline)).toBe(true);
  });

  it("J-1: a parsed (frozen) journal's replays are remembered, and equal a fresh replay", () => {
    const parsed = parseJournal(journal);
    if (!parsed.ok) throw new Error("the journal does not parse");
    const state = replay(parsed.value);
    expect(replay(parsed.value)).toBe(state);
    expect(replay([...parsed.value])).toEqual(state);
    expect(replay(parsed.value, { asOf: "2026-03-31" })).toEqual(replay([...parsed.value], { asOf: "2026-03-31" }));
    expect(planNextWeek(parsed.value, { weekStart: "2026-04-06" })).toEqual(planNextWeek([...parsed.value], { weekStart: "2026-04-06" }));
  });

  it("J-2: events dated after asOf are ignored", () => {
    const early = replay(journal, { asOf: "2026-03-31" });
    expect(early.doses.find((dose) => dose.exerciseId === "goblet-squat")!.sessions).toBe(1);
    expect(replay(journal.slice(0, 2), { asOf: "2026-03-31" })).toEqual(early);
  });

  it("not started before the intake", () => {
    const state = replay(journal, { asOf: "2026-03-01" });
    expect(state).toMatchObject({ status: "not-started", stage: null, intakeDate: null });
  });

  it("P-9, L-4: two green sessions at the top of the range progress the next dose", () => {
    const squat = replay(journal).doses.find((dose) => dose.exerciseId === "goblet-squat")!;
    expect(squat.lastLoadKg).toBe(12);
    expect(squat.next.action).toBe("progress");
  });

  it("L-2: a next-morning flare applies to every exercise of the session before it", () => {
    const red = replay([...journal, { id: "m3", date: "2026-04-04", type: "next-morning", nextMorningNrs: 3 }]);
    for (const dose of red.doses) expect(dose.lastResponse.action).toBe("red");
    expect(red.timeline.find((entry) => entry.eventId === "s3" && entry.kind === "session")!.message).toContain("goblet-squat: red");
    // P-1: the red reaches the squat ladder too, from the step the squat was trained at.
    expect(red.timeline.find((entry) => entry.eventId === "s3" && entry.kind === "ladder")!.message).toContain("drop back");
    const orphan = replay([intake, { id: "m0", date: "2026-03-29", type: "next-morning", nextMorningNrs: 3 }]);
    expect(orphan.timeline.find((entry) => entry.eventId === "m0")!.message).toContain("no session before it");
  });

  it("J-2: a correction replaces the event from its own date on, and a withdrawal removes it", () => {
    const corrected: Journal = [...journal, { id: "x", date: "2026-04-06", type: "correction", supersedes: "s3", event: { type: "session", exercises: [], note: "logged twice" } }];
    expect(replay(corrected, { asOf: "2026-04-05" })).toEqual(replay(journal, { asOf: "2026-04-05" }));
    const after = replay(corrected);
    expect(after.doses.find((dose) => dose.exerciseId === "goblet-squat")!.sessions).toBe(2);
    expect(after.timeline.find((entry) => entry.kind === "correction")!.message).toContain("replaced");
    const withdrawn = replay([...journal, { id: "y", date: "2026-04-06", type: "correction", supersedes: "s3", event: null }]);
    expect(withdrawn.doses.find((dose) => dose.exerciseId === "goblet-squat")!.sessions).toBe(2);
  });

  it("A-1, A-2: the load series has the sessions' RPE × minutes and rest days at 0", () => {
    const state = replay(journal);
    const days = new Map(state.load.days.map((day) => [day.date, day.loadAu]));
    expect(days.get("2026-03-30")).toBe(270);
    expect(days.get("2026-03-31")).toBe(0);
    const unknown = replay([...journal, { ...session("s4", "2026-04-06", 12), rpe: undefined } as unknown as JournalEvent]);
    expect(unknown.load.days.at(-1)).toMatchObject({ date: "2026-04-06", loadAu: null });
  });

  it("A-18: each week's ratio and zone are weeklyVerdict's on the journal's load series", () => {
    const { journal: year } = generateJournal({ weeks: 20 });
    const state = replay(year);
    const loads = state.load.days.map((day) => day.loadAu);
    let judged = 0;
    for (const week of state.weeks) {
      const endDay = state.load.days.findIndex((day) => day.date === week.weekStart) + 6;
      if (endDay < 6) continue;
      const verdict = weeklyVerdict(loads, { endDay });
      expect([week.acwr, week.zone], week.weekStart).toEqual([verdict.ratio, verdict.zone]);
      if (verdict.ratio !== null) judged += 1;
    }
    expect(judged).toBeGreaterThan(10);
  });

  it("V-7, V-8: each week's volume counts each side's set once", () => {
    const week = replay(journal, { asOf: "2026-04-05" }).weeks.find((item) => item.weekStart === "2026-03-30")!;
    // 3 goblet squat sets and 2 bird-dog sets (per side: 4), three sessions.
    expect(week.volume.workingSets).toBe(3 * (3 + 4));
    expect(week.volume.totalVolumeLoadKg).toBe(3 * 3 * 12 * 12);
  });

  it("S-13: an incomplete check-in holds until a complete one", () => {
    const incomplete: Journal = [intake, { id: "c1", date: "2026-03-30", type: "check-in", screening: { ...NO_FLAGS, fever: "unknown" } }];
    const held = replay(incomplete);
    expect(held.status).toBe("withheld");
    expect(held.safety.open[0]).toMatchObject({ kind: "unanswered", action: "incomplete-screening" });
    expect(held.safety.open[0]!.unanswered[0]!.path).toEqual(["c1", "screening", "fever"]);
    const week = planNextWeek(incomplete, { weekStart: "2026-04-06" });
    expect(week.status === "withheld" && week.unanswered.length).toBe(1);
    expect(replay([...incomplete, { id: "c2", date: "2026-04-01", type: "check-in", screening: NO_FLAGS }]).status).toBe("cleared");
  });

  it("S-12: a clearance dated before the check-in does not lift it", () => {
    const held = replay([
      intake,
      { id: "k", date: "2026-03-29", type: "clearance", clearedBy: "Dr A. Patel (GP)", covers: ["unexplainedWeightLoss"] },
      { id: "c1", date: "2026-03-30", type: "check-in", screening: { ...NO_FLAGS, unexplainedWeightLoss: true } },
    ]);
    expect(held.status).toBe("withheld");
  });

  it("S-12: a withheld intake is lifted by a clearance that names its features", () => {
    const flagged = { ...(athleteIntake as Record<string, Record<string, unknown>>) };
    flagged["screening"] = { ...flagged["screening"], minorTraumaOrStrenuousLift: true, osteoporosis: true };
    const held: Journal = [{ ...intake, intake: flagged as never }];
    expect(replay(held).status).toBe("withheld");
    expect(planNextWeek(held, { weekStart: "2026-03-30" }).status).toBe("withheld");
    const cleared = replay([...held, { id: "k", date: "2026-03-29", type: "clearance", clearedBy: "Dr B. Osei (sports physician)", covers: ["minorTraumaOrStrenuousLift", "osteoporosis"] }]);
    expect(cleared.status).toBe("cleared");
    expect(cleared.safety.clearances[0]!.lifted).toEqual(["intake"]);
  });

  it("refuses a wrong top-level argument by name", () => {
    expect(() => replay(null as never)).toThrow(/^replay: journal must be an array/);
    expect(() => replay([null] as never)).toThrow(/^replay: journal\[0\] must be an event/);
    expect(() => replay(journal, "x" as never)).toThrow(/^replay: options must be an object/);
    expect(() => replay([])).toThrow(/^replay: the journal is empty/);
    expect(() => replay(journal, { asOf: "2026-02-30" })).toThrow(/^replay: options.asOf/);
    expect(() => replay(journal, { weekStartsOn: "someday" as never })).toThrow(RangeError);
  });
});

describe("planNextWeek", () => {
  it("J-1: the journal is the history: options.history and options.checkIn are refused", () => {
    expect(() => planNextWeek([intake], { weekStart: "2026-03-30", history: {} } as never)).toThrow(/^planNextWeek: options.history is not taken/);
    expect(() => planNextWeek([intake], { weekStart: "2026-03-30", checkIn: {} } as never)).toThrow(/^planNextWeek: options.checkIn/);
    expect(() => planNextWeek([intake], { weekStart: "2026-03-01" })).toThrow(/^planNextWeek: options.weekStart 2026-03-01 comes before/);
  });

  it("J-3: with an intake alone, the plan is the intake's week", () => {
    const assessment = assess(athleteIntake);
    if (!assessment.ok) throw new Error("the example athlete does not assess");
    const alone = planNextWeek([intake], { weekStart: "2026-03-30" });
    const direct = planWeek(assessment.value, { weekStart: "2026-03-30", history: { weeks: [], trainingLog: [{ date: "2026-03-28", loadAu: 0 }, { date: "2026-03-29", loadAu: 0 }], exerciseLogs: [], ladderProgress: replay([intake], { asOf: "2026-03-29" }).ladderProgress } });
    expect(alone.status === "planned" && alone.sessions.map((item) => item.blocks.map((block) => block.exercises.map((exercise) => exercise.exerciseId)))).toEqual(
      direct.status === "planned" && direct.sessions.map((item) => item.blocks.map((block) => block.exercises.map((exercise) => exercise.exerciseId))),
    );
  });
});

describe("performedAsPlanned", () => {
  const week = planNextWeek([intake], { weekStart: "2026-03-30", equipment: ["dumbbell", "kettlebell", "band", "bench"] });
  const planned = week.status === "planned" ? week.sessions[0]! : undefined;

  it("J-1: every planned exercise with its planned sets, the pain given, a valid event", () => {
    const event = performedAsPlanned(planned!, { pain: GREEN, rpe: 6 });
    const count = planned!.warmUp.length + planned!.blocks.reduce((sum, block) => sum + block.exercises.length, 0) + planned!.core.length + planned!.finish.length;
    expect(event).toMatchObject({ type: "session", date: planned!.date, id: `session-${planned!.date}`, rpe: 6, pain: GREEN, minutes: planned!.estimatedMinutes });
    expect(event.exercises).toHaveLength(count);
    expect(parseJournal([intake, event]).ok).toBe(true);
    const first = planned!.blocks[0]!.exercises[0]!;
    if (first.dose.kind === "reps") expect(event.exercises.find((item) => item.exerciseId === first.exerciseId)!.sets.map((set) => set.reps)).toEqual(first.dose.sets);
  });

  it("per-exercise pain and chosen loads", () => {
    const id = planned!.blocks[0]!.exercises[0]!.exerciseId;
    const event = performedAsPlanned(planned!, { pain: { [id]: GREEN }, loadKg: { [id]: 10 } });
    expect(event.pain).toBeUndefined();
    const item = event.exercises.find((exercise) => exercise.exerciseId === id)!;
    expect(item.pain).toEqual(GREEN);
    expect(event.exercises.filter((exercise) => exercise.pain !== undefined)).toHaveLength(1);
  });

  it("refuses what is not a planned session", () => {
    expect(() => performedAsPlanned(null as never)).toThrow(/^performedAsPlanned: session must be a planned session/);
    expect(() => performedAsPlanned({ status: "withheld" } as never)).toThrow(TypeError);
  });
});

describe("previewResponses", () => {
  const journal: Journal = [intake, session("s1", "2026-03-30", 12), session("s2", "2026-04-01", 12)];

  it("L-1, L-2, L-4, L-5: green progresses, amber holds, red regresses, a spread stops", () => {
    const previews = previewResponses(journal, "goblet-squat");
    expect(previews.map((preview) => [preview.response, preview.painResponse, preview.dose.action])).toEqual([
      ["green", "green", "progress"],
      ["amber", "amber", "hold"],
      ["red", "red", "regress"],
      ["stop", "stop-and-rescreen", "stop"],
    ]);
    expect(previews[2]!.summary).toMatch(/^If goblet-squat is 2 points above baseline next morning \(a flare\), we will regress/);
  });

  it("P-1, L-4: for a ladder's current step, the ladder's next step too", () => {
    const ladderJournal: Journal = [intake, { ...session("s1", "2026-03-30", 16), exercises: [{ exerciseId: "kettlebell-deadlift", sets: [{ reps: 8, loadKg: 16 }], pain: GREEN }] }];
    const previews = previewResponses(ladderJournal, "kettlebell-deadlift");
    expect(previews[0]!.ladder).toMatchObject({ ladder: "hinge" });
    expect(previews[2]!.ladder!.action).toBe("drop-back");
  });

  it("refuses an exercise id that is not a string", () => {
    expect(() => previewResponses(journal, 3 as never)).toThrow(/^previewResponses: exerciseId/);
  });
});
