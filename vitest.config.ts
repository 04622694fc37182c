import { defineConfig } from "vitest/config";


export default defineConfig({
  test: {
    setupFiles: ["./test/setup.ts"],
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["test/**/*.test.ts"] },
      },
      {
        extends: true,
        test: { name: "property", include: ["test/**/*.test-prop.ts"], testTimeout: 120_000 },
      },
      {
        extends: true,
        test: {
          name: "types",
          include: [],
          typecheck: { enabled: true, only: true, include: ["test/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
        },
      },
    ],
  },
});
