import type { Exercise, ExerciseId, MovementPattern } from "../catalog/types.js";
import type { Finding, Reason, Severity } from "../evidence/index.js";
import { volumeReason } from "./messages.js";
import { exerciseIndex } from "./catalogLookup.js";
import { legBlockOf } from "./legBlockOf.js";
import { LEG_BLOCKS, type LegBlock, type SessionLike, type SessionStructureOptions, type SetSide } from "./types.js";
import { requireObject, requireOptions } from "../internal/guards.js";

type Path = readonly (string | number)[];

interface Item {
  readonly exerciseId: ExerciseId;
  readonly path: Path;
  readonly declared: LegBlock | undefined;
  /** The planned block's index, for block-level paths. */
  readonly blockIndex: number | undefined;
  readonly side: SetSide | undefined;
}

interface PlacedItem extends Item {
  readonly exercise: Exercise;
  readonly block: LegBlock;
}

/** The leg strength patterns whose sets V-6 asks to finish one side at a time. */
const ALTERNATION_MATTERS: ReadonlySet<MovementPattern> = /* @__PURE__ */ new Set<MovementPattern>([
  "lunge",
  "step-up",
  "squat",
  "single-leg-hinge",
  "hinge",
  "bridge",
]);

const BLOCK_RANK: Readonly<Record<LegBlock, number>> = { "single-leg": 0, "split-stance": 1, bilateral: 2 };

function finding(why: Reason, severity: Severity, path: Path): Finding {
  return Object.freeze({ ...why, severity, path: Object.freeze([...path]) });
}

function itemsOf(session: SessionLike): { items: Item[]; planned: boolean } {
  const items: Item[] = [];
  if ("blocks" in session) {
    session.blocks.forEach((block, blockIndex) => {
      block.exerciseIds.forEach((exerciseId, j) => {
        items.push({ exerciseId, path: ["blocks", blockIndex, "exerciseIds", j], declared: block.block, blockIndex, side: undefined });
      });
    });
    return { items, planned: true };
  }
  session.sets.forEach((set, i) => {
    // Warm-ups may come in any order; the structure concerns the working sets.
    if (set.warmup === true) return;
    items.push({ exerciseId: set.exerciseId, path: ["sets", i], declared: undefined, blockIndex: undefined, side: set.side });
  });
  return { items, planned: false };
}

/**
 * Reports every way a planned or logged session breaks the seed 000 structure: block order
 * (V-1), a hip- and a knee-dominant movement in each block (V-2), and one side at a time (V-6).
 *
 * A plan gives blocks of exercise IDs (optionally labelled with the block they are meant to
 * be); a log gives its sets in order, with sides (warm-up sets are ignored). Each exercise's
 * block comes from its catalog laterality (unilateral → single-leg, split-stance →
 * split-stance, bilateral → bilateral); exercises with dominance `none` (core, mobility,
 * upper body) are not leg work and are left out. A `mixed`-dominance movement fills whichever
 * of the hip or knee slots is still empty. Unknown exercise IDs are reported, never thrown.
 *
 * @param session - a plan (`{ blocks: [{ block?, exerciseIds }] }`) or a log (`{ sets }`)
 * @param options - the catalog (default: built-in) and whether a missing block is reported (default yes)
 * @returns every finding, each with its rule, severity and the path of the offending entry;
 *   empty when the structure holds
 * @throws TypeError naming `checkSessionStructure` when `session` is not an object or `options`
 * is given but not an object; the blocks or sets inside are the caller's contract
 * @example
 * ```ts
 * checkSessionStructure({
 *   blocks: [
 *     { block: "bilateral", exerciseIds: ["trap-bar-deadlift-blocks", "isometric-squat-hold"] },
 *     { block: "single-leg", exerciseIds: ["single-leg-romanian-deadlift", "step-up"] },
 *   ],
 * }).map((finding) => finding.message);
 * // => ["single-leg work (Single-leg Romanian deadlift) comes after bilateral work (…): …",
 * //     "single-leg work (Step-up) comes after bilateral work (…): …",
 * //     "no split-stance block: it needs one hip-dominant and one knee-dominant movement"]
 * ```
 * @category Volume
 */
