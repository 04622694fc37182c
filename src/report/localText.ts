/**
 * A text the plan carries in English (an unanswered question, a block's title or effort) in a
 * page's language, when it is one of spinewise's templates without params.
 */
import { ownText } from "../evidence/templates.js";
import type { MessageCatalog } from "./defineLocale.js";
import { SHIPPED_LOCALES } from "./formatReason.js";
import { messagesEn } from "./locales/en.js";

/** A text in a language, and the language it is in. */
export interface LocalText {
  readonly text: string;
  readonly locale: string;
}

/**
 * The text in the language when its English is the template of one of `codes` (the app's
 * catalog first, then the shipped locale); otherwise, or with no template in the language, the
 * text as it is, in English. Not exported from the module.
 */
export function localText(text: string, codes: readonly string[], language: string, catalog: MessageCatalog | undefined): LocalText {
  const asItIs = { text, locale: "en" };
  const code = codes.find((candidate) => ownText(messagesEn, candidate) === text);
  if (code === undefined) return asItIs;
  const shipped = Object.hasOwn(SHIPPED_LOCALES, language) ? SHIPPED_LOCALES[language] : undefined;
  const local = ownText(catalog, code) ?? ownText(shipped, code);
  return local === undefined ? asItIs : { text: local, locale: language };
}

/** The codes of the program's block titles and effort instructions (G-5), found by their English. */
export const BLOCK_CODES: readonly string[] = Object.keys(messagesEn).filter((code) => code.startsWith("program.block-title.") || code.startsWith("program.effort."));
