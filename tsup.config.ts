import { defineConfig } from "tsup";

// One entry per module so that `spinewise/load` pulls in nothing else (tree-shaking).
const modules = [
  "evidence",
  "screening",
  "classification",
  "staging",
  "outcomes",
  "catalog",
  "progression",
  "volume",
  "load",
  "program",
  "journal",
] as const;

export default defineConfig([
  {
    entry: {
      index: "src/index.ts",
      ...Object.fromEntries(modules.map((name) => [`${name}/index`, `src/${name}/index.ts`])),
    },
    format: ["esm", "cjs"],
    dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
    splitting: true,
    treeshake: true,
    clean: true,
    target: "es2022",
    sourcemap: false,
  },
  {
    // The CLI is Node only and ships as CommonJS so the bin works under any package type.
    entry: { "cli/main": "src/cli/main.ts" },
    format: ["cjs"],
    platform: "node",
    target: "node20",
    banner: { js: "#!/usr/bin/env node" },
    clean: false,
    splitting: false,
  },
]);
