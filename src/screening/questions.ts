/**
 * The red-flag questions as data: the key an answer is stored under, the rule that asks it, and
 * the question in plain words, as asked at intake and again at a check-in (S-1…S-5, S-9, S-13).
 */
import type { RuleId } from "../evidence/index.js";
import { screeningMessages } from "./messages.js";
import type { RedFlagAnswers } from "./types.js";

/**
 * The key of one red-flag answer (S-1…S-5). A clinician's clearance names these keys (S-12).
 * @category Screening
 */
export type RedFlagQuestionKey = keyof RedFlagAnswers;

/**
 * One red-flag question: where its answer goes, the rule that asks it, and how to ask it.
 * @category Screening
 */
export interface RedFlagQuestion {
  readonly key: RedFlagQuestionKey;
  readonly ruleId: RuleId;
  /** The question at intake, in words a lifter understands. */
  readonly question: string;
  /** The question at a session check-in, where only what is new or worse counts (S-9). */
  readonly checkInQuestion: string;
}

// The wording is a template of the screening module (screening.question.<key>, and its
// `.check-in` variant), so spinewise/report can print an unanswered question in a locale (S-13).
const question = (key: RedFlagQuestionKey, ruleId: RuleId): RedFlagQuestion =>
  Object.freeze({ key, ruleId, question: screeningMessages[`screening.question.${key}`], checkInQuestion: screeningMessages[`screening.question.${key}.check-in`] });

/**
 * Every red-flag question, in the order a form asks them (S-1…S-5). Each must be answered yes
 * or no; an omitted answer or `"unknown"` ("don't know") is unanswered (S-13). `legSymptoms`
 * and `nightPain` are answered with their details, or `null` for none.
 *
 * @example
 * ```ts
 * RED_FLAG_QUESTIONS.length;
 * // => 20
 * RED_FLAG_QUESTIONS[0]?.key;
 * // => "bladderDysfunction"
 * ```
 * @category Screening
 */
export const RED_FLAG_QUESTIONS: readonly RedFlagQuestion[] = Object.freeze([
  question("bladderDysfunction", "S-1"),
  question("saddleNumbness", "S-1"),
  question("bowelDysfunction", "S-1"),
  question("newSexualDysfunction", "S-1"),
  question("legSymptoms", "S-7"),
  question("footDrop", "S-2"),
  question("worseningLegWeakness", "S-2"),
  question("gaitDisturbance", "S-2"),
  question("fever", "S-3"),
  question("ivDrugUse", "S-3"),
  question("immunosuppression", "S-3"),
  question("recentSpinalProcedure", "S-3"),
  question("recentInfection", "S-3"),
  question("cancerHistory", "S-4"),
  question("unexplainedWeightLoss", "S-4"),
  question("nightPain", "S-4"),
  question("significantTrauma", "S-5"),
  question("minorTraumaOrStrenuousLift", "S-5"),
  question("osteoporosis", "S-5"),
  question("longTermCorticosteroids", "S-5"),
] as const);

/**
 * The age question, asked at intake only: the age decides S-11 and the age flags of S-5 and S-6.
 *
 * @example
 * ```ts
 * AGE_QUESTION.key;
 * // => "ageYears"
 * ```
 * @category Screening
 */
export const AGE_QUESTION: Readonly<{ key: "ageYears"; ruleId: RuleId; question: string }> = Object.freeze({
  key: "ageYears",
  ruleId: "S-11",
  question: screeningMessages["screening.question.ageYears"],
});
