/**
 * `--html FILE` for the commands that plan a week (`plan`, `journal plan`): the week as the
 * printable, self-contained page of `renderPlanHtml`, planned or withheld.
 */
import type { WeekPlan } from "../program/index.js";
import { renderPlanHtml } from "../report/index.js";
import type { CliIo } from "./io.js";
import type { CommandOption } from "./run.js";
import { writeOutput } from "./commands/options.js";

/** The option as the commands declare it. */
export const HTML_OPTION: CommandOption = {
  type: "string",
  value: "FILE",
  help: "also write the week as a printable page (self-contained HTML: safety net and pain rules first, a card per day)",
};

/**
 * Writes the page when `--html` was given, and returns the line that says so for the text
 * output (nothing under `--json`, whose output stays one JSON document).
 */
export function writePlanHtml(io: CliIo, file: unknown, week: WeekPlan, json: boolean): string {
  if (typeof file !== "string") return "";
  writeOutput(io, file, renderPlanHtml(week));
  return json ? "" : `Printable plan written to ${file}\n`;
}
