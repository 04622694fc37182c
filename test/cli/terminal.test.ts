import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MIN_COLUMNS, terminalWidth } from "../../src/cli/io.js";
import { commands, run } from "../../src/cli/run.js";
import { count, table, truncate, wrap } from "../../src/cli/table.js";
import { words } from "../../src/cli/words.js";
import { memoryIo } from "./memoryIo.js";
import { overflowing } from "./widths.js";

const ATHLETE = "examples/athlete.json";
const athleteText = readFileSync(ATHLETE, "utf8");
const logCsv = readFileSync("examples/training-log.csv", "utf8");
const logJson = readFileSync("examples/training-log.json", "utf8");

function cli(argv: string[], options: { columns?: number; stdin?: string } = {}) {
  const io = memoryIo({}, options);
  const code = run(argv, io);
  return { code, out: io.stdoutText(), err: io.stderrText() };
}

describe("terminalWidth: 80 for a pipe, COLUMNS when set, the terminal's width otherwise", () => {
  it("a pipe or a file gets 80 columns", () => {
    expect(terminalWidth({}, { isTTY: false, columns: 200 })).toBe(80);
    expect(terminalWidth({}, {})).toBe(80);
  });
  it("a terminal gets its own width", () => {
    expect(terminalWidth({}, { isTTY: true, columns: 132 })).toBe(132);
  });
  it("COLUMNS wins over the terminal and the pipe default", () => {
    expect(terminalWidth({ COLUMNS: "100" }, { isTTY: true, columns: 132 })).toBe(100);
    expect(terminalWidth({ COLUMNS: "60" }, { isTTY: false })).toBe(60);
  });
  it("a COLUMNS that is not a whole number is ignored; a tiny one counts as the narrowest layout", () => {
    expect(terminalWidth({ COLUMNS: "wide" }, { isTTY: false })).toBe(80);
    expect(terminalWidth({ COLUMNS: "" }, { isTTY: true, columns: 90 })).toBe(90);
    expect(terminalWidth({ COLUMNS: "0" }, { isTTY: false })).toBe(80);
    expect(terminalWidth({ COLUMNS: "5" }, { isTTY: false })).toBe(MIN_COLUMNS);
  });
  it("an io without a width lays the output out at 80 columns", () => {
    const io = { ...memoryIo(), columns: undefined };
    expect(run(["demo"], io)).toBe(0);
    const text = io.out.join("");
    expect(overflowing(text, 80)).toEqual([]);
    expect(Math.max(...text.split("\n").map((line) => line.length))).toBeGreaterThan(70);
  });
});

describe("plan, load, journal and catalog fit the width too", () => {
  const cases = [
    ["plan", ATHLETE, "--log", "examples/training-log.csv", "--days", "5"],
    ["load", "examples/training-log.csv", "--pmc", "--diagnostics"],
    ["journal", "plan", "--file", "examples/journey.jsonl"],
    ["journal", "status", "--file", "examples/journey.jsonl"],
    ["journal", "timeline", "--file", "examples/journey.jsonl"],
    ["catalog", "--profile", ATHLETE],
    ["assess", ATHLETE],
  ];
  for (const columns of [40, 60, 80, 100]) {
    it(`at ${columns} columns`, () => {
      for (const argv of cases) {
        const { code, out } = cli(argv, { columns });
        expect(code).toBe(0);
        expect(overflowing(out, columns), `${argv.join(" ")} at ${columns}`).toEqual([]);
      }
    });
  }

  it("a path longer than the line is the one thing left whole", () => {
    const path = `/tmp/${"very-long-directory-name/".repeat(4)}log.csv`;
    const text = wrap(`Chart written to ${path}`, 40);
    expect(text.split("\n")).toContain(path);
    expect(overflowing(text, 40)).toEqual([]);
  });
});

