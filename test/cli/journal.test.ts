import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { CliIo } from "../../src/cli/io.js";
import { run } from "../../src/cli/run.js";

const intakeText = readFileSync(new URL("../../examples/athlete.json", import.meta.url), "utf8");

/** An in-memory file system that appends: every write is recorded, so "never rewritten" can be checked. */
function journalIo(files: Record<string, string> = {}) {
  const store = new Map(Object.entries(files));
  const out: string[] = [];
  const err: string[] = [];
  const writes: { kind: "append" | "write"; path: string; text: string }[] = [];
  const io: CliIo = {
    columns: 1000,
    stdout: (text) => void out.push(text),
    stderr: (text) => void err.push(text),
    readFile: (path) => {
      const text = store.get(path);
      if (text === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: "ENOENT" });
      return text;
    },
    writeFile: (path, text) => {
      writes.push({ kind: "write", path, text });
      store.set(path, text);
    },
    appendFile: (path, text) => {
      writes.push({ kind: "append", path, text });
      store.set(path, (store.get(path) ?? "") + text);
    },
  };
  return { io, store, writes, stdout: () => out.join(""), stderr: () => err.join("") };
}

const session = {
  id: "s1",
  date: "2026-03-30",
  type: "session",
  rpe: 6,
  minutes: 45,
  exercises: [{ exerciseId: "goblet-squat", sets: [{ reps: 12, loadKg: 12 }], pain: { baselineNrs: 1, duringNrs: 1, afterNrs: 1, nextMorningNrs: 1 } }],
};

/** A journal file with its intake (dated 2026-03-28) written by `journal init`. */
function started(extra: Record<string, string> = {}) {
  const fs = journalIo({ "athlete.json": intakeText, ...extra });
  expect(run(["journal", "init", "athlete.json", "--file", "a.jsonl", "--date", "2026-03-28"], fs.io)).toBe(0);
  return fs;
}

