import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/run.js";
import { memoryIo } from "../cli/memoryIo.js";

const ATHLETE = "examples/athlete.json";
const JOURNEY = "examples/journey.jsonl";

function cli(argv: readonly string[], files: Record<string, string> = {}) {
  const io = memoryIo(files);
  const code = run(argv, io);
  return { code, io, stdout: io.stdoutText(), stderr: io.stderrText() };
}

describe("spinewise plan --html and journal plan --html", () => {
  it("G-6: plan --html writes the printable page of the week it prints, and says so", () => {
    const { code, io, stdout } = cli(["plan", ATHLETE, "--days", "4", "--week-start", "2026-03-30", "--html", "week.html"]);
    expect(code).toBe(0);
    const page = io.written.get("week.html") ?? "";
    expect(page).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(page).toContain('id="safety-net"');
    expect(page.match(/<article class="card">/g)).toHaveLength(4);
    expect(stdout).toContain("Printable plan written to week.html");
  });

  it("S rules: a withheld plan's page shows the safety net and no session", () => {
    const intake = JSON.parse(memoryIo().readFile(ATHLETE)) as { screening: Record<string, unknown> };
    const flagged = JSON.stringify({ ...intake, screening: { ...intake.screening, saddleNumbness: true } });
    const { code, io } = cli(["plan", "flagged.json", "--html", "week.html"], { "flagged.json": flagged });
    expect(code).toBe(0);
    const page = io.written.get("week.html") ?? "";
    expect(page).toContain("<h1>No training plan</h1>");
    expect(page).not.toContain('class="card"');
  });

  it("under --json the output stays one JSON document", () => {
    const { io, stdout } = cli(["plan", ATHLETE, "--json", "--html", "week.html"]);
    expect(io.written.has("week.html")).toBe(true);
    expect(() => JSON.parse(stdout) as unknown).not.toThrow();
  });

  it("journal plan --html writes the next week's page", () => {
    const { code, io, stdout } = cli(["journal", "plan", "--file", JOURNEY, "--html", "next.html"]);
    expect(code).toBe(0);
    expect(io.written.get("next.html")).toMatch(/<h1>Training week from /);
    expect(stdout).toContain("Printable plan written to next.html");
  });

  it("a file that cannot be written is one line of bad input", () => {
    const { code, stderr } = cli(["plan", ATHLETE, "--html", "/no-such-dir/week.html"]);
    expect(code).toBe(1);
    expect(stderr).toContain("/no-such-dir/week.html: cannot write the file: no such directory");
  });
});
