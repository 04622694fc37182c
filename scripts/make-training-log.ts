/**
 * Writes the example 12-week training log (examples/training-log.json and .csv).
 * Deterministic: a fixed seed, no clock. Run with `npx tsx scripts/make-training-log.ts`.
 *
 * The story: a lifter training four days a week (Mon, Tue, Thu, Sat), building slowly over
 * weeks 1–4, a lighter week 5, steady weeks 6–11, then a spike in week 12 (two extra sessions and
 * long, hard sessions: a training camp) that puts the acute:chronic ratio in the caution zone.
 * Rest days are logged as `loadAu: 0` (known rest); a weekend away in week 7 and two forgotten
 * days are not logged at all, so they are unknown.
 */
import { writeFileSync } from "node:fs";

interface Row {
  date: string;
  rpe?: number;
  durationMinutes?: number;
  loadAu?: number;
  note?: string;
}

// A small linear congruential generator: the same numbers on every machine.
let seed = 20260105;
function random(): number {
  seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
  return seed / 2 ** 32;
}
function pick<T>(values: readonly T[]): T {
  return values[Math.floor(random() * values.length)] as T;
}

const start = Date.UTC(2026, 0, 5); // Monday 5 January 2026
const trainingWeekdays = new Set([0, 1, 3, 5]); // Mon, Tue, Thu, Sat (0 = Monday)
const unknownDays = new Set([17, 46, 47, 58]); // a forgotten Saturday, a weekend away, a forgotten Tuesday

// Per-week session shape: [base minutes, base RPE]; week 12 carries the spike.
const weeks: readonly (readonly [number, number])[] = [
  [50, 5],
  [55, 5],
  [55, 6],
  [60, 6],
  [45, 5], // lighter week
  [60, 6],
  [60, 6],
  [60, 6],
  [65, 6],
  [60, 6],
  [65, 6],
  [75, 7], // spike: longer and harder
];

const rows: Row[] = [];
for (let day = 0; day < 84; day += 1) {
  const date = new Date(start + day * 86_400_000).toISOString().slice(0, 10);
  if (unknownDays.has(day)) continue;
  const week = Math.floor(day / 7);
  const weekday = day % 7;
  const [minutes, rpe] = weeks[week] ?? [60, 6];
  const extraSession = week === 11 && (weekday === 2 || weekday === 6); // two extra sessions in the spike
  if (trainingWeekdays.has(weekday) || extraSession) {
    const sessionMinutes = minutes + pick([-10, -5, 0, 0, 5, 10]);
    const sessionRpe = Math.min(10, Math.max(1, rpe + pick([-1, 0, 0, 0, 1])));
    const note = weekday === 5 ? "lower body + carries" : weekday === 0 ? "single-leg strength" : undefined;
    rows.push({ date, rpe: sessionRpe, durationMinutes: sessionMinutes, ...(note ? { note } : {}) });
  } else {
    rows.push({ date, loadAu: 0, note: "rest" });
  }
}

writeFileSync("examples/training-log.json", `${JSON.stringify(rows, null, 2)}\n`);
const csv = [
  "date,rpe,durationMinutes,loadAu,note",
  ...rows.map((row) => [row.date, row.rpe ?? "", row.durationMinutes ?? "", row.loadAu ?? "", row.note ?? ""].join(",")),
].join("\n");
writeFileSync("examples/training-log.csv", `${csv}\n`);
console.log(`wrote ${rows.length} records (${84 - rows.length} unknown days) to examples/training-log.{json,csv}`);
