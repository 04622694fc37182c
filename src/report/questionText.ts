/**
 * An unanswered safety question (S-13) in a page's language: the screening module's questions
 * are templates (`screening.question.<key>` and its `.check-in` variant).
 */
import type { UnansweredQuestion } from "../screening/types.js";
import type { MessageCatalog } from "./defineLocale.js";
import { localText, type LocalText } from "./localText.js";

/**
 * The question's text in the language (the app's catalog first, then the shipped locale), and
 * the language it is in; a question the screening module did not word (an app's own), or one
 * with no template in the language, stays as it is, in English. Not exported from the module.
 */
export function questionText(question: UnansweredQuestion, language: string, catalog: MessageCatalog | undefined): LocalText {
  const key = question.path[question.path.length - 1];
  if (typeof key !== "string") return { text: question.question, locale: "en" };
  // The English wording says which of the two questions was asked: at intake or at a check-in (S-9).
  return localText(question.question, [`screening.question.${key}`, `screening.question.${key}.check-in`], language, catalog);
}
