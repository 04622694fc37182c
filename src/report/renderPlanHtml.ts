/**
 * The printable plan: a week as one self-contained HTML page a lifter can follow without a
 * coach, the safety net and the pain rules first (G-6), then each day as a card, then the
 * week's load.
 */
import { getExercise } from "../catalog/index.js";
import type { Exercise, ExerciseId } from "../catalog/types.js";
import type { Reason } from "../evidence/index.js";
import { requireArray, requireObject, requireOptions, requireString } from "../internal/guards.js";
import type { PlannedBlock, PlannedExercise, PlannedSession, PlannedWeek, WeekPlan, WithheldPlan } from "../program/index.js";
import type { UnansweredQuestion } from "../screening/types.js";
import type { MessageCatalog } from "./defineLocale.js";
import { doseText } from "./doseText.js";
import { escapeHtml } from "./escapeHtml.js";
import { exerciseText, type ExerciseWords } from "./exerciseText.js";
import { formatReason } from "./formatReason.js";
import { formatSafetyNet, type SafetyNetText } from "./formatSafetyNet.js";
import { PLAN_CSS } from "./planCss.js";
import { planLoadSvg } from "./planLoadSvg.js";
import { planWords, type PlanWords } from "./planWords.js";
import { BLOCK_CODES, localText, type LocalText } from "./localText.js";
import { questionText } from "./questionText.js";

/**
 * Options of {@link renderPlanHtml}.
 * @category Report
 */
export interface PlanHtmlOptions {
  /**
   * A BCP 47 locale for the page's language, dates and numbers (`lang` on the page). The page's
   * own headings ship in English and German; another language falls back to English
   * (and `lang="en"`). Default `"en"`.
   */
  readonly locale?: string;
  /** The page's title and main heading, instead of "Training week from …". */
  readonly title?: string;
  /** An app's own reason templates, passed to {@link formatReason} for every reason on the page. */
  readonly catalog?: MessageCatalog;
  /**
   * The exercise catalog the plan was made from (e.g. extended with `extendCatalog`), for each
   * exercise's setup and cue through {@link exerciseText}. Default: the built-in catalog.
   */
  readonly exercises?: readonly Exercise[];
  /** An app's own exercise words in the page's language, by exercise ID, passed to {@link exerciseText}. */
  readonly texts?: Readonly<Record<ExerciseId, ExerciseWords>>;
}

/** Everything the page's parts need to speak the page's language. */
interface Page {
  readonly lang: string;
  readonly words: PlanWords;
  /** A reason in the page's language (through {@link formatReason}). */
  readonly reason: (reason: Reason) => string;
  /** The plan's safety net in the page's language (through {@link formatSafetyNet}). */
  readonly safetyNet: (text: string) => SafetyNetText;
  /** An unanswered safety question (S-13) in the page's language, and the language it is in. */
  readonly question: (question: UnansweredQuestion) => LocalText;
  /** A block's title or effort instruction (G-5) in the page's language, and the language it is in. */
  readonly block: (text: string) => LocalText;
  /** A planned exercise's name, setup and cue, and the language they are in. */
  readonly exercise: (item: PlannedExercise) => ItemText;
  readonly number: (value: number) => string;
  readonly longDate: (date: string) => string;
  readonly dayName: (date: string) => string;
  readonly weekday: (date: string) => string;
}

/**
 * Renders a week plan as one self-contained HTML page for screen and print: no network (the
 * style sheet and the load chart are inline, no fonts, scripts or images are fetched), printable
 * on A4 and Letter (`@page { size: auto; margin: 12mm }`, day cards never cut by a page break),
 * with `lang` from the locale, one `h1`, `h2` sections and an `h3` per day, and every text
 * escaped.
 *
 * The order is the order a lifter needs (G-6): the safety net (S rules) and the pain rules
 * (L-1, L-2, L-5) first; then the notes (S-10 and other advisories); then each day as a card,
 * its exercises with dose, setup and cue, the suitability verdict and, folded under each item,
 * the reasons it was chosen; then the week's planned load (P-7 axial days) and the load check
 * (A-7, A-10) and deload decision (P-7). A withheld plan (S rules) renders only the safety
 * action, its reasons and questions, and the safety net: no session, no exercise.
 *
 * Every reason is rendered by {@link formatReason} in the page's locale (with `catalog`, an
 * app's own templates), and the safety net by {@link formatSafetyNet}. Reasons are folded in `<details>`: a browser prints them as they are on screen, so open the
 * ones you want on paper before printing.
 *
 * @param plan - a week from `planWeek` or `planNextWeek`, planned or withheld
 * @param options - the locale (default `"en"`) and an optional title
 * @returns the HTML document, starting with `<!doctype html>`
 * @throws TypeError naming `renderPlanHtml` when `plan` is not a plan or `options` is not an object
 * @throws RangeError naming `renderPlanHtml` when `options.locale` is not a BCP 47 tag
 * @example
 * ```ts
 * import { assess, planWeek } from "spinewise/program";
 * import { renderPlanHtml } from "spinewise/report";
 *
 * const assessment = assess(athlete);
 * const week = assessment.ok ? planWeek(assessment.value, { weekStart: "2026-03-30" }) : undefined;
 * const html = week === undefined ? "" : renderPlanHtml(week, { locale: "de" });
 * html.startsWith('<!doctype html>\n<html lang="de">');
 * // => true
 * html.includes(">Schmerzregeln</h2>");
 * // => true
 * ```
 * @category Report
 */
