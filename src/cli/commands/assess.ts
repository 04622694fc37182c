import { readAssessment } from "../inputs.js";
import { EXIT_OK } from "../io.js";
import { renderAssessment } from "../render.js";
import type { Command } from "../run.js";

/** `spinewise assess FILE`: screening, direction, emphasis and stage for an intake. */
export const assessCommand: Command = {
  name: "assess",
  summary: "assess an intake (JSON): safety action, direction, stage, emphasis and every reason",
  usage: "assess FILE",
  positionals: { min: 1, max: 1 },
  options: {},
  run: ({ io, positionals, json }) => {
    const file = positionals[0] ?? "";
    const assessment = readAssessment(io, file);
    io.stdout(json ? `${JSON.stringify(assessment, null, 2)}\n` : renderAssessment(assessment, file));
    return EXIT_OK;
  },
};
