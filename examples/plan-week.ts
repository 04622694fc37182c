// Quick start for apps: assess an intake, then plan a week. Run: npx tsx examples/plan-week.ts
import { readFileSync } from "node:fs";
import { assess, planWeek } from "spinewise/program";

const result = assess(JSON.parse(readFileSync("examples/athlete.json", "utf8")));
if (!result.ok) throw new Error(result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("\n"));

const week = planWeek(result.value, { weekStart: "2026-03-30", daysPerWeek: 3, equipment: ["dumbbell", "kettlebell", "band", "bench"] });
if (week.status === "withheld") {
  console.log(`No plan (${week.action}): ${week.safetyNet}`);
} else {
  for (const session of week.sessions) {
    console.log(`${session.date}: ${session.blocks.map((block) => block.exercises.map((item) => item.name).join(" + ")).join(" | ")}`);
  }
}
