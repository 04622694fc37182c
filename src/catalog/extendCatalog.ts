/**
 * User exercises merged into a catalog, validated by the same schema as the built-in data.
 */
import type { ParseIssue, ParseResult } from "../evidence/index.js";
import { fail, parseWith } from "../internal/parse.js";
import { exercises } from "./exercises.js";
import { deepFrozenCopy } from "./frozenCopy.js";
import { exerciseSchema, exerciseSemanticIssues } from "./schema.js";
import type { Exercise } from "./types.js";
import { requireArray } from "../internal/guards.js";

const LINK_KEYS = ["regressions", "progressions", "substitutes"] as const;

/**
 * Validates user exercises and merges them into a catalog.
 *
 * Each exercise passes {@link exerciseSchema} and the checks of {@link parseExercise}; then
 * the list as a whole: no ID used twice (within `custom` or already in `catalog`), and every
 * regression, progression and substitute names an exercise of the merged catalog. Every
 * problem is reported with its path (`[2, "spineDemand", "flexion"]`), none dropped.
 *
 * @param custom - an array of exercises, typically parsed JSON
 * @param catalog - the catalog to extend (default: the built-in {@link exercises}); never mutated
 * @returns a new deep-frozen catalog (`catalog` then `custom`, in order), or every issue; never
 * throws for anything in `custom`
 * @throws TypeError naming `extendCatalog` when `catalog` is not an array (a programmer error;
 * the exercises inside it are the caller's contract)
 * @example
 * ```ts
 * const result = extendCatalog([{ ...getExercise("goblet-squat")!, id: "heel-elevated-goblet-squat", name: "Heel-elevated goblet squat" }]);
 * result.ok && result.value.length === exercises.length + 1;
 * // => true
 * extendCatalog([{ ...getExercise("goblet-squat")! }]).ok;
 * // => false (the ID is already in the catalog)
 * ```
 * @category Catalog
 */
export function extendCatalog(custom: unknown, catalog: readonly Exercise[] = exercises): ParseResult<readonly Exercise[]> {
  requireArray("extendCatalog", "catalog", catalog);
  if (!Array.isArray(custom)) return fail([{ path: [], message: "custom exercises must be an array of exercises" }]);
  const issues: ParseIssue[] = [];
  const parsed: (Exercise | undefined)[] = [];
  custom.forEach((input: unknown, index) => {
    const result = parseWith(exerciseSchema, input, (exercise) => exerciseSemanticIssues(exercise as Exercise));
    if (result.ok) parsed.push(result.value as Exercise);
    else {
      parsed.push(undefined);
      for (const issue of result.error.issues) issues.push({ path: [index, ...issue.path], message: issue.message });
    }
  });

  const baseIds = new Set(catalog.map((exercise) => exercise.id));
  const customIds = new Map<string, number>();
  parsed.forEach((exercise, index) => {
    if (exercise === undefined) return;
    if (baseIds.has(exercise.id)) {
      issues.push({ path: [index, "id"], message: `the ID "${exercise.id}" is already in the catalog` });
    }
    const first = customIds.get(exercise.id);
    if (first !== undefined) {
      issues.push({ path: [index, "id"], message: `the ID "${exercise.id}" is already used by custom exercise ${first}` });
    } else customIds.set(exercise.id, index);
  });

  // Links may point at the base catalog or at any custom exercise, including ones further down.
  const known = (id: string): boolean => baseIds.has(id) || customIds.has(id);
  parsed.forEach((exercise, index) => {
    if (exercise === undefined) return;
    for (const key of LINK_KEYS) {
      exercise[key].forEach((linked, position) => {
        if (!known(linked)) issues.push({ path: [index, key, position], message: `unknown exercise ID "${linked}" in ${key}` });
      });
    }
  });

  if (issues.length > 0) return fail(issues);
  const merged = [...catalog, ...(parsed as Exercise[])];
  return { ok: true, value: deepFrozenCopy(merged) };
}
