/**
 * The outcome parsers are written by hand (src/outcomes/answerChecks.ts) so that an app parsing
 * and scoring answers carries no zod; the zod schemas stay exported for callers who compose them.
 * This holds the two to one verdict: over generated answers, valid and invalid (wrong types,
 * out of range, fractions, NaN and ±Infinity, unknown and missing keys, wrong lengths, holes,
 * blank and long names, activities named twice, bad dates, null-prototype objects, `__proto__`
 * keys), each parser
 *
 * - accepts exactly what its zod schema accepts, with the rules it checks beyond the schema (O-2:
 *   each activity once; a series: every entry dated), and returns the value zod returns;
 * - reports the problems zod reports (schema chosen by instrument, unknown keys one per key, as
 *   the zod-based parsers did), at the same paths, with the same messages, in the same order,
 *   but for two problems the hand parser states better (see `expectedIssues`);
 * - returns only values valid for the published JSON Schema (ajv, an independent validator).
 *
 * 1,000 inputs per parser under CI (fast-check's global numRuns); the run's seed is printed and
 * replays with SPINEWISE_SEED.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ParseIssue, ParseResult } from "../../src/evidence/index.js";
import { fail, parseWith } from "../../src/internal/parse.js";
import { withKeyPaths } from "../../src/internal/zodFields.js";
import {
  odiSectionsSchema,
  outcomeAnswerShapes,
  outcomeAnswersIssues,
  outcomeAnswersSchema,
  outcomeJsonSchema,
  outcomeSeriesSchema,
  parseOdiSections,
  parseOutcomeAnswers,
  parseOutcomeSeries,
  parsePsfsActivities,
  parseRmdqAnswers,
  psfsActivitiesSchema,
  rmdqAnswersSchema,
  type OutcomeAnswers,
  type PsfsActivity,
} from "../../src/outcomes/index.js";
import { validator } from "../schemas/ajv.js";

type Path = readonly (string | number)[];

// ---------------------------------------------------------------------------------------------
// The zod side: the exported schemas run the way the parsers ran them before they were written
// by hand (the instrument checked first, then its shape; unknown keys one issue per key).
// ---------------------------------------------------------------------------------------------

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** The O-2 rule beyond the schema, at the paths of a bare list of activities. */
const namedTwice = (activities: readonly PsfsActivity[]): ParseIssue[] =>
  outcomeAnswersIssues({ instrument: "psfs", activities }).map((issue) => ({ ...issue, path: issue.path.slice(1) }));

const zodRmdq = (input: unknown) => parseWith<readonly (boolean | null)[]>(rmdqAnswersSchema, input);
const zodOdi = (input: unknown) => parseWith<readonly unknown[]>(odiSectionsSchema, input);
const zodPsfs = (input: unknown) => parseWith<readonly PsfsActivity[]>(withKeyPaths(psfsActivitiesSchema), input, namedTwice);

function zodAnswers(input: unknown, prefix: Path = []): ParseResult<OutcomeAnswers> {
  const given = isObject(input) ? input["instrument"] : undefined;
  if (typeof given !== "string" || !Object.hasOwn(outcomeAnswerShapes, given)) {
    return fail(
      isObject(input)
        ? [{ path: [...prefix, "instrument"], message: 'instrument must be one of "rmdq", "psfs", "odi", "nrs"' }]
        : [{ path: [...prefix], message: "outcome answers must be an object with an instrument" }],
    );
  }
  const shape = outcomeAnswerShapes[given as keyof typeof outcomeAnswerShapes];
  const result = parseWith<OutcomeAnswers>(withKeyPaths<OutcomeAnswers>(shape as never), input, (value) => outcomeAnswersIssues(value));
  return result.ok ? result : fail(result.error.issues.map((issue) => ({ ...issue, path: [...prefix, ...issue.path] })));
}

function zodSeries(input: unknown): ParseResult<readonly OutcomeAnswers[]> {
  if (!Array.isArray(input) || input.length === 0) return fail([{ path: [], message: "must be a non-empty array of outcome answers" }]);
  const issues: ParseIssue[] = [];
  const values: OutcomeAnswers[] = [];
  for (let index = 0; index < input.length; index++) {
    const entry: unknown = input[index];
    const result = zodAnswers(entry, [index]);
    if (result.ok) values.push(result.value);
    else issues.push(...result.error.issues);
    if (!(typeof entry === "object" && entry !== null && (entry as { date?: unknown }).date !== undefined)) issues.push({ path: [index, "date"], message: "date is needed in a series" });
  }
  return issues.length > 0 ? fail(issues) : { ok: true, value: values };
}

