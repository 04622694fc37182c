import { describe, expect, it } from "vitest";
import { renderWithheld } from "../../src/cli/render.js";
import { run } from "../../src/cli/run.js";
import { memoryIo } from "./memoryIo.js";

const ATHLETE = "examples/athlete.json";
const athlete = JSON.parse(memoryIo().readFile(ATHLETE)) as { screening: Record<string, unknown> };

function cli(argv: string[], files: Record<string, string> = {}) {
  const io = memoryIo(files);
  const code = run(argv, io);
  return { code, out: io.stdoutText(), err: io.stderrText() };
}

/** Today's check-in with every red-flag answer the intake gave, and some replaced (S-9). */
function checkIn(changes: Record<string, unknown>): string {
  const { ageYears, firstEpisode, durationWeeks, improvingSinceOnset, onsetAgeYears, inflammatoryFeatures, clearingTests, ...answers } =
    athlete.screening;
  return JSON.stringify({ ...answers, ...changes });
}

const emergencyIntake = JSON.stringify({ ...athlete, screening: { ...athlete.screening, saddleNumbness: true, bladderDysfunction: true } });

/** Nothing that only a training result has: direction, stage, emphasis, a proceed decision. */
function expectNothingBehind(text: string): void {
  for (const part of ["Direction:", "Stage", "Emphasis:", "proceed", "No red flag", "Week of", "for you"]) expect(text).not.toContain(part);
}

describe("spinewise plan --check-in: the check-in's decision is the only one shown (S-9)", () => {
  const files = { "today.json": checkIn({ bowelDysfunction: true }) };

  it("S-9: an emergency at check-in prints that decision first and alone, with no intake decision, stage or emphasis", () => {
    const { code, out, err } = cli(["plan", ATHLETE, "--week-start", "2026-03-30", "--check-in", "today.json"], files);
    expect(code).toBe(0);
    expect(err).toBe("");
    const lines = out.split("\n");
    expect(lines[0]).toBe("Plan");
    expect(lines[2]).toBe("No plan: today's check-in (today.json) gives the safety action EMERGENCY (S-1).");
    expect(out).not.toContain("Assessment");
    expect(out.match(/Why:/g)).toHaveLength(1);
    expect(out.match(/Safety net:/g)).toHaveLength(1);
    expectNothingBehind(out);
    expect(out).toContain("[S-1]");
  });

  it("S-9: --json holds only the withheld week: no assessment saying proceed beside it", () => {
    const { code, out } = cli(["plan", ATHLETE, "--week-start", "2026-03-30", "--check-in", "today.json", "--json"], files);
    expect(code).toBe(0);
    const parsed = JSON.parse(out);
    expect(Object.keys(parsed)).toEqual(["week"]);
    expect(parsed.week.status).toBe("withheld");
    expect(parsed.week.action).toBe("emergency");
    expect(parsed.assessment).toBeUndefined();
    expect(out).not.toContain('"stage"');
    expect(out).not.toContain('"direction"');
  });

  it("S-1: a withheld intake prints one decision for plan, not an assessment and a plan that repeat it", () => {
    const { code, out } = cli(["plan", "red.json", "--week-start", "2026-03-30"], { "red.json": emergencyIntake });
    expect(code).toBe(0);
    expect(out.split("\n")[2]).toBe("No plan: the safety action is EMERGENCY (S-1).");
    expect(out.match(/Why:/g)).toHaveLength(1);
    expectNothingBehind(out);
    const json = JSON.parse(cli(["plan", "red.json", "--week-start", "2026-03-30", "--json"], { "red.json": emergencyIntake }).out);
    expect(Object.keys(json)).toEqual(["week"]);
    expect(json.week.action).toBe("emergency");
  });

  it("a check-in that finds nothing new still plans the week with the assessment", () => {
    const { code, out } = cli(["plan", ATHLETE, "--week-start", "2026-03-30", "--check-in", "today.json", "--json"], {
      "today.json": checkIn({}),
    });
    expect(code).toBe(0);
    const parsed = JSON.parse(out);
    expect(Object.keys(parsed)).toEqual(["assessment", "week"]);
    expect(parsed.week.status).toBe("planned");
  });
});

