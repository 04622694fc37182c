import { fileLabel } from "../files.js";
import { readAssessment } from "../inputs.js";
import { EXIT_OK } from "../io.js";
import { renderAssessment } from "../render.js";
import type { Command } from "../run.js";

/** `spinewise assess FILE`: screening, direction, emphasis and stage for an intake. */
export const assessCommand: Command = {
  name: "assess",
  summary: "assess an intake: safety, direction, stage, emphasis, reasons",
  description: "Assess an intake (JSON): the safety action, the direction of intolerance, the stage, the training emphasis, every reason and the safety net.",
  usage: "assess FILE [options]",
  arguments: [["FILE", "the intake (JSON; `spinewise schema intake` prints its schema); - reads it from standard input"]],
  positionals: { min: 1, max: 1 },
  options: {},
  examples: ["spinewise assess examples/athlete.json", "spinewise assess examples/athlete.json --json"],
  run: ({ io, positionals, json, width }) => {
    const file = positionals[0] ?? "";
    const assessment = readAssessment(io, file);
    io.stdout(json ? `${JSON.stringify(assessment, null, 2)}\n` : renderAssessment(assessment, { width }, fileLabel(file)));
    return EXIT_OK;
  },
};
