/**
 * The worked 8-week example of docs/progression.md, computed by the library itself.
 * `docs.test.ts` compares the rendered tables with the block between the markers in the doc;
 * `UPDATE_DOCS=1 npx vitest run test/progression/docs.test.ts` rewrites the block.
 */
import { getExercise } from "../../src/catalog/getExercise.js";
import {
  deloadDue,
  nextDose,
  painResponse,
  stageTransition,
  type DoseOptions,
  type ExerciseLog,
  type PainReport,
  type Prescription,
  type WeekSummary,
  type WeeklyCheckIn,
} from "../../src/progression/index.js";
import type { Stage } from "../../src/staging/types.js";

interface SessionScript {
  readonly week: number;
  readonly date: string;
  /** Reps of each set; the set count follows the prescription. */
  readonly reps: readonly number[];
  /** Load actually lifted per set, when it differs from the prescription. */
  readonly liftedKg?: readonly number[];
  readonly pain: PainReport;
}

const ok = (duringNrs: number, nextMorningNrs = 2): PainReport => ({ baselineNrs: 2, duringNrs, afterNrs: Math.max(0, duringNrs - 1), nextMorningNrs });

/** Two squat sessions a week (Monday and Thursday); week 5 is the deload week with no squat progression. */
const sessions: readonly SessionScript[] = [
  { week: 1, date: "2025-03-03", reps: [10, 10, 9], pain: ok(2) },
  { week: 1, date: "2025-03-06", reps: [10, 10, 10], pain: ok(2) },
  { week: 2, date: "2025-03-10", reps: [10, 10, 10], pain: ok(1) },
  { week: 2, date: "2025-03-13", reps: [10, 10, 10], pain: ok(2) },
  { week: 3, date: "2025-03-17", reps: [10, 10, 10], pain: ok(4) },
  { week: 3, date: "2025-03-20", reps: [10, 10, 10], pain: ok(2) },
  { week: 4, date: "2025-03-24", reps: [10, 10, 10], pain: ok(1) },
  { week: 4, date: "2025-03-27", reps: [10, 10, 10], pain: ok(2, 1) },
  { week: 6, date: "2025-04-07", reps: [10, 10, 10], pain: ok(2, 1) },
  { week: 6, date: "2025-04-10", reps: [10, 9, 8], pain: ok(2, 1) },
  { week: 7, date: "2025-04-14", reps: [10, 10, 10], liftedKg: [16, 16, 12], pain: ok(2, 1) },
  { week: 7, date: "2025-04-17", reps: [10, 10, 10], pain: ok(2, 4) },
  { week: 8, date: "2025-04-21", reps: [10, 10, 10], pain: ok(1, 1) },
  { week: 8, date: "2025-04-24", reps: [10, 10, 10], pain: ok(1, 1) },
];

/** Weekly numbers: morning pain, the week's ACWR, and a re-stage in week 6. */
const weekly: readonly { week: number; weekStart: string; morningPainNrs: number; acwr: number; restage?: Stage }[] = [
  { week: 1, weekStart: "2025-03-03", morningPainNrs: 4, acwr: 1.0 },
  { week: 2, weekStart: "2025-03-10", morningPainNrs: 3, acwr: 1.1 },
  { week: 3, weekStart: "2025-03-17", morningPainNrs: 3, acwr: 1.05 },
  { week: 4, weekStart: "2025-03-24", morningPainNrs: 3, acwr: 1.2 },
  { week: 5, weekStart: "2025-03-31", morningPainNrs: 2, acwr: 0.8 },
  { week: 6, weekStart: "2025-04-07", morningPainNrs: 2, acwr: 1.0, restage: "function-optimisation" },
  { week: 7, weekStart: "2025-04-14", morningPainNrs: 2, acwr: 1.15 },
  { week: 8, weekStart: "2025-04-21", morningPainNrs: 1, acwr: 1.1 },
];

