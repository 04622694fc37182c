/**
 * The built-in earn-back ladders as the public, deep-frozen list.
 */
import { deepFrozenCopy } from "./frozenCopy.js";
import { ladders as ladderData } from "./ladders.js";
import type { Ladder } from "./types.js";

/**
 * The earn-back ladders (P-1, P-2, L-6): for each lift avoided while symptomatic, and for each
 * intolerant direction, the ordered steps that bring it back. Deep-frozen.
 *
 * {@link suitability} reads them: a step above the person's unlocked step is "not yet earned",
 * and the top step returns only in function optimisation. `ladderProgress` in a
 * {@link TrainingProfile} is an index into `steps`.
 *
 * @example
 * ```ts
 * ladders.find((ladder) => ladder.id === "hinge")?.steps[0];
 * // => "dowel-hip-hinge"
 * ```
 * @category Catalog
 */
export const ladders: readonly Ladder[] = /* @__PURE__ */ deepFrozenCopy(ladderData);
