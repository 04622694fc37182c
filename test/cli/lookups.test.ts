import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/run.js";
import { memoryIo } from "./memoryIo.js";

function cli(argv: string[]) {
  const io = memoryIo();
  const code = run(argv, io);
  return { code, out: io.stdoutText(), err: io.stderrText() };
}

// Names a plain object inherits: a lookup that reads them is a lookup on the prototype.
const INHERITED = ["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf", "isPrototypeOf"];

describe("spinewise: names are looked up among its own, never an object's inherited keys", () => {
  for (const name of INHERITED) {
    it(`schema ${name} is an unknown schema (exit 2), not output or an unexpected error`, () => {
      const { code, out, err } = cli(["schema", name]);
      expect(code).toBe(2);
      expect(out).toBe("");
      expect(err).toContain(`unknown schema '${name}'`);
      expect(err).not.toContain("unexpected error");
    });

    it(`${name} as a command is an unknown command (exit 2)`, () => {
      const { code, err } = cli([name]);
      expect(code).toBe(2);
      expect(err).toContain(`unknown command '${name}'`);
    });

    it(`--${name} is an unknown option (exit 2)`, () => {
      const { code, err } = cli(["catalog", `--${name}`]);
      expect(code).toBe(2);
      expect(err).toContain(`--${name}`);
      expect(err).not.toContain("unexpected error");
    });

    it(`${name} as an option value is refused (exit 2)`, () => {
      for (const argv of [
        ["load", "examples/training-log.csv", "--method", name],
        ["load", "examples/training-log.csv", "--absent", name],
        ["catalog", "--pattern", name],
        ["catalog", "--dominance", name],
        ["catalog", "--laterality", name],
        ["plan", "examples/athlete.json", "--equipment", name],
      ]) {
        const { code, err } = cli(argv);
        expect(code, argv.join(" ")).toBe(2);
        expect(err).not.toContain("unexpected error");
      }
    });
  }

  it("a known schema still prints", () => {
    const { code, out } = cli(["schema", "training-log"]);
    expect(code).toBe(0);
    expect(typeof JSON.parse(out)).toBe("object");
  });
});
