import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { equipmentOf, fitsKit } from "../../src/catalog/index.js";
import type { EquipmentNeed } from "../../src/catalog/types.js";
import { EQUIPMENT } from "../../src/catalog/vocabulary.js";

const piece = fc.constantFrom(...EQUIPMENT);
const need: fc.Arbitrary<EquipmentNeed> = fc.oneof(piece, fc.uniqueArray(piece, { minLength: 2, maxLength: 4 }));
const needs = fc.array(need, { minLength: 1, maxLength: 5 });
const kitArb = fc.uniqueArray(piece, { maxLength: 12 }).map((items) => new Set(items));

test.prop([needs, kitArb])("agrees with the definition: every need has a piece at hand", (equipment, at) => {
  const naive = equipment.every((one) => (Array.isArray(one) ? one : [one]).filter((item) => at.has(item)).length > 0);
  expect(fitsKit({ equipment }, at)).toBe(naive);
});

test.prop([needs, kitArb, piece])("more kit never rules an exercise out", (equipment, at, extra) => {
  if (fitsKit({ equipment }, at)) expect(fitsKit({ equipment }, new Set([...at, extra]))).toBe(true);
});

test.prop([needs])("every exercise fits the kit of everything it mentions, and the flat list holds each piece once", (equipment) => {
  const all = equipmentOf({ equipment });
  expect(fitsKit({ equipment }, new Set(all))).toBe(true);
  expect(new Set(all).size).toBe(all.length);
});
