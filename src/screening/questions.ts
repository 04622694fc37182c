/**
 * The red-flag questions as data: the key an answer is stored under, the rule that asks it, and
 * the question in plain words, as asked at intake and again at a check-in (S-1…S-5, S-9, S-13).
 */
import type { RuleId } from "../evidence/index.js";
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

const question = (key: RedFlagQuestionKey, ruleId: RuleId, asked: string, checkIn: string): RedFlagQuestion =>
  Object.freeze({ key, ruleId, question: asked, checkInQuestion: `Since your last check-in, ${checkIn}` });

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
  question("bladderDysfunction", "S-1", "Have you had new trouble passing urine (difficulty starting, not being able to go, or leaking)?", "have you had new trouble passing urine (difficulty starting, not being able to go, or leaking)?"),
  question("saddleNumbness", "S-1", "Is there numbness or tingling between your legs, around your genitals or back passage?", "have you noticed numbness or tingling between your legs, around your genitals or back passage?"),
  question("bowelDysfunction", "S-1", "Have you lost control of your bowels, or the feeling of needing to go?", "have you lost control of your bowels, or the feeling of needing to go?"),
  question("newSexualDysfunction", "S-1", "Have you had new sexual problems (for example loss of sensation or erection)?", "have you had new sexual problems?"),
  question("legSymptoms", "S-7", "Do you have pain, numbness, tingling or weakness in a leg? (Describe it, or answer none.)", "have leg symptoms started, spread further down, or grown stronger or weaker? (Describe them, or answer none.)"),
  question("footDrop", "S-2", "Does a foot drop or catch when you walk (new foot drop)?", "has a foot started to drop or catch when you walk?"),
  question("worseningLegWeakness", "S-2", "Is weakness in a leg getting worse?", "has weakness in a leg got worse?"),
  question("gaitDisturbance", "S-2", "Has your walking changed (tripping, unsteadiness)?", "has your walking changed (tripping, unsteadiness)?"),
  question("fever", "S-3", "Do you have a fever, chills or night sweats with the back pain?", "have you had a fever, chills or night sweats with the back pain?"),
  question("ivDrugUse", "S-3", "Do you inject drugs?", "have you injected drugs?"),
  question("immunosuppression", "S-3", "Is your immune system weakened by a condition or by medicines (for example after a transplant, or chemotherapy)?", "has your immune system been weakened by a condition or by new medicines?"),
  question("recentSpinalProcedure", "S-3", "Have you had a spinal injection or spinal surgery recently?", "have you had a spinal injection or spinal surgery?"),
  question("recentInfection", "S-3", "Have you had an infection recently (for example of the urine, skin or chest)?", "have you had an infection (for example of the urine, skin or chest)?"),
  question("cancerHistory", "S-4", "Have you ever had cancer?", "have you been told you have cancer?"),
  question("unexplainedWeightLoss", "S-4", "Have you lost weight without trying?", "have you lost weight without trying?"),
  question("nightPain", "S-4", "Does back pain wake you at night? (Describe it, or answer none.)", "has night pain started or changed? (Describe it, or answer none.)"),
  question("significantTrauma", "S-5", "Did the pain start with a significant injury, such as a fall from a height or a road accident?", "have you had a significant injury, such as a fall from a height or a road accident?"),
  question("minorTraumaOrStrenuousLift", "S-5", "Did the pain start with a minor fall or a strenuous lift?", "has the pain come on with a minor fall or a strenuous lift?"),
  question("osteoporosis", "S-5", "Have you been told you have osteoporosis (thin bones)?", "have you been told you have osteoporosis (thin bones)?"),
  question("longTermCorticosteroids", "S-5", "Do you take steroid tablets or injections (corticosteroids such as prednisolone) long term?", "have you started taking steroid tablets or injections (corticosteroids) long term?"),
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
  question: "How old are you, in whole years?",
});
