// spinewise load, A-11…A-18: log quality above the table, diagnostics, weekly verdicts, the PMC.
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/run.js";
import { memoryIo } from "./memoryIo.js";

const LOG_CSV = "examples/training-log.csv";

function cli(argv: string[], files: Record<string, string> = {}) {
  const io = memoryIo(files);
  const code = run(argv, io);
  return { code, out: io.stdoutText(), err: io.stderrText(), io };
}

/** A JSON log of `days` days from 2026-01-05, with the loads given per day (null = no record). */
function log(loads: readonly (number | null)[]): string {
  const sessions = loads.flatMap((load, day) => {
    if (load === null) return [];
    const date = new Date(Date.UTC(2026, 0, 5 + day)).toISOString().slice(0, 10);
    return [{ date, loadAu: load }];
  });
  return JSON.stringify({ timeZone: "UTC", sessions });
}

describe("spinewise load: log quality (A-14)", () => {
  it("A-14: prints the findings above the weekly table", () => {
    const { code, out } = cli(["load", LOG_CSV]);
    expect(code).toBe(0);
    const quality = out.indexOf("Log quality (A-14), before any ratio:");
    expect(quality).toBeGreaterThan(0);
    expect(quality).toBeLessThan(out.indexOf("week "));
    expect(out).toContain("warning 4 day(s) in 3 run(s) have no record (2026-01-22");
  });

  it("A-14: an outlier and a break are named with their dates; a clean log says so", () => {
    const loads = [...Array(20).fill(300), 9000, ...Array(12).fill(0), ...Array(10).fill(280)];
    const { out } = cli(["load", "log.json"], { "log.json": log(loads) });
    expect(out).toMatch(/warning +2026-01-25 has 9000 AU, more than 3 × the 95th percentile/);
    expect(out).toContain("12 consecutive days of zero load from 2026-01-26");
    const clean = cli(["load", "clean.json"], { "clean.json": log(Array.from({ length: 42 }, (_, day) => 200 + (day % 5) * 20)) });
    expect(clean.out).toContain("Log quality (A-14): no finding.");
  });

  it("A-14: --json carries the findings as quality", () => {
    const report = JSON.parse(cli(["load", LOG_CSV, "--json"]).out);
    expect(report.quality.map((finding: { code: string }) => finding.code)).toEqual(["load.unknown-days"]);
  });
});

