// Training load from a log: daily series, EWMA ACWR and the week-to-week change (A-1…A-10).
// Run: npx tsx examples/training-load.ts
import { readFileSync } from "node:fs";
import { ACWR_CAVEAT, acwr, dailyLoads, parseTrainingLog, weekOverWeekChange } from "spinewise/load";

const log = parseTrainingLog(JSON.parse(readFileSync("examples/training-log.json", "utf8")));
if (!log.ok) throw new Error("the example log does not parse");

const series = dailyLoads(log.value, { timeZone: "Europe/London", absentDays: "unknown" });
const latest = acwr(series, { method: "ewma" }).at(-1);
const lastWeek = weekOverWeekChange(series).at(-1);

console.log(`${series.dates.length} days, ${series.loads.filter((load) => load === null).length} unknown`);
console.log(`ratio on ${latest?.date}: ${latest?.ratio?.toFixed(2)} (${latest?.zone})`);
console.log(`last week ${lastWeek?.loadAu} AU, change ${lastWeek?.changePercent?.toFixed(0)}% (${lastWeek?.action})`);
console.log(ACWR_CAVEAT.message);
