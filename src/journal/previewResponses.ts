/**
 * "If this hurts tomorrow, we will …": the next dose and ladder step for each way the back may
 * answer the next set of an exercise, before it is done (L-1, L-2, L-4, L-5, P-1).
 */
import { formatIsoDate, requireIsoDate } from "../internal/calendar.js";
import { nextDose, nextLadderStep, painResponse, type ExerciseLog, type PainReport } from "../progression/index.js";
import type { ExerciseId } from "../catalog/index.js";
import { checkJournalArgs, prescriptionFrom, runReplay } from "./replay.js";
import { logSets } from "./sessionRecords.js";
import type { Journal, PreviewResponse, ReplayOptions, ResponsePreview, SessionSet } from "./types.js";

/**
 * Options of {@link previewResponses}.
 * @category Journal
 */
export interface PreviewOptions extends ReplayOptions {
  /** The sets about to be done. Default: those of the exercise's last logged session, else its catalog dose. */
  readonly sets?: readonly SessionSet[];
  /** The day of the set. Default: the day after `asOf`. */
  readonly date?: string;
}

const RESPONSES: readonly PreviewResponse[] = ["green", "amber", "red", "stop"];

/** A pain report that reads as the response: green (0–2, back to baseline), amber (3, the axial ceiling), red (a flare), stop (spreading). */
function reportFor(response: PreviewResponse, baseline: number): PainReport {
  switch (response) {
    case "green":
      return { baselineNrs: baseline, duringNrs: Math.min(2, baseline + 1), afterNrs: Math.min(2, baseline + 1), nextMorningNrs: baseline };
    case "amber":
      return { baselineNrs: baseline, duringNrs: 3, afterNrs: 3, nextMorningNrs: baseline };
    case "red":
      return { baselineNrs: baseline, duringNrs: 3, afterNrs: 3, nextMorningNrs: Math.min(10, baseline + 2) };
    case "stop":
      return { baselineNrs: baseline, duringNrs: 3, afterNrs: 3, nextMorningNrs: baseline, spread: "peripheralised" };
  }
}

const WORDS: Readonly<Record<PreviewResponse, string>> = {
  green: "stays in the green band (0–2) and is back to baseline next morning",
  amber: "reaches 3/10 but is back to baseline next morning",
  red: "is 2 points above baseline next morning (a flare)",
  stop: "spreads down the leg",
};

/**
 * Previews what each response to the next set of an exercise would lead to: for green, amber,
 * red and stop (symptoms spreading), the next dose (`nextDose`: L-1, L-2, L-4, L-5, P-5…P-9)
 * and, when the exercise is a ladder's current step, the ladder's next step (`nextLadderStep`:
 * P-1, P-2, L-4, G-2). An app can show "if this hurts tomorrow, we will …" before the set.
 *
 * The journal is replayed to `asOf`; the set is assumed done at the dose given (`sets`), else the
 * last logged one, with the latest logged baseline (0–8). Nothing is recorded.
 *
 * @param journal - the events (parsed with {@link parseJournal})
 * @param exerciseId - the exercise about to be done
 * @param options - `asOf` and the replay's options, the sets about to be done, their day
 * @returns four previews, green to stop
 * @throws TypeError when the journal is not an array of events, the exercise id is not a non-empty string, or options is not an object
 * @throws RangeError when a date is not a supported ISO date, or before the journal's intake
 * @example
 * ```ts
 * const green = { baselineNrs: 1, duringNrs: 1, afterNrs: 1, nextMorningNrs: 1 };
 * const squats = { exerciseId: "goblet-squat", sets: [{ reps: 12, loadKg: 12 }, { reps: 12, loadKg: 12 }, { reps: 12, loadKg: 12 }], pain: green };
 * const journal = [
 *   { id: "intake", date: "2026-03-28", type: "intake", intake: athlete },
 *   { id: "s1", date: "2026-03-30", type: "session", exercises: [squats] },
 *   { id: "s2", date: "2026-04-01", type: "session", exercises: [squats] },
 * ];
 * previewResponses(journal, "goblet-squat").map((preview) => `${preview.response}: ${preview.dose.action}`);
 * // => ["green: progress", "amber: hold", "red: regress", "stop: stop"]
 * ```
 * @category Journal
 */
