import { readFileSync } from "node:fs";
import type { CliIo } from "../../src/cli/io.js";

/**
 * An in-memory CliIo: files from a map (falling back to the repository on disk), output captured.
 * Lines are laid out 1,000 columns wide unless `columns` says otherwise, so that content tests
 * see whole sentences (the width tests pass their own); `stdin` is what `-` reads.
 */
export interface MemoryIo extends CliIo {
  readonly out: string[];
  readonly err: string[];
  readonly written: Map<string, string>;
  stdoutText(): string;
  stderrText(): string;
}

export function memoryIo(files: Record<string, string> = {}, options: { columns?: number; stdin?: string } = {}): MemoryIo {
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
    columns: options.columns ?? 1000,
    ...(options.stdin === undefined ? {} : { readStdin: () => options.stdin! }),
    stdoutText: () => out.join(""),
    stderrText: () => err.join(""),
  };
}
