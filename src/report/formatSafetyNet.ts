/**
 * The safety net in a lifter's language: a plan carries it as English text (`safetyNetText`),
 * and this recognises its parts and renders each from the locale's templates.
 */
import { ownText } from "../evidence/templates.js";
import { requireLocale, requireObject, requireOptions, requireString } from "../internal/guards.js";
import { SAFETY_ACTIONS } from "../screening/types.js";
import type { MessageCatalog } from "./defineLocale.js";
import { SHIPPED_LOCALES } from "./formatReason.js";
import { messagesEn } from "./locales/en.js";

/**
 * What {@link formatSafetyNet} returns: the text to print, and the language it is in.
 * @category Report
 */
export interface SafetyNetText {
  readonly text: string;
  /**
   * The language the text is in: the locale's language when every part has a template there
   * (the app's catalog or a shipped locale), `"en"` when the text is left as it came (an app's
   * own safety net, or a language with no template), for a `lang` attribute around it.
   */
  readonly locale: string;
}

/**
 * The options of {@link formatSafetyNet}.
 * @category Report
 */
export interface FormatSafetyNetOptions {
  /** A BCP 47 language tag (default `"en"`); `de`, `de-AT`, … use the German catalog. */
  readonly locale?: string;
  /** An app's own templates; a `screening.safety-net.*` code found here wins over the shipped locale. */
  readonly catalog?: MessageCatalog;
}

const LEAD = "screening.safety-net.lead.";
const LEG = "screening.safety-net.leg";
const SEEK_HELP = "screening.safety-net.seek-help";

/** The codes of a safety net's parts, in order, when `text` is one `safetyNetText` builds; else undefined. */
function partsOf(text: string): readonly string[] | undefined {
  const seekHelp = messagesEn[SEEK_HELP];
  for (const action of SAFETY_ACTIONS) {
    const lead = messagesEn[`${LEAD}${action}`];
    if (text === `${lead} ${seekHelp}`) return [`${LEAD}${action}`, SEEK_HELP];
    if (text === `${lead} ${messagesEn[LEG]} ${seekHelp}`) return [`${LEAD}${action}`, LEG, SEEK_HELP];
  }
  return undefined;
}

/**
 * Renders a plan's safety net (`plan.safetyNet`, `decision.safetyNet`) in a locale. A spinewise
 * safety net is exactly what `safetyNetText` builds: the lead for the safety action, the leg line
 * when one leg has symptoms (S-7), and the symptoms that mean "seek emergency care now", joined
 * by single spaces; each part is rendered from its template (`screening.safety-net.lead.<action>`,
 * `screening.safety-net.leg`, `screening.safety-net.seek-help`), the app's catalog first, then the
 * shipped locale. A text it does not recognise (an app's own), or a locale with no template for
 * a part, is returned as it is with `locale: "en"`, never half translated.
 *
 * @param text - the safety net a plan or decision carries
 * @param options - `locale` (default `"en"`) and an app's `catalog`
 * @returns `{ text, locale }`: the text and the language it is in
 * @throws TypeError naming `formatSafetyNet` when `text` is not a string or `options` is not an object
 * @throws RangeError naming `formatSafetyNet` when the locale is not a well-formed language tag
 * @example
 * ```ts
 * import { safetyNetText } from "spinewise/screening";
 *
 * formatSafetyNet(safetyNetText("stop-until-cleared"), { locale: "de" }).text.startsWith("Trainieren Sie erst wieder");
 * // => true
 * formatSafetyNet("Call your coach first.", { locale: "de" });
 * // => { text: "Call your coach first.", locale: "en" }
 * ```
 * @category Report
 */
export function formatSafetyNet(text: string, options: FormatSafetyNetOptions = {}): SafetyNetText {
  requireString("formatSafetyNet", "text", text);
  requireOptions("formatSafetyNet", options);
  const { language } = requireLocale("formatSafetyNet", options.locale ?? "en");
  if (options.catalog !== undefined) requireObject("formatSafetyNet", "options.catalog", options.catalog);
  const asItIs = { text, locale: "en" };
  const codes = partsOf(text);
  if (codes === undefined) return asItIs;
  const shipped = Object.hasOwn(SHIPPED_LOCALES, language) ? SHIPPED_LOCALES[language] : undefined;
  const parts = codes.map((code) => ownText(options.catalog, code) ?? ownText(shipped, code));
  if (parts.some((part) => part === undefined)) return asItIs;
  return { text: parts.join(" "), locale: language };
}
