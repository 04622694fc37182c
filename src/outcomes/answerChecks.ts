/**
 * The checks of outcome answers written by hand, without zod (O-1…O-3 and the NRS; not exported
 * from the module). The parsers run these, so an app that parses and scores answers carries no
 * zod (about 7 kB); the zod schemas in schema.ts stay for callers who compose them into their own
 * schemas and for the JSON Schema document. Both speak the messages below, and an agreement
 * property test holds the two to the same verdicts, values and paths
 * (test/outcomes/parseAnswers.test-prop.ts).
 *
 * Objects are read as zod reads them (`input[key]` and `for…in`, inherited enumerable keys
 * included), so the two agree on any input, not only on parsed JSON.
 */
import type { ParseIssue } from "../evidence/index.js";
import { ISO_DATE_RULE, isIsoDate } from "../internal/calendar.js";
import { outcomeAnswersIssues } from "./outcomeAnswersIssues.js";
import { ODI_SECTIONS } from "./scoreOdi.js";
import { PSFS_MAX_ACTIVITIES } from "./scorePsfs.js";
import { RMDQ_ITEMS } from "./scoreRmdq.js";
import { OUTCOME_INSTRUMENTS, type OdiAnswer, type OutcomeAnswers, type OutcomeInstrument, type PsfsActivity } from "./types.js";

/** Where a value sits in the input. */
export type Path = readonly (string | number)[];

// The messages of the outcome answers, shared by the zod schemas and the checks here. Plain
// strings: a template of a constant from another module is one a bundler keeps in a shared chunk
// even where nothing reads it (24 = RMDQ_ITEMS, 5 = PSFS_MAX_ACTIVITIES, 10 = ODI_SECTIONS).
export const RMDQ_LIST = "must be an array of 24 answers";
export const RMDQ_LENGTH = "must hold 24 answers, one per statement (null when unanswered)";
export const RMDQ_ANSWER = "must be true (ticked), false (not ticked) or null (unanswered)";
export const ACTIVITIES_LIST = "must be an array of 1 to 5 activities";
export const TOO_FEW_ACTIVITIES = "must name at least 1 activity";
export const TOO_MANY_ACTIVITIES = "must name at most 5 activities";
export const ACTIVITY_NAME = "must name the activity";
export const BLANK_ACTIVITY = "must name the activity (not blank)";
export const LONG_ACTIVITY = "must be at most 200 characters";
export const ODI_LIST = "must be an array of 10 answers";
export const ODI_LENGTH = "must hold 10 answers, one per section (null when unanswered)";
export const DATE = /* @__PURE__ */ (() => `date must be ${ISO_DATE_RULE}`)();
const NOT_ANSWERS = "outcome answers must be an object with an instrument";
const INSTRUMENT = 'instrument must be one of "rmdq", "psfs", "odi", "nrs"';

/** The longest name of a PSFS activity (O-2), in characters (code points, as zod counts: an emoji is one). */
export const ACTIVITY_MAX_LENGTH = 200;

/** The problems found so far, each with its path; a check adds to it and returns what it read. */
type Issues = ParseIssue[];

function add(issues: Issues, path: Path, message: string): void {
  issues.push({ path: [...path], message });
}

/** An object that is not an array (what zod takes for an object: a Map or a Date too). */
function isRecord(input: unknown): input is Record<string, unknown> {
  return typeof input === "object" && input !== null && !Array.isArray(input);
}

/**
 * A whole number within bounds, with the messages of zodFields' wholeNumber (`${name} must be …`),
 * or of its painScore when there is no name. NaN, ±Infinity and a fraction are not whole; a whole
 * number beyond 2^53 is only out of range (zod also calls it not whole, which it is).
 */
function wholeNumber(issues: Issues, path: Path, input: unknown, min: number, max: number, name?: string): number {
  const whole = typeof input === "number" && Number.isInteger(input);
  const rule = !whole ? "a whole number" : (input as number) < min ? `at least ${min}` : (input as number) > max ? `at most ${max}` : undefined;
  if (rule !== undefined) add(issues, path, name === undefined ? `must be ${rule}${whole ? " (NRS runs 0–10)" : " from 0 to 10 (NRS)"}` : `${name} must be ${rule}`);
  return input as number;
}

/** How many items a list holds, with the message for too few and for too many. */
interface ListRule {
  readonly notList: string;
  readonly fewest: number;
  readonly most: number;
  readonly tooFew: string;
  readonly tooMany: string;
}

/**
 * A list of items, each read by `item`. A list longer than allowed gets that one problem and its
 * items are not read (as zod does: a huge list costs nothing); a short list gets its items'
 * problems and then its length (zod leaves out the length after a fractional number; every
 * problem is listed here).
 */
function list<T>(issues: Issues, path: Path, input: unknown, rule: ListRule, item: (value: unknown, at: Path) => T): T[] {
  if (!Array.isArray(input)) {
    add(issues, path, rule.notList);
    return [];
  }
  if (input.length > rule.most) {
    add(issues, path, rule.tooMany);
    return [];
  }
  const items: T[] = [];
  // An index loop, not map: a hole in a sparse list is read as undefined and refused.
  for (let index = 0; index < input.length; index++) items.push(item(input[index], [...path, index]));
  if (input.length < rule.fewest) add(issues, path, rule.tooFew);
  return items;
}

