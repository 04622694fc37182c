/**
 * Runs every TypeScript example in examples/ (they are also type-checked by `npm run typecheck`).
 * An example fails by throwing; its output is shown.
 */
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";

const dir = "examples";
const files = readdirSync(dir).filter((f) => f.endsWith(".ts")).sort();
let failed = 0;
for (const file of files) {
  console.log(`\n--- examples/${file}`);
  const run = spawnSync(process.execPath, ["--import", "tsx", join(dir, file)], { stdio: "inherit" });
  if (run.status !== 0) {
    failed += 1;
    console.error(`examples/${file} failed (exit ${run.status})`);
  }
}
console.log(`\n${files.length - failed} examples ran, ${failed} failed`);
process.exit(failed > 0 || files.length === 0 ? 1 : 0);
