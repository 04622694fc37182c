/**
 * An unanswered safety question (S-13) in a page's language: the screening module's questions
 * are templates (`screening.question.<key>` and its `.check-in` variant).
 */
import { ownText } from "../evidence/templates.js";
import type { UnansweredQuestion } from "../screening/types.js";
import type { MessageCatalog } from "./defineLocale.js";
import { SHIPPED_LOCALES } from "./formatReason.js";
import { messagesEn } from "./locales/en.js";

/**
 * The question's text in the language (the app's catalog first, then the shipped locale), and
 * the language it is in; a question the screening module did not word (an app's own), or one
 * with no template in the language, stays as it is, in English. Not exported from the module.
 */
export function questionText(question: UnansweredQuestion, language: string, catalog: MessageCatalog | undefined): { readonly text: string; readonly locale: string } {
  const key = question.path[question.path.length - 1];
  const asItIs = { text: question.question, locale: "en" };
  if (typeof key !== "string") return asItIs;
  // The English wording says which of the two questions was asked: at intake or at a check-in (S-9).
  const code = [`screening.question.${key}`, `screening.question.${key}.check-in`].find((candidate) => ownText(messagesEn, candidate) === question.question);
  if (code === undefined) return asItIs;
  const shipped = Object.hasOwn(SHIPPED_LOCALES, language) ? SHIPPED_LOCALES[language] : undefined;
  const text = ownText(catalog, code) ?? ownText(shipped, code);
  return text === undefined ? asItIs : { text, locale: language };
}