/**
 * A strict object: each field read by its reader (a field absent and allowed to be stays absent),
 * then every key it does not know as its own problem at that key, because a misspelt field
 * silently ignored could hide an answer (zodFields' record with withKeyPaths).
 */
function strictObject(issues: Issues, path: Path, input: unknown, what: string, fields: Readonly<Record<string, (value: unknown, at: Path) => unknown>>): Record<string, unknown> {
  if (!isRecord(input)) {
    add(issues, path, `${what} must be an object`);
    return {};
  }
  const known = Object.keys(fields);
  const value: Record<string, unknown> = {};
  for (const key of known) {
    const read = fields[key]!(input[key], [...path, key]);
    if (read !== undefined || key in input) value[key] = read;
  }
  for (const key in input) if (!known.includes(key)) add(issues, [...path, key], `unknown field "${key}": check the spelling`);
  return value;
}

/** RMDQ answers (O-1): 24 of true, false or null. */
export function rmdqAnswersAt(issues: Issues, path: Path, input: unknown): (boolean | null)[] {
  return list(issues, path, input, { notList: RMDQ_LIST, fewest: RMDQ_ITEMS, most: RMDQ_ITEMS, tooFew: RMDQ_LENGTH, tooMany: RMDQ_LENGTH }, (answer, at) => {
    if (answer !== null && typeof answer !== "boolean") add(issues, at, RMDQ_ANSWER);
    return answer as boolean | null;
  });
}

/** A PSFS activity's name (O-2): a string, not blank, at most 200 characters (both problems when both). */
function activityName(issues: Issues, path: Path, input: unknown): string {
  if (typeof input !== "string") add(issues, path, ACTIVITY_NAME);
  else {
    if (!/\S/.test(input)) add(issues, path, BLANK_ACTIVITY);
    // Counted by code point only when the UTF-16 length is over: a long text is not spread for nothing.
    if (input.length > ACTIVITY_MAX_LENGTH && [...input].length > ACTIVITY_MAX_LENGTH) add(issues, path, LONG_ACTIVITY);
  }
  return input as string;
}

/** PSFS activities (O-2): 1–5 of `{ activity, score }`, the shape only (names twice are checked after). */
export function psfsActivitiesAt(issues: Issues, path: Path, input: unknown): PsfsActivity[] {
  return list(issues, path, input, { notList: ACTIVITIES_LIST, fewest: 1, most: PSFS_MAX_ACTIVITIES, tooFew: TOO_FEW_ACTIVITIES, tooMany: TOO_MANY_ACTIVITIES }, (activity, at) =>
    strictObject(issues, at, activity, "a PSFS activity", {
      activity: (name, where) => activityName(issues, where, name),
      score: (score, where) => wholeNumber(issues, where, score, 0, 10, "score"),
    }) as unknown as PsfsActivity,
  );
}

/** ODI answers (O-3): 10 of a whole number 0–5 or null. */
export function odiSectionsAt(issues: Issues, path: Path, input: unknown): (OdiAnswer | null)[] {
  return list(issues, path, input, { notList: ODI_LIST, fewest: ODI_SECTIONS, most: ODI_SECTIONS, tooFew: ODI_LENGTH, tooMany: ODI_LENGTH }, (answer, at) =>
    answer === null ? null : (wholeNumber(issues, at, answer, 0, 5, "a section's answer") as OdiAnswer),
  );
}

/** Each instrument's answers field and its check (the NRS: a pain score 0–10). */
const ANSWER_FIELDS: { readonly [K in OutcomeInstrument]: readonly [string, (issues: Issues, path: Path, input: unknown) => unknown] } = {
  rmdq: ["answers", rmdqAnswersAt],
  psfs: ["activities", psfsActivitiesAt],
  odi: ["sections", odiSectionsAt],
  nrs: ["nrs", (issues, path, input) => wholeNumber(issues, path, input, 0, 10)],
};

/**
 * Answers to one instrument: the instrument first (one clear message for an unknown one), then
 * that instrument's fields, an optional ISO date, and no other key; a PSFS naming an activity
 * twice once the shape is right.
 */
export function outcomeAnswersAt(issues: Issues, path: Path, input: unknown): OutcomeAnswers {
  const given = isRecord(input) ? input["instrument"] : undefined;
  if (!OUTCOME_INSTRUMENTS.includes(given as OutcomeInstrument)) {
    if (isRecord(input)) add(issues, [...path, "instrument"], INSTRUMENT);
    else add(issues, path, NOT_ANSWERS);
    return input as OutcomeAnswers;
  }
  const [field, check] = ANSWER_FIELDS[given as OutcomeInstrument];
  const before = issues.length;
  const value = strictObject(issues, path, input, "outcome answers", {
    instrument: (instrument) => instrument,
    [field]: (answers, at) => check(issues, at, answers),
    date: (date, at) => {
      if (date !== undefined && !isIsoDate(date)) add(issues, at, DATE);
      return date;
    },
  }) as unknown as OutcomeAnswers;
  if (issues.length === before) issues.push(...outcomeAnswersIssues(value, path));
  return value;
}
