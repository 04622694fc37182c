import { describe, expect, it } from "vitest";
import { allNo } from "../screening/answers.js";
import { fc, test } from "@fast-check/vitest";
import { exercises, getExercise, suitability } from "../../src/catalog/index.js";
import { assess, planWeek, type Assessment, type PlannedSession, type PlanOptions } from "../../src/program/index.js";
import { allowsTraining } from "../../src/screening/index.js";
import { AXIAL_THRESHOLD } from "../../src/program/candidates.js";
import { clearedIntake, intake, planOptions } from "./arbitraries.js";

function allExercises(session: PlannedSession) {
  return [...session.warmUp, ...session.blocks.flatMap((block) => block.exercises), ...session.core, ...session.finish];
}

/** S-9: a check-in recorded in the history that does not allow training withholds the week. */
function historyWithholds(options: PlanOptions): boolean {
  return (options.history?.exerciseLogs ?? []).some((log) => log.safety !== undefined && !allowsTraining(log.safety.action));
}

function cleared(input: unknown): Assessment & { status: "cleared" } {
  const result = assess(input);
  if (!result.ok) throw new Error(`generated intake did not parse: ${JSON.stringify(result.error.issues)}`);
  fc.pre(result.value.status === "cleared");
  return result.value as Assessment & { status: "cleared" };
}

