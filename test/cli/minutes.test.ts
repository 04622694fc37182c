import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/run.js";
import { memoryIo } from "./memoryIo.js";

const ATHLETE = "examples/athlete.json";
const athlete = JSON.parse(memoryIo().readFile(ATHLETE)) as { symptoms: Record<string, unknown> };
// Symptom modulation (T-1): worst pain 8/10 that flares to the next day.
const irritable = JSON.stringify({ ...athlete, symptoms: { ...athlete.symptoms, worstPainNrs: 8, settlingTime: "next-day-or-longer" } });

function plan(file: string, minutes: number) {
  const io = memoryIo({ "irritable.json": irritable });
  const code = run(["plan", file, "--week-start", "2026-04-06", "--days", "3", "--minutes", String(minutes), "--json"], io);
  return { code, out: io.stdoutText(), err: io.stderrText() };
}

interface Session {
  readonly estimatedMinutes: number;
}

describe("spinewise plan --minutes: a length the plan cannot keep is refused, never reported as kept", () => {
  for (const file of [ATHLETE, "irritable.json"]) {
    it(`V-3, T-2: ${file}: every length from 20 to 45 is planned within it, or refused naming a length that fits`, () => {
      for (let minutes = 20; minutes <= 45; minutes += 1) {
        const { code, out, err } = plan(file, minutes);
        if (code === 0) {
          const sessions = JSON.parse(out).week.sessions as Session[];
          for (const session of sessions) expect(session.estimatedMinutes, `${file} --minutes ${minutes}`).toBeLessThanOrEqual(minutes + 1);
          continue;
        }
        expect(code, `${file} --minutes ${minutes}: ${err}`).toBe(2);
        expect(out).toBe("");
        expect(err).toContain(`--minutes ${minutes} is shorter than this plan's sessions can be`);
        const suggested = Number(/Use --minutes (\d+) or more/.exec(err)?.[1]);
        expect(suggested).toBeGreaterThan(minutes);
        // The length it names does fit.
        const retry = plan(file, suggested);
        expect(retry.code).toBe(0);
        for (const session of JSON.parse(retry.out).week.sessions as Session[]) expect(session.estimatedMinutes).toBeLessThanOrEqual(suggested + 1);
      }
    });
  }

  it("V-3: --minutes 20 for the example athlete is refused with the accepted range, not planned as a 31-minute session", () => {
    const { code, err } = plan(ATHLETE, 20);
    expect(code).toBe(2);
    expect(err).toMatch(/the shortest it can give at the movement control stage takes about \d+ minutes/);
    expect(err).toMatch(/accepted: \d+–180 minutes for this plan; 20–180 in general/);
  });

  it("the usage range itself is 20–180, as planWeek accepts", () => {
    for (const value of ["19", "181", "0", "-5", "30.5", "0x1e"]) {
      const io = memoryIo();
      expect(run(["plan", ATHLETE, `--minutes=${value}`], io), value).toBe(2);
      expect(io.stderrText()).toContain("--minutes must be a whole number from 20 to 180");
    }
  });

  it("an ordinary length plans as before", () => {
    const { code, out } = plan(ATHLETE, 60);
    expect(code).toBe(0);
    expect(JSON.parse(out).week.sessions).toHaveLength(3);
  });
});
