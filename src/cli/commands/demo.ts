import athlete from "../../../examples/athlete.json" with { type: "json" };
import trainingLog from "../../../examples/training-log.json" with { type: "json" };
import { parseTrainingLog } from "../../load/index.js";
import { assess, planWeek } from "../../program/index.js";
import { badInput, EXIT_OK } from "../io.js";
import { exampleFiles } from "../exampleFiles.js";
import { buildLoadReport } from "../loadReport.js";
import { renderAssessment, renderLoadReport, renderWeek } from "../render.js";
import type { Command } from "../run.js";
import { commandLine, wrap } from "../table.js";
import { checkTimeZone, intOption } from "./options.js";

/** The example's dates: the log runs 5 January to 29 March 2026; the plan is for the week after. */
export const DEMO_WEEK_START = "2026-03-30";
export const DEMO_TIME_ZONE = "Europe/London";

/** `spinewise demo`: assess, plan and load report for the built-in example athlete. */
export const demoCommand: Command = {
  name: "demo",
  summary: "the built-in example: assessment, a week plan, a load report",
  description:
    "The built-in example athlete, start to finish: the assessment, a week plan for 2026-03-30 and the load report of a 12-week training log. No files needed.",
  usage: "demo [options]",
  positionals: { min: 0, max: 0 },
  options: {
    days: { type: "string", value: "2-6", help: "training days in the week", byDefault: "4" },
    verbose: { type: "boolean", help: "print every session's reasons in full, not one line each" },
  },
  examples: ["spinewise demo", "spinewise demo --days 3 --verbose"],
  run: ({ io, values, json, width }) => {
    const daysPerWeek = intOption("--days", values.days, 2, 6) ?? 4;
    const result = assess(athlete);
    const log = parseTrainingLog(trainingLog);
    if (!result.ok || !log.ok) throw badInput("the built-in example no longer parses; this is a bug in spinewise");
    const timeZone = checkTimeZone(DEMO_TIME_ZONE);
    const week = planWeek(result.value, {
      weekStart: DEMO_WEEK_START,
      daysPerWeek,
      sessionMinutes: 60,
      timeZone,
      history: { trainingLog: log.value },
    });
    const load = buildLoadReport(log.value, { method: "ewma", timeZone, absentDays: "unknown" });
    if (json) {
      io.stdout(`${JSON.stringify({ athlete, assessment: result.value, week, load }, null, 2)}\n`);
      return EXIT_OK;
    }
    const layout = { width, verbose: values.verbose === true };
    // The installed package's examples, so the "Try:" commands work outside this repository.
    const files = exampleFiles(process.cwd());
    io.stdout(
      [
        wrap("spinewise demo — an example lifter: flexion intolerant, movement-control stage, lower-crossed indicators.", width),
        wrap(`Files: ${files.athlete} (intake) and ${files.trainingLog} (12 weeks of session RPE × minutes).`, width, "  "),
        wrap("Training guidance with safety-netting, never a diagnosis.", width),
        "",
        renderAssessment(result.value, layout),
        renderWeek(week, layout, result.value.status === "withheld" ? [] : result.value.advisories),
        renderLoadReport(load, width),
        "Try:",
        commandLine(`spinewise plan ${files.athlete} --log ${files.trainingLog} --days 3`, width),
        commandLine(`spinewise load ${files.trainingLog} --svg acwr.svg`, width),
        "",
      ].join("\n"),
    );
    return EXIT_OK;
  },
};