export function previewResponses(journal: Journal, exerciseId: ExerciseId, options: PreviewOptions = {}): ResponsePreview[] {
  checkJournalArgs("previewResponses", journal, options);
  if (typeof exerciseId !== "string" || exerciseId === "") throw new TypeError(`previewResponses: exerciseId must be a non-empty string, got ${JSON.stringify(exerciseId) ?? typeof exerciseId}`);
  const run = runReplay("previewResponses", journal, options);
  if (run.state.intakeDate === null) throw new RangeError(`previewResponses: the journal has no intake on or before ${run.state.asOf}`);
  const date = options.date ?? formatIsoDate(requireIsoDate("previewResponses", "options.asOf", run.state.asOf) + 1);
  requireIsoDate("previewResponses", "options.date", date);
  const exercise = run.catalog.find((item) => item.id === exerciseId);
  const own = run.exerciseLogs.filter((log) => log.exerciseId === exerciseId);
  const last = own.at(-1);
  const sets =
    options.sets !== undefined
      ? logSets(options.sets)
      : last !== undefined
        ? last.sets
        : exercise?.defaultDose.kind === "reps"
          ? Array.from({ length: exercise.defaultDose.sets }, () => ({ reps: exercise.defaultDose.kind === "reps" ? exercise.defaultDose.reps.max : 1 }))
          : exercise?.defaultDose.kind === "hold"
            ? Array.from({ length: exercise.defaultDose.sets }, () => ({ holdSeconds: exercise.defaultDose.kind === "hold" ? exercise.defaultDose.holdSeconds.max : 1 }))
            : [{ reps: 1 }];
  const baseline = Math.min(8, last?.pain.baselineNrs ?? 1);
  const stage = run.state.stage ?? "movement-control";
  const direction = run.assessment?.status === "cleared" ? run.assessment.profile.direction : undefined;
  const axial = (exercise?.spineDemand.axialCompression ?? 0) >= 2;
  const membership = exercise?.ladders.find((item) => run.ladders?.exposuresOf(item.ladder)?.step === item.step);
  const profile = run.assessment?.status === "cleared" ? run.assessment.profile : undefined;

  return RESPONSES.map((response) => {
    const pain = reportFor(response, baseline);
    const log: ExerciseLog = { date, exerciseId, sets, pain };
    const history = [...own, log];
    const dose = nextDose(history, prescriptionFrom(exercise, log), {
      stage,
      catalog: run.catalog,
      ...(exercise === undefined ? {} : { exercise }),
      ...(direction === undefined ? {} : { direction }),
      today: formatIsoDate(requireIsoDate("previewResponses", "options.date", date) + 1),
    });
    let ladder = null;
    if (membership !== undefined && profile !== undefined) {
      const at = run.ladders!.exposuresOf(membership.ladder)!;
      ladder = nextLadderStep(membership.ladder, [...at.exposures, { date, step: at.step, pain: axial ? { ...pain, axiallyLoaded: true } : pain }], {
        direction: profile.direction,
        policy: { profile, catalog: run.catalog },
      });
    }
    const light = painResponse(pain, axial ? { axiallyLoaded: true } : {}).action;
    const next = dose.prescription;
    const doseText =
      dose.action === "progress"
        ? `progress (${dose.axis}${dose.axis === "load" ? ` to ${next.loadKg} kg` : ""})`
        : dose.action === "regress"
          ? dose.axis === "exercise"
            ? `regress to ${next.exerciseId}`
            : `regress (${dose.axis}${dose.axis === "load" ? ` to ${next.loadKg} kg` : ""})`
          : dose.action;
    const ladderText = ladder === null ? "" : `; the ${ladder.ladder} ladder will ${ladder.action} (step ${ladder.step + 1}, ${ladder.exerciseId})`;
    return {
      response,
      pain,
      painResponse: light,
      dose,
      ladder,
      summary: `If ${exerciseId} ${WORDS[response]}, we will ${doseText}${ladderText}.`,
    };
  });
}