export function renderPlanHtml(plan: WeekPlan, options: PlanHtmlOptions = {}): string {
  requireObject("renderPlanHtml", "plan", plan);
  requireOptions("renderPlanHtml", options);
  const status = (plan as { status?: unknown }).status;
  if (status !== "planned" && status !== "withheld") {
    throw new TypeError(`renderPlanHtml: plan.status must be "planned" or "withheld" (a result of planWeek), got ${JSON.stringify(status) ?? "undefined"}`);
  }
  if (options.locale !== undefined) requireString("renderPlanHtml", "options.locale", options.locale);
  if (options.title !== undefined) requireString("renderPlanHtml", "options.title", options.title);
  if (options.catalog !== undefined) requireObject("renderPlanHtml", "options.catalog", options.catalog);
  if (options.exercises !== undefined) requireArray("renderPlanHtml", "options.exercises", options.exercises);
  if (options.texts !== undefined) requireObject("renderPlanHtml", "options.texts", options.texts);
  const page = pageOf(options.locale ?? "en", options);
  return plan.status === "withheld" ? withheldPage(plan, page, options.title) : weekPage(plan, page, options.title);
}

function pageOf(locale: string, { catalog, exercises, texts }: PlanHtmlOptions): Page {
  const { lang, words } = planWords("renderPlanHtml", locale);
  const numbers = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
  // Plan dates are calendar days: formatted at UTC noon so no time zone moves them.
  const format = (formatOptions: Intl.DateTimeFormatOptions) => {
    const formatter = new Intl.DateTimeFormat(lang, { ...formatOptions, timeZone: "UTC" });
    return (date: string): string => {
      const instant = new Date(`${date}T12:00:00Z`);
      return Number.isNaN(instant.getTime()) ? date : formatter.format(instant);
    };
  };
  const own = catalog === undefined ? {} : { catalog };
  return {
    lang,
    words,
    reason: (reason) => formatReason(reason, { locale: lang, ...own }),
    safetyNet: (text) => formatSafetyNet(text, { locale: lang, ...own }),
    question: (question) => questionText(question, language(lang), catalog),
    block: (text) => localText(text, BLOCK_CODES, language(lang), catalog),
    exercise: (item) => itemText(item, lang, exercises, texts),
    number: (value) => numbers.format(value),
    longDate: format({ day: "numeric", month: "long", year: "numeric" }),
    dayName: format({ weekday: "long", day: "numeric", month: "long" }),
    weekday: format({ weekday: "short" }),
  };
}

/** What an exercise item prints: its name, setup and cue, and the language they are in. */
interface ItemText {
  readonly name: string;
  readonly setup: string | null;
  readonly cue: string | null;
  readonly language: string;
}

/**
 * The name, setup and key cue of a planned exercise in the page's language, through
 * {@link exerciseText}. The catalog entry must be the planned exercise itself (same ID and
 * name): an exercise the page cannot find, or one an app renamed in its own catalog, keeps the
 * plan's name, and its first cue serves as the setup and the others as the cue.
 */
function itemText(item: PlannedExercise, lang: string, exercises: readonly Exercise[] | undefined, texts: PlanHtmlOptions["texts"]): ItemText {
  const exercise = getExercise(item.exerciseId, exercises);
  const [firstCue, ...otherCues] = item.cues;
  const fallback = { setup: firstCue ?? null, cue: otherCues.length === 0 ? null : otherCues.join(" ") };
  if (exercise === undefined || exercise.name !== item.name) return { name: item.name, ...fallback, language: "en" };
  const text = exerciseText(exercise, { locale: lang, ...(texts === undefined ? {} : { texts }) });
  return { name: text.name, setup: text.setup ?? fallback.setup, cue: text.cue ?? fallback.cue, language: text.locale };
}

/**
 * ` lang="en"` for English text on a page in another language (an app's own safety net, question
 * or block title, a reason with no template in the locale) on a page in another language, so a screen reader reads it as English.
 */
