import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/run.js";
import { memoryIo } from "./memoryIo.js";
import pkg from "../../package.json" with { type: "json" };

const ATHLETE = "examples/athlete.json";
const LOG_CSV = "examples/training-log.csv";
const LOG_JSON = "examples/training-log.json";

function cli(argv: string[], files: Record<string, string> = {}) {
  const io = memoryIo(files);
  const code = run(argv, io);
  return { code, out: io.stdoutText(), err: io.stderrText(), io };
}

/** Bad input never shows a stack trace. */
function expectNoStack(text: string): void {
  expect(text).not.toMatch(/\n\s+at /);
}

const emergency = JSON.stringify({
  ...JSON.parse(memoryIo().readFile(ATHLETE)),
  screening: { ageYears: 40, saddleNumbness: true, bladderDysfunction: true },
});

describe("spinewise: top level", () => {
  it("--version prints the package version", () => {
    const { code, out } = cli(["--version"]);
    expect(code).toBe(0);
    expect(out.trim()).toBe(pkg.version);
  });

  it("--help and no arguments print the usage with every command", () => {
    for (const argv of [["--help"], []]) {
      const { code, out } = cli(argv);
      expect(code).toBe(0);
      for (const name of ["demo", "assess", "plan", "journal", "load", "outcome", "catalog", "schema"]) expect(out).toMatch(new RegExp(`^  ${name} +\\S`, "m"));
    }
  });

  it("an unknown command is a usage error (exit 2)", () => {
    const { code, err } = cli(["frobnicate"]);
    expect(code).toBe(2);
    expect(err).toContain("unknown command 'frobnicate'");
  });

  it("an unknown option is a usage error (exit 2)", () => {
    const { code, err } = cli(["assess", ATHLETE, "--frobnicate"]);
    expect(code).toBe(2);
    expect(err).toContain("--frobnicate");
    expectNoStack(err);
  });

  it("a missing argument is a usage error (exit 2)", () => {
    const { code, err } = cli(["assess"]);
    expect(code).toBe(2);
    expect(err).toContain("expected 1 argument, got 0");
  });

  it("each command answers --help", () => {
    const { code, out } = cli(["plan", "--help"]);
    expect(code).toBe(0);
    expect(out).toContain("Usage: spinewise plan FILE");
  });
});

describe("spinewise assess", () => {
  it("prints the assessment of the example athlete", () => {
    const { code, out } = cli(["assess", ATHLETE]);
    expect(code).toBe(0);
    expect(out).toContain("Assessment");
    expect(out).toContain("flexion intolerant");
    expect(out).toContain("movement control");
    expect(out).toContain("Safety net:");
  });

  it("--json prints the assessment object", () => {
    const { code, out } = cli(["assess", ATHLETE, "--json"]);
    expect(code).toBe(0);
    const assessment = JSON.parse(out);
    expect(assessment.status).toBe("cleared");
    expect(assessment.stage.stage).toBe("movement-control");
  });

  it("S-1: a cauda equina feature prints EMERGENCY and the safety net, nothing else", () => {
    const { code, out } = cli(["assess", "red.json"], { "red.json": emergency });
    expect(code).toBe(0);
    expect(out).toContain("EMERGENCY");
    expect(out).toContain("no training plan");
    expect(out).not.toContain("Direction:");
  });

  it("a missing file is one clear line (exit 1)", () => {
    const { code, err } = cli(["assess", "nope.json"]);
    expect(code).toBe(1);
    expect(err.trim().split("\n")).toHaveLength(1);
    expect(err).toContain("nope.json: cannot read the file: no such file");
    expectNoStack(err);
  });

  it("a directory is one clear line (exit 1)", () => {
    const { code, err } = cli(["assess", "examples"]);
    expect(code).toBe(1);
    expect(err).toContain("examples: cannot read the file: it is a directory");
  });

  it("a file that is not JSON is one clear line (exit 1)", () => {
    const { code, err } = cli(["assess", "bad.json"], { "bad.json": "{ screening: oops" });
    expect(code).toBe(1);
    expect(err.trim().split("\n")).toHaveLength(1);
    expect(err).toContain("bad.json: not valid JSON");
    expectNoStack(err);
  });

  it("an invalid intake prints every issue as path: message (exit 1)", () => {
    const intake = JSON.parse(memoryIo().readFile(ATHLETE));
    intake.symptoms.worstPainNrs = 12;
    intake.clearingTests.flexion.painNrs = -1;
    delete intake.lowerCrossed;
    const { code, err } = cli(["assess", "bad.json"], { "bad.json": JSON.stringify(intake) });
    expect(code).toBe(1);
    expect(err).toContain("symptoms.worstPainNrs: ");
    expect(err).toContain("clearingTests.flexion.painNrs: ");
    expect(err).toContain("lowerCrossed: ");
    expectNoStack(err);
  });
});

