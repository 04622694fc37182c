import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/run.js";
import { memoryIo } from "./memoryIo.js";

function load(file: string, text: string) {
  const io = memoryIo({ [file]: text });
  const code = run(["load", file, "--json"], io);
  return { code, out: io.stdoutText(), err: io.stderrText() };
}

const HEADER = "date,rpe,durationMinutes\n";

describe("spinewise load: CSV cells are plain decimal numbers (A-1)", () => {
  // Number() reads each of these as a number; none is how a spreadsheet writes an RPE.
  for (const cell of ["0x10", "0b101", "0o17", "Infinity", "-Infinity", "NaN", "1e1", "+5", ".5", "5.", "6,5", "1_000", " 0x1 "]) {
    it(`A-1: rpe ${JSON.stringify(cell)} is refused with its row and column (exit 1)`, () => {
      const { code, out, err } = load("log.csv", `${HEADER}2026-01-05,6,60\n2026-01-06,"${cell}",60\n`);
      expect(code).toBe(1);
      expect(out).toBe("");
      expect(err).toContain("row 3, column rpe: must be a plain decimal number");
      expect(err).toContain(JSON.stringify(cell));
    });
  }

  it("A-1: 0x10 minutes is not read as 16 minutes", () => {
    const { code, err } = load("log.csv", `${HEADER}2026-01-05,6,0x10\n`);
    expect(code).toBe(1);
    expect(err).toContain('row 2, column durationMinutes: must be a plain decimal number such as 6 or 6.5, got "0x10"');
  });

  it("A-1: a number too large for a double is refused, not read as Infinity", () => {
    const { code, err } = load("log.csv", `date,loadAu\n2026-01-05,${"9".repeat(400)}\n`);
    expect(code).toBe(1);
    expect(err).toContain("row 2, column loadAu: the number");
    expect(err).toContain("is too large");
  });

  it("A-1: an empty cell is absent, never 0 (RPE with no minutes is no load)", () => {
    const { code, err } = load("log.csv", `${HEADER}2026-01-05,6,\n`);
    expect(code).toBe(1);
    expect(err).toContain("row 2, column durationMinutes: ");
    expect(err).toContain("A-1");
  });

  it("A-1: plain decimals, negative ones included, reach the log's own checks", () => {
    const good = load("log.csv", `${HEADER}2026-01-05,6.5,60\n2026-01-06,0,45\n`);
    expect(good.code).toBe(0);
    expect(JSON.parse(good.out).series.loads).toEqual([390, 0]);
    const negative = load("log.csv", `${HEADER}2026-01-05,-1,60\n`);
    expect(negative.code).toBe(1);
    expect(negative.err).toContain("row 2, column rpe: rpe must be at least 0");
  });

  it("every bad cell is listed, in file order, with the file's row numbers (blank lines counted)", () => {
    const { code, err } = load("log.csv", `${HEADER}2026-01-05,0x10,60\n\n2026-01-07,14,Infinity\n`);
    expect(code).toBe(1);
    const lines = err.trim().split("\n");
    expect(lines[0]).toBe("spinewise load: log.csv: 3 problems:");
    expect(lines[1]).toMatch(/^ {2}row 2, column rpe: must be a plain decimal number/);
    expect(lines[2]).toMatch(/^ {2}row 4, column rpe: rpe must be at most 10/);
    expect(lines[3]).toMatch(/^ {2}row 4, column durationMinutes: must be a plain decimal number/);
  });
});

describe("spinewise load: CSV columns", () => {
  it("A-1: a header that names a column twice is refused, not won by one of them (exit 1)", () => {
    const { code, err } = load("log.csv", "date,rpe,durationMinutes,rpe\n2026-01-05,3,60,9\n");
    expect(code).toBe(1);
    expect(err.trim().split("\n")).toHaveLength(1);
    expect(err).toContain("log.csv: wrong CSV columns: rpe named more than once");
  });

  it("A-1: a column named twice with different spacing is still twice", () => {
    const { code, err } = load("log.csv", "date, loadAu,loadAu \n2026-01-05,100,900\n");
    expect(code).toBe(1);
    expect(err).toContain("loadAu named more than once");
  });
});

describe("spinewise load: JSON logs report every key they do not have", () => {
  const session = { date: "2026-01-05", rpe: 5, durationMinutes: 30 };

  it('A-2: a misspelt top-level "timezone" is reported, not dropped (exit 1)', () => {
    const { code, out, err } = load("log.json", JSON.stringify({ timezone: "Europe/London", sessions: [session] }));
    expect(code).toBe(1);
    expect(out).toBe("");
    expect(err).toContain('timezone: unknown field "timezone": check the spelling (did you mean "timeZone"?)');
  });

  it("A-1: an unknown key in a session is reported with its path, in either log shape", () => {
    const inArray = load("log.json", JSON.stringify([{ ...session, RPE: 9 }]));
    expect(inArray.code).toBe(1);
    expect(inArray.err).toContain('[0].RPE: unknown field "RPE"');
    const inObject = load("log.json", JSON.stringify({ sessions: [session, { ...session, minutes: 30 }] }));
    expect(inObject.code).toBe(1);
    expect(inObject.err).toContain('sessions[1].minutes: unknown field "minutes"');
  });

  it("a __proto__ key is an unknown key like any other", () => {
    const { code, err } = load("log.json", `[{"date":"2026-01-05","rpe":5,"durationMinutes":30,"__proto__":{"rpe":1}}]`);
    expect(code).toBe(1);
    expect(err).toContain('[0].__proto__: unknown field "__proto__"');
  });

  it("unknown keys and the log's own issues are listed together", () => {
    const { code, err } = load("log.json", JSON.stringify({ timezone: "UTC", sessions: [{ ...session, rpe: 12 }] }));
    expect(code).toBe(1);
    expect(err).toContain("2 problems");
    expect(err).toContain("sessions[0].rpe: ");
    expect(err).toContain("timezone: unknown field");
  });

  it("a log with only known keys still loads", () => {
    const { code } = load("log.json", JSON.stringify({ timeZone: "Europe/London", sessions: [session] }));
    expect(code).toBe(0);
  });
});
