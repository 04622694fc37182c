import { RED_FLAG_QUESTIONS, type RedFlagAnswers } from "../../src/screening/index.js";

/**
 * Every red-flag question answered "no" (S-13: each must be answered); leg symptoms and night
 * pain answered "none". Tests spread it and set what they exercise.
 */
export const allNo: RedFlagAnswers = Object.freeze(
  Object.fromEntries(RED_FLAG_QUESTIONS.map((item) => [item.key, item.key === "legSymptoms" || item.key === "nightPain" ? null : false])),
) as RedFlagAnswers;