describe("spinewise plan", () => {
  it("plans a week with a load check from the CSV log", () => {
    const { code, out } = cli(["plan", ATHLETE, "--log", LOG_CSV, "--days", "3"]);
    expect(code).toBe(0);
    expect(out).toContain("Week of 2026-03-30");
    expect(out).toContain("Load check: EWMA ratio");
    expect(out).toContain("Single-leg");
  });

  it("--json gives the assessment and the week", () => {
    const { code, out } = cli(["plan", ATHLETE, "--week-start", "2026-04-06", "--days", "2", "--json"]);
    expect(code).toBe(0);
    const { week } = JSON.parse(out);
    expect(week.status).toBe("planned");
    expect(week.weekStart).toBe("2026-04-06");
    expect(week.sessions).toHaveLength(2);
  });

  it("S-1: no plan for a red flag", () => {
    const { code, out } = cli(["plan", "red.json", "--week-start", "2026-04-06", "--json"], { "red.json": emergency });
    expect(code).toBe(0);
    const { week } = JSON.parse(out);
    expect(week.status).toBe("withheld");
    expect(week.sessions).toBeUndefined();
  });

  it("bad option values are usage errors (exit 2)", () => {
    expect(cli(["plan", ATHLETE, "--days", "9"]).code).toBe(2);
    expect(cli(["plan", ATHLETE, "--week-start", "2026-02-30"]).code).toBe(2);
    expect(cli(["plan", ATHLETE, "--equipment", "barbell,hovercraft"]).err).toContain("hovercraft");
    expect(cli(["plan", ATHLETE, "--time-zone", "Mars/Olympus"]).code).toBe(2);
  });

  it("a bad log file is bad input (exit 1)", () => {
    const { code, err } = cli(["plan", ATHLETE, "--log", "missing.csv"]);
    expect(code).toBe(1);
    expect(err).toContain("missing.csv: cannot read the file");
  });
});

describe("spinewise load", () => {
  it("reports weekly load, ACWR and the A-10 caveat from CSV", () => {
    const { code, out } = cli(["load", LOG_CSV, "--time-zone", "Europe/London"]);
    expect(code).toBe(0);
    expect(out).toContain("Training load (EWMA ACWR, Europe/London)");
    expect(out).toContain("2026-01-05 to 2026-03-29");
    expect(out).toContain("[A-10]");
  });

  it("CSV and JSON logs give the same report", () => {
    const csv = JSON.parse(cli(["load", LOG_CSV, "--json"]).out);
    const json = JSON.parse(cli(["load", LOG_JSON, "--json"]).out);
    expect(csv.series.loads).toEqual(json.series.loads);
    expect(csv.points).toEqual(json.points);
  });

  it("--svg writes the chart", () => {
    const { code, io } = cli(["load", LOG_CSV, "--method", "coupled", "--svg", "chart.svg"]);
    expect(code).toBe(0);
    const svg = io.written.get("chart.svg") ?? "";
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).toContain('data-series="ratio"');
  });

  it("an unwritable chart path is one clear line (exit 1)", () => {
    const { code, err } = cli(["load", LOG_CSV, "--svg", "/no-such-dir/chart.svg"]);
    expect(code).toBe(1);
    expect(err).toContain("/no-such-dir/chart.svg: cannot write the file");
  });

  it("wrong CSV columns are one clear line (exit 1)", () => {
    const { code, err } = cli(["load", "log.csv"], { "log.csv": "day,effort,minutes\n2026-01-05,6,60\n" });
    expect(code).toBe(1);
    expect(err.trim().split("\n")).toHaveLength(1);
    expect(err).toContain("log.csv: wrong CSV columns: missing date or startedAt, rpe or loadAu");
    expectNoStack(err);
  });

  it("a CSV with bad cells lists every issue with its row (exit 1)", () => {
    const { code, err } = cli(["load", "log.csv"], { "log.csv": "date,rpe,durationMinutes\n2026-01-05,11,60\n2026-01-06,five,60\n" });
    expect(code).toBe(1);
    expect(err).toContain("row 2, column rpe: ");
    expect(err).toContain("row 3, column rpe: ");
  });

  it("a ragged CSV is one clear line (exit 1)", () => {
    const { code, err } = cli(["load", "log.csv"], { "log.csv": "date,rpe,durationMinutes\n2026-01-05,6\n" });
    expect(code).toBe(1);
    expect(err).toContain("log.csv: not valid CSV");
    expectNoStack(err);
  });

  it("an unknown method is a usage error (exit 2)", () => {
    expect(cli(["load", LOG_CSV, "--method", "median"]).code).toBe(2);
  });
});

