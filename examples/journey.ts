// The journey: an athlete's record, replayed into their state and next week. Run: npx tsx examples/journey.ts
import { readFileSync } from "node:fs";
import { parseJournal, planNextWeek, previewResponses, replay } from "spinewise/journal";

// One event a line (JSON Lines), as `spinewise journal` keeps it.
const lines = readFileSync("examples/journey.jsonl", "utf8").split("\n").filter((line) => line.trim() !== "");
const parsed = parseJournal(lines.map((line) => JSON.parse(line) as unknown));
if (!parsed.ok) throw new Error(parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("\n"));
const journal = parsed.value;

const state = replay(journal);
console.log(`${journal.length} events to ${state.asOf}: ${state.status}, stage ${state.stage}`);
for (const change of state.stageChanges) console.log(`  ${change.date}: ${change.from} → ${change.to} (${change.ruleId})`);
const hinge = state.ladders.find((ladder) => ladder.ladder === "hinge");
console.log(`Hinge ladder: step ${(hinge?.step ?? 0) + 1} of ${hinge?.stepCount}, ${hinge?.exerciseId}`);
console.log(`Deload weeks: ${state.weeks.filter((week) => week.deload).map((week) => week.weekStart).join(", ")}`);

// Every decision with its rule, as `spinewise journal timeline` prints it (the stage, ladder and deload ones here).
for (const entry of state.timeline.filter((item) => ["stage", "ladder", "deload", "retest-due"].includes(item.kind))) {
  console.log(`  ${entry.date} ${entry.ruleId} ${entry.message}`);
}

const week = planNextWeek(journal, { weekStart: "2026-07-20", daysPerWeek: 3, equipment: ["dumbbell", "kettlebell", "band", "bench", "barbell", "trap-bar", "plates", "blocks", "rack", "cable", "box"] });
if (week.status === "withheld") {
  console.log(`No plan (${week.action}): ${week.safetyNet}`);
} else {
  console.log(`Week of ${week.weekStart} (${week.stage}, volume ${Math.round(week.volumeScale * 100)} %):`);
  for (const session of week.sessions) {
    console.log(`  ${session.date}: ${session.blocks.map((block) => block.exercises.map((item) => item.name).join(" + ")).join(" | ")}`);
  }
}

// Before the set: what each response would lead to.
for (const preview of previewResponses(journal, hinge?.exerciseId ?? "kettlebell-deadlift")) console.log(`  ${preview.summary}`);
