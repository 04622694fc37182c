import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { extendCatalog } from "../../src/catalog/extendCatalog.js";
import { parseExercise } from "../../src/catalog/schema.js";
import { SPINE_AXES } from "../../src/catalog/types.js";
import { catalog, exercise } from "./arbitraries.js";

test.prop([fc.anything()])("parseExercise never throws and fails with issues on arbitrary input", (input) => {
  const result = parseExercise(input);
  if (!result.ok) {
    expect(result.error.issues.length).toBeGreaterThan(0);
    for (const issue of result.error.issues) expect(issue.message.length).toBeGreaterThan(0);
  }
});

test.prop([fc.anything()])("extendCatalog never throws on arbitrary input", (input) => {
  const result = extendCatalog(input, []);
  if (!result.ok) expect(result.error.issues.length).toBeGreaterThan(0);
});

test.prop([fc.array(fc.anything(), { maxLength: 4 })])("extendCatalog never throws on arrays of anything", (input) => {
  const result = extendCatalog(input, []);
  expect(result.ok).toBe(input.length === 0);
});

test.prop([exercise])("a generated valid exercise parses to an equal, frozen copy, also through JSON", (valid) => {
  const result = parseExercise(JSON.parse(JSON.stringify(valid)));
  expect(result).toEqual({ ok: true, value: valid });
  if (result.ok) expect(Object.isFrozen(result.value.spineDemand)).toBe(true);
});

test.prop([exercise, fc.constantFrom(...SPINE_AXES), fc.oneof(fc.integer({ min: 4, max: 100 }), fc.integer({ min: -100, max: -1 }), fc.constant(1.5))])(
  "out-of-range demand is an issue at spineDemand.<axis>",
  (valid, axis, score) => {
    const result = parseExercise({ ...valid, spineDemand: { ...valid.spineDemand, [axis]: score } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues.map((issue) => issue.path.join("."))).toEqual([`spineDemand.${axis}`]);
  },
);

test.prop([catalog, catalog])("extendCatalog keeps the base first, adds new IDs, reports each clash", (baseList, customList) => {
  const baseIds = new Set(baseList.map((e) => e.id));
  const result = extendCatalog(customList, baseList);
  const clashes = customList.filter((e) => baseIds.has(e.id));
  if (clashes.length === 0) {
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.map((e) => e.id)).toEqual([...baseList, ...customList].map((e) => e.id));
  } else {
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues.filter((issue) => issue.message.includes("already in the catalog"))).toHaveLength(clashes.length);
  }
});
