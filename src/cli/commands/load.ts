import { ACWR_ZONE_THRESHOLDS } from "../../load/index.js";
import type { AcwrMethod } from "../../load/index.js";
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
  summary: "training-load report (session RPE × minutes, ACWR, monotony, strain, weekly change) from a JSON or CSV log",
  usage: "load LOG [--method ewma|coupled|uncoupled] [--time-zone TZ] [--absent unknown|rest] [--svg chart.svg] [--diagnostics [--events DATE,…] [--seed N]] [--sessions PERFORMED.json] [--pmc]",
  positionals: { min: 1, max: 1 },
  options: {
    method: { type: "string" },
    "time-zone": { type: "string" },
    absent: { type: "string" },
    svg: { type: "string" },
    diagnostics: { type: "boolean" },
    events: { type: "string" },
    seed: { type: "string" },
    sessions: { type: "string" },
    pmc: { type: "boolean" },
  },
  run: ({ io, positionals, values, json }) => {
    const method = oneOfOption("--method", values.method, METHODS, "ewma");
    const absentDays = oneOfOption("--absent", values.absent, ["unknown", "rest"] as const, "unknown");
    const timeZone = checkTimeZone(values["time-zone"]);
    const file = positionals[0] ?? "";
    const sessions = readTrainingLog(io, file);
    if (sessions.length === 0) throw badInput(`${file}: the log has no sessions`);
    const diagnostics = diagnosticsOption(values);
    const performed = typeof values.sessions === "string" ? readPerformedSessions(io, values.sessions) : undefined;
    const report = withEventErrors(() =>
      buildLoadReport(sessions, { method, timeZone, absentDays, ...(diagnostics === undefined ? {} : { diagnostics }), ...(performed === undefined ? {} : { performed }), pmc: values.pmc === true }),
    );
    if (typeof values.svg === "string" && report.pmc !== undefined) {
      // with --pmc the chart is fitness, fatigue and form.
      writeOutput(io, values.svg, renderPmcSvg(report.pmc, { title: `Fitness, fatigue and form — ${file}` }));
    } else if (typeof values.svg === "string") {
      const thresholds = ACWR_ZONE_THRESHOLDS[method];
      const svg = renderAcwrSvg(report.points, {
        title: `Acute:chronic workload ratio (${method}) — ${file}`,
        thresholds: { underTraining: thresholds.sweetSpotFrom, caution: thresholds.cautionFrom, danger: thresholds.dangerFrom },
      });
      writeOutput(io, values.svg, svg);
    }
    if (json) io.stdout(`${JSON.stringify(report, null, 2)}\n`);
    else {
      io.stdout(renderLoadReport(report));
      if (typeof values.svg === "string") io.stdout(`\nChart written to ${values.svg}\n`);
    }
    return EXIT_OK;
  },
};
