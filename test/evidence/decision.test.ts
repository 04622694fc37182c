import { describe, expect, it } from "vitest";
import { formatIssues, formatPath, reason } from "../../src/evidence/index.js";
import { parseWith } from "../../src/internal/parse.js";
import { z } from "zod/mini";

describe("reason", () => {
  it("cites the rule's own sources by default and is frozen", () => {
    const r = reason("A-1", "45 min at RPE 6 is 270 AU");
    expect(r).toEqual({ ruleId: "A-1", code: "custom", params: { message: "45 min at RPE 6 is 270 AU" }, message: "45 min at RPE 6 is 270 AU", evidence: ["foster-2001"] });
    expect(Object.isFrozen(r)).toBe(true);
  });
});

describe("formatPath / formatIssues", () => {
  it("renders keys and indices", () => {
    expect(formatPath([])).toBe("(root)");
    expect(formatPath(["sessions", 2, "rpe"])).toBe("sessions[2].rpe");
    expect(formatIssues([{ path: ["a"], message: "x" }, { path: [], message: "y" }])).toBe("a: x\n(root): y");
  });
});

describe("parseWith", () => {
  const schema = z.object({ n: z.number().check(z.minimum(0, { error: "must be at least 0" })), s: z.string({ error: "must be text" }) });

  it("lists every issue with its path", () => {
    const result = parseWith(schema, { n: -1, s: 3 });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.issues).toEqual([
        { path: ["n"], message: "must be at least 0" },
        { path: ["s"], message: "must be text" },
      ]);
    }
  });

  it("appends semantic issues only when the shape is valid", () => {
    const result = parseWith(schema, { n: 1, s: "a" }, () => [{ path: ["s"], message: "too short" }]);
    expect(result).toEqual({ ok: false, error: { issues: [{ path: ["s"], message: "too short" }] } });
  });

  it("turns a throwing getter into an issue instead of throwing", () => {
    const evil = Object.defineProperty({}, "n", { get() { throw new Error("boom"); }, enumerable: true });
    const result = parseWith(schema, evil);
    expect(result.ok).toBe(false);
  });
});