describe("spinewise load --diagnostics (A-17)", () => {
  it("A-17: prints the rescaling check and the window grid after the latest ratio; the same seed prints the same report", () => {
    const first = cli(["load", LOG_CSV, "--diagnostics", "--seed", "7"]);
    expect(first.code).toBe(0);
    const at = first.out.indexOf("Does the ratio mean anything for this log? (A-17; EWMA ratio, seed 7, 1000 resamples)");
    expect(at).toBeGreaterThan(first.out.indexOf("Latest:"));
    expect(first.out).toMatch(/Rescaling: the ratio's Spearman correlation with the acute load is -?\d(\.\d{1,2})? \(95% bootstrap interval/);
    expect(first.out).toContain("acute \\ chronic");
    expect(cli(["load", LOG_CSV, "--diagnostics", "--seed", "7"]).out).toBe(first.out);
    expect(cli(["load", LOG_CSV]).out).not.toContain("A-17");
  });

  it("A-17: --events compares dated events with the nulls; --json carries the diagnostics", () => {
    const report = JSON.parse(cli(["load", LOG_CSV, "--diagnostics", "--events", "2026-03-10,2026-03-20", "--json"]).out);
    expect(report.diagnostics.events.count).toBe(2);
    expect(report.diagnostics.events.nulls.map((item: { kind: string }) => item.kind)).toEqual(["shuffled", "normal", "constant"]);
    expect(report.diagnostics.seed).toBe(1);
  });

  it("A-17: an event outside the log is bad input; --seed or --events without --diagnostics is a usage error", () => {
    const outside = cli(["load", LOG_CSV, "--diagnostics", "--events", "2027-03-20"]);
    expect(outside.code).toBe(1);
    expect(outside.err).toContain("spinewise load: --events: events[0] must be a date of the series (2026-01-05…2026-03-29)");
    expect(cli(["load", LOG_CSV, "--diagnostics", "--events", "2026-02-30"]).code).toBe(2);
    expect(cli(["load", LOG_CSV, "--seed", "3"]).code).toBe(2);
  });
});

describe("spinewise load: weekly verdicts (A-18)", () => {
  it("A-18: the weekly table's ratio is the week's, not the last day's: steady Mon/Wed/Fri reads sweet spot every week", () => {
    const loads = Array.from({ length: 84 }, (_, day) => ([0, 2, 4].includes(day % 7) ? 300 : 0));
    const { out } = cli(["load", "log.json"], { "log.json": log(loads) });
    expect(out).toContain("week ratio");
    const rows = out.split("\n").filter((line) => /^2026-0[23]-\d\d…/.test(line));
    const lastRows = rows.slice(-6);
    for (const row of lastRows) expect(row).toMatch(/\s(0\.9\d|1\.00)\s+sweet spot/);
    // The latest daily ratio (a Sunday) is still shown, and it reads under-training.
    expect(out).toMatch(/Zone under-training/);
    const json = JSON.parse(cli(["load", "log.json", "--json"], { "log.json": log(loads) }).out);
    const last = json.weeks.at(-1);
    expect(last.zone).toBe("sweet-spot");
    expect(last.lastDayRatio).toBeLessThan(0.8);
  });
});

describe("spinewise load --sessions (A-15)", () => {
  const sets = (exerciseId: string, count: number) => Array.from({ length: count }, () => ({ exerciseId, side: "both", reps: 8 }));
  const performed = Array.from({ length: 56 }, (_, day) => day)
    .filter((day) => [0, 2, 4].includes(day % 7))
    .map((day) => ({ date: new Date(Date.UTC(2026, 0, 5 + day)).toISOString().slice(0, 10), sets: [...sets(day >= 49 ? "romanian-deadlift" : "goblet-squat", 4), ...sets("bird-dog", 3)] }));
  const sessionLog = log(Array.from({ length: 56 }, (_, day) => ([0, 2, 4].includes(day % 7) ? 270 : 0)));

  it("A-15: names the axis that spiked while session load is flat", () => {
    const { code, out } = cli(["load", "log.json", "--sessions", "performed.json"], { "log.json": sessionLog, "performed.json": JSON.stringify(performed) });
    expect(code).toBe(0);
    expect(out).toContain("Spine exposure per axis (A-15; working sets × demand score, 2026-01-05 to 2026-02-27");
    expect(out).toMatch(/flexion\s+\d+\s+\+100%.*spiked/);
    expect(out).toContain("Spine exposure in flexion spiked: its exposure rose 100% on the week before (A-9).");
    const json = JSON.parse(cli(["load", "log.json", "--sessions", "performed.json", "--json"], { "log.json": sessionLog, "performed.json": JSON.stringify(performed) }).out);
    expect(json.axes.axes.filter((axis: { spiked: boolean }) => axis.spiked).map((axis: { axis: string }) => axis.axis)).toEqual(["flexion", "extension", "axialCompression", "shear"]);
  });

  it("A-15: every problem of the sessions file is listed with its path", () => {
    const bad = JSON.stringify([{ date: "2026-02-30", sets: [] }, { date: "2026-03-02", sets: [{ exerciseId: "goblet-squat", side: "both", reps: -1 }] }]);
    const { code, err } = cli(["load", "log.json", "--sessions", "bad.json"], { "log.json": sessionLog, "bad.json": bad });
    expect(code).toBe(1);
    expect(err).toContain("bad.json: 2 problems:");
    expect(err).toMatch(/\[1\]\.sets\[0\]\.reps: reps must be 0 or more/);
  });
});
