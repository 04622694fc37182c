import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { STAGES, parseStagingInput, stageFromSymptoms, type Stage, type StagingInput } from "../../src/staging/index.js";
import { deepFreeze } from "../../src/internal/freeze.js";
import { stagingInput } from "../screening/arbitraries.js";

const rank = (stage: Stage): number => STAGES.indexOf(stage);
type Mutable = { -readonly [K in keyof StagingInput]: StagingInput[K] };

/** Every way to add one trigger (or make one worse); the index picks one. */
function addTrigger(input: StagingInput, pick: number, painNrs: number): StagingInput {
  const out: Mutable = { ...input };
  const worse = <T extends string>(order: readonly T[], current: T): T => order[Math.min(order.indexOf(current) + 1, order.length - 1)] as T;
  const options: (() => void)[] = [
    () => {
      out.worstPainNrs = Math.max(out.worstPainNrs, painNrs);
    },
    () => {
      out.nightPain = out.nightPain ?? { frequency: "occasional", easedByChangingPosition: true, secondHalfOfNight: false, morningStiffnessEasesWithMovement: false };
    },
    () => {
      if (out.nightPain) out.nightPain = { ...out.nightPain, frequency: "most-nights" };
    },
    () => {
      if (out.nightPain) out.nightPain = { ...out.nightPain, easedByChangingPosition: false };
    },
    () => {
      out.endRange = worse(["reached-pain-free", "pain-at-end-range", "pain-before-end-range"], out.endRange === "cannot-reach" ? "pain-before-end-range" : out.endRange);
    },
    () => {
      if (out.endRange !== "pain-before-end-range") out.endRange = "cannot-reach";
    },
    () => {
      out.settlingTime = worse(["within-an-hour", "within-hours", "next-day-or-longer"], out.settlingTime);
    },
    () => {
      out.legSymptoms = worse(["none", "above-knee", "below-knee"], out.legSymptoms);
    },
    () => {
      out.fearOfMovement = true;
    },
    () => {
      out.stiffness = true;
    },
    () => {
      out.directionConfidence = "low";
    },
    () => {
      const order = ["proceed", "proceed-with-advisory", "stop-until-cleared"] as const;
      const current = out.safety?.action ?? "proceed";
      const index = Math.max(order.indexOf(current as (typeof order)[number]), 0);
      const next = order[Math.min(index + 1, order.length - 1)]!;
      if (out.safety !== undefined && !order.includes(current as (typeof order)[number])) return;
      out.safety = next === "proceed" ? { action: next, stageCap: null } : next === "proceed-with-advisory" ? { action: next, stageCap: out.safety?.stageCap ?? "movement-control" } : { action: next, stageCap: "symptom-modulation" };
    },
  ];
  options[pick % options.length]?.();
  return out;
}

describe("stageFromSymptoms properties", () => {
  test.prop([stagingInput(), fc.nat(), fc.nat(), fc.integer({ min: 0, max: 10 })])(
    "T-1…T-4: adding a trigger never makes the stage less conservative (monotonicity)",
    (input, first, second, painNrs) => {
      const once = addTrigger(input, first, painNrs);
      const twice = addTrigger(once, second, painNrs);
      expect(rank(stageFromSymptoms(once).stage)).toBeLessThanOrEqual(rank(stageFromSymptoms(input).stage));
      expect(rank(stageFromSymptoms(twice).stage)).toBeLessThanOrEqual(rank(stageFromSymptoms(once).stage));
    },
  );

  test.prop([stagingInput()])("T-1…T-4: the stage is the most conservative of its triggers, and never above a cap", (input) => {
    const result = stageFromSymptoms(input);
    const lowest = result.triggers.reduce((min, trigger) => Math.min(min, rank(trigger.stage)), STAGES.length - 1);
    expect(rank(result.stage)).toBe(lowest);
    if (input.safety?.stageCap) expect(rank(result.stage)).toBeLessThanOrEqual(rank(input.safety.stageCap));
    if (result.stage === "function-optimisation") {
      expect(input.safety?.action).toBe("proceed");
      expect(input.worstPainNrs).toBeLessThanOrEqual(3);
      expect(input.nightPain ?? null).toBeNull();
      expect(input.legSymptoms).toBe("none");
    }
    expect(result.capped).toBe(rank(result.stage) < rank(result.symptomStage));
  });

  test.prop([stagingInput()])("inputs are never mutated (deep-frozen) and the result is deterministic", (input) => {
    const copy = structuredClone(input);
    const frozen = deepFreeze(structuredClone(input));
    const first = stageFromSymptoms(frozen);
    expect(frozen).toEqual(copy);
    expect(stageFromSymptoms(copy)).toEqual(first);
  });

  test.prop([fc.anything()])("parseStagingInput never throws and returns issues", (value) => {
    const result = parseStagingInput(value);
    expect(result.ok || result.error.issues.length > 0).toBe(true);
  });

  test.prop([stagingInput(), fc.string({ maxLength: 12 }), fc.anything()])("parseStagingInput never throws with one field replaced", (input, key, value) => {
    const result = parseStagingInput({ ...input, [key]: value });
    expect(result.ok || result.error.issues.every((issue) => issue.message.length > 0)).toBe(true);
  });

  test.prop([stagingInput()])("generated inputs parse back to themselves", (input) => {
    expect(parseStagingInput(input)).toEqual({ ok: true, value: input });
  });
});
