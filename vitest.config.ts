import { defineConfig } from "vitest/config";


export default defineConfig({
  test: {
    setupFiles: ["./test/setup.ts"],
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
