import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { exampleFiles } from "../../src/cli/exampleFiles.js";

const repo = resolve(import.meta.dirname, "../..");
const tmp = mkdtempSync(join(tmpdir(), "spinewise-examples-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A package installed as `npm install spinewise` lays it out: `<app>/node_modules/spinewise/…`. */
function installedPackage(app: string): string {
  const pkg = join(app, "node_modules", "spinewise");
  mkdirSync(join(pkg, "dist", "cli"), { recursive: true });
  mkdirSync(join(pkg, "examples"), { recursive: true });
  writeFileSync(join(pkg, "examples", "athlete.json"), "{}");
  return join(pkg, "dist", "cli");
}

describe("exampleFiles: the demo's Try: commands name files that exist", () => {
  it("in this repository, from its root: examples/…", () => {
    expect(exampleFiles(repo, join(repo, "src", "cli"))).toEqual({
      athlete: "examples/athlete.json",
      trainingLog: "examples/training-log.csv",
    });
  });

  it("after npm install, from the app: node_modules/spinewise/examples/…", () => {
    const app = join(tmp, "app");
    const cli = installedPackage(app);
    expect(exampleFiles(app, cli)).toEqual({
      athlete: "node_modules/spinewise/examples/athlete.json",
      trainingLog: "node_modules/spinewise/examples/training-log.csv",
    });
  });

  it("from a directory outside the package: absolute paths, quoted when they hold a space", () => {
    const cli = installedPackage(join(tmp, "my app"));
    const files = exampleFiles(join(tmp, "elsewhere"), cli);
    expect(files.athlete).toBe(`'${join(tmp, "my app", "node_modules", "spinewise", "examples", "athlete.json")}'`);
  });

  it("with no examples directory above the CLI: the names the repository uses", () => {
    const lost = join(tmp, "a", "b", "c", "d", "e");
    mkdirSync(lost, { recursive: true });
    expect(exampleFiles(tmp, lost).athlete).toBe("examples/athlete.json");
  });
});
