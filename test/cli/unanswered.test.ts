import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/run.js";
import { memoryIo } from "./memoryIo.js";

const ATHLETE = "examples/athlete.json";
const athlete = JSON.parse(memoryIo().readFile(ATHLETE)) as { screening: Record<string, unknown> };

function cli(argv: string[], files: Record<string, string>) {
  const io = memoryIo(files);
  const code = run(argv, io);
  return { code, out: io.stdoutText(), err: io.stderrText() };
}

/** The example intake with some screening answers left out. */
function without(...keys: string[]): string {
  const screening = { ...athlete.screening };
  for (const key of keys) delete screening[key];
  return JSON.stringify({ ...athlete, screening });
}

/** Today's check-in with every red-flag answer the intake gave, minus some (S-9). */
function checkInWithout(...keys: string[]): string {
  const { ageYears, firstEpisode, durationWeeks, improvingSinceOnset, onsetAgeYears, inflammatoryFeatures, clearingTests, ...answers } =
    athlete.screening;
  for (const key of keys) delete answers[key];
  return JSON.stringify(answers);
}

/** The lines of the unanswered list: `  - question → where`. */
function listed(text: string): string[] {
  const start = text.indexOf("Unanswered questions");
  if (start < 0) return [];
  return text
    .slice(start)
    .split("\n")
    .slice(1)
    .filter((line) => line.startsWith("  - "));
}

describe("spinewise: unanswered safety questions are a list a person can act on (S-13)", () => {
  const files = { "me.json": without("fever", "ageYears") };

  it("S-13: assess lists each unanswered question on one line, then the file and path to fill in", () => {
    const { code, out } = cli(["assess", "me.json"], files);
    expect(code).toBe(0);
    expect(out).toContain("INCOMPLETE SCREENING (S-13)");
    const lines = listed(out);
    expect(lines).toHaveLength(2);
    expect(lines.some((line) => /^ {2}- .*fever.*\? → me\.json: screening\.fever$/.test(line))).toBe(true);
    expect(lines.some((line) => /^ {2}- .+ → me\.json: screening\.ageYears$/.test(line))).toBe(true);
    for (const part of ["Direction:", "Stage", "Emphasis:"]) expect(out).not.toContain(part);
  });

  it("S-13: assess --json carries the same questions with their paths", () => {
    const parsed = JSON.parse(cli(["assess", "me.json", "--json"], files).out);
    expect(parsed.action).toBe("incomplete-screening");
    expect(parsed.unanswered.map((item: { path: string[] }) => item.path.join("."))).toEqual(
      expect.arrayContaining(["screening.fever", "screening.ageYears"]),
    );
  });

  it("S-13: plan gives no week and the same list", () => {
    const { code, out } = cli(["plan", "me.json", "--week-start", "2026-04-06"], files);
    expect(code).toBe(0);
    expect(out).toContain("No plan: the safety action is INCOMPLETE SCREENING (S-13).");
    expect(listed(out)).toHaveLength(2);
    expect(out).not.toContain("Week of");
  });

  it("S-13: catalog --profile gives no verdicts and the same list (exit 0)", () => {
    const { code, out } = cli(["catalog", "--profile", "me.json"], files);
    expect(code).toBe(0);
    expect(listed(out).some((line) => line.endsWith("→ me.json: screening.fever"))).toBe(true);
    expect(out).not.toContain("for you");
  });

  it("S-9, S-13: a check-in with an answer left out points into the check-in file, not the intake", () => {
    const { code, out } = cli(["plan", ATHLETE, "--week-start", "2026-04-06", "--check-in", "today.json"], {
      "today.json": checkInWithout("fever"),
    });
    expect(code).toBe(0);
    expect(out).toContain("No plan: today's check-in (today.json) gives the safety action INCOMPLETE SCREENING (S-13).");
    const lines = listed(out);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/→ today\.json: fever$/);
    const json = JSON.parse(cli(["plan", ATHLETE, "--week-start", "2026-04-06", "--check-in", "today.json", "--json"], { "today.json": checkInWithout("fever") }).out);
    expect(Object.keys(json)).toEqual(["week"]);
    expect(json.week.unanswered.map((item: { path: string[] }) => item.path.join("."))).toEqual(["checkIn.fever"]);
  });
});
