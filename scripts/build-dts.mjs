#!/usr/bin/env node
// Declarations, one file per entry: `dist/<entry>.d.ts` and `.d.cts`, no hashed shared chunks.
// tsup's own declaration pass bundles all entries in one rollup build and so splits the shared
// types into `types-<hash>.d.ts` chunks; here tsc emits the declarations once and each entry is
// bundled on its own. An import of another entry stays an import of that entry's file, so a type
// such as `Reason` is one declaration whether it comes from `spinewise` or `spinewise/evidence`;
// everything else an entry needs is inlined into its file.
//
// The entries are read from package.json `exports`, the list a user can import.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { rollup } from "rollup";
import { dts } from "rollup-plugin-dts";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
// Outside node_modules: TypeScript takes a file under node_modules for a package and the
// bundler would leave its imports unresolved.
const emitted = mkdtempSync(join(tmpdir(), "spinewise-dts-"));
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));

/** `./dist/load/index.d.ts` → `load/index`, for every export that has types. */
const entries = Object.values(pkg.exports)
  .filter((target) => typeof target === "object")
  .map((target) => {
    const types = target.import.types;
    const match = /^\.\/dist\/(.+)\.d\.ts$/.exec(types);
    if (!match || target.require.types !== `./dist/${match[1]}.d.cts`) {
      throw new Error(`build-dts: unexpected types paths in exports: ${JSON.stringify(target)}`);
    }
    return match[1];
  });

execFileSync(
  process.execPath,
  [
    join(root, "node_modules/typescript/bin/tsc"),
    ...["-p", "tsconfig.lib.json", "--noEmit", "false", "--declaration", "--emitDeclarationOnly"],
    ...["--outDir", emitted, "--rootDir", "src"],
  ],
  { cwd: root, stdio: "inherit" },
);

const entryFiles = new Map(entries.map((entry) => [join(emitted, `${entry}.d.ts`), entry]));
for (const entry of entries) {
  const input = join(emitted, `${entry}.d.ts`);
  if (!existsSync(input)) throw new Error(`build-dts: no declarations for ${entry} (src/${entry}.ts)`);
}

/** The emitted file a relative specifier names (`../evidence/index.js` → `…/evidence/index.d.ts`). */
function declarationFile(specifier, importer) {
  return resolve(dirname(importer), specifier).replace(/\.(js|ts)$/, "") + ".d.ts";
}

const sizes = [];
for (const entry of entries) {
  const input = join(emitted, `${entry}.d.ts`);
  const bundle = await rollup({
    input,
    plugins: [dts({ compilerOptions: { ignoreDeprecations: "6.0" } })],
    // Packages (zod) stay imports; so does another entry, to keep one declaration per type.
    external: (id, importer) => {
      if (!id.startsWith(".")) return !id.startsWith("/");
      if (!importer) return false;
      const file = declarationFile(id, importer);
      return file !== input && entryFiles.has(file);
    },
    onwarn: (warning) => {
      throw new Error(`build-dts: ${entry}: ${warning.message}`);
    },
  });
  for (const extension of ["js", "cjs"]) {
    const file = join(root, "dist", `${entry}.d.${extension === "js" ? "ts" : "cts"}`);
    await bundle.write({
      file,
      format: "es",
      // Another entry is imported by its own file in dist, with the extension of this format.
      paths: (id) => {
        const other = entryFiles.get(id.endsWith(".d.ts") ? id : `${id.replace(/\.(js|ts)$/, "")}.d.ts`);
        if (other === undefined) return id;
        const target = relative(dirname(join(root, "dist", entry)), join(root, "dist", other));
        return `${target.startsWith(".") ? target : `./${target}`}.${extension}`;
      },
    });
    sizes.push([relative(root, file), readFileSync(file).length]);
  }
  await bundle.close();
}
rmSync(emitted, { recursive: true, force: true });
for (const [file, bytes] of sizes) console.log(`DTS ${file.padEnd(36)} ${(bytes / 1024).toFixed(2)} KB`);