describe("spinewise plan --check-in that raises an advisory (S-7, T-4)", () => {
  // Function optimisation at intake: quiet symptoms, both clearing tests pain-free.
  const settled = JSON.stringify({
    ...athlete,
    screening: { ...athlete.screening, nightPain: null },
    symptoms: { worstPainNrs: 2, settlingTime: "within-an-hour", fearOfMovement: false, stiffness: false },
    clearingTests: Object.fromEntries(
      ["flexion", "extension"].map((test) => [test, { painNrs: 0, familiar: false, symptomsBefore: "none", symptomsAfter: "none", endPositionReached: true }]),
    ),
    history: { worsenedBy: [], easedBy: [] },
  });
  const files = {
    "settled.json": settled,
    "today.json": checkIn({ nightPain: null, legSymptoms: { legs: "one", reach: "below-knee", numbness: false, weakness: false, worsening: false } }),
  };

  it("S-9, T-4: the action and stage shown are today's, not the intake's proceed beside a capped week", () => {
    const { code, out } = cli(["plan", "settled.json", "--week-start", "2026-04-06", "--check-in", "today.json"], files);
    expect(code).toBe(0);
    expect(out).toContain("Safety:     proceed with advisory (today's check-in, today.json");
    expect(out).not.toMatch(/Safety: +proceed \(/);
    expect(out).toContain("Stage:      symptom modulation (T-4, capped by today's check-in from function optimisation)");
    expect(out).toContain("Stage symptom modulation;");
    expect(out).not.toMatch(/Stage: +function-optimisation/);
    expect(out.match(/Safety net:/g)).toHaveLength(1);
  });
});

describe("spinewise catalog --profile on a withheld intake", () => {
  it("S-1: exits 0 and prints the safety decision, with no catalog verdicts behind it", () => {
    const { code, out, err } = cli(["catalog", "--profile", "red.json"], { "red.json": emergencyIntake });
    expect(code).toBe(0);
    expect(err).toBe("");
    expect(out.split("\n")[2]).toBe("No exercise is suggested: the safety action is EMERGENCY (S-1).");
    expect(out).toContain("Safety net:");
    expect(out).not.toContain("glute-bridge");
    expectNothingBehind(out);
  });

  it("S-1: --json prints the withheld assessment, not exercises with verdicts", () => {
    const { code, out } = cli(["catalog", "--profile", "red.json", "--json"], { "red.json": emergencyIntake });
    expect(code).toBe(0);
    const parsed = JSON.parse(out);
    expect(Array.isArray(parsed)).toBe(false);
    expect(parsed.status).toBe("withheld");
    expect(parsed.action).toBe("emergency");
    expect(out).not.toContain("suitability");
  });
});

describe("renderWithheld: any action that gives no training output (S-13 unanswered questions)", () => {
  const decision = {
    action: "stop-until-cleared",
    ruleId: "S-5",
    reasons: [{ ruleId: "S-5", code: "custom", params: { message: "Significant trauma: imaging first." }, message: "Significant trauma: imaging first.", evidence: [] }],
    safetyNet: "Seek care.",
  } as const;
  const unanswered = [
    { path: ["screening", "fever"], question: "Do you have a fever?" },
    { path: ["screening", "ageYears"], question: "How old are you?" },
  ];

  it("S-13: lists each unanswered question on its own line, then where its answer goes", () => {
    const text = renderWithheld(decision, { title: "Assessment", lead: "Safety: STOP-UNTIL-CLEARED (S-5)", unanswered, where: (path) => `me.json: ${path.join(".")}` }, 80);
    const lines = text.split("\n");
    const first = lines.indexOf("  - Do you have a fever? → me.json: screening.fever");
    expect(first).toBeGreaterThan(0);
    expect(lines[first + 1]).toBe("  - How old are you? → me.json: screening.ageYears");
    expect(text.indexOf("Unanswered questions")).toBeLessThan(text.indexOf("Safety net:"));
  });

  it("S-13: works for any withholding action, a future one included", () => {
    const text = renderWithheld({ ...decision, action: "incomplete-screening", ruleId: "S-13" }, { title: "Plan", lead: "No plan.", unanswered }, 80);
    expect(text).toContain("  - How old are you? → screening.ageYears");
  });

  it("S-1: an emergency does not hand the person a form: care comes first", () => {
    const text = renderWithheld({ ...decision, action: "emergency", ruleId: "S-1" }, { title: "Plan", lead: "No plan.", unanswered }, 80);
    expect(text).not.toContain("Do you have a fever?");
    expect(text).toContain("Safety net: Seek care.");
  });

  it("prints no unanswered list when there is none", () => {
    expect(renderWithheld(decision, { title: "Plan", lead: "No plan." }, 80)).not.toContain("Unanswered");
  });
});