function english(page: Page): string {
  return language(page.lang) === "en" ? "" : ' lang="en"';
}

/** The primary language subtag of a locale (`de-AT` → `de`). */
function language(locale: string): string {
  return locale.split("-")[0]?.toLowerCase() ?? "en";
}

/** ` lang="en"` for text that stayed English on a page in another language; nothing otherwise. */
function langOf(locale: string, page: Page): string {
  return locale === language(page.lang) ? "" : english(page);
}

function reasonItems(reasons: readonly Reason[], page: Page): string {
  return reasons
    .map((reason) => {
      const text = page.reason(reason);
      return `<li${text === reason.message ? english(page) : ""}>${escapeHtml(text)} <span class="rule">(${escapeHtml(reason.ruleId)})</span></li>`;
    })
    .join("");
}

/** Reasons folded under the thing they explain; nothing when there are none. */
function folded(reasons: readonly Reason[], page: Page): string {
  if (reasons.length === 0) return "";
  return `<details><summary>${escapeHtml(page.words.why(reasons.length))}</summary><ul>${reasonItems(reasons, page)}</ul></details>`;
}

function document(page: Page, title: string, body: readonly string[]): string {
  return [
    "<!doctype html>",
    `<html lang="${escapeHtml(page.lang)}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${PLAN_CSS}</style>`,
    "</head>",
    "<body>",
    "<main>",
    ...body,
    `<footer><p>${escapeHtml(page.words.disclaimer)}</p></footer>`,
    "</main>",
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

/** The safety net in the page's language; an app's own text stays as it is, marked English. */
function safetySection(safetyNet: string, page: Page): string {
  const { text, locale } = page.safetyNet(safetyNet);
  return `<section class="safety" aria-labelledby="safety-net"><h2 id="safety-net">${escapeHtml(page.words.safetyNet)}</h2><p${langOf(locale, page)}>${escapeHtml(text)}</p></section>`;
}

/** S rules: no session, no exercise: the action, why, what to answer, and the safety net. */
function withheldPage(plan: WithheldPlan, page: Page, title: string | undefined): string {
  const { words } = page;
  const heading = title ?? words.withheldTitle;
  const body = [
    `<h1>${escapeHtml(heading)}</h1>`,
    `<p class="meta">${escapeHtml(`${words.action}: ${words.actions[plan.action] ?? plan.action}`)} <span class="rule">(${escapeHtml(plan.ruleId)})</span></p>`,
    safetySection(plan.safetyNet, page),
  ];
  if (plan.reasons.length > 0) body.push(`<section class="notes"><h2>${escapeHtml(words.withheldWhy)}</h2><ul>${reasonItems(plan.reasons, page)}</ul></section>`);
  if (plan.unanswered.length > 0) {
    body.push(
      `<section class="notes"><h2>${escapeHtml(words.unanswered)}</h2><ul>${plan.unanswered
        .map((question) => page.question(question))
        .map(({ text, locale }) => `<li${langOf(locale, page)}>${escapeHtml(text)}</li>`)
        .join("")}</ul></section>`,
    );
  }
  return document(page, heading, body);
}

function weekPage(week: PlannedWeek, page: Page, title: string | undefined): string {
  const { words } = page;
  const heading = title ?? words.weekTitle(page.longDate(week.weekStart));
  const meta = [
    `${words.stage}: ${words.stages[week.stage] ?? week.stage}`,
    words.sessionCount(week.sessions.length),
    ...(week.volumeScale === 1 ? [] : [words.volume(Math.round(week.volumeScale * 100))]),
  ].join(" · ");
  // The load and deload reasons are shown with the load check; the week's fold keeps the rest.
  const shownBelow = new Set([...(week.load?.reasons ?? []), ...(week.deload?.reasons ?? [])].map(page.reason));
  const body = [
    `<header><h1>${escapeHtml(heading)}</h1><p class="meta">${escapeHtml(meta)}</p>${folded(
      week.reasons.filter((reason) => !shownBelow.has(page.reason(reason))),
      page,
    )}</header>`,
    safetySection(week.safetyNet, page),
    `<section class="rules" aria-labelledby="pain-rules"><h2 id="pain-rules">${escapeHtml(words.painRules)}</h2><ol>${reasonItems(week.painRules, page)}</ol></section>`,
  ];
  if (week.advisories.length > 0) {
    body.push(`<section class="notes" aria-labelledby="notes"><h2 id="notes">${escapeHtml(words.notes)}</h2><ul>${reasonItems(week.advisories, page)}</ul></section>`);
  }
  body.push(
    `<section aria-labelledby="sessions"><h2 id="sessions">${escapeHtml(words.sessions)}</h2><div class="days">${week.sessions.map((session) => dayCard(session, page)).join("")}</div></section>`,
    loadSection(week, page),
  );
  return document(page, heading, body);
}

function dayCard(session: PlannedSession, page: Page): string {
  const { words } = page;
  const meta = [words.focus[session.focus] ?? session.focus, ...(session.axialDay ? [words.axialDay] : []), words.aboutMinutes(session.estimatedMinutes)].join(" · ");
  const parts = [
    `<article class="card"><h3>${escapeHtml(page.dayName(session.date))}</h3><p class="day-meta">${escapeHtml(meta)}</p>${folded(session.reasons, page)}`,
    group(words.warmUp, undefined, session.warmUp, [], page),
    ...session.blocks.map((block: PlannedBlock) => group(page.block(block.title), page.block(block.effort), block.exercises, block.reasons, page)),
    group(words.core, undefined, session.core, [], page),
    group(words.finish, undefined, session.finish, [], page),
  ];
  if (session.findings.length > 0) parts.push(`<div class="checks"><h4>${escapeHtml(words.checks)}</h4><ul>${reasonItems(session.findings, page)}</ul></div>`);
  parts.push("</article>");
  return parts.join("");
}

/**
 * A part of a session (warm-up, a block, core, finish): its heading, effort, items; nothing when
 * empty. A block's title and effort that stayed English (an app's own) are marked `lang="en"`
 * on another language's page.
 */
function group(title: string | LocalText, effort: LocalText | undefined, items: readonly PlannedExercise[], reasons: readonly Reason[], page: Page): string {
  if (items.length === 0) return "";
  const heading = typeof title === "string" ? { text: title, locale: language(page.lang) } : title;
  return [
    `<h4${langOf(heading.locale, page)}>${escapeHtml(heading.text)}</h4>`,
    effort === undefined ? "" : `<p class="effort"${langOf(effort.locale, page)}>${escapeHtml(effort.text)}</p>`,
    folded(reasons, page),
    `<ol class="items">${items.map((item) => exerciseItem(item, page)).join("")}</ol>`,
  ].join("");
}

function exerciseItem(item: PlannedExercise, page: Page): string {
  const { words } = page;
  const text = page.exercise(item);
  // Words that fell back to English on a page in another language say so (`lang`), for screen readers.
  const own = (html: string): string => (text.language === language(page.lang) ? html : `<span lang="${escapeHtml(text.language)}">${html}</span>`);
  const verdict = `<span class="badge verdict-${item.suitability === "caution" ? "caution" : "ok"}">${escapeHtml(words.verdicts[item.suitability] ?? item.suitability)}</span>`;
  const axial = item.axial ? `<span class="badge axial">${escapeHtml(words.axial)}</span>` : "";
  const cue = [
    ...(text.setup === null ? [] : [`<b>${escapeHtml(words.setup)}:</b> ${own(escapeHtml(text.setup))}`]),
    ...(text.cue === null ? [] : [`<b>${escapeHtml(words.cue)}:</b> ${own(escapeHtml(text.cue))}`]),
  ].join(" ");
  return [
    `<li class="item"><p><span class="name">${own(escapeHtml(text.name))}</span>${verdict}${axial}</p>`,
    `<p class="dose">${escapeHtml(doseText(item.dose, words, page.number))} <span class="role">· ${escapeHtml(words.roles[item.role] ?? item.role)}</span></p>`,
    cue === "" ? "" : `<p class="cue">${cue}</p>`,
    folded(item.reasons, page),
    "</li>",
  ].join("");
}

function loadSection(week: PlannedWeek, page: Page): string {
  const { words } = page;
  const parts = [`<section class="load" aria-labelledby="load"><h2 id="load">${escapeHtml(words.load)}</h2>`, `<figure class="chart">${planLoadSvg(week, words, page.weekday)}</figure>`];
  const load = week.load;
  if (load !== null) {
    const line =
      load.ratio === null || load.date === null
        ? words.noRatio
        : words.ratio(page.number(Math.round(load.ratio * 100) / 100), load.method, page.longDate(load.date), load.zone === null ? "–" : (words.zones[load.zone] ?? load.zone));
    parts.push(`<p>${escapeHtml(line)}${load.volumeScale === 1 ? "" : ` ${escapeHtml(words.volumeScaled(Math.round(load.volumeScale * 100)))}`}</p>`, folded(load.reasons, page));
  }
  if (week.deload !== null) {
    parts.push(`<p>${escapeHtml(week.deload.action === "deload" ? words.deload : words.continueWeek)}</p>`, folded(week.deload.reasons, page));
  }
  if (week.findings.length > 0) parts.push(`<div class="checks"><h3>${escapeHtml(words.checks)}</h3><ul>${reasonItems(week.findings, page)}</ul></div>`);
  parts.push("</section>");
  return parts.join("");
}