/** Whether the exported union schemas (not the per-instrument shapes) accept the input, with the rules beyond them. */
const unionAccepts = (input: unknown): boolean => {
  const result = outcomeAnswersSchema.safeParse(input);
  return result.success && outcomeAnswersIssues(result.data as OutcomeAnswers).length === 0;
};
const seriesUnionAccepts = (input: unknown): boolean => {
  const result = outcomeSeriesSchema.safeParse(input);
  return result.success && (result.data as OutcomeAnswers[]).every((entry) => entry.date !== undefined && outcomeAnswersIssues(entry).length === 0);
};

const valueAt = (input: unknown, path: Path): unknown =>
  path.reduce<unknown>((value, key) => (typeof value === "object" && value !== null ? (value as Record<string | number, unknown>)[key] : undefined), input);

const LENGTHS = new Set([
  "must hold 24 answers, one per statement (null when unanswered)",
  "must hold 10 answers, one per section (null when unanswered)",
  "must name at least 1 activity",
  "must name at most 5 activities",
]);

/**
 * The issues the hand parser must report, given zod's, with the three it states better:
 * - a whole number beyond 2^53 (1e20) is out of range, not "not a whole number" (zod says both);
 * - a value that is not a list is not a list, and has no list length to judge (zod also judges
 *   the length of a string, or of an object with a `length`);
 * - an ODI list of the wrong length says so even when a section holds a fraction (zod stops
 *   checking the list after a fraction; every problem is listed).
 * The last is matched by removing it from the hand parser's issues: both must then be equal, so
 * no difference can hide another.
 */
function expectedIssues(zodIssues: readonly ParseIssue[], input: unknown): ParseIssue[] {
  return zodIssues.filter((issue) => {
    const value = valueAt(input, issue.path);
    if (/whole number/.test(issue.message) && typeof value === "number" && Number.isInteger(value)) return false;
    return !(LENGTHS.has(issue.message) && !Array.isArray(value));
  });
}
const hasFraction = (value: unknown): boolean => Array.isArray(value) && value.some((item) => typeof item === "number" && Number.isFinite(item) && !Number.isInteger(item));
function handIssues(issues: readonly ParseIssue[], input: unknown): ParseIssue[] {
  return issues.filter((issue) => !(issue.message === "must hold 10 answers, one per section (null when unanswered)" && hasFraction(valueAt(input, issue.path))));
}

const validateDocument = validator(outcomeJsonSchema());

/** Counts of accepted and refused inputs, so a property that only ever sees one side fails. */
interface Tally {
  accepted: number;
  refused: number;
}

/** The agreement of one parser with its zod side on one input. */
function agree<T>(input: unknown, hand: ParseResult<T>, zod: ParseResult<T>, zodAccepts: boolean, asDocument: (value: T) => unknown, tally: Tally): void {
  const shown = fc.stringify(input);
  expect(hand.ok, `verdict on ${shown}`).toBe(zod.ok);
  expect(hand.ok, `the exported schema's verdict on ${shown}`).toBe(zodAccepts);
  if (hand.ok && zod.ok) {
    tally.accepted += 1;
    expect(hand.value, shown).toStrictEqual(zod.value);
    // As a file would hold it: JSON has no undefined.
    expect(validateDocument(JSON.parse(JSON.stringify(asDocument(hand.value)))), `JSON Schema on ${shown}`).toEqual([]);
  } else if (!hand.ok && !zod.ok) {
    tally.refused += 1;
    expect(handIssues(hand.error.issues, input), shown).toStrictEqual(expectedIssues(zod.error.issues, input));
  }
}

/** Both sides seen often enough for the agreement to say something. */
function expectBothSides(tally: Tally): void {
  const runs = tally.accepted + tally.refused;
  expect(tally.accepted, "accepted inputs").toBeGreaterThan(runs / 20);
  expect(tally.refused, "refused inputs").toBeGreaterThan(runs / 20);
}

// ---------------------------------------------------------------------------------------------
// Inputs: mostly right, with one or a few things wrong.
// ---------------------------------------------------------------------------------------------

const JUNK: readonly unknown[] = [NaN, Infinity, -Infinity, -0, 0.5, 5.5, -1, 6, 11, 1e20, -1e20, 2 ** 53, 2 ** 53 + 2, "", " ", "x", "3", "true", "abcdefghijklmnopqrstuvwxyz", true, false, null, undefined, [], {}, [1], { a: 1 }, { length: 24 }, { length: 3 }];
const junk: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...JUNK) },
  fc.integer({ min: -5, max: 15 }),
  fc.double(),
  fc.string({ maxLength: 4 }),
  fc.constantFrom<unknown>(new Map(), new Date(0), new Number(3)),
);

/** Mostly `right`, sometimes `wrong`. */
const mostly = <T>(right: fc.Arbitrary<T>, wrong: fc.Arbitrary<unknown>, odds = 8): fc.Arbitrary<unknown> =>
  fc.oneof({ weight: odds, arbitrary: right as fc.Arbitrary<unknown> }, { weight: 1, arbitrary: wrong });

