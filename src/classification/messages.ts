/**
 * The classification module's reasons in English: one template per stable code. Codes are
 * stable within a major version (docs/i18n.md); `spinewise/report` renders them in other locales.
 */
import { reasonsFrom } from "../evidence/messages.js";

/**
 * The English templates of the direction, endurance and lower-crossed reasons (C-1…C-7,
 * E-1…E-3), by stable code.
 * @example
 * ```ts
 * classificationMessages["classification.no-positive-test"];
 * // => "Neither test reproduced familiar pain: no directional intolerance."
 * ```
 * @category Classification
 */
export const classificationMessages = {
  "classification.flexion-test-positive": "The flexion clearing test (rock-back) reproduced familiar pain at {pain}/10: positive.",
  "classification.extension-test-positive": "The extension clearing test (press-up) reproduced familiar pain at {pain}/10: positive.",
  "classification.flexion-test-discomfort": "The flexion clearing test (rock-back) gave {pain}/10 that was not the familiar pain: discomfort, not a positive test.",
  "classification.extension-test-discomfort": "The extension clearing test (press-up) gave {pain}/10 that was not the familiar pain: discomfort, not a positive test.",
  "classification.flexion-peripheralised":
    "The flexion clearing test (rock-back) sent symptoms further from the spine ({before} → {after}): flexion is intolerant whatever the pain score.",
  "classification.extension-peripheralised":
    "The extension clearing test (press-up) sent symptoms further from the spine ({before} → {after}): extension is intolerant whatever the pain score.",
  "classification.flexion-centralised":
    "The flexion clearing test (rock-back) drew symptoms back toward the spine ({before} → {after}): a preference for flexion, not an intolerance.",
  "classification.extension-centralised":
    "The extension clearing test (press-up) drew symptoms back toward the spine ({before} → {after}): a preference for extension, not an intolerance.",
  "classification.multidirectional": "Both tests were positive and differ by {difference} point(s), less than {margin}: multidirectional.",
  "classification.flexion-worse":
    "Both tests were positive; the flexion clearing test (rock-back) was {difference} points more painful, so it names the intolerance (the extension test was positive too: go carefully there).",
  "classification.extension-worse":
    "Both tests were positive; the extension clearing test (press-up) was {difference} points more painful, so it names the intolerance (the flexion test was positive too: go carefully there).",
  "classification.only-flexion-positive": "Only the flexion clearing test (rock-back) was positive: flexion intolerant.",
  "classification.only-extension-positive": "Only the extension clearing test (press-up) was positive: extension intolerant.",
  "classification.positive-but-centralising":
    "The only positive test also drew symptoms toward the spine, which makes it a preference: no directional intolerance.",
  "classification.no-positive-test": "Neither test reproduced familiar pain: no directional intolerance.",
  "classification.lateral-shift": "A lateral shift cannot be resolved by two sagittal tests: indeterminate; see a physiotherapist or other clinician to assess it.",
  "classification.rotation-pain":
    "Pain provoked by rotation cannot be resolved by two sagittal tests: indeterminate; see a physiotherapist or other clinician to assess it.",
  "classification.lateral-shift-and-rotation-pain":
    "A lateral shift and pain provoked by rotation cannot be resolved by two sagittal tests: indeterminate; see a physiotherapist or other clinician to assess it.",
  "classification.provoking-none-relieving-none": "Provoking directions: none; relieving directions: none.",
  "classification.provoking-none-relieving-flexion": "Provoking directions: none; relieving direction: flexion.",
  "classification.provoking-none-relieving-extension": "Provoking directions: none; relieving direction: extension.",
  "classification.provoking-none-relieving-both": "Provoking directions: none; relieving directions: flexion and extension.",
  "classification.provoking-flexion-relieving-none": "Provoking direction: flexion; relieving directions: none.",
  "classification.provoking-flexion-relieving-flexion": "Provoking direction: flexion; relieving direction: flexion.",
  "classification.provoking-flexion-relieving-extension": "Provoking direction: flexion; relieving direction: extension.",
  "classification.provoking-flexion-relieving-both": "Provoking direction: flexion; relieving directions: flexion and extension.",
  "classification.provoking-extension-relieving-none": "Provoking direction: extension; relieving directions: none.",
  "classification.provoking-extension-relieving-flexion": "Provoking direction: extension; relieving direction: flexion.",
  "classification.provoking-extension-relieving-extension": "Provoking direction: extension; relieving direction: extension.",
  "classification.provoking-extension-relieving-both": "Provoking direction: extension; relieving directions: flexion and extension.",
  "classification.provoking-both-relieving-none": "Provoking directions: flexion and extension; relieving directions: none.",
  "classification.provoking-both-relieving-flexion": "Provoking directions: flexion and extension; relieving direction: flexion.",
  "classification.provoking-both-relieving-extension": "Provoking directions: flexion and extension; relieving direction: extension.",
  "classification.provoking-both-relieving-both": "Provoking directions: flexion and extension; relieving directions: flexion and extension.",
  "classification.history-disagrees": "The history points to {suggested} intolerance but the tests say {pattern}: low confidence, stage one step more conservative.",
  "classification.history-agrees": "The history agrees: it points to {suggested} intolerance.",
  "classification.history-unspecific": "The history names nothing specific to one direction; it neither supports nor contradicts the tests.",
  "classification.endurance-wrong-stage": "The endurance tests are for the function-optimisation stage; the current stage is {stage}.",
  "classification.endurance-safety": "The safety gate says {action}: no endurance testing until every flag is cleared.",
  "classification.endurance-no-stage": "No stage was given: run these tests only in function optimisation, and stop a test at the first familiar pain.",
  "classification.endurance-reference": "Absolute times are shown against the 1999 means of young, healthy, untrained adults; they are informative only, never pass/fail.",
  "classification.flexor-to-extensor-undefined": "Flexor ÷ extensor: undefined, the divisor's hold time is 0 s (target below {max}).",
  "classification.flexor-to-extensor-pass": "Flexor ÷ extensor = {value} (target below {max}): pass.",
  "classification.flexor-to-extensor-fail": "Flexor ÷ extensor = {value} (target below {max}): fail.",
  "classification.right-to-left-side-bridge-undefined": "Right ÷ left side bridge: undefined, the divisor's hold time is 0 s (target {min}–{max}).",
  "classification.right-to-left-side-bridge-pass": "Right ÷ left side bridge = {value} (target {min}–{max}): pass.",
  "classification.right-to-left-side-bridge-fail": "Right ÷ left side bridge = {value} (target {min}–{max}): fail.",
  "classification.left-side-bridge-to-extensor-undefined": "Left side bridge ÷ extensor: undefined, the divisor's hold time is 0 s (target below {max}).",
  "classification.left-side-bridge-to-extensor-pass": "Left side bridge ÷ extensor = {value} (target below {max}): pass.",
  "classification.left-side-bridge-to-extensor-fail": "Left side bridge ÷ extensor = {value} (target below {max}): fail.",
  "classification.right-side-bridge-to-extensor-undefined": "Right side bridge ÷ extensor: undefined, the divisor's hold time is 0 s (target below {max}).",
  "classification.right-side-bridge-to-extensor-pass": "Right side bridge ÷ extensor = {value} (target below {max}): pass.",
  "classification.right-side-bridge-to-extensor-fail": "Right side bridge ÷ extensor = {value} (target below {max}): fail.",
  "classification.no-lower-crossed": "No lower-crossed indicator: no change to the emphasis.",
  "classification.lower-crossed-count": "{count} of 4 lower-crossed indicators: {indicators}.",
  "classification.train-glutes": "Train the glutes first (hip thrusts, bridges, split squats, band walks, single-leg RDL): {indicators}.",
  "classification.train-abdominals": "Train the abdominals and bracing so the pelvis is held, not the low back.",
  "classification.hip-flexor-mobility": "Add hip-flexor mobility so the pelvis is not pulled into anterior tilt.",
  "classification.no-back-extension-training": "Leave out back-extension-focused \"back training\": the lumbar extensors are usually overactive already.",
  "classification.term.flexion": "flexion",
  "classification.term.extension": "extension",
  "classification.term.flexion-intolerant": "flexion-intolerant",
  "classification.term.extension-intolerant": "extension-intolerant",
  "classification.term.multidirectional": "multidirectional",
  "classification.term.no-directional-intolerance": "no-directional-intolerance",
  "classification.term.indeterminate": "indeterminate",
  "classification.term.symptom-modulation": "symptom-modulation",
  "classification.term.movement-control": "movement-control",
  "classification.term.function-optimisation": "function-optimisation",
  "classification.term.emergency": "emergency",
  "classification.term.urgent-referral": "urgent-referral",
  "classification.term.stop-until-cleared": "stop-until-cleared",
  "classification.term.incomplete-screening": "incomplete-screening",
  "classification.term.proceed-with-advisory": "proceed-with-advisory",
  "classification.term.proceed": "proceed",
} as const;

/**
 * The typed constructor of the classification module's reasons.
 * @example
 * ```ts
 * classificationReason("C-2", "classification.no-positive-test", {}).code;
 * // => "classification.no-positive-test"
 * ```
 * @category Classification
 */
export const classificationReason = /* @__PURE__ */ reasonsFrom(classificationMessages, "classificationReason");
