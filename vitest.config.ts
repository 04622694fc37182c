import { defineConfig } from "vitest/config";

// One fast-check seed per run, shared by every worker (test/setup.ts reads it): SPINEWISE_SEED
// replays a run, otherwise a fresh seed is drawn and printed, so any failure can be replayed.
// vitest reads this file once per project: the first reading draws the seed and keeps it in
// the environment, so the later ones (and every worker) see the same one.
if (process.env.SPINEWISE_SEED === undefined || process.env.SPINEWISE_SEED === "") {
  process.env.SPINEWISE_SEED = String((Math.random() * 2 ** 32) | 0);
  console.log(`fast-check seed ${process.env.SPINEWISE_SEED} (replay a run with SPINEWISE_SEED=${process.env.SPINEWISE_SEED})`);
}
const seed = process.env.SPINEWISE_SEED;

export default defineConfig({
  test: {
    setupFiles: ["./test/setup.ts"],
    env: { SPINEWISE_SEED: seed },
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["test/**/*.test.ts"], benchmark: { include: [] } },
      },
      {
        extends: true,
        test: { name: "property", include: ["test/**/*.test-prop.ts"], testTimeout: 120_000, benchmark: { include: [] } },
      },
      {
        extends: true,
        test: {
          name: "types",
          include: [],
          benchmark: { include: [] },
          typecheck: { enabled: true, only: true, include: ["test/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
        },
      },
      {
        // `npm run bench` (vitest bench --run): benchmarks live in bench/ and run once, here.
        extends: true,
        test: { name: "bench", include: [], benchmark: { include: ["bench/**/*.bench.ts"] } },
      },
    ],
  },
});
