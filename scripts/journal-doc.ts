/**
 * Writes the journey table of docs/journal.md from the green lifter's journey
 * (test/journal/greenJourney.ts), which test/journal/journeys.test.ts holds, and the same
 * journey's record as examples/journey.jsonl (one event a line).
 *   npx tsx scripts/journal-doc.ts
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { greenJourney, journeyTable, JOURNEY_TABLE_END, JOURNEY_TABLE_START } from "../test/journal/greenJourney.js";

const path = fileURLToPath(new URL("../docs/journal.md", import.meta.url));
const doc = readFileSync(path, "utf8");
const start = doc.indexOf(JOURNEY_TABLE_START);
const end = doc.indexOf(JOURNEY_TABLE_END);
if (start < 0 || end < start) throw new Error(`${path}: the journey table markers are missing`);
const journey = greenJourney();
writeFileSync(path, `${doc.slice(0, start + JOURNEY_TABLE_START.length)}\n${journeyTable(journey)}\n${doc.slice(end)}`);
console.log(`wrote the journey table of ${path}`);
const example = fileURLToPath(new URL("../examples/journey.jsonl", import.meta.url));
writeFileSync(example, journey.journal.map((event) => `${JSON.stringify(event)}\n`).join(""));
console.log(`wrote ${example} (${journey.journal.length} events)`);
