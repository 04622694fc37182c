/**
 * Whether an exercise can be done with the kit at hand.
 */
import type { Equipment, EquipmentNeed, Exercise } from "./types.js";
import { describeValue, requireObject } from "../internal/guards.js";

/**
 * Whether a kit meets every need of an exercise. A need that is a list of interchangeable kit
 * (a kettlebell or a dumbbell) is met by any one of its items.
 *
 * Nothing is assumed to be at hand: include `"bodyweight"` (and a mat or a wall, if you count
 * them as always there) in `kit`.
 *
 * @param exercise - the exercise, or anything with its `equipment` list
 * @param kit - the equipment at hand
 * @returns true when every need is met
 * @throws TypeError naming `fitsKit` when `exercise` is not an object or `kit` is not a set; the
 * `equipment` list inside is the caller's contract
 * @example
 * ```ts
 * const gobletSquat = { equipment: [["kettlebell", "dumbbell"]] } as const;
 * fitsKit(gobletSquat, new Set(["bodyweight", "dumbbell"]));
 * // => true
 * fitsKit({ equipment: ["dumbbell", "box"] }, new Set(["bodyweight", "dumbbell"]));
 * // => false
 * ```
 * @category Catalog
 */
export function fitsKit(exercise: Pick<Exercise, "equipment">, kit: ReadonlySet<Equipment>): boolean {
  requireObject("fitsKit", "exercise", exercise);
  if (typeof (kit as { has?: unknown } | null)?.has !== "function") throw new TypeError(`fitsKit: kit must be a Set of equipment, got ${describeValue(kit)}`);
  return exercise.equipment.every((need) => meets(need, kit));
}

function meets(need: EquipmentNeed, kit: ReadonlySet<Equipment>): boolean {
  return typeof need === "string" ? kit.has(need) : need.some((item) => kit.has(item));
}

/**
 * Every piece of kit an exercise mentions, alternatives included, each once, in order of
 * appearance: for a search index, a shopping list or a label.
 *
 * @param exercise - the exercise, or anything with its `equipment` list
 * @returns the equipment, flattened
 * @throws TypeError naming `equipmentOf` when `exercise` is not an object; the `equipment` list
 * inside is the caller's contract
 * @example
 * ```ts
 * equipmentOf({ equipment: [["kettlebell", "dumbbell"], "box"] });
 * // => ["kettlebell", "dumbbell", "box"]
 * ```
 * @category Catalog
 */
export function equipmentOf(exercise: Pick<Exercise, "equipment">): Equipment[] {
  requireObject("equipmentOf", "exercise", exercise);
  return [...new Set(exercise.equipment.flat())];
}
