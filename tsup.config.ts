import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";

// The CLI bundles csv-parse, so it carries csv-parse's MIT notice.
const csvParseLicense = readFileSync("node_modules/csv-parse/LICENSE", "utf8").trim().replaceAll("*/", "* /");

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
  "report",
] as const;

export default defineConfig([
  {
    entry: {
      index: "src/index.ts",
      ...Object.fromEntries(modules.map((name) => [`${name}/index`, `src/${name}/index.ts`])),
    },
    format: ["esm", "cjs"],
    // Declarations are built by scripts/build-dts.mjs, one file per entry: tsup's pass would
    // share them between entries in hashed chunks.
    dts: false,
    splitting: true,
    treeshake: true,
    clean: true,
    target: "es2022",
    sourcemap: false,
  },
  {
    // The CLI is Node only and ships as CommonJS so the bin works under any package type.
    // Its CSV parser is bundled in: only the CLI reads CSV, so csv-parse is no dependency of
    // the library (a devDependency, never on a library user's install path).
    entry: { "cli/main": "src/cli/main.ts" },
    format: ["cjs"],
    noExternal: ["csv-parse"],
    // `import.meta.url` in CommonJS: the demo finds the package's examples from the CLI's file.
    shims: true,
    platform: "node",
    target: "node20",
    banner: { js: `#!/usr/bin/env node\n/*! Bundled: csv-parse (https://csv.js.org/parse/)\n\n${csvParseLicense}\n*/` },
    clean: false,
    splitting: false,
  },
]);
