import { ACWR_ZONE_THRESHOLDS } from "../../load/index.js";
import type { AcwrMethod } from "../../load/index.js";
import { fileLabel } from "../files.js";
import { readTrainingLog } from "../inputs.js";
import { EXIT_OK, badInput, usageError } from "../io.js";
import { buildLoadReport } from "../loadReport.js";
import { readPerformedSessions } from "../readPerformedSessions.js";
import { renderAcwrSvg } from "../renderAcwrSvg.js";
import { renderPmcSvg } from "../renderPmcSvg.js";
import { renderLoadReport } from "../render.js";
import type { Command } from "../run.js";
import { checkTimeZone, dateOption, intOption, oneOfOption, writeOutput } from "./options.js";

const METHODS = ["ewma", "coupled", "uncoupled"] as const satisfies readonly AcwrMethod[];

/** `--diagnostics`, with `--events` (ISO dates, comma-separated) and `--seed` (default 1). */
function diagnosticsOption(values: Readonly<Record<string, unknown>>): { seed: number; events?: string[] } | undefined {
  if (values.diagnostics !== true) {
    if (values.events !== undefined || values.seed !== undefined) throw usageError("--events and --seed go with --diagnostics");
    return undefined;
  }
  const seed = intOption("--seed", values.seed, 0, 4_294_967_295) ?? 1;
  if (values.events === undefined) return { seed };
  const events = String(values.events)
    .split(",")
    .map((item) => item.trim())
    .filter((item) => item !== "")
    .map((item) => dateOption("--events", item) as string);
  return { seed, events };
}

/** An event date outside the log is bad input, named as such. */
function withEventErrors<T>(build: () => T): T {
  try {
    return build();
  } catch (thrown) {
    if (thrown instanceof RangeError && thrown.message.startsWith("acwrDiagnostics: events")) throw badInput(`--events: ${thrown.message.slice("acwrDiagnostics: ".length)}`);
    throw thrown;
  }
}

/** `spinewise load LOG`: the training-load report and, on request, an SVG chart. */
export const loadCommand: Command = {
  name: "load",
  summary: "training-load report (ACWR, monotony, strain) from a log",
  description:
    "The training-load report of a log (session RPE × minutes): the log's quality first (A-14), then one row per week with its load, change, monotony, strain and the week's ratio and zone (A-18), and the latest ratio explained.",
  usage: "load LOG [options]",
  arguments: [["LOG", "a training log: JSON, or CSV with a header row when the name ends in .csv; - reads standard input (JSON or CSV, told apart by its first character)"]],
  positionals: { min: 1, max: 1 },
  options: {
    method: { type: "string", value: "METHOD", help: `the ACWR method: ${METHODS.join(", ")}`, byDefault: "ewma" },
    "time-zone": { type: "string", value: "TZ", help: "the IANA time zone whose calendar days the log is counted in", byDefault: "UTC" },
    absent: { type: "string", value: "unknown|rest", help: "what a day with no session is", byDefault: "unknown" },
    svg: { type: "string", value: "FILE", help: "also write an SVG chart of the ratio (with --pmc: fitness, fatigue and form)" },
    diagnostics: { type: "boolean", help: "whether the ratio means anything for this log (A-17)" },
    events: { type: "string", value: "DATE,…", help: "with --diagnostics: dated events to test against the ratio" },
    seed: { type: "string", value: "N", help: "with --diagnostics: the resampling seed", byDefault: "1" },
    sessions: { type: "string", value: "FILE", help: "performed sessions (JSON) for spine exposure per axis (A-15)" },
    pmc: { type: "boolean", help: "fitness, fatigue and form: CTL, ATL, TSB (A-11)" },
  },
  examples: ["spinewise load examples/training-log.csv --method coupled --svg acwr.svg", "spinewise load - --pmc < examples/training-log.json"],
  run: ({ io, positionals, values, json, width }) => {
    const method = oneOfOption("--method", values.method, METHODS, "ewma");
    const absentDays = oneOfOption("--absent", values.absent, ["unknown", "rest"] as const, "unknown");
    const timeZone = checkTimeZone(values["time-zone"]);
    const file = positionals[0] ?? "";
    const sessions = readTrainingLog(io, file);
    if (sessions.length === 0) throw badInput(`${fileLabel(file)}: the log has no sessions`);
    const diagnostics = diagnosticsOption(values);
    const performed = typeof values.sessions === "string" ? readPerformedSessions(io, values.sessions) : undefined;
    const report = withEventErrors(() =>
      buildLoadReport(sessions, { method, timeZone, absentDays, ...(diagnostics === undefined ? {} : { diagnostics }), ...(performed === undefined ? {} : { performed }), pmc: values.pmc === true }),
    );
    if (typeof values.svg === "string" && report.pmc !== undefined) {
      // with --pmc the chart is fitness, fatigue and form.
      writeOutput(io, values.svg, renderPmcSvg(report.pmc, { title: `Fitness, fatigue and form — ${fileLabel(file)}` }));
    } else if (typeof values.svg === "string") {
      const thresholds = ACWR_ZONE_THRESHOLDS[method];
      const svg = renderAcwrSvg(report.points, {
        title: `Acute:chronic workload ratio (${method}) — ${fileLabel(file)}`,
        thresholds: { underTraining: thresholds.sweetSpotFrom, caution: thresholds.cautionFrom, danger: thresholds.dangerFrom },
      });
      writeOutput(io, values.svg, svg);
    }
    if (json) io.stdout(`${JSON.stringify(report, null, 2)}\n`);
    else {
      io.stdout(renderLoadReport(report, width));
      if (typeof values.svg === "string") io.stdout(`\nChart written to ${values.svg}\n`);
    }
    return EXIT_OK;
  },
};
