/**
 * The volume module's findings in English: one template per stable code, and the terms its ID
 * params stand for (`volume.term.<id>`). Codes are stable within a major version
 * (docs/i18n.md); `spinewise/report` renders them in other locales.
 */
import { reasonsFrom } from "../evidence/messages.js";

/**
 * The English templates of the session-structure and volume findings (V-1, V-2, V-6…V-8), by
 * stable code, with the words for leg blocks and dominances.
 * @example
 * ```ts
 * volumeMessages["volume.term.split-stance"];
 * // => "split-stance"
 * ```
 * @category Volume
 */
export const volumeMessages = {
  "volume.unknown-exercise": "unknown exercise \"{exercise}\": its block and dominance cannot be checked",
  "volume.alternates-sides": "{exercise} alternates sides: do all reps on one side, then the other",
  "volume.both-sides-in-one-set": "{exercise} was logged on both sides in one set: do all reps on one side, then the other, and log each side as its own set",
  "volume.wrong-block": "{exercise} is {inferred} work placed in the {declared} block",
  "volume.block-order": "{block} work ({exercise}) comes after {previousBlock} work ({previous}): single-leg first, split-stance next, bilateral last",
  "volume.missing-block": "no {block} block: it needs one hip-dominant and one knee-dominant movement",
  "volume.missing-dominance": "the {block} block has no {dominance}-dominant movement",
  "volume.extra-dominance": "the {block} block has {count} {dominance}-dominant movements; V-2 asks for one",
  "volume.bodyweight-load": "{exercise} is a bodyweight exercise (0 implements): its {load} kg load is not counted; give the set's implements to count it",
  "volume.no-rir": "{exercise}: no RIR recorded, so the set is not counted as a hard set (never guessed)",
  "volume.unknown-exercise-set": "unknown exercise \"{exercise}\": its set is left out of every total",
  "volume.unknown-exercise-sets": "unknown exercise \"{exercise}\": its {count} sets are left out of every total",
  "volume.side-imbalance": "{exercise}: {left} working reps on the left, {right} on the right",
  "volume.span-over-a-week": "the sessions span {days} calendar days ({from} to {to}); they are summed as one week",
  "volume.term.single-leg": "single-leg",
  "volume.term.split-stance": "split-stance",
  "volume.term.bilateral": "bilateral",
  "volume.term.hip": "hip",
  "volume.term.knee": "knee",
} as const;

/**
 * The typed constructor of the volume module's findings' reasons.
 * @example
 * ```ts
 * volumeReason("V-2", "volume.missing-dominance", { block: "bilateral", dominance: "hip" }).message;
 * // => "the bilateral block has no hip-dominant movement"
 * ```
 * @category Volume
 */
export const volumeReason = /* @__PURE__ */ reasonsFrom(volumeMessages, "volumeReason");
