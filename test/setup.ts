import fc from "fast-check";
import { expect } from "vitest";

// Reproducible properties. vitest.config.ts picks one seed per run (SPINEWISE_SEED when given,
// else a fresh one) and hands it to every worker, so all properties of a run share it and a
// failure names the seed, the path and the command that replays it.
const seed = Number(process.env.SPINEWISE_SEED);
if (!Number.isSafeInteger(seed)) throw new Error(`test/setup.ts: SPINEWISE_SEED must be a whole number, got ${JSON.stringify(process.env.SPINEWISE_SEED)}`);
const path = process.env.SPINEWISE_PATH || undefined;

/** The shell command that replays the failing property with the seed (and path) it failed on. */
function replayCommand(failedSeed: number, failedPath: string | null): string {
  const state = expect.getState();
  const file = state.testPath === undefined ? "" : ` ${relative(state.testPath)}`;
  // test.prop appends " (with seed=…)" to the name; -t is a pattern, so the rest is escaped.
  const name = (state.currentTestName ?? "").split(" > ").at(-1)?.replace(/ \(with seed=-?\d+\)$/, "") ?? "";
  const filter = name === "" ? "" : ` -t '${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/'/g, "'\\''")}'`;
  const env = [
    ...(process.env.CI ? [`CI=${process.env.CI}`] : []),
    `SPINEWISE_SEED=${failedSeed}`,
    ...(failedPath ? [`SPINEWISE_PATH=${failedPath}`] : []),
  ];
  return `${env.join(" ")} npx vitest run${file}${filter}`;
}

function relative(file: string): string {
  const cwd = `${process.cwd()}/`;
  return file.startsWith(cwd) ? file.slice(cwd.length) : file;
}

fc.configureGlobal({
  // 100 runs locally, 1000 under CI (the issues' "done" bar); a test may ask for more.
  numRuns: process.env.CI ? 1000 : 100,
  seed,
  ...(path === undefined ? {} : { path }),
  // fast-check's own report (seed, path, counterexample, shrinks) plus a replay command.
  reporter(details) {
    if (!details.failed) return;
    // The seed alone replays every run up to the failure; the path jumps to the counterexample, but
    // for some arbitraries (options and subarrays of records, seen in coach.test-prop.ts) fast-check
    // regenerates a different value from it, so the seed's command comes first.
    const shortcut = details.counterexamplePath ? `\nShorter, when the path replays: ${replayCommand(details.seed, details.counterexamplePath)}` : "";
    const message = `${fc.defaultReportMessage(details) ?? "Property failed"}\n\nReplay: ${replayCommand(details.seed, null)}${shortcut}`;
    throw new Error(message, { cause: details.errorInstance });
  },
});