describe("--help: every option with its default, and an example", () => {
  for (const command of commands) {
    it(`spinewise ${command.name} --help`, () => {
      const { code, out } = cli([command.name, "--help"], { columns: 80 });
      expect(code).toBe(0);
      expect(out).toContain(`Usage: spinewise ${command.name}`);
      for (const [name, option] of Object.entries(command.options)) {
        expect(option.help, `--${name} has no help text`).toMatch(/\w/);
        expect(out).toMatch(new RegExp(`^  (-\\w, )?--${name}\\b`, "m"));
        if (option.byDefault !== undefined) expect(out.replace(/\s+/g, " ")).toContain(`(default: ${option.byDefault})`);
      }
      for (const common of ["--json", "-h, --help"]) expect(out).toContain(common);
      expect(out).toMatch(/^Examples?:\n {2}spinewise /m);
      expect(command.examples.length).toBeGreaterThan(0);
    });
  }

  it("the top-level help lists each command on one line within the width", () => {
    for (const columns of [40, 80]) {
      const { out } = cli(["--help"], { columns });
      for (const command of commands) expect(out).toMatch(new RegExp(`^  ${command.name} +\\S.*$`, "m"));
      expect(overflowing(out, columns)).toEqual([]);
    }
  });

  it("a usage error names the synopsis and where the help is, not the whole help", () => {
    const { code, err } = cli(["plan", ATHLETE, "--days", "9"]);
    expect(code).toBe(2);
    expect(err).toContain("Usage: spinewise plan FILE [options]");
    expect(err).toContain("spinewise plan --help");
    expect(err).not.toContain("--check-in FILE");
  });
});

describe("- reads standard input", () => {
  it("assess - reads the intake as JSON", () => {
    expect(cli(["assess", "-", "--json"], { stdin: athleteText }).out).toBe(cli(["assess", ATHLETE, "--json"]).out);
  });
  it("load - reads a CSV or a JSON log, told apart by the first character", () => {
    const fromFile = JSON.parse(cli(["load", "examples/training-log.csv", "--json"]).out);
    const fromCsv = JSON.parse(cli(["load", "-", "--json"], { stdin: logCsv }).out);
    const fromJson = JSON.parse(cli(["load", "-", "--json"], { stdin: logJson }).out);
    expect(fromCsv.weeks).toEqual(fromFile.weeks);
    expect(fromJson.weeks.map((week: { loadAu: number }) => week.loadAu)).toEqual(fromFile.weeks.map((week: { loadAu: number }) => week.loadAu));
  });
  it("plan --log - reads the log while the intake comes from a file", () => {
    const { code, out } = cli(["plan", ATHLETE, "--log", "-", "--days", "3"], { stdin: logCsv });
    expect(code).toBe(0);
    expect(out).toContain("Load check:");
  });
  it("a problem in standard input is named as such", () => {
    const bad = cli(["assess", "-"], { stdin: "{ not json" });
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/^spinewise assess: standard input: not valid JSON/);
    const invalid = cli(["assess", "-"], { stdin: JSON.stringify({ ...JSON.parse(athleteText), symptoms: { worstPainNrs: 11 } }) });
    expect(invalid.code).toBe(1);
    expect(invalid.err).toMatch(/standard input: \d+ problems?:/);
    const csv = cli(["load", "-"], { stdin: "date,rpe,durationMinutes\n2026-01-05,14,60\n" });
    expect(csv.err).toContain("standard input: 1 problem:\n  row 2, column rpe: ");
  });
  it("standard input is read once: two - are a usage error", () => {
    const { code, err } = cli(["plan", "-", "--log", "-"], { stdin: athleteText });
    expect(code).toBe(2);
    expect(err).toContain("only one file can be read from standard input (-)");
  });
  it("J-1: a journal is appended to, so --file - is refused for init and add but read for status", () => {
    const journal = readFileSync("examples/journey.jsonl", "utf8");
    expect(cli(["journal", "init", ATHLETE, "--file", "-"]).code).toBe(2);
    const status = cli(["journal", "status", "--file", "-"], { stdin: journal });
    expect(status.code).toBe(0);
    expect(status.out).toContain("Status of standard input on");
  });
  it("an io with no standard input says so, in one line", () => {
    const { code, err } = cli(["assess", "-"]);
    expect(code).toBe(1);
    expect(err.trim().split("\n")).toHaveLength(1);
    expect(err).toContain("standard input");
  });
});

