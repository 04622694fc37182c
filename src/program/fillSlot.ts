/**
 * Filling a slot: pick an exercise, then let the pain model dose it from the history (L-1…L-5,
 * S-9). An exercise the model sets aside is not planned anywhere that week and the slot is picked
 * again. Used for every part of a session alike, warm-up to finisher.
 */
import type { Reason } from "../evidence/index.js";
import { programReason as because } from "./messages.js";
import type { Exercise } from "../catalog/types.js";
import type { SelectionContext } from "./candidates.js";
import type { SlotSpec } from "./daySlots.js";
import { doseFromHistory, type DoseHistory } from "./doseHistory.js";
import { pickExercise, regressionPick, type Selection } from "./pickExercise.js";
import type { PlannedDose } from "./types.js";

/** What filling needs: the slot context, the history, and where set-aside notes go when nothing takes the slot. */
export interface Filler {
  readonly context: SelectionContext;
  readonly history: DoseHistory | undefined;
  readonly notes: Reason[];
  /** G-11: a deload week holds every load (no progression). */
  readonly holdLoads: boolean;
}

/** A chosen exercise with the dose the pain model allows for it. */
export interface FilledSlot {
  readonly exercise: Exercise;
  readonly verdict: Selection["verdict"];
  readonly ladderStep: boolean;
  readonly dose: PlannedDose;
  /** Why the dose moved (nextDose, the cap after amber or red). */
  readonly doseReasons: readonly Reason[];
  /** Why this exercise: the selection's reasons, after any set aside or regressed from. */
  readonly reasons: readonly Reason[];
}

/**
 * Picks the exercise for a slot and doses it through the pain model. An exercise the model sets
 * aside (a stop, L-5 or S-9; or nothing left at or below the last logged dose after amber or red,
 * L-1, L-2) is not planned and the slot is picked again. A regression to an easier exercise is
 * followed only while that exercise may be planned here and is not itself set aside (L-5).
 *
 * @param filler - the day's context and history
 * @param spec - the slot
 * @param doseOf - the dose the plan would give an exercise before its history is read
 */
export function fillSlot(filler: Filler, spec: SlotSpec, doseOf: (exercise: Exercise, ladderStep: boolean) => PlannedDose): FilledSlot | undefined {
  const { context, history } = filler;
  const used = context.used as Set<string>;
  const setAside = context.setAside as Set<string>;
  const notes: Reason[] = [];
  const dosed = (selection: Selection) => doseFromHistory(history, selection.exercise, doseOf(selection.exercise, selection.ladderStep), { holdLoads: filler.holdLoads });
  for (;;) {
    const picked = pickExercise(context, spec);
    if (picked === undefined) break;
    let current: Selection = picked;
    let outcome = dosed(current);
    while (outcome.kind === "regress-to") {
      const easier = regressionPick(context, outcome.exerciseId);
      const next = easier === undefined ? undefined : dosed(easier);
      if (easier === undefined || next === undefined || next.kind === "set-aside") {
        // L-5: never swap to an exercise that is itself stopped (or cannot be planned here).
        const cannot = because(outcome.reasons[0]!.ruleId, "program.fill-cannot-plan", { easier: easier?.exercise.name ?? outcome.exerciseId, exercise: current.exercise.name });
        notes.push(...outcome.reasons, cannot, ...(next?.kind === "set-aside" ? next.reasons : []));
        if (easier !== undefined && next?.kind === "set-aside") setAside.add(easier.exercise.id);
        break;
      }
      notes.push(...outcome.reasons, because(outcome.reasons[0]!.ruleId, "program.fill-swapped", { exercise: current.exercise.name, easier: easier.exercise.name }));
      current = easier;
      outcome = next;
    }
    if (outcome.kind === "dose") {
      used.add(current.exercise.id);
      return {
        exercise: current.exercise,
        verdict: current.verdict,
        ladderStep: current.ladderStep,
        dose: outcome.dose,
        doseReasons: outcome.reasons,
        reasons: [...notes, ...current.reasons],
      };
    }
    // Not planned this week, in any slot (L-5, S-9, L-1, L-2).
    setAside.add(picked.exercise.id);
    setAside.add(current.exercise.id);
    if (outcome.kind === "set-aside") notes.push(...outcome.reasons);
  }
  filler.notes.push(...notes);
  return undefined;
}
