import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { enduranceRatios, lowerCrossedIndicators } from "../../src/classification/index.js";
import { STAGES } from "../../src/staging/index.js";
import { deepFreeze } from "../../src/internal/freeze.js";
import { enduranceTimes, lowerCrossedAnswers } from "../screening/arbitraries.js";

describe("enduranceRatios properties", () => {
  test.prop([enduranceTimes()])("E-2: every ratio is a finite number or null, and pass/fail follows the closed-form targets", (times) => {
    const result = enduranceRatios(deepFreeze(times), "function-optimisation");
    const expected = [
      [times.flexorSeconds, times.extensorSeconds, (v: number) => v < 1.0],
      [times.rightSideBridgeSeconds, times.leftSideBridgeSeconds, (v: number) => v >= 0.95 && v <= 1.05],
      [times.leftSideBridgeSeconds, times.extensorSeconds, (v: number) => v < 0.75],
      [times.rightSideBridgeSeconds, times.extensorSeconds, (v: number) => v < 0.75],
    ] as const;
    result.ratios.forEach((ratio, index) => {
      const [numerator, denominator, passes] = expected[index]!;
      if (denominator === 0 || !Number.isFinite(numerator / denominator)) {
        expect(ratio.value).toBeNull();
        expect(ratio.result).toBe("undefined");
      } else {
        expect(Number.isFinite(ratio.value)).toBe(true);
        expect(ratio.value).toBe(numerator / denominator);
        expect(ratio.result).toBe(passes(numerator / denominator) ? "pass" : "fail");
      }
    });
    for (const item of result.absoluteTimes) expect(item.percentOfReference === null || Number.isFinite(item.percentOfReference)).toBe(true);
  });

  test.prop([enduranceTimes(), fc.constantFrom(...STAGES)])("E-1: only function optimisation reports", (times, stage) => {
    expect(enduranceRatios(times, stage).action).toBe(stage === "function-optimisation" ? "report" : "refuse");
  });
});

describe("lowerCrossedIndicators properties", () => {
  test.prop([lowerCrossedAnswers()])("C-7: emphasise exactly when at least one answer is yes", (answers) => {
    const yes = Object.values(answers).filter(Boolean).length;
    const result = lowerCrossedIndicators(deepFreeze(answers));
    expect(result.indicatorCount).toBe(yes);
    expect(result.action).toBe(yes > 0 ? "emphasise" : "no-change");
  });
});
