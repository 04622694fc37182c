import type { ParseIssue, ParseResult } from "../evidence/index.js";
import { parseIsoDate } from "../internal/calendar.js";
import { requireOptions } from "../internal/guards.js";
import { fail, parseWith } from "../internal/parse.js";
import { outcomeLinkIds, outcomeQuestionnaireUrls } from "./fhirCodes.js";
import { questionnaireResponseSchema, type QrAnswer, type QrItem, type QuestionnaireResponseLike } from "./fhirSchema.js";
import { duplicateActivityIssues } from "./outcomeAnswersIssues.js";
import { OUTCOME_INSTRUMENTS, type OdiAnswer, type OutcomeAnswers, type OutcomeInstrument, type PsfsActivity } from "./types.js";

/**
 * How {@link fromQuestionnaireResponse} reads a response from a form spinewise does not know.
 * @category Outcomes
 */
export interface FromQuestionnaireResponseOptions {
  /** The instrument the response answers, when its `questionnaire` URL is not one of {@link outcomeQuestionnaireUrls}. */
  readonly instrument?: OutcomeInstrument;
  /** The form's own linkIds mapped to spinewise's ({@link outcomeLinkIds}), e.g. `{ "q7": "odi-7" }`. */
  readonly linkIds?: Readonly<Record<string, string>>;
}

type Path = readonly (string | number)[];
interface Found {
  readonly item: QrItem;
  readonly path: Path;
}

/** ordinalValue (R4) and itemWeight (R5 backport): the score a coded answer stands for. */
const ORDINAL_EXTENSIONS = ["http://hl7.org/fhir/StructureDefinition/ordinalValue", "http://hl7.org/fhir/StructureDefinition/itemWeight"];

/** Every item of the response by spinewise's linkId, with its path, answers' nested items included. */
function collect(items: readonly QrItem[] | undefined, path: Path, rename: (linkId: string) => string, into: Map<string, Found[]>): void {
  (items ?? []).forEach((item, index) => {
    const here = [...path, "item", index];
    const id = rename(item.linkId);
    into.set(id, [...(into.get(id) ?? []), { item, path: here }]);
    collect(item.item, here, rename, into);
    (item.answer ?? []).forEach((answer, answerIndex) => collect(answer.item, [...here, "answer", answerIndex], rename, into));
  });
}

/** The number an answer stands for: valueInteger, valueDecimal, or a Coding's ordinal or numeric code. */
function numberOf(answer: QrAnswer): number | undefined {
  if (answer.valueInteger !== undefined) return answer.valueInteger;
  if (answer.valueDecimal !== undefined) return answer.valueDecimal;
  const coding = answer.valueCoding;
  if (coding === undefined) return undefined;
  const ordinal = coding.extension?.find((extension) => ORDINAL_EXTENSIONS.includes(extension.url));
  const weight = ordinal?.valueDecimal ?? ordinal?.valueInteger;
  if (weight !== undefined) return weight;
  return coding.code !== undefined && /^\d{1,2}$/.test(coding.code) ? Number(coding.code) : undefined;
}

/** Reads answers out of the found items, listing every problem by its path in the resource. */
class Reader {
  readonly issues: ParseIssue[] = [];
  constructor(readonly found: ReadonlyMap<string, readonly Found[]>) {}

  /** The one item of a non-repeating linkId, or undefined (a second one is a problem). */
  one(linkId: string, within?: ReadonlyMap<string, readonly Found[]>): Found | undefined {
    const all = (within ?? this.found).get(linkId) ?? [];
    for (const extra of all.slice(1)) this.issues.push({ path: [...extra.path, "linkId"], message: `linkId "${extra.item.linkId}" appears more than once` });
    return all[0];
  }

  /** The single answer of an item, or undefined when it has none. */
  answer(found: Found | undefined): { answer: QrAnswer; path: Path } | undefined {
    const answers = found?.item.answer ?? [];
    if (found === undefined || answers.length === 0) return undefined;
    if (answers.length > 1) this.issues.push({ path: [...found.path, "answer"], message: `"${found.item.linkId}" takes one answer, got ${answers.length}` });
    return { answer: answers[0]!, path: [...found.path, "answer", 0] };
  }

