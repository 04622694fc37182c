import type { Decision, Reason } from "../evidence/index.js";
import { classificationReason } from "./messages.js";
import type { EmphasisFocus, LowerCrossedAnswers } from "./types.js";
import { requireObject } from "../internal/guards.js";

/**
 * One emphasis with the reason for it (C-7).
 * @category Classification
 */
export interface Emphasis {
  readonly focus: EmphasisFocus;
  readonly reason: Reason;
}

/**
 * What the lower-crossed questions change about training (C-7): `emphasise` when any
 * answer is yes, otherwise `no-change`.
 * @category Classification
 */
export interface EmphasisResult extends Decision<"emphasise" | "no-change"> {
  /** How many of the four questions were answered yes. */
  readonly indicatorCount: number;
  /** The emphases, empty when no answer was yes. */
  readonly emphasis: readonly Emphasis[];
}

const QUESTIONS: readonly { key: keyof LowerCrossedAnswers; text: string }[] = [
  { key: "anteriorPelvicTilt", text: "signs of excessive anterior pelvic tilt" },
  { key: "weakGlutes", text: "weak glutes" },
  { key: "tightHipFlexors", text: "tight hip flexors" },
  { key: "liftsFeltInLowBack", text: "squats and deadlifts felt in the low back rather than the glutes" },
];

/**
 * Reads the four lower-crossed questions and says what to emphasise (C-7).
 *
 * Prolonged sitting and training that favours quads and lower back leave the hip flexors
 * and lumbar extensors tight and the glutes and abdominals weak (seed 004; Leinonen 2000
 * found weaker gluteal activity in people with low back pain). One yes is enough to shift
 * the emphasis to glutes and abdominals, hip-flexor mobility, and away from
 * back-extension-focused "back training".
 *
 * @param answers - the four yes/no answers
 * @returns `emphasise` with the emphasis list and reasons, or `no-change`
 * @throws TypeError naming `lowerCrossedIndicators` when `answers` is not an object; the answers
 * inside are the caller's contract (check untrusted input with {@link parseLowerCrossedAnswers})
 * @example
 * ```ts
 * lowerCrossedIndicators({ anteriorPelvicTilt: false, weakGlutes: true, tightHipFlexors: false, liftsFeltInLowBack: false })
 *   .emphasis.map((item) => item.focus);
 * // => ["glutes", "abdominals", "hip-flexor-mobility", "avoid-back-extension-training"]
 * ```
 * @category Classification
 */
export function lowerCrossedIndicators(answers: LowerCrossedAnswers): EmphasisResult {
  requireObject("lowerCrossedIndicators", "answers", answers);
  const yes = QUESTIONS.filter((question) => answers[question.key]);
  if (yes.length === 0) {
    return Object.freeze({
      action: "no-change",
      ruleId: "C-7",
      indicatorCount: 0,
      emphasis: Object.freeze([]),
      reasons: Object.freeze([classificationReason("C-7", "classification.no-lower-crossed", {})]),
    });
  }
  const found = yes.map((question) => question.text).join("; ");
  // C-7: any single yes shifts the emphasis (seed 004's "one or more").
  const emphasis: Emphasis[] = [
    { focus: "glutes", reason: classificationReason("C-7", "classification.train-glutes", { indicators: found }) },
    { focus: "abdominals", reason: classificationReason("C-7", "classification.train-abdominals", {}) },
    { focus: "hip-flexor-mobility", reason: classificationReason("C-7", "classification.hip-flexor-mobility", {}) },
    { focus: "avoid-back-extension-training", reason: classificationReason("C-7", "classification.no-back-extension-training", {}) },
  ].map((item) => Object.freeze(item) as Emphasis);
  return Object.freeze({
    action: "emphasise",
    ruleId: "C-7",
    indicatorCount: yes.length,
    emphasis: Object.freeze(emphasis),
    reasons: Object.freeze([
      classificationReason("C-7", "classification.lower-crossed-count", { count: yes.length, indicators: found }),
      ...emphasis.map((item) => item.reason),
    ]),
  });
}
