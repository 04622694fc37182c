import { DOMINANCES, LATERALITIES, MOVEMENT_PATTERNS, exercises, suitability } from "../../catalog/index.js";
import type { Exercise, SuitabilityDecision } from "../../catalog/index.js";
import { readAssessment } from "../inputs.js";
import { EXIT_OK } from "../io.js";
import { actionLabel, inFile, renderWithheld, unansweredOf } from "../render.js";
import { fileLabel } from "../files.js";
import { count, table } from "../table.js";
import { words } from "../words.js";
import type { Command } from "../run.js";
import { listOption } from "./options.js";

/** `spinewise catalog`: list exercises, optionally judged for a person. */
export const catalogCommand: Command = {
  name: "catalog",
  summary: "list the exercises; with --profile, ok/caution/avoid for a person",
  description: "List the exercise catalog; with --profile, each exercise's verdict for that person (ok, caution or avoid) and the rule that decided.",
  usage: "catalog [options]",
  positionals: { min: 0, max: 0 },
  options: {
    profile: { type: "string", value: "INTAKE", help: "judge each exercise for this intake (JSON); - reads standard input" },
    pattern: { type: "string", multiple: true, value: "P,…", help: `only these movement patterns (${MOVEMENT_PATTERNS.slice(0, 3).join(", ")}, …)`, byDefault: "all" },
    dominance: { type: "string", multiple: true, value: "D,…", help: `only these: ${DOMINANCES.join(", ")}`, byDefault: "all" },
    laterality: { type: "string", multiple: true, value: "L,…", help: `only these: ${LATERALITIES.join(", ")}`, byDefault: "all" },
  },
  examples: ["spinewise catalog --profile examples/athlete.json --pattern bridge", "spinewise catalog --dominance hip --json"],
  run: ({ io, values, json, width }) => {
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
              where: inFile(fileLabel(values.profile)),
            }, width),
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
    // Dominance and laterality share a column, so that the table fits 80 columns.
    const headers = ["id", "name", "pattern", "dominance, laterality", ...(judge ? ["for you", "why"] : [])];
    io.stdout(
      `${table(
        headers,
        rows.map(({ exercise, verdict }) => [
          exercise.id,
          exercise.name,
          words(exercise.pattern),
          `${words(exercise.dominance)}, ${words(exercise.laterality)}`,
          ...(verdict ? [verdict.action, `${verdict.ruleId}${verdict.axis ? ` ${words(verdict.axis)}` : ""}`] : []),
        ]),
        width,
      )}\n${count(rows.length, "exercise")}\n`,
    );
    return EXIT_OK;
  },
};
