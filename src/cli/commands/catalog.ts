import { DOMINANCES, LATERALITIES, MOVEMENT_PATTERNS, exercises, suitability } from "../../catalog/index.js";
import type { Exercise, SuitabilityDecision } from "../../catalog/index.js";
import { readAssessment } from "../inputs.js";
import { EXIT_OK } from "../io.js";
import { actionLabel, inFile, renderWithheld, unansweredOf } from "../render.js";
import { table } from "../table.js";
import type { Command } from "../run.js";
import { listOption } from "./options.js";

/** `spinewise catalog`: list exercises, optionally judged for a person. */
export const catalogCommand: Command = {
  name: "catalog",
  summary: "list the exercise catalog; with --profile, each exercise's ok / caution / avoid for that person",
  usage: "catalog [--profile INTAKE] [--pattern p,…] [--dominance hip|knee|…] [--laterality …]",
  positionals: { min: 0, max: 0 },
  options: {
    profile: { type: "string" },
    pattern: { type: "string", multiple: true },
    dominance: { type: "string", multiple: true },
    laterality: { type: "string", multiple: true },
  },
  run: ({ io, values, json }) => {
    const patterns = listOption("--pattern", values.pattern, MOVEMENT_PATTERNS);
    const dominances = listOption("--dominance", values.dominance, DOMINANCES);
    const lateralities = listOption("--laterality", values.laterality, LATERALITIES);
    let judge: ((exercise: Exercise) => SuitabilityDecision) | undefined;
    if (typeof values.profile === "string") {
      const assessment = readAssessment(io, values.profile);
      if (assessment.status === "withheld") {
        // A withheld intake is an answer, not bad input: the decision alone, no exercise verdicts behind it.
        if (json) io.stdout(`${JSON.stringify(assessment, null, 2)}\n`);
        else {
          io.stdout(
            renderWithheld(assessment, {
              title: "Catalog",
              lead: `No exercise is suggested: the safety action is ${actionLabel(assessment)}.`,
              unanswered: unansweredOf(assessment),
              where: inFile(values.profile),
            }),
          );
        }
        return EXIT_OK;
      }
      const profile = assessment.profile;
      judge = (exercise) => suitability(exercise, profile);
    }
    const selected = exercises.filter(
      (exercise) =>
        (patterns === undefined || patterns.includes(exercise.pattern)) &&
        (dominances === undefined || dominances.includes(exercise.dominance)) &&
        (lateralities === undefined || lateralities.includes(exercise.laterality)),
    );
    const rows = selected.map((exercise) => ({ exercise, verdict: judge?.(exercise) }));
    if (json) {
      io.stdout(
        `${JSON.stringify(
          rows.map(({ exercise, verdict }) => (verdict === undefined ? exercise : { ...exercise, suitability: verdict })),
          null,
          2,
        )}\n`,
      );
      return EXIT_OK;
    }
    const headers = ["id", "name", "pattern", "dominance", "laterality", ...(judge ? ["for you", "why"] : [])];
    io.stdout(
      `${table(
        headers,
        rows.map(({ exercise, verdict }) => [
          exercise.id,
          exercise.name,
          exercise.pattern,
          exercise.dominance,
          exercise.laterality,
          ...(verdict ? [verdict.action, `${verdict.ruleId}${verdict.axis ? ` ${verdict.axis}` : ""}`] : []),
        ]),
      )}\n${rows.length} exercise${rows.length === 1 ? "" : "s"}\n`,
    );
    return EXIT_OK;
  },
};