/** Lists of `size` items, sometimes of another length, sometimes with a hole. */
function listOf(item: fc.Arbitrary<unknown>, size: { min: number; max: number }): fc.Arbitrary<unknown[]> {
  const lists = fc.oneof(
    { weight: 6, arbitrary: fc.array(item, { minLength: size.min, maxLength: size.max }) },
    { weight: 2, arbitrary: fc.array(item, { maxLength: size.max + 3 }) },
  );
  return fc.tuple(lists, mostly(fc.constant(null), fc.nat()) as fc.Arbitrary<number | null>).map(([items, hole]) => {
    const list = [...items];
    if (hole !== null && list.length > 0) delete list[hole % list.length];
    return list;
  });
}

/** A key to add or overwrite, and its value. */
const edit = (keys: readonly string[], values: fc.Arbitrary<unknown>) => fc.record({ key: fc.constantFrom(...keys), value: values, drop: fc.boolean() });

/**
 * Records with keys dropped, added or overwritten (as own data properties, the way JSON.parse
 * makes `__proto__`), sometimes with no prototype, or with one that has an enumerable key (which
 * zod reads: `input[key]` and `for…in`).
 */
function edited(record: fc.Arbitrary<Record<string, unknown>>, keys: readonly string[], values: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  const prototype = fc.oneof(fc.constantFrom<object | null>(Object.prototype, null), edit(keys, values).map(({ key, value }) => ({ [key]: value })));
  const changed = fc.tuple(record, fc.array(edit(keys, values), { minLength: 1, maxLength: 2 }), prototype).map(([value, edits, inherited]) => {
    const out: Record<string, unknown> = Object.create(inherited) as Record<string, unknown>;
    const define = (key: string, item: unknown) => Object.defineProperty(out, key, { value: item, enumerable: true, writable: true, configurable: true });
    for (const [key, item] of Object.entries(value)) define(key, item);
    for (const { key, value: item, drop } of edits) {
      if (drop) delete out[key];
      else define(key, item);
    }
    return out;
  });
  return mostly(record, changed, 3);
}

const rmdqList = mostly(listOf(fc.oneof(fc.boolean(), fc.constant(null)), { min: 24, max: 24 }), listOf(mostly(fc.oneof(fc.boolean(), fc.constant(null)), junk, 12), { min: 24, max: 24 }), 2);

const odiAnswer = fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 0, max: 5 }) }, { weight: 1, arbitrary: fc.constant(null) });
const odiList = mostly(listOf(odiAnswer, { min: 10, max: 10 }), listOf(mostly(odiAnswer, fc.oneof(junk, fc.integer({ min: -2, max: 8 })), 6), { min: 10, max: 10 }), 2);

// A few names, so that activities named twice (case and spaces aside) are common.
const NAMES = ["Squat", "squat", " squat ", "SQUAT  ", "Deadlift", "dead lift", "Run", "Carry  the shopping", "Tie shoes", "Lift my child"];
const activityName = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...NAMES) },
  { weight: 2, arbitrary: fc.string({ minLength: 1, maxLength: 8 }) },
  { weight: 1, arbitrary: fc.constantFrom("", " ", "\t\n", "a".repeat(200), "a".repeat(201), " ".repeat(201), "😀".repeat(100), "😀".repeat(101)) },
  { weight: 1, arbitrary: junk },
);
const activity = edited(
  fc.record({ activity: activityName, score: mostly(fc.integer({ min: 0, max: 10 }), junk) }) as fc.Arbitrary<Record<string, unknown>>,
  ["activity", "score", "note", "Activity", "__proto__", "constructor", "toString"],
  junk,
);
const psfsList = mostly(fc.uniqueArray(fc.constantFrom(...NAMES.slice(4)), { minLength: 1, maxLength: 5 }).map((names) => names.map((name, index) => ({ activity: name, score: index * 2 }))), listOf(mostly(activity, junk, 12), { min: 1, max: 5 }), 1);

const DATES = ["2026-03-02", "1900-01-01", "2200-12-31", "2024-02-29"];
const BAD_DATES: readonly unknown[] = ["2026-02-30", "2100-02-29", "1899-12-31", "2201-01-01", "2026-3-2", "2026-03-02T08:00:00Z", "", 20260302, null, undefined];
const date = mostly(fc.constantFrom(...DATES), fc.constantFrom(...BAD_DATES), 10);

