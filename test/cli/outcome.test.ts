import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/run.js";
import { rmdqQuestionnaire } from "../../src/outcomes/index.js";
import { memoryIo } from "./memoryIo.js";

function cli(argv: string[], files: Record<string, string> = {}) {
  const io = memoryIo(files);
  const code = run(argv, io);
  return { code, out: io.stdoutText(), err: io.stderrText() };
}

const ticks = (count: number) => Array.from({ length: 24 }, (_, index) => index < count);

describe("spinewise outcome score", () => {
  it("O-1: scores one answers file, as text and as JSON", () => {
    const files = { "rmdq.json": JSON.stringify({ instrument: "rmdq", answers: ticks(7), date: "2026-03-02" }) };
    const text = cli(["outcome", "score", "rmdq.json"], files);
    expect(text.code).toBe(0);
    expect(text.out).toContain("2026-03-02  RMDQ 7/24 (Roland–Morris Disability Questionnaire; lower is better)");
    expect(text.out).toContain("O-1: 7 of 24 statements describe you today");
    const json = cli(["outcome", "score", "rmdq.json", "--json"], files);
    expect(JSON.parse(json.out)).toMatchObject({ date: "2026-03-02", score: { instrument: "rmdq", score: 7, ruleId: "O-1" } });
  });

  it("O-3: an ODI with two sections missing has no score, and says why", () => {
    const files = { "odi.json": JSON.stringify({ instrument: "odi", sections: [1, 2, 1, null, 2, 1, null, 1, 1, 1] }) };
    const { code, out } = cli(["outcome", "score", "odi.json"], files);
    expect(code).toBe(0);
    expect(out).toContain("ODI no score");
    expect(out).toContain("2 of 10 sections unanswered (4, 7)");
  });

  it("O-4: a dated list gives each score and the change per instrument, naming the threshold", () => {
    const files = {
      "series.json": JSON.stringify([
        { instrument: "rmdq", answers: ticks(12), date: "2026-03-02" },
        { instrument: "nrs", nrs: 6, date: "2026-03-02" },
        { instrument: "rmdq", answers: ticks(7), date: "2026-03-30" },
        { instrument: "nrs", nrs: 5, date: "2026-03-30" },
      ]),
    };
    const { code, out } = cli(["outcome", "score", "series.json"], files);
    expect(code).toBe(0);
    expect(out).toContain("RMDQ over time:\n  O-4: 2026-03-02 to 2026-03-30 (28 days): RMDQ went from 12 to 7 (5 better): a meaningful improvement (at least 5 points).");
    expect(out).toContain("Pain (NRS) went from 6 to 5 (1 better): not a meaningful change");
    const json = JSON.parse(cli(["outcome", "score", "series.json", "--json"], files).out);
    expect(json.scores).toHaveLength(4);
    expect(json.trends.map((trend: { instrument: string; change: { status: string } }) => [trend.instrument, trend.change.status])).toEqual([
      ["rmdq", "improved"],
      ["nrs", "unchanged"],
    ]);
  });

  it("O-6: reads a FHIR QuestionnaireResponse", () => {
    const qr = {
      resourceType: "QuestionnaireResponse",
      questionnaire: rmdqQuestionnaire.url,
      status: "completed",
      authored: "2026-03-02",
      item: [{ linkId: "rmdq-4", answer: [{ valueBoolean: true }] }],
    };
    const { code, out } = cli(["outcome", "score", "qr.json"], { "qr.json": JSON.stringify(qr) });
    expect(code).toBe(0);
    expect(out).toContain("2026-03-02  RMDQ 1/24");
  });

  it("lists every problem with its path, and refuses an unknown action", () => {
    const bad = cli(["outcome", "score", "bad.json"], { "bad.json": JSON.stringify([{ instrument: "nrs", nrs: 12 }, { instrument: "psfs", activities: [] }]) });
    expect(bad.code).toBe(1);
    expect(bad.err).toContain("spinewise outcome: bad.json: 4 problems:");
    expect(bad.err).toContain("  [0].nrs: must be at most 10 (NRS runs 0–10)");
    expect(bad.err).toContain("  [0].date: date is needed in a series");
    expect(bad.err).toContain("  [1].activities: must name at least 1 activity");
    const fhir = cli(["outcome", "score", "qr.json"], { "qr.json": JSON.stringify({ resourceType: "Patient" }) });
    expect(fhir.code).toBe(1);
    expect(fhir.err).toContain('resourceType: resourceType must be "QuestionnaireResponse"');
    const usage = cli(["outcome", "plot", "x.json"]);
    expect(usage.code).toBe(2);
    expect(usage.err).toContain("unknown action 'plot' (known: score)");
  });
});
