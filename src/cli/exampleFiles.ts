/**
 * Where the example files are, as the demo prints them: the package ships `examples/`, and
 * after `npm install spinewise` it sits in `node_modules/spinewise/examples`, not in the
 * user's directory, so the demo's "Try:" commands name the installed files.
 */
import { existsSync } from "node:fs";
import { dirname, isAbsolute, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

/** The example files the demo's "Try:" commands read, as paths that work from `cwd`. */
export interface ExampleFiles {
  /** The example intake. */
  readonly athlete: string;
  /** The example training log, 12 weeks as CSV. */
  readonly trainingLog: string;
}

/**
 * Finds the package's `examples/` from `moduleDir` upwards (the built CLI is `dist/cli/main.cjs`,
 * the source `src/cli/exampleFiles.ts`: two or three levels below the package) and names its
 * files relative to `cwd` when they are under it, absolute otherwise; quoted when a shell would
 * split them. Falls back to `examples/…` when no `examples/` is found.
 *
 * @example
 * ```ts
 * exampleFiles("/home/me/app", "/home/me/app/node_modules/spinewise/dist/cli");
 * // => { athlete: "node_modules/spinewise/examples/athlete.json", trainingLog: "node_modules/spinewise/examples/training-log.csv" }
 * // (when that directory exists)
 * ```
 */
export function exampleFiles(cwd: string, moduleDir: string = dirname(fileURLToPath(import.meta.url))): ExampleFiles {
  let dir = moduleDir;
  for (let level = 0; level < 4; level += 1) {
    if (existsSync(join(dir, "examples", "athlete.json"))) {
      const examples = join(dir, "examples");
      return { athlete: shown(cwd, join(examples, "athlete.json")), trainingLog: shown(cwd, join(examples, "training-log.csv")) };
    }
    dir = dirname(dir);
  }
  return { athlete: "examples/athlete.json", trainingLog: "examples/training-log.csv" };
}

/** `file` as a user types it in `cwd`: relative below it, absolute elsewhere, quoted if needed. */
function shown(cwd: string, file: string): string {
  const below = relative(cwd, file);
  const path = below !== "" && !below.startsWith("..") && !isAbsolute(below) ? below.split("\\").join("/") : file;
  return /^[\w./:@+-]+$/.test(path) ? path : `'${path.replaceAll("'", `'\\''`)}'`;
}