function dose(p: Prescription): string {
  const range = p.reps === undefined ? "" : `${p.sets} × ${p.reps.min}–${p.reps.max}`;
  const load = p.loadKg == null ? "" : ` @ ${p.loadKg} kg`;
  const pause = p.pauseSeconds ? `, ${p.pauseSeconds} s pause` : "";
  return `${range}${load}${pause}`;
}

function done(log: ExerciseLog): string {
  const loads = [...new Set(log.sets.map((set) => set.loadKg ?? 0))];
  const load = loads.length === 1 ? `${loads[0]} kg` : log.sets.map((set) => `${set.loadKg ?? 0}`).join("/") + " kg";
  return `${log.sets.map((set) => set.reps).join(", ")} @ ${load}`;
}

function pain(report: PainReport): string {
  return `${report.baselineNrs} / ${report.duringNrs} / ${report.afterNrs ?? "–"} / ${report.nextMorningNrs ?? "–"}`;
}

/** Runs the scripted 8 weeks through the library and renders the two tables. */
export function renderWorkedExample(): string {
  const exercise = getExercise("goblet-squat");
  if (exercise === undefined) throw new Error("the catalog has no goblet-squat");
  let stage: Stage = "movement-control";
  let prescription: Prescription = { exerciseId: "goblet-squat", sets: 3, reps: { min: 8, max: 10 }, loadKg: 12 };
  const logs: ExerciseLog[] = [];
  const sessionRows: string[] = [];
  const weekRows: string[] = [];
  const summaries: WeekSummary[] = [];
  const checkIns: WeeklyCheckIn[] = [];
  let deloadNext = false;

  for (const week of weekly) {
    for (const script of sessions.filter((entry) => entry.week === week.week)) {
      const log: ExerciseLog = {
        date: script.date,
        exerciseId: prescription.exerciseId,
        sets: script.reps.map((reps, index) => ({ reps, loadKg: script.liftedKg?.[index] ?? prescription.loadKg ?? null })),
        pain: script.pain,
        ...(prescription.pauseSeconds ? { pauseSeconds: prescription.pauseSeconds } : {}),
      };
      logs.push(log);
      const options: DoseOptions = { stage, exercise, loadIncrements: { kind: "kettlebell" } };
      const decision = nextDose(logs, prescription, options);
      const light = painResponse(script.pain).action;
      const what = decision.axis === null ? decision.action : `${decision.action} (${decision.axis})`;
      sessionRows.push(
        `| ${week.week} | ${script.date} | ${stage} | ${dose(prescription)} | ${done(log)} | ${pain(script.pain)} | ${light} | ${what} | ${decision.ruleId} | ${dose(decision.prescription)} |`,
      );
      prescription = decision.prescription;
    }
    summaries.push({ weekStart: week.weekStart, deload: deloadNext, acwr: week.acwr, morningPainNrs: week.morningPainNrs });
    checkIns.push(week.restage === undefined ? { weekStart: week.weekStart, morningPainNrs: week.morningPainNrs } : { weekStart: week.weekStart, morningPainNrs: week.morningPainNrs, restage: { stage: week.restage } });
    const deload = deloadDue(summaries);
    const transition = stageTransition({ stage }, checkIns);
    const referral = transition.referral ?? "none";
    weekRows.push(
      `| ${week.week} | ${week.morningPainNrs} | ${week.acwr.toFixed(2)} | ${deloadNext ? "yes" : "no"} | ${deload.action} (${deload.ruleId}) | ${transition.action} → ${transition.stage} (${transition.ruleId}) | ${referral} |`,
    );
    deloadNext = deload.action === "deload";
    stage = transition.stage;
  }

  return [
    "| Week | Date | Stage | Prescribed | Done (reps @ load) | Pain: base / during / after / next morning | Light | Decision | Rule | Next dose |",
    "|---|---|---|---|---|---|---|---|---|---|",
    ...sessionRows,
    "",
    "| Week | Morning pain | ACWR | Deload week | `deloadDue` for the next week | `stageTransition` | Referral |",
    "|---|---|---|---|---|---|---|",
    ...weekRows,
  ].join("\n");
}
