import fc from "fast-check";
import { test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { commands, run } from "../../src/cli/run.js";
import { memoryIo } from "./memoryIo.js";
import { overflowing } from "./widths.js";

function output(argv: string[], columns: number): string {
  const io = memoryIo({}, { columns });
  expect(run(argv, io), io.stderrText()).toBe(0);
  return io.stdoutText();
}

describe("the output fits the terminal: no line wider than COLUMNS, for COLUMNS from 40 to 200", () => {
  test.prop([fc.integer({ min: 40, max: 200 })])("the top-level help and every command's --help", (columns) => {
    for (const argv of [["--help"], ...commands.map((command) => [command.name, "--help"])]) {
      expect(overflowing(output(argv, columns), columns), `${argv.join(" ")} at ${columns}`).toEqual([]);
    }
  });

  // A demo plans a week and replays a 12-week log (about 0.1–0.3 s): 30 widths a run, any of them
  // with 2 to 6 days and with or without every reason in full.
  test.prop([fc.integer({ min: 40, max: 200 }), fc.integer({ min: 2, max: 6 }), fc.boolean()], { numRuns: 30 })(
    "spinewise demo, any --days, with and without --verbose",
    (columns, days, verbose) => {
      const text = output(["demo", "--days", String(days), ...(verbose ? ["--verbose"] : [])], columns);
      expect(text).toContain("Safety net:");
      expect(overflowing(text, columns), `demo --days ${days}${verbose ? " --verbose" : ""} at ${columns}`).toEqual([]);
    },
  );
});
