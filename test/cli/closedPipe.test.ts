import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";

// The built CLI, as `npx spinewise` runs it (CI builds before it tests; locally: npm run build).
const BIN = "dist/cli/main.cjs";

/** Runs the built CLI, reads its first chunk of output and closes the pipe, like `| head -1`. */
function runAndCloseEarly(args: readonly string[]): Promise<{ code: number | null; signal: string | null; first: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let first = "";
    let err = "";
    child.stdout.once("data", (chunk: Buffer) => {
      first = chunk.toString("utf8");
      child.stdout.destroy();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      err += chunk.toString("utf8");
    });
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code, signal, first, err }));
  });
}

describe("spinewise with a reader that closes early (| head -1)", () => {
  beforeAll(() => {
    if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run npm run build before this test`);
  });

  // Each output is far larger than a pipe's 64 kB buffer, so the CLI is still writing when the pipe closes.
  for (const args of [
    ["catalog", "--json"],
    ["demo", "--json", "--days", "6"],
    ["plan", "examples/athlete.json", "--json", "--days", "6", "--week-start", "2026-04-06"],
  ]) {
    it(`${args.join(" ")}: ends quietly with exit 0, no EPIPE stack trace`, async () => {
      const { code, signal, first, err } = await runAndCloseEarly(args);
      expect(first.length).toBeGreaterThan(0);
      expect(err).not.toContain("EPIPE");
      expect(err).not.toMatch(/\n\s+at /);
      expect(err).toBe("");
      expect(signal).toBeNull();
      expect(code).toBe(0);
    });
  }
});