export function checkSessionStructure(session: SessionLike, options: SessionStructureOptions = {}): Finding[] {
  requireObject("checkSessionStructure", "session", session);
  requireOptions("checkSessionStructure", options);
  const index = exerciseIndex(options.catalog);
  const requireAllBlocks = options.requireAllBlocks ?? true;
  const { items, planned } = itemsOf(session);
  const findings: Finding[] = [];
  const reportedUnknown = new Set<string>();
  const reportedOrder = new Set<string>();
  const reportedAlternating = new Set<string>();
  const placed: PlacedItem[] = [];

  for (const item of items) {
    const exercise = index.get(item.exerciseId);
    if (exercise === undefined) {
      if (!reportedUnknown.has(item.exerciseId)) {
        reportedUnknown.add(item.exerciseId);
        findings.push(finding(volumeReason("V-1", "volume.unknown-exercise", { exercise: item.exerciseId }), "warning", item.path));
      }
      continue;
    }
    // V-6: alternating sides resets the spine's position every rep (leg strength patterns only:
    // a band walk or a trunk rotation alternates by nature).
    if (exercise.laterality === "alternating" && ALTERNATION_MATTERS.has(exercise.pattern) && !reportedAlternating.has(exercise.id)) {
      reportedAlternating.add(exercise.id);
      findings.push(finding(volumeReason("V-6", "volume.alternates-sides", { exercise: exercise.name }), "warning", item.path));
    }
    if (item.side === "both" && (exercise.laterality === "unilateral" || exercise.laterality === "split-stance")) {
      findings.push(
        finding(volumeReason("V-6", "volume.both-sides-in-one-set", { exercise: exercise.name }), "warning", item.path),
      );
    }
    const inferred = legBlockOf(exercise);
    if (inferred === null) continue;
    if (item.declared !== undefined && item.declared !== inferred) {
      findings.push(
        finding(volumeReason("V-1", "volume.wrong-block", { exercise: exercise.name, inferred, declared: item.declared }), "warning", item.path),
      );
    }
    placed.push({ ...item, exercise, block: item.declared ?? inferred });
  }

  // V-1: single-leg first, split-stance next, bilateral last.
  let latest: PlacedItem | undefined;
  for (const item of placed) {
    if (latest !== undefined && BLOCK_RANK[item.block] < BLOCK_RANK[latest.block]) {
      if (!reportedOrder.has(item.exerciseId)) {
        reportedOrder.add(item.exerciseId);
        findings.push(
          finding(
            volumeReason("V-1", "volume.block-order", { block: item.block, exercise: item.exercise.name, previousBlock: latest.block, previous: latest.exercise.name }),
            "warning",
            item.path,
          ),
        );
      }
    } else {
      latest = item;
    }
  }

  // V-2: one hip- and one knee-dominant movement per block.
  for (const block of LEG_BLOCKS) {
    const members = placed.filter((item) => item.block === block);
    const first = members[0];
    if (first === undefined) {
      if (requireAllBlocks) {
        findings.push(
          finding(volumeReason("V-2", "volume.missing-block", { block }), "warning", planned ? ["blocks"] : ["sets"]),
        );
      }
      continue;
    }
    const blockPath: Path = planned && first.blockIndex !== undefined ? ["blocks", first.blockIndex] : first.path;
    const distinct = new Map<string, Exercise>();
    for (const member of members) distinct.set(member.exercise.id, member.exercise);
    const dominances = [...distinct.values()].map((exercise) => exercise.dominance);
    const hip = dominances.filter((d) => d === "hip").length;
    const knee = dominances.filter((d) => d === "knee").length;
    let mixed = dominances.filter((d) => d === "mixed").length;
    let hasHip = hip > 0;
    let hasKnee = knee > 0;
    if (!hasHip && mixed > 0) {
      hasHip = true;
      mixed -= 1;
    }
    if (!hasKnee && mixed > 0) hasKnee = true;
    for (const [dominance, present] of [
      ["hip", hasHip],
      ["knee", hasKnee],
    ] as const) {
      if (!present) {
        findings.push(finding(volumeReason("V-2", "volume.missing-dominance", { block, dominance }), "warning", blockPath));
      }
    }
    for (const [dominance, count] of [
      ["hip", hip],
      ["knee", knee],
    ] as const) {
      if (count > 1) {
        findings.push(
          finding(volumeReason("V-2", "volume.extra-dominance", { block, count, dominance }), "info", blockPath),
        );
      }
    }
  }
  return findings;
}
