/**
 * Properties of generated journeys (random responses, skipped sessions, breaks, corrections,
 * red flags and clearances): the plan from the journal never picks an `avoid` exercise, plans
 * nothing while a flag is open, never raises a load the week after amber or red, and replay is
 * deterministic (J-1, J-2, J-3; S-9, S-12, S-13; L-1, L-2).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { exercises, suitability } from "../../src/catalog/index.js";
import { addDays, parseIsoDate, weekdayOfDay } from "../../src/internal/calendar.js";
import { planNextWeek, replay } from "../../src/journal/index.js";
import { plannerHistory } from "../../src/journal/planNextWeek.js";
import { runReplay, WEEK_DAYS } from "../../src/journal/replay.js";
import { parsePlanHistory } from "../../src/program/index.js";
import { journeys } from "./journeyArbitraries.js";

const byId = new Map(exercises.map((exercise) => [exercise.id, exercise]));

describe("generated journeys", () => {
  it("J-3, S-9, S-12, S-13, L-1, L-2: no avoid pick, nothing planned while a flag is open, no load rise after amber or red", () => {
    fc.assert(
      fc.property(journeys(), ({ journal, nextWeek }) => {
        const state = replay(journal, { asOf: addDays(nextWeek, -1) });
        const plan = planNextWeek(journal, { weekStart: nextWeek });
        if (state.status !== "cleared" || state.safety.open.length > 0) {
          expect(plan.status).toBe("withheld");
          return;
        }
        expect(plan.status).toBe("planned");
        if (plan.status !== "planned" || state.assessment?.status !== "cleared") return;
        const profile = { ...state.assessment.profile, stage: plan.stage, ladderProgress: plan.ladderProgress };
        const last = new Map(state.doses.map((dose) => [dose.exerciseId, dose]));
        for (const session of plan.sessions) {
          for (const item of [...session.warmUp, ...session.blocks.flatMap((block) => block.exercises), ...session.core, ...session.finish]) {
            expect(suitability(byId.get(item.exerciseId)!, profile).action, item.exerciseId).not.toBe("avoid");
            const dose = last.get(item.exerciseId);
            const light = dose?.lastResponse.action;
            if (dose === undefined || (light !== "amber" && light !== "red")) continue;
            const planned = item.dose.kind === "reps" ? (item.dose.loadKg ?? 0) : 0;
            expect(planned, `${item.exerciseId} after ${light} at ${dose.lastLoadKg ?? 0} kg`).toBeLessThanOrEqual(dose.lastLoadKg ?? 0);
          }
        }
      }),
    );
  }, 900_000);

  it("J-1, J-2: replay is deterministic: any order, and a day's state ignores every later event", () => {
    fc.assert(
      fc.property(journeys(), fc.nat(), ({ journal, nextWeek }, cut) => {
        const state = replay(journal);
        expect(replay([...journal].reverse())).toEqual(state);
        expect(replay(journal)).toEqual(state);
        // Split at any event's date: the prefix replayed alone is the whole replayed as of that day,
        // and the prefix followed by the rest is the whole.
        const day = journal[cut % journal.length]!.date;
        const prefix = journal.filter((event) => event.date <= day);
        const rest = journal.filter((event) => event.date > day);
        expect(replay(prefix, { asOf: day })).toEqual(replay(journal, { asOf: day }));
        expect(replay([...prefix, ...rest], { asOf: addDays(nextWeek, -1) })).toEqual(replay(journal, { asOf: addDays(nextWeek, -1) }));
      }),
    );
  }, 900_000);

  it("J-1: the history planNextWeek hands the planner is what parsePlanHistory accepts and returns unchanged (so it is not parsed twice)", () => {
    fc.assert(
      fc.property(journeys(), ({ journal, nextWeek }) => {
        const weekStart = parseIsoDate(nextWeek)!;
        const run = runReplay("planNextWeek", journal, { asOf: addDays(nextWeek, -1), weekStartsOn: WEEK_DAYS[weekdayOfDay(weekStart) - 1]! });
        if (run.assessment === null) return;
        const history = plannerHistory(run);
        const parsed = parsePlanHistory(history);
        expect(parsed.ok ? [] : parsed.error.issues).toEqual([]);
        if (parsed.ok) expect(parsed.value).toEqual(history);
      }),
    );
  }, 900_000);
});