describe("spinewise catalog and schema", () => {
  it("lists the catalog, filtered by pattern", () => {
    const { code, out } = cli(["catalog", "--pattern", "bridge"]);
    expect(code).toBe(0);
    expect(out).toContain("glute-bridge");
    expect(out).not.toContain("deadlift ");
  });

  it("--profile judges each exercise for the person; P-1 lifts are avoid", () => {
    const { code, out } = cli(["catalog", "--profile", ATHLETE, "--json"]);
    expect(code).toBe(0);
    const rows = JSON.parse(out) as { id: string; suitability: { action: string } }[];
    expect(rows.length).toBeGreaterThan(50);
    const deadlift = rows.find((row) => row.id === "conventional-deadlift" || row.id === "deadlift");
    expect(deadlift?.suitability.action).toBe("avoid");
  });

  it("an unknown pattern is a usage error (exit 2)", () => {
    expect(cli(["catalog", "--pattern", "juggling"]).code).toBe(2);
  });

  it("schema intake prints the intake JSON Schema", () => {
    const { code, out } = cli(["schema", "intake"]);
    expect(code).toBe(0);
    const schema = JSON.parse(out);
    expect(schema.required).toEqual(["screening", "clearingTests", "lowerCrossed", "symptoms"]);
  });

  it("every named schema prints JSON", () => {
    for (const name of ["training-log", "exercise", "catalog", "performed-session"]) {
      const { code, out } = cli(["schema", name]);
      expect(code, name).toBe(0);
      expect(typeof JSON.parse(out)).toBe("object");
    }
  });

  it("an unknown schema is a usage error (exit 2)", () => {
    const { code, err } = cli(["schema", "horoscope"]);
    expect(code).toBe(2);
    expect(err).toContain("unknown schema 'horoscope'");
  });
});

describe("spinewise demo", () => {
  it("prints an assessment, a week plan and a load report", () => {
    const { code, out } = cli(["demo"]);
    expect(code).toBe(0);
    expect(out).toContain("Assessment");
    expect(out).toContain("Week of 2026-03-30");
    expect(out).toContain("Training load");
  });

  it("--json prints one object with the four parts", () => {
    const { code, out } = cli(["demo", "--json"]);
    expect(code).toBe(0);
    expect(Object.keys(JSON.parse(out))).toEqual(["athlete", "assessment", "week", "load"]);
  });

  it("is deterministic", () => {
    expect(cli(["demo"]).out).toBe(cli(["demo"]).out);
  });
});

describe("spinewise plan --check-in", () => {
  it("S-9: a red flag reported at check-in gives no plan", () => {
    const { code, out } = cli(["plan", ATHLETE, "--week-start", "2026-03-30", "--check-in", "today.json", "--json"], {
      "today.json": JSON.stringify({ bowelDysfunction: true }),
    });
    expect(code).toBe(0);
    expect(JSON.parse(out).week.status).toBe("withheld");
  });

  it("a bad check-in file lists its issues (exit 1)", () => {
    const { code, err } = cli(["plan", ATHLETE, "--check-in", "today.json"], { "today.json": JSON.stringify({ fever: "yes" }) });
    expect(code).toBe(1);
    expect(err).toContain("fever: ");
  });
});
