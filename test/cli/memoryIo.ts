import { readFileSync } from "node:fs";
import type { CliIo } from "../../src/cli/io.js";

/** An in-memory CliIo: files from a map (falling back to the repository on disk), output captured. */
export interface MemoryIo extends CliIo {
  readonly out: string[];
  readonly err: string[];
  readonly written: Map<string, string>;
  stdoutText(): string;
  stderrText(): string;
}

export function memoryIo(files: Record<string, string> = {}): MemoryIo {
  const out: string[] = [];
  const err: string[] = [];
  const written = new Map<string, string>();
  return {
    out,
    err,
    written,
    stdout: (text) => void out.push(text),
    stderr: (text) => void err.push(text),
    readFile: (path) => {
      if (path in files) return files[path]!;
      return readFileSync(path, "utf8");
    },
    writeFile: (path, text) => {
      if (path.startsWith("/no-such-dir/")) throw Object.assign(new Error(`ENOENT: ${path}`), { code: "ENOENT" });
      written.set(path, text);
    },
    stdoutText: () => out.join(""),
    stderrText: () => err.join(""),
  };
}
