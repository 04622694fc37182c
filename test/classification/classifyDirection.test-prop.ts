import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import {
  classifyDirection,
  symptomShift,
  type ClearingTests,
  type Direction,
  type DirectionPattern,
  type DirectionResult,
} from "../../src/classification/index.js";
import { deepFreeze } from "../../src/internal/freeze.js";
import { clearingTestResult, clearingTests, sagittalClearingTests, symptomHistory } from "../screening/arbitraries.js";

const mirror = (direction: Direction): Direction => (direction === "flexion" ? "extension" : "flexion");
const mirrorPattern = (pattern: DirectionPattern): DirectionPattern =>
  pattern === "flexion-intolerant" ? "extension-intolerant" : pattern === "extension-intolerant" ? "flexion-intolerant" : pattern;
const mirrorList = (list: readonly Direction[]): Direction[] => list.map(mirror).sort();
const swap = (tests: ClearingTests): ClearingTests => ({ ...tests, flexion: tests.extension, extension: tests.flexion });

/** A naive reading of C-1/C-2 for tests whose symptoms did not move. */
function naivePattern(tests: ClearingTests): DirectionPattern {
  const f = tests.flexion.familiar && tests.flexion.painNrs >= 1 ? tests.flexion.painNrs : null;
  const e = tests.extension.familiar && tests.extension.painNrs >= 1 ? tests.extension.painNrs : null;
  if (f !== null && e !== null) return Math.abs(f - e) < 2 ? "multidirectional" : f > e ? "flexion-intolerant" : "extension-intolerant";
  if (f !== null) return "flexion-intolerant";
  if (e !== null) return "extension-intolerant";
  return "no-directional-intolerance";
}

const still = clearingTestResult().map((test) => ({ ...test, symptomsAfter: test.symptomsBefore }));

describe("classifyDirection properties", () => {
  test.prop([clearingTests()])("C-2…C-6: swapping the two tests swaps flexion and extension in the result (symmetry)", (tests) => {
    const result = classifyDirection(tests);
    const swapped = classifyDirection(swap(tests));
    expect(swapped.pattern).toBe(mirrorPattern(result.pattern));
    expect([...swapped.intolerance].sort()).toEqual(mirrorList(result.intolerance));
    expect([...swapped.preference].sort()).toEqual(mirrorList(result.preference));
    expect([...swapped.peripheralising].sort()).toEqual(mirrorList(result.peripheralising));
    expect(swapped.confidence).toBe(result.confidence);
  });

  test.prop([fc.record({ flexion: still, extension: still })])("C-1, C-2: matches a naive reading when symptoms do not move (oracle)", (tests) => {
    expect(classifyDirection(tests).pattern).toBe(naivePattern(tests));
  });

  test.prop([sagittalClearingTests()])("C-4: a peripheralising test is always intolerant; a centralising one never is", (tests) => {
    const result = classifyDirection(tests);
    for (const direction of ["flexion", "extension"] as const) {
      const shift = symptomShift(tests[direction]);
      if (shift === "peripheralised") {
        expect(result.intolerance).toContain(direction);
        expect(result.peripheralising).toContain(direction);
        expect(result.pattern).not.toBe("no-directional-intolerance");
      }
      if (shift === "centralised") {
        expect(result.intolerance).not.toContain(direction);
        expect(result.preference).toContain(direction);
      }
    }
  });

  test.prop([clearingTests(), fc.option(symptomHistory(), { nil: undefined })])("C-5: intolerance and preference never overlap, and the pattern agrees with the intolerance", (tests, history) => {
    const result: DirectionResult = classifyDirection(tests, history);
    expect(result.intolerance.filter((direction) => result.preference.includes(direction))).toEqual([]);
    if (result.pattern === "multidirectional") expect(result.intolerance).toEqual(["flexion", "extension"]);
    if (result.pattern === "no-directional-intolerance") expect(result.intolerance).toEqual([]);
    if (result.pattern === "flexion-intolerant") expect(result.intolerance).toEqual(["flexion"]);
    if (result.pattern === "indeterminate") expect(result.confidence).toBe("low");
  });

  test.prop([clearingTests(), fc.option(symptomHistory(), { nil: undefined })])("inputs are never mutated (deep-frozen) and the result is deterministic", (tests, history) => {
    const copy = structuredClone({ tests, history });
    const frozen = deepFreeze(structuredClone({ tests, history }));
    const first = classifyDirection(frozen.tests, frozen.history);
    expect(frozen).toEqual(copy);
    expect(classifyDirection(copy.tests, copy.history)).toEqual(first);
  });
});