  boolean(found: Found | undefined): boolean | null {
    const given = this.answer(found);
    if (given === undefined) return null;
    if (given.answer.valueBoolean !== undefined) return given.answer.valueBoolean;
    this.issues.push({ path: given.path, message: "must be a valueBoolean (true when the statement is ticked)" });
    return null;
  }

  whole(found: Found | undefined, min: number, max: number): number | null {
    const given = this.answer(found);
    if (given === undefined) return null;
    const value = numberOf(given.answer);
    if (value !== undefined && Number.isInteger(value) && value >= min && value <= max) return value;
    this.issues.push({
      path: given.path,
      message: `must be a whole number from ${min} to ${max} (valueInteger, valueDecimal, or a valueCoding with a numeric code or ordinalValue)${value === undefined ? "" : `, got ${value}`}`,
    });
    return null;
  }

  text(found: Found | undefined): string | null {
    const given = this.answer(found);
    if (given === undefined) return null;
    if (given.answer.valueString !== undefined && given.answer.valueString.trim() !== "") return given.answer.valueString;
    this.issues.push({ path: given.path, message: "must be a valueString naming the activity" });
    return null;
  }
}

function instrumentOf(response: QuestionnaireResponseLike, found: ReadonlyMap<string, readonly Found[]>, options: FromQuestionnaireResponseOptions): OutcomeInstrument | undefined {
  if (options.instrument !== undefined) return options.instrument;
  const url = response.questionnaire?.split("|")[0];
  const known = OUTCOME_INSTRUMENTS.find((instrument) => url !== undefined && outcomeQuestionnaireUrls[instrument].includes(url));
  if (known !== undefined || url !== undefined) return known;
  // O-6: with no questionnaire URL, a lone LOINC 72514-3 item is a pain rating.
  return outcomeLinkIds.nrs.some((linkId) => found.has(linkId)) ? "nrs" : undefined;
}

function psfsActivities(reader: Reader, rename: (linkId: string) => string): PsfsActivity[] {
  const activities: PsfsActivity[] = [];
  const paths: Path[] = [];
  for (const group of reader.found.get("psfs-activity") ?? []) {
    const children = new Map<string, Found[]>();
    collect(group.item.item, group.path, rename, children);
    const known = reader.issues.length;
    const name = reader.one("psfs-activity-name", children);
    const activity = reader.text(name);
    const score = reader.whole(reader.one("psfs-activity-score", children), 0, 10);
    if (activity !== null && score !== null) {
      activities.push({ activity, score });
      paths.push(name!.path);
    } else if ((activity !== null || score !== null) && reader.issues.length === known) {
      // Only a part left out is reported here; a part given wrongly was reported where it is.
      reader.issues.push({ path: group.path, message: `a PSFS activity needs both ${activity === null ? "its name (psfs-activity-name)" : "its rating (psfs-activity-score)"}` });
    }
  }
  reader.issues.push(...duplicateActivityIssues(activities, (index) => [...paths[index]!, "answer", 0, "valueString"]));
  return activities;
}

/**
 * Reads a FHIR R4 QuestionnaireResponse for the RMDQ, PSFS, ODI or pain NRS into spinewise's
 * answers (O-6), ready for {@link scoreOutcome}. Never throws on the resource: every problem is
 * listed with its path in the resource. No network and no FHIR server are involved.
 *
 * The instrument is recognised by the response's `questionnaire` URL ({@link outcomeQuestionnaireUrls}:
 * spinewise's own, or LOINC's for the ODI, 97908-8, and the NRS, 72514-3), by a lone item with
 * the LOINC code 72514-3 as its linkId for the NRS, or by the `instrument` option. Items are
 * read by the linkIds of {@link outcomeLinkIds}, or by the form's own through the `linkIds`
 * option. In a `completed` or `amended` RMDQ response an unanswered statement counts as not
 * ticked, as on paper; in one `in-progress` or `stopped` it stays unanswered (O-1). An
 * unanswered ODI section is `null` (O-3). `authored` gives the date (its calendar day as written).
 *
 * @param resource - untrusted data: a QuestionnaireResponse as parsed JSON
 * @param options - the instrument and linkIds of a form spinewise does not know
 * @returns the answers, or every problem with its path
 * @throws TypeError when `options` is given and is not an object
 * @example
 * ```ts
 * fromQuestionnaireResponse({
 *   resourceType: "QuestionnaireResponse",
 *   questionnaire: "http://loinc.org/q/72514-3",
 *   status: "completed",
 *   authored: "2026-03-02T08:15:00+01:00",
 *   item: [{ linkId: "72514-3", answer: [{ valueInteger: 3 }] }],
 * });
 * // => { "ok": true, "value": { "instrument": "nrs", "nrs": 3, "date": "2026-03-02" } }
 * ```
 * @category Outcomes
 */
