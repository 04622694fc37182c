import type { Reason, ReasonParam } from "../evidence/index.js";
import { ownText, termKey } from "../evidence/templates.js";
import { requireLocale, requireObject, requireOptions, requireString } from "../internal/guards.js";
import type { MessageCatalog } from "./defineLocale.js";
import { messagesDe } from "./locales/de.js";
import { messagesEn } from "./locales/en.js";

/**
 * The options of {@link formatReason}.
 * @category Report
 */
export interface FormatReasonOptions {
  /** A BCP 47 language tag (default `"en"`); `de`, `de-AT`, … use the German catalog. */
  readonly locale?: string;
  /** An app's own templates; a code found here wins over the shipped locale. */
  readonly catalog?: MessageCatalog;
}

/**
 * The locales spinewise ships, by language.
 * @example
 * ```ts
 * Object.keys(SHIPPED_LOCALES);
 * // => ["en", "de"]
 * ```
 * @category Report
 */
export const SHIPPED_LOCALES: Readonly<Record<string, MessageCatalog>> = Object.freeze({ en: messagesEn, de: messagesDe });

const PLACEHOLDER = /\{([^{}]+)\}/g;

/**
 * Renders a reason in a locale, from its code and params: the app's catalog first, then the
 * shipped locale of the language; a code neither knows, or a template naming a param the
 * reason does not carry, gives the reason's English `message` (never a `{param}` left
 * unfilled). Numbers are written the locale's way (`1.5` is `1,5` in German); an ID param the
 * locale has a term for is shown as that term (`<module>.term.<id>`: `catalog.term.lateralFlexion`
 * is "Seitneigung" in German); an app's own reason (code `custom`) renders as its message in
 * every locale.
 *
 * @param reason - a reason or finding from any module
 * @param options - `locale` (default `"en"`) and an app's `catalog`
 * @returns the message in the locale
 * @throws TypeError naming `formatReason` when `reason` or `options` is not an object, or the
 * reason's message or the locale is not a string
 * @throws RangeError naming `formatReason` when the locale is not a well-formed language tag
 * @example
 * ```ts
 * const tooYoung = { ruleId: "S-11", code: "screening.under-minimum-age", params: { age: 15, minimumAge: 16 }, message: "Age 15: …", evidence: [] };
 * formatReason(tooYoung, { locale: "de" });
 * // => "Alter 15: Diese Empfehlungen gelten ab 16 Jahren; bitte lassen Sie sich ärztlich beraten."
 * formatReason(tooYoung, { locale: "fr", catalog: { "screening.under-minimum-age": "Âge {age} : à partir de {minimumAge} ans." } });
 * // => "Âge 15 : à partir de 16 ans."
 * ```
 * @category Report
 */
export function formatReason(reason: Reason, options: FormatReasonOptions = {}): string {
  requireObject("formatReason", "reason", reason);
  requireString("formatReason", "reason.message", reason.message);
  requireOptions("formatReason", options);
  const { tag, language } = requireLocale("formatReason", options.locale ?? "en");
  const code = reason.code;
  const shipped = SHIPPED_LOCALES[language];
  const template = typeof code === "string" ? (ownText(options.catalog, code) ?? ownText(shipped, code)) : undefined;
  const params = reason.params;
  if (template === undefined || typeof params !== "object" || params === null) return reason.message;
  const numbers = new Intl.NumberFormat(tag);
  let unfilled = false;
  const text = template.replace(PLACEHOLDER, (_whole, name: string) => {
    if (!Object.hasOwn(params, name)) {
      unfilled = true;
      return "";
    }
    const value = params[name] as ReasonParam;
    // A string param that names a term of the reason's module is shown as the locale's term.
    if (typeof value === "string") return ownText(options.catalog, termKey(code, value)) ?? ownText(shipped, termKey(code, value)) ?? value;
    return show(value, numbers);
  });
  return unfilled ? reason.message : text;
}

/** A number, flag or null param as text in the locale: numbers by Intl.NumberFormat, null as a dash. */
function show(value: number | boolean | null, numbers: Intl.NumberFormat): string {
  if (typeof value === "number") return numbers.format(Object.is(value, -0) ? 0 : value);
  return value === null ? "–" : String(value);
}
