/**
 * Reports for people: the printable plan (`renderPlanHtml`), one self-contained HTML page a
 * lifter can follow and print; and every reason in a lifter's language (`formatReason`, with
 * the English and German catalogs and `defineLocale` for an app's own).
 *
 * @packageDocumentation
 */
export { renderPlanHtml } from "./renderPlanHtml.js";
export type { PlanHtmlOptions } from "./renderPlanHtml.js";
export type { PlanWords } from "./planWords.js";
export { formatReason, SHIPPED_LOCALES } from "./formatReason.js";
export type { FormatReasonOptions } from "./formatReason.js";
export { formatSafetyNet } from "./formatSafetyNet.js";
export type { FormatSafetyNetOptions, SafetyNetText } from "./formatSafetyNet.js";
export { defineLocale } from "./defineLocale.js";
export type { LocaleCatalog, MessageCatalog } from "./defineLocale.js";
export { messagesEn } from "./locales/en.js";
export { messagesDe } from "./locales/de.js";
export { exerciseText } from "./exerciseText.js";
export type { ExerciseText, ExerciseTextOptions, ExerciseWords } from "./exerciseText.js";
export { deExercises } from "./locales/de.exercises.js";