describe("reasons for every session: one line each, --verbose in full", () => {
  const argv = ["plan", ATHLETE, "--days", "4", "--week-start", "2026-03-30"];

  function whyBlocks(text: string): string[][] {
    // A session's reasons follow its table: "Why:" then indented lines, up to a blank line.
    const blocks: string[][] = [];
    const lines = text.split("\n");
    lines.forEach((line, index) => {
      if (line !== "Why:") return;
      const block: string[] = [];
      for (let at = index + 1; at < lines.length && (lines[at] ?? "").startsWith(" "); at += 1) block.push(lines[at] ?? "");
      blocks.push(block);
    });
    return blocks;
  }

  it("every session shows its reasons, each cut to one line of the width", () => {
    const { out } = cli(argv, { columns: 80 });
    const week = JSON.parse(cli([...argv, "--json"]).out).week as { sessions: unknown[] };
    const sessions = whyBlocks(out).slice(2); // the assessment's and the week's come first
    expect(sessions).toHaveLength(week.sessions.length);
    for (const block of sessions) {
      expect(block.length).toBeGreaterThan(0);
      for (const line of block) {
        expect(line).toMatch(/^ {2}\[[A-Z]-\d+\] /);
        expect([...line].length).toBeLessThanOrEqual(80);
      }
    }
    expect(sessions.flat().some((line) => line.endsWith("…"))).toBe(true);
    expect(out).toContain("--verbose prints them in full");
  });

  it("--verbose prints every reason in full, wrapped, none cut", () => {
    const folded = cli(argv, { columns: 80 }).out;
    const full = cli([...argv, "--verbose"], { columns: 80 }).out;
    expect(overflowing(full, 80)).toEqual([]);
    expect(full).not.toContain("…\n");
    expect(full).not.toContain("--verbose prints them in full");
    const week = JSON.parse(cli([...argv, "--json"]).out).week as { sessions: { reasons: { message: string }[] }[] };
    const flat = full.replace(/\s+/g, " ");
    for (const session of week.sessions) for (const reason of session.reasons) expect(flat).toContain(reason.message.replace(/\s+/g, " "));
    expect(full.length).toBeGreaterThan(folded.length);
  });
});

describe("ids print as words; counts agree with their nouns", () => {
  it("slugs and camelCase ids become words; abbreviations and names are capitalised", () => {
    expect(words("single-leg-romanian-deadlift")).toBe("single-leg Romanian deadlift");
    expect(words("symptom-modulation")).toBe("symptom modulation");
    expect(words("anti-lateral-flexion")).toBe("anti-lateral flexion");
    expect(words("axialCompression")).toBe("axial compression");
    expect(words("stop-until-cleared")).toBe("stop until cleared");
    expect(words("ewma")).toBe("EWMA");
    expect(words("weekly-check-in")).toBe("weekly check-in");
    expect(words("next-morning")).toBe("next morning");
    expect(words("proceed")).toBe("proceed");
    expect(words("Goblet squat")).toBe("Goblet squat");
  });
  it("the human output has no slug where the JSON has one", () => {
    const { out } = cli(["plan", ATHLETE, "--days", "3", "--week-start", "2026-03-30"]);
    const json = JSON.parse(cli(["plan", ATHLETE, "--days", "3", "--week-start", "2026-03-30", "--json"]).out);
    expect(json.assessment.stage.stage).toBe("movement-control");
    expect(out).toContain("Stage:      movement control (T-2)");
    const roles = new Set<string>(json.week.sessions.flatMap((session: { warmUp: { role: string }[] }) => session.warmUp.map((item) => item.role)));
    for (const role of roles) if (role.includes("-")) expect(out).not.toMatch(new RegExp(`  ${role}  `));
  });
  it("1 day, 2 days", () => {
    expect(count(1, "day")).toBe("1 day");
    expect(count(2, "day")).toBe("2 days");
    expect(count(0, "session")).toBe("0 sessions");
    expect(cli(["demo", "--days", "2"]).out).toMatch(/; 2 sessions;/);
  });
});

describe("text layout", () => {
  it("a table too wide for its columns lists each row's cells under it", () => {
    const text = table(["exercise", "slot", "dose"], [["Goblet squat", "knee dominant", "3 × 8"]], 20);
    expect(text).toBe("Goblet squat\n    slot: knee\n      dominant\n    dose: 3 × 8");
  });
  it("a table that fits wraps its widest cells first", () => {
    const text = table(["exercise", "dose"], [["Kickstand Romanian deadlift", "3 × 8"]], 24);
    // An indented cell's wrapped lines are indented two more.
    expect(table(["exercise", "dose"], [["  Kickstand Romanian deadlift", "3 × 8"]], 27).split("\n").slice(2)).toEqual([`${"  Kickstand Romanian"}  3 × 8`, "    deadlift"]);
    expect(overflowing(text, 24)).toEqual([]);
    expect(text.split("\n").slice(2)).toEqual([`${"Kickstand".padEnd(17)}  3 × 8`, "Romanian deadlift"]);
  });
  it("truncate keeps the indentation and marks what it left out", () => {
    expect(truncate("  [T-2] a long reason that goes on", 20)).toBe("  [T-2] a long reas…");
    expect(truncate("  short", 20)).toBe("  short");
  });
});