describe("spinewise journal", () => {
  it("J-1: init writes the intake as the first line, in one append", () => {
    const fs = started();
    expect(fs.writes).toEqual([{ kind: "append", path: "a.jsonl", text: expect.stringMatching(/^\{"version":1,"id":"intake","date":"2026-03-28","type":"intake",.*\}\n$/) }]);
    expect(fs.stdout()).toContain("journal started with the intake of 2026-03-28");
    expect(run(["journal", "init", "athlete.json", "--file", "a.jsonl"], fs.io)).toBe(1);
    expect(fs.stderr()).toContain("a.jsonl: the journal already exists");
    expect(fs.writes).toHaveLength(1);
  });

  it("J-1: add appends one line with a single write; the file is never rewritten", () => {
    const fs = started({ "s1.json": JSON.stringify(session) });
    const before = fs.store.get("a.jsonl")!;
    expect(run(["journal", "add", "s1.json", "--file", "a.jsonl"], fs.io)).toBe(0);
    expect(fs.writes.map((write) => write.kind)).toEqual(["append", "append"]);
    expect(fs.store.get("a.jsonl")!.startsWith(before)).toBe(true);
    expect(fs.store.get("a.jsonl")!.trim().split("\n")).toHaveLength(2);
    expect(fs.stdout()).toContain("added the session of 2026-03-30 (s1)");
  });

  it("J-1: a malformed line is reported with its line number, exit 1, and nothing is written", () => {
    const fs = journalIo({ "a.jsonl": `${JSON.stringify({ id: "intake", date: "2026-03-28", type: "intake", intake: JSON.parse(intakeText) })}\n{"id": "s1",\n`, "s1.json": JSON.stringify(session) });
    expect(run(["journal", "add", "s1.json", "--file", "a.jsonl"], fs.io)).toBe(1);
    expect(fs.stderr()).toMatch(/a\.jsonl: 1 line is not JSON; the file is unchanged:\n {2}line 2: not valid JSON/);
    expect(fs.writes).toEqual([]);
    for (const sub of ["plan", "status", "timeline"]) expect(run(["journal", sub, "--file", "a.jsonl"], fs.io)).toBe(1);
  });

  it("an event that does not parse is named by its line, and the file is untouched", () => {
    const bad = { ...session, exercises: [{ exerciseId: "goblet-squat", sets: [{ reps: 12 }], pain: { duringNrs: 1 } }] };
    const fs = started({ "bad.json": JSON.stringify(bad), "dup.json": JSON.stringify({ ...session, id: "intake" }) });
    expect(run(["journal", "add", "bad.json", "--file", "a.jsonl"], fs.io)).toBe(1);
    expect(fs.stderr()).toContain("bad.json: 1 problem:\n  exercises[0].pain.baselineNrs:");
    expect(run(["journal", "add", "dup.json", "--file", "a.jsonl"], fs.io)).toBe(1);
    expect(fs.stderr()).toContain("id: the id \"intake\" is already used by event 0");
    expect(fs.writes).toHaveLength(1);
    fs.store.set("a.jsonl", `${fs.store.get("a.jsonl")!}${JSON.stringify({ ...session, exercises: [{ exerciseId: "x", sets: [{}] }] })}\n`);
    expect(run(["journal", "status", "--file", "a.jsonl"], fs.io)).toBe(1);
    expect(fs.stderr()).toContain("  line 2: exercises[0].sets[0]: a set needs reps, seconds or meters");
  });

  it("J-3: plan plans the Monday after the last event, and --json gives the week", () => {
    const fs = started({ "s1.json": JSON.stringify(session) });
    run(["journal", "add", "s1.json", "--file", "a.jsonl"], fs.io);
    expect(run(["journal", "plan", "--file", "a.jsonl", "--days", "3"], fs.io)).toBe(0);
    expect(fs.stdout()).toContain("2026-04-06");
    const json = journalIo(Object.fromEntries(fs.store));
    expect(run(["journal", "plan", "--file", "a.jsonl", "--json", "--week-start", "2026-04-06"], json.io)).toBe(0);
    const { week } = JSON.parse(json.stdout()) as { week: { status: string; weekStart: string; sessions: unknown[] } };
    expect(week).toMatchObject({ status: "planned", weekStart: "2026-04-06" });
    expect(run(["journal", "plan", "--file", "a.jsonl", "--week-start", "2026-03-20"], json.io)).toBe(2);
  });

  it("S-9, S-12: a red flag at a check-in withholds the plan until a clearance names it", () => {
    const answers = JSON.parse(intakeText).screening as Record<string, unknown>;
    const { ageYears: _a, firstEpisode: _f, durationWeeks: _d, improvingSinceOnset: _i, ...redFlags } = answers;
    const flagged = { id: "c1", date: "2026-04-01", type: "check-in", screening: { ...redFlags, unexplainedWeightLoss: true } };
    const clearance = { id: "k1", date: "2026-04-02", type: "clearance", clearedBy: "Dr A. Patel (GP)", covers: ["unexplainedWeightLoss"] };
    const fs = started({ "c1.json": JSON.stringify(flagged), "k1.json": JSON.stringify(clearance) });
    expect(run(["journal", "add", "c1.json", "--file", "a.jsonl"], fs.io)).toBe(0);
    expect(run(["journal", "plan", "--file", "a.jsonl"], fs.io)).toBe(0);
    expect(fs.stdout(), fs.stdout() + fs.stderr()).toContain("No plan: the journal's safety action is STOP UNTIL CLEARED (S-9).");
    expect(run(["journal", "add", "k1.json", "--file", "a.jsonl"], fs.io)).toBe(0);
    const after = journalIo(Object.fromEntries(fs.store));
    expect(run(["journal", "plan", "--file", "a.jsonl", "--json"], after.io)).toBe(0);
    expect((JSON.parse(after.stdout()) as { week: { status: string } }).week.status).toBe("planned");
  });

  it("status and timeline: the replayed state, readable and as JSON", () => {
    const fs = started({ "s1.json": JSON.stringify(session) });
    run(["journal", "add", "s1.json", "--file", "a.jsonl"], fs.io);
    expect(run(["journal", "status", "--file", "a.jsonl"], fs.io)).toBe(0);
    expect(fs.stdout()).toMatch(/Training: cleared \(proceed\), stage movement control, intake 2026-03-28\./);
    expect(fs.stdout()).toContain("Goblet squat");
    expect(run(["journal", "timeline", "--file", "a.jsonl"], fs.io)).toBe(0);
    expect(fs.stdout(), fs.stdout()).toMatch(/2026-03-28 +T-2 +Intake: proceed, flexion-intolerant, movement-control\./);
    const json = journalIo(Object.fromEntries(fs.store));
    expect(run(["journal", "timeline", "--file", "a.jsonl", "--json", "--as-of", "2026-03-29"], json.io)).toBe(0);
    expect((JSON.parse(json.stdout()) as { timeline: unknown[] }).timeline).toHaveLength(1);
    expect(run(["journal", "status", "--file", "a.jsonl", "--json"], json.io)).toBe(0);
  });

  it("usage: the subcommand, its argument and --file are required", () => {
    const fs = journalIo();
    expect(run(["journal", "grow", "--file", "a.jsonl"], fs.io)).toBe(2);
    expect(fs.stderr()).toContain("unknown journal command 'grow' (known: init, add, plan, status, timeline)");
    expect(run(["journal", "status"], fs.io)).toBe(2);
    expect(run(["journal", "add", "--file", "a.jsonl"], fs.io)).toBe(2);
    expect(run(["journal", "status", "--file", "missing.jsonl"], fs.io)).toBe(1);
    expect(fs.stderr()).toContain("missing.jsonl: cannot read the file: no such file");
  });
});