export function fromQuestionnaireResponse(resource: unknown, options: FromQuestionnaireResponseOptions = {}): ParseResult<OutcomeAnswers> {
  requireOptions("fromQuestionnaireResponse", options);
  const parsed = parseWith(questionnaireResponseSchema, resource);
  if (!parsed.ok) return parsed;
  const response = parsed.value;
  if (response.status === "entered-in-error") return fail([{ path: ["status"], message: "a response entered in error holds no answers to score" }]);
  const renames = options.linkIds ?? {};
  const rename = (linkId: string): string => (Object.hasOwn(renames, linkId) ? renames[linkId]! : linkId.replace(/^\/+/, ""));
  const found = new Map<string, Found[]>();
  collect(response.item, [], rename, found);
  const instrument = instrumentOf(response, found, options);
  if (instrument === undefined) {
    const known = OUTCOME_INSTRUMENTS.flatMap((name) => outcomeQuestionnaireUrls[name]).join(", ");
    return fail([{ path: ["questionnaire"], message: `not a questionnaire spinewise scores (known: ${known}); pass the instrument option for another form` }]);
  }
  const reader = new Reader(found);
  const issues = reader.issues;
  let date: string | undefined;
  if (response.authored !== undefined && /^\d{4}-\d{2}-\d{2}/.test(response.authored)) {
    date = response.authored.slice(0, 10);
    if (parseIsoDate(date) === null) issues.push({ path: ["authored"], message: "authored must be a real calendar date from 1900-01-01 to 2200-12-31" });
  }
  const expected = outcomeLinkIds[instrument];
  if (!expected.some((linkId) => found.has(linkId))) {
    return fail([{ path: ["item"], message: `no ${instrument.toUpperCase()} items found (linkIds ${expected[0]}…${expected.at(-1)}); map the form's own linkIds with the linkIds option` }]);
  }
  let answers: OutcomeAnswers;
  switch (instrument) {
    case "rmdq": {
      // O-1: a tick list; in a finished response a statement left blank was not ticked.
      const finished = response.status === "completed" || response.status === "amended";
      answers = { instrument, answers: expected.map((linkId) => reader.boolean(reader.one(linkId)) ?? (finished ? false : null)) };
      break;
    }
    case "odi":
      answers = { instrument, sections: expected.map((linkId) => reader.whole(reader.one(linkId), 0, 5) as OdiAnswer | null) };
      break;
    case "nrs": {
      // Either linkId may carry the rating; two items are one answer too many.
      const items = expected.flatMap((linkId) => found.get(linkId) ?? []);
      const nrs = reader.whole(reader.one("nrs", new Map([["nrs", items]])), 0, 10);
      if (nrs === null && issues.length === 0) issues.push({ path: items[0]!.path, message: "the pain rating is unanswered" });
      answers = { instrument, nrs: nrs ?? 0 };
      break;
    }
    case "psfs": {
      const activities = psfsActivities(reader, rename);
      if (activities.length === 0 && issues.length === 0) issues.push({ path: ["item"], message: "a PSFS needs at least 1 activity with its name and rating" });
      if (activities.length > 5) issues.push({ path: ["item"], message: `a PSFS holds at most 5 activities, got ${activities.length}` });
      answers = { instrument, activities };
      break;
    }
  }
  if (issues.length > 0) return fail(issues);
  return { ok: true, value: date === undefined ? answers : { ...answers, date } };
}
