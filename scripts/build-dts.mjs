#!/usr/bin/env node
// Declarations, one file per entry: `dist/<entry>.d.ts` and `.d.cts`, no hashed shared chunks.
// tsup's own declaration pass bundles all entries in one rollup build and so splits the shared
// types into `types-<hash>.d.ts` chunks; here tsc emits the declarations once and each entry is
// bundled on its own. A type another entry exports is imported from that entry's file (an
// import of `../catalog/types.js` whose every export `spinewise/catalog` exports becomes an
// import of `../catalog/index.js`), so `Exercise` or `Reason` is one declaration whichever entry
// it comes through; everything else an entry needs is inlined into its file.
//
// The entries are read from package.json `exports`, the list a user can import.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { rollup } from "rollup";
import { dts } from "rollup-plugin-dts";
import ts from "typescript";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
// Outside node_modules: TypeScript takes a file under node_modules for a package and the
// bundler would leave its imports unresolved.
const emitted = mkdtempSync(join(tmpdir(), "spinewise-dts-"));
process.on("exit", () => rmSync(emitted, { recursive: true, force: true }));
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

try {
  execFileSync(
    process.execPath,
    [
      join(root, "node_modules/typescript/bin/tsc"),
      ...["-p", "tsconfig.lib.json", "--noEmit", "false", "--declaration", "--emitDeclarationOnly"],
      ...["--outDir", emitted, "--rootDir", "src"],
    ],
    { cwd: root, stdio: "inherit" },
  );
} catch {
  console.error("build-dts: tsc found errors (above); no declarations written");
  process.exit(1);
}

const entryFiles = new Map(entries.map((entry) => [join(emitted, `${entry}.d.ts`), entry]));
for (const entry of entries) {
  const input = join(emitted, `${entry}.d.ts`);
  if (!existsSync(input)) throw new Error(`build-dts: no declarations for ${entry} (src/${entry}.ts)`);
}

/** The emitted file a relative specifier names (`../evidence/index.js` → `…/evidence/index.d.ts`). */
function declarationFile(specifier, importer) {
  return resolve(dirname(importer), specifier).replace(/\.(js|ts)$/, "") + ".d.ts";
}

/**
 * The declaration files whose every export an entry exports under the same name, each with that
 * entry (`…/catalog/types.d.ts` → `catalog/index`): an import from one of them can name the entry.
 */
function publicFiles() {
  const program = ts.createProgram([...entryFiles.keys()], {
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    noEmit: true,
    skipLibCheck: true,
    types: [],
  });
  const checker = program.getTypeChecker();
  const target = (symbol) => (symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol);
  const exportsOf = (file) => {
    const symbol = checker.getSymbolAtLocation(file);
    return symbol === undefined ? [] : checker.getExportsOfModule(symbol);
  };
  const owners = new Map();
  for (const [indexFile, entry] of entryFiles) {
    if (entry === "index") continue; // the root entry only re-exports the others
    const exported = new Map(exportsOf(program.getSourceFile(indexFile)).map((symbol) => [symbol.name, target(symbol)]));
    for (const file of program.getSourceFiles()) {
      const name = resolve(file.fileName);
      if (name === indexFile || !name.startsWith(`${dirname(indexFile)}/`)) continue;
      const own = exportsOf(file);
      if (own.length > 0 && own.every((symbol) => exported.get(symbol.name) === target(symbol))) owners.set(name, entry);
    }
  }
  return owners;
}
const owners = publicFiles();

/** For `entry`'s bundle: an import of another entry, or of a file it exports, stays an import. */
function otherEntries(entry) {
  return {
    name: "spinewise-other-entries",
    resolveId(source, importer) {
      if (importer === undefined || !source.startsWith(".")) return null;
      const file = declarationFile(source, importer);
      const other = entryFiles.get(file) ?? owners.get(file);
      return other === undefined || other === entry ? null : { id: `spinewise-entry:${other}`, external: true };
    },
  };
}

const sizes = [];
for (const entry of entries) {
  const input = join(emitted, `${entry}.d.ts`);
  const bundle = await rollup({
    input,
    plugins: [otherEntries(entry), dts({ compilerOptions: { ignoreDeprecations: "6.0" } })],
    // Packages (zod) stay imports.
    external: (id) => !id.startsWith(".") && !id.startsWith("/"),
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
        if (!id.startsWith("spinewise-entry:")) return id;
        const other = id.slice("spinewise-entry:".length);
        const target = relative(dirname(join(root, "dist", entry)), join(root, "dist", other));
        return `${target.startsWith(".") ? target : `./${target}`}.${extension}`;
      },
    });
    sizes.push([relative(root, file), readFileSync(file).length]);
  }
  await bundle.close();
}
for (const [file, bytes] of sizes) console.log(`DTS ${file.padEnd(36)} ${(bytes / 1024).toFixed(2)} KB`);