const FIELDS = {
  rmdq: ["answers", rmdqList],
  psfs: ["activities", psfsList],
  odi: ["sections", odiList],
  nrs: ["nrs", mostly(fc.integer({ min: 0, max: 10 }), junk)],
} as const;
const INSTRUMENT_VALUES: fc.Arbitrary<unknown> = fc.oneof(fc.constantFrom("rmdq", "psfs", "odi", "nrs", "RMDQ", "start-back", "__proto__", "constructor", ""), junk);

/** Answers to one instrument, with or without a date (`dated`: mostly with one). */
function answers(dated: boolean): fc.Arbitrary<unknown> {
  const records = Object.entries(FIELDS).map(([instrument, [field, values]]) =>
    fc.record({ instrument: fc.constant(instrument), [field]: values, date }, { requiredKeys: dated ? ["instrument", field, "date"] : ["instrument", field] }),
  );
  return edited(fc.oneof(...records) as fc.Arbitrary<Record<string, unknown>>, ["instrument", "date", "answers", "nrs", "extra", "Date", "__proto__", "constructor"], fc.oneof(INSTRUMENT_VALUES, date));
}

// JSON text read from a file: `__proto__` becomes an own key.
const parsedJson = fc.constantFrom(
  '{"instrument": "nrs", "nrs": 3, "__proto__": {"polluted": true}}',
  '{"__proto__": {"instrument": "nrs", "nrs": 3}}',
  '[{"instrument": "psfs", "activities": [{"activity": "Squat", "score": 3, "__proto__": null}], "date": "2026-03-02"}]',
).map((text) => JSON.parse(text) as unknown);

const anyInput = <T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<unknown> => fc.oneof({ weight: 12, arbitrary: arbitrary as fc.Arbitrary<unknown> }, { weight: 1, arbitrary: junk }, { weight: 1, arbitrary: parsedJson });

// ---------------------------------------------------------------------------------------------

/** One parser, its zod side, and how its accepted value reads as an outcome document. */
interface Agreement {
  readonly inputs: fc.Arbitrary<unknown>;
  readonly hand: (input: unknown) => ParseResult<unknown>;
  readonly zod: (input: unknown) => ParseResult<unknown>;
  readonly schemaAccepts: (input: unknown) => boolean;
  readonly asDocument: (value: never) => unknown;
}

const psfsSchemaAccepts = (input: unknown): boolean => {
  const schema = psfsActivitiesSchema.safeParse(input);
  return schema.success && namedTwice(schema.data).length === 0;
};
const series = fc.oneof({ weight: 4, arbitrary: fc.array(answers(true), { minLength: 1, maxLength: 3 }) }, { weight: 1, arbitrary: listOf(answers(false), { min: 0, max: 3 }) });

const AGREEMENTS: readonly (readonly [string, Agreement])[] = [
  [
    "O-1: parseRmdqAnswers accepts what rmdqAnswersSchema accepts",
    { inputs: rmdqList, hand: parseRmdqAnswers, zod: zodRmdq, schemaAccepts: (input) => rmdqAnswersSchema.safeParse(input).success, asDocument: (answers) => ({ instrument: "rmdq", answers }) },
  ],
  [
    "O-2: parsePsfsActivities accepts what psfsActivitiesSchema accepts with each activity once",
    { inputs: psfsList, hand: parsePsfsActivities, zod: zodPsfs, schemaAccepts: psfsSchemaAccepts, asDocument: (activities) => ({ instrument: "psfs", activities }) },
  ],
  [
    "O-3: parseOdiSections accepts what odiSectionsSchema accepts",
    { inputs: odiList, hand: parseOdiSections, zod: zodOdi, schemaAccepts: (input) => odiSectionsSchema.safeParse(input).success, asDocument: (sections) => ({ instrument: "odi", sections }) },
  ],
  [
    "O-1…O-3: parseOutcomeAnswers accepts what outcomeAnswersSchema accepts with each PSFS activity once",
    { inputs: answers(false), hand: parseOutcomeAnswers, zod: zodAnswers, schemaAccepts: unionAccepts, asDocument: (value) => value },
  ],
  [
    "O-1…O-3: parseOutcomeSeries accepts what outcomeSeriesSchema accepts with every entry dated",
    { inputs: series, hand: parseOutcomeSeries, zod: zodSeries, schemaAccepts: seriesUnionAccepts, asDocument: (value) => value },
  ],
];

describe("the hand-written outcome parsers agree with the zod schemas", () => {
  it.each(AGREEMENTS)("%s, returns the same value, and reports the same problems at the same paths", (_name, { inputs, hand, zod, schemaAccepts, asDocument }) => {
    const tally = { accepted: 0, refused: 0 };
    fc.assert(
      fc.property(anyInput(inputs), (input) => {
        agree(input, hand(input), zod(input), schemaAccepts(input), asDocument as (value: unknown) => unknown, tally);
      }),
    );
    expectBothSides(tally);
  });
});
