/**
 * The hand-written outcome parsers beyond their agreement with the zod schemas
 * (parseAnswers.test-prop.ts): they never throw, they say three things better than zod did, and
 * they import no zod.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseOdiSections, parseOutcomeAnswers, parseOutcomeSeries, parsePsfsActivities, parseRmdqAnswers } from "../../src/outcomes/index.js";
import { ticked } from "./answers.js";

/** Each parser with the kind of input it reads: a list, or an object. */
const PARSERS = [
  ["parseRmdqAnswers", parseRmdqAnswers, []],
  ["parsePsfsActivities", parsePsfsActivities, []],
  ["parseOdiSections", parseOdiSections, []],
  ["parseOutcomeAnswers", parseOutcomeAnswers, {}],
  ["parseOutcomeSeries", parseOutcomeSeries, []],
] as const;

/** A list or object whose every read throws `thrown`. */
const throwing = (target: object, thrown: unknown) =>
  new Proxy(target, {
    get() {
      throw thrown;
    },
  });

describe("the outcome parsers never throw", () => {
  it.each(PARSERS)("O-1…O-3: %s refuses input whose reading throws (a getter, a proxy) as unreadable", (_name, parse, target) => {
    expect(parse(throwing(target, new Error("boom")))).toEqual({ ok: false, error: { issues: [{ path: [], message: "input could not be read: boom" }] } });
    // What is thrown cannot always be written: an object with no prototype has no string.
    expect(parse(throwing(target, Object.create(null)))).toEqual({ ok: false, error: { issues: [{ path: [], message: "input could not be read: reading it threw" }] } });
  });

  it("O-1: a getter deep inside answers is read the same way", () => {
    const answers = {
      instrument: "nrs",
      get nrs(): number {
        throw new RangeError("no");
      },
    };
    expect(parseOutcomeAnswers(answers)).toEqual({ ok: false, error: { issues: [{ path: [], message: "input could not be read: no" }] } });
    expect(parseOutcomeSeries([answers])).toMatchObject({ ok: false, error: { issues: [{ path: [], message: "input could not be read: no" }] } });
  });
});

describe("what the hand parsers say better than zod did", () => {
  it("O-3: a whole number beyond 2^53 is out of range, not 'not a whole number'", () => {
    expect(parseOdiSections([1e20, -1e20, 1, 1, 1, 1, 1, 1, 1, 1])).toEqual({
      ok: false,
      error: {
        issues: [
          { path: [0], message: "a section's answer must be at most 5" },
          { path: [1], message: "a section's answer must be at least 0" },
        ],
      },
    });
    expect(parseOutcomeAnswers({ instrument: "nrs", nrs: 2 ** 60 })).toEqual({ ok: false, error: { issues: [{ path: ["nrs"], message: "must be at most 10 (NRS runs 0–10)" }] } });
  });

  it("O-3: a short ODI list says it is short even when a section holds a fraction", () => {
    expect(parseOdiSections([1.5, 1, 1, 1, 1, 1, 1, 1, 1])).toEqual({
      ok: false,
      error: {
        issues: [
          { path: [0], message: "a section's answer must be a whole number" },
          { path: [], message: "must hold 10 answers, one per section (null when unanswered)" },
        ],
      },
    });
  });

  it("O-1, O-2: a value that is not a list is told so, with no list length judged", () => {
    expect(parseRmdqAnswers("yes, all of them")).toEqual({ ok: false, error: { issues: [{ path: [], message: "must be an array of 24 answers" }] } });
    expect(parsePsfsActivities({ length: 9 })).toEqual({ ok: false, error: { issues: [{ path: [], message: "must be an array of 1 to 5 activities" }] } });
  });

  it("a hole in a series is an entry with no answers, not one skipped", () => {
    // eslint-disable-next-line no-sparse-arrays
    const series = [, { instrument: "nrs", nrs: 3, date: "2026-03-02" }];
    expect(parseOutcomeSeries(series)).toEqual({
      ok: false,
      error: {
        issues: [
          { path: [0], message: "outcome answers must be an object with an instrument" },
          { path: [0, "date"], message: "date is needed in a series" },
        ],
      },
    });
  });
});

describe("the hand parsers keep zod's rules", () => {
  it("O-2: an activity's name is at most 200 characters, an emoji counting as one", () => {
    expect(parsePsfsActivities([{ activity: "😀".repeat(200), score: 3 }]).ok).toBe(true);
    expect(parsePsfsActivities([{ activity: "😀".repeat(201), score: 3 }])).toEqual({ ok: false, error: { issues: [{ path: [0, "activity"], message: "must be at most 200 characters" }] } });
  });

  it("O-1: a list longer than the instrument's is refused for its length alone, its items unread", () => {
    expect(parseRmdqAnswers([...ticked(), "x"])).toEqual({ ok: false, error: { issues: [{ path: [], message: "must hold 24 answers, one per statement (null when unanswered)" }] } });
  });
});

describe("the parsers carry no zod", () => {
  /** Every module a source file imports, transitively, by its specifier. */
  function importsOf(file: URL, seen = new Map<string, string[]>()): Map<string, string[]> {
    if (seen.has(file.href)) return seen;
    const source = readFileSync(file, "utf8");
    // Type-only imports vanish from the build.
    const specifiers = [...source.matchAll(/^import (?!type )[^;]*? from "([^"]+)";/gms)].map((match) => match[1]!);
    seen.set(file.href, specifiers);
    for (const specifier of specifiers) if (specifier.startsWith(".")) importsOf(new URL(specifier.replace(/\.js$/, ".ts"), file), seen);
    return seen;
  }

  it("O-1…O-3: no module the parsers import, however indirectly, imports zod (so a bundler leaves zod out of an app that parses and scores)", () => {
    const imports = importsOf(new URL("../../src/outcomes/parseAnswers.ts", import.meta.url));
    expect(imports.size).toBeGreaterThan(5);
    const zod = [...imports].filter(([, specifiers]) => specifiers.some((specifier) => specifier.startsWith("zod"))).map(([file]) => file);
    expect(zod).toEqual([]);
  });
});