describe("planWeek properties", () => {
  test.prop([clearedIntake(), planOptions()])("P-1, C rules: no planned exercise is ever avoid for the person", (input, options) => {
    const assessment = cleared(input);
    const week = planWeek(assessment, options);
    expect(week.status).toBe(historyWithholds(options) && week.status === "withheld" ? "withheld" : "planned");
    if (week.status !== "planned") return;
    const profile = { ...assessment.profile, ladderProgress: week.ladderProgress };
    for (const session of week.sessions) {
      for (const item of allExercises(session)) {
        const exercise = getExercise(item.exerciseId, exercises);
        expect(exercise, item.exerciseId).toBeDefined();
        const verdict = suitability(exercise!, profile);
        expect(verdict.action, `${item.exerciseId} for ${JSON.stringify(profile)}`).not.toBe("avoid");
        expect(item.suitability).toBe(verdict.action);
        // A caution is only used with a reason that says so.
        if (item.suitability === "caution") expect(item.reasons.some((why) => why.message.includes("caution"))).toBe(true);
      }
    }
  });

  test.prop([clearedIntake(), planOptions()])("V-1, V-2: every block has its hip- and knee-dominant slot, in block order", (input, options) => {
    const assessment = cleared(input);
    const week = planWeek(assessment, options);
    if (week.status !== "planned") return;
    for (const session of week.sessions) {
      const kinds = session.blocks.map((block) => block.kind);
      // G-4: upper days carry an upper-body push and pull instead of the leg blocks.
      if (session.focus === "upper") {
        expect(kinds).toEqual(["upper"]);
        const roles = session.blocks[0]!.exercises.map((item) => item.role);
        for (const role of roles) expect(["upper-push", "upper-pull"]).toContain(role);
        continue;
      }
      expect(kinds).toEqual(session.stage === "symptom-modulation" ? ["foundation"] : ["single-leg", "split-stance", "bilateral"]);
      for (const block of session.blocks) {
        expect(block.exercises.map((item) => item.role)).toEqual(["hip-dominant", "knee-dominant"]);
        expect(block.exercises.map((item) => getExercise(item.exerciseId)?.dominance)).toEqual(["hip", "knee"]);
      }
      // A stance out of place (V-1) happens only when the kit leaves no choice, and says so.
      if (session.findings.length > 0) {
        const reasons = session.blocks.flatMap((block) => block.exercises.flatMap((item) => item.reasons));
        expect(reasons.some((why) => why.ruleId === "V-2" && why.message.includes("keeps the"))).toBe(true);
      }
    }
  });

  test.prop([clearedIntake(), planOptions()])("P-7: no exercise that compresses the spine on a day without axial loading, and no two axial days in a row", (input, options) => {
    const week = planWeek(cleared(input), options);
    if (week.status !== "planned") return;
    expect(week.findings).toEqual([]);
    for (const session of week.sessions) {
      if (session.axialDay) continue;
      for (const item of allExercises(session)) {
        expect(getExercise(item.exerciseId)!.spineDemand.axialCompression).toBeLessThan(AXIAL_THRESHOLD);
      }
    }
  });

  test.prop([clearedIntake(), planOptions()])("A-7, P-7: a caution or danger zone or a deload lowers the volume and says so", (input, options) => {
    const week = planWeek(cleared(input), options);
    if (week.status !== "planned") return;
    if (week.load?.zone === "caution" || week.load?.zone === "danger") {
      expect(week.volumeScale).toBeLessThan(1);
      expect(week.reasons.map((why) => why.ruleId)).toContain("A-10");
    }
    if (week.deload?.action === "deload") expect(week.volumeScale).toBeLessThan(1);
    if (week.volumeScale === 1) expect(week.load?.zone === "caution" || week.load?.zone === "danger").toBe(false);
  });

  test.prop([intake(), planOptions()])("S rules: a safety action above proceed-with-advisory yields no sessions", (input, options) => {
    const result = assess(input);
    fc.pre(result.ok);
    if (!result.ok) return;
    const week = planWeek(result.value, options);
    const allowed = result.value.action === "proceed" || result.value.action === "proceed-with-advisory";
    expect(week.status).toBe(allowed && !(historyWithholds(options) && week.status === "withheld") ? "planned" : "withheld");
    if (week.status === "withheld") {
      expect(week.sessions).toBeUndefined();
      expect(week.safetyNet.length).toBeGreaterThan(0);
    }
  });

  test.prop([intake().map((value) => ({ ...value, screening: { ...value.screening, saddleNumbness: true } })), planOptions()])(
    "S-1: a cauda equina feature is an emergency and yields no plan whatever else is true",
    (input, options) => {
      const result = assess(input);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.value.action).toBe("emergency");
      expect(planWeek(result.value, options).status).toBe("withheld");
    },
  );

  test.prop([clearedIntake(), planOptions()])("plans are deterministic and inputs are not mutated", (input, options) => {
    const before = JSON.stringify({ input, options });
    const assessment = cleared(input);
    const first = planWeek(assessment, options);
    const second = planWeek(assessment, options);
    expect(second).toEqual(first);
    // The verdict cache never changes a plan: a fresh copy of the catalog has no cache.
    expect(planWeek(assessment, { ...options, catalog: [...exercises] })).toEqual(first);
    expect(JSON.stringify({ input, options })).toBe(before);
  });
});

describe("check-in properties", () => {
  test.prop([clearedIntake(), planOptions(), fc.constantFrom("saddleNumbness", "bladderDysfunction", "bowelDysfunction", "footDrop", "fever")])(
    "S-9: any new S-1…S-3 feature at check-in yields no plan",
    (input, options, feature) => {
      const week = planWeek(cleared(input), { ...options, checkIn: { ...allNo, [feature]: true } });
      expect(week.status).toBe("withheld");
    },
  );
});

describe("assess fuzzing", () => {
  test.prop([fc.anything()])("assess returns issues for anything, never throws", (value) => {
    const result = assess(value);
    if (!result.ok) {
      expect(result.error.issues.length).toBeGreaterThan(0);
      for (const issue of result.error.issues) expect(typeof issue.message).toBe("string");
    }
  });

  test.prop([intake().chain((value) => fc.tuple(fc.constant(value), fc.constantFrom(...Object.keys(value)), fc.anything())).map(([value, key, junk]) => ({ ...value, [key]: junk }))])(
    "a damaged intake gives issues pointing into the damaged part, never a throw",
    (value) => {
      const result = assess(value);
      if (!result.ok) expect(result.error.issues.length).toBeGreaterThan(0);
    },
  );
});
