/**
 * The progression module's reasons in English: one template per stable code. Codes are stable
 * within a major version (docs/i18n.md); `spinewise/report` renders them in other locales.
 */
import { reasonsFrom } from "../evidence/messages.js";

/**
 * The English templates of the progression module's reasons (pain response, doses, ladders,
 * stage transitions, deloads; L-1…L-7, P-1…P-9, A-7, G-2, O-5, S-9), by stable code.
 * @example
 * ```ts
 * progressionMessages["progression.ladder-gradual"];
 * // => "The provoking direction comes back gradually, one step at a time."
 * ```
 * @category Progression
 */
export const progressionMessages = {
  // S-9: a re-screen that forbids training overrides every other answer.
  "progression.session-rescreen-stop": 'The session re-screen says "{action}": no training until that is resolved.',
  "progression.weekly-rescreen-stop": 'The weekly re-screen says "{action}": no training until that is resolved.',

  // nextDose (L-4, L-5, P-3…P-9)
  "progression.dose-flexion-conflict": "{exercise} loads flexion, which sent symptoms down the leg: stop it and re-screen.",
  "progression.dose-extension-conflict": "{exercise} loads extension, which sent symptoms down the leg: stop it and re-screen.",
  "progression.dose-both-directions-conflict": "{exercise} loads flexion and extension, which sent symptoms down the leg: stop it and re-screen.",
  "progression.dose-no-session": "No logged session of {exercise} yet: keep the prescribed dose and log how the back answers.",
  "progression.dose-layoff": "{days} days since the last {exercise} session (a layoff): return gradually.",
  "progression.dose-layoff-bodyweight": "Bodyweight work: repeat the last dose before progressing again.",
  "progression.dose-axial-ceiling": "This lift compresses the spine and answers to the lower ceiling of {ceiling}/10: prefer a load held in the hands.",
  "progression.dose-no-sets-logged": "The last {exercise} session logged no working set: keep the prescribed dose and log the sets done.",
  "progression.dose-below-prescribed-load":
    "{count} set(s) were lifted at {liftedKg} kg, below the prescribed {prescribedKg} kg: those sets do not count toward a load increase; hold.",
  "progression.dose-sets-incomplete": "{done} of {sets} sets were done: complete the prescribed sets before progressing.",
  "progression.dose-needs-green": "{streak} of {required} consecutive green sessions at this dose: hold until the back has answered well twice.",
  "progression.dose-below-top-reps": "Not every set reached the top of the range ({top} reps; done: {done}): keep the dose and build toward it.",
  "progression.dose-below-top-hold": "Not every set reached the top of the range ({top}s; done: {done}): keep the dose and build toward it.",
  "progression.dose-green-streak": "{streak} consecutive green sessions at this dose with full next-morning recovery.",
  "progression.dose-one-change": "Advanced stage: one change at a time (weight or reps, not both).",
  "progression.dose-add-set": "Add a set: {from} → {to}.",
  "progression.dose-add-load": "Every set reached the top of the range: add the smallest load step, {fromKg} → {toKg} kg, back to {bottom} reps.",
  "progression.dose-add-load-hold": "Every set reached the top of the range: add the smallest load step, {fromKg} → {toKg} kg.",
  "progression.dose-range-first": "Outside-neutral drill: range first, {from} → {to} range.",
  "progression.dose-hold-longer": "Hold longer: {fromMin}–{fromMax} s → {toMin}–{toMax} s.",
  "progression.dose-add-pause": "Early stage: add a pause before adding load, {from} → {to} s at the hardest point of each rep.",
  "progression.dose-raise-reps": "Bodyweight: raise the rep range, {fromMin}–{fromMax} → {toMin}–{toMax}.",
  "progression.dose-at-maximum": "This dose is at the top of its progression.",
  "progression.dose-at-maximum-harder": "This dose is at the top of its progression. Consider a harder variation: {harder}.",
  "progression.dose-lighter-load": "Load × {factor} rounded down to an available load: {fromKg} → {toKg} kg.",
  "progression.dose-accommodating": "Bands or chains can deload the bottom position while the top stays heavy.",
  "progression.dose-easier-after-two-reds":
    "One step down the regressions (two red sessions in a row): {from} → {to}; pick a load that keeps pain in the green band.",
  "progression.dose-easier-no-lighter-load":
    "One step down the regressions (no lighter load is available): {from} → {to}; pick a load that keeps pain in the green band.",
  "progression.dose-easier-bodyweight":
    "One step down the regressions (a bodyweight exercise has no load to take off): {from} → {to}; pick a load that keeps pain in the green band.",
  "progression.dose-shorter-range": "No easier exercise known: shorten the range, {from} → {to}.",
  "progression.dose-fewer-sets": "No easier exercise known: one set fewer, {from} → {to}.",
  "progression.dose-nothing-easier": "Nothing easier is left for {exercise}: stop it and choose a safer alternative.",

  // painResponse (L-1, L-2, L-5)
  "progression.pain-peripheralised": "Symptoms spread further down the leg: stop this direction now and re-screen.",
  "progression.pain-above-ceiling": "Pain reached {peak}/10, above the ceiling of {ceiling}/10: stop this exercise and regress.",
  "progression.pain-above-axial-ceiling": "Pain reached {peak}/10, above the ceiling of {ceiling}/10 (axially loaded lift): stop this exercise and regress.",
  "progression.pain-amber": "Pain reached {peak}/10: within the ceiling of {ceiling}/10 but above the green band (0–{greenMax}); hold the dose.",
  "progression.pain-amber-axial":
    "Pain reached {peak}/10: within the ceiling of {ceiling}/10 (axially loaded lift) but above the green band (0–{greenMax}); hold the dose.",
  "progression.pain-green": "Pain stayed at {peak}/10, inside the green band (0–{greenMax}).",
  "progression.pain-morning-unknown": "Next-morning pain is not reported yet; a session is green only once the back is back to baseline the next morning.",
  "progression.pain-flare": "Next-morning pain {morning}/10 is {margin} or more above the baseline of {baseline}/10: a flare; regress.",
  "progression.pain-lingering": "Next-morning pain {morning}/10 is still above the baseline of {baseline}/10; hold until it settles.",
  "progression.pain-recovered": "Next-morning pain {morning}/10 is back to the baseline of {baseline}/10.",
  "progression.pain-centralised": "Symptoms moved toward the spine (centralised): a good sign for this direction.",

  // axialAlternation (P-7)
  "progression.axial-back-to-back": "{dayBefore} ({before}) and {day} ({now}) both load the spine axially: put a day without axial loading between them.",

  // deloadDue (A-7, L-3, P-7)
  "progression.deload-acwr": "Training load is in the {zone} zone (ratio {ratio}): deload now rather than wait for the schedule.",
  "progression.deload-acwr-no-ratio": "Training load is in the {zone} zone: deload now rather than wait for the schedule.",
  "progression.deload-pain-rising": "Morning pain rose {weeks} weeks in a row: deload and review the program.",
  "progression.deload-scheduled": "{weeks} training weeks since the last deload: the scheduled deload (every {cadence} weeks) is due.",
  "progression.deload-in-one-week": "{weeks} training weeks since the last deload; the next scheduled deload is in 1 week.",
  "progression.deload-in-weeks": "{weeks} training weeks since the last deload; the next scheduled deload is in {left} weeks.",

  // nextLadderStep (P-1, P-2, L-4, L-6, G-2): steps count from 1, with the step's exercise ID
  "progression.ladder-hinge-order": "Shorter-range, neutral-spine hinges (trap bar, rack pulls) come before the floor.",
  "progression.ladder-flexion-conflict": "The {ladder} ladder loads flexion, which sent symptoms down the leg: do not climb it; re-screen.",
  "progression.ladder-extension-conflict": "The {ladder} ladder loads extension, which sent symptoms down the leg: do not climb it; re-screen.",
  "progression.ladder-both-directions-conflict": "The {ladder} ladder loads flexion and extension, which sent symptoms down the leg: do not climb it; re-screen.",
  "progression.ladder-step-held": "Step {step} of {steps} ({exercise}) is not allowed for you yet ({rule}); it waits for that cap to lift.",
  "progression.ladder-none-fits": "No step of the {ladder} ladder fits your stage yet: it waits.",
  "progression.ladder-start": "Earn the lift back: start the {ladder} ladder at step {step} of {steps} ({exercise}).",
  "progression.ladder-gradual": "The provoking direction comes back gradually, one step at a time.",
  "progression.ladder-red-stay": "A red exposure: stay at step {step} of {steps} ({exercise}), the first step, and let it settle.",
  "progression.ladder-red-drop": "A red exposure: drop back to step {step} of {steps} ({exercise}).",
  "progression.ladder-hold": "Hold at step {step} of {steps} ({exercise}).",
  "progression.ladder-needs-green": "{streak} of {required} consecutive green exposures at step {step} of {steps} ({exercise}): hold.",
  "progression.ladder-greens": "{streak} consecutive green exposures at step {step} of {steps} ({exercise}), each back to baseline by the next morning.",
  "progression.ladder-complete": "The {ladder} ladder is complete: its last step, {exercise}, is earned back.",
  "progression.ladder-advance": "Advance exactly one step, to step {step} of {steps} ({exercise}).",

  // stageTransition and the outcome review (L-3, L-4, L-7, O-5)
  "progression.stage-radicular": "Radicular leg pain has lasted {weeks} weeks (more than {limit}): see a specialist for review.",
  "progression.stage-no-outcome-improvement": "No meaningful improvement on any recorded outcome measure over {weeks} weeks: see a physiotherapist for review.",
  "progression.stage-outcome-improved": "{measure} improved meaningfully over {weeks} weeks.",
  "progression.stage-pain-floor": "Pain is at {pain}/10, at or below {floor}: improvement is not judged on pain alone.",
  "progression.stage-no-improvement": "Morning pain went from {from}/10 to {to}/10 over {weeks} weeks without improving: see a physiotherapist.",
  "progression.stage-outcome-worse": "{measure} is meaningfully worse ({measure} went from {from} to {to}): answer the safety questions again before the next session (S-9).",
  "progression.stage-rising-first": "Morning pain or stiffness rose {weeks} weeks in a row; already in the most conservative stage: hold and review the load.",
  "progression.stage-rising-drop": "Morning pain or stiffness rose {weeks} weeks in a row: drop one stage to {stage}.",
  "progression.stage-advance": "Both clearing tests re-run and re-staged: advance to {stage}.",
  "progression.stage-advance-capped": "Both clearing tests re-run and re-staged: advance to {stage} (re-staging said {restaged}; stages advance one at a time).",
  "progression.stage-restage-drop": "Re-staging found more irritability: train in {stage}.",
  "progression.stage-restage-hold": "Re-staging confirmed {stage}: hold.",
  "progression.stage-last": "Already in {stage}, the last stage: hold.",
  "progression.stage-no-restage": "No re-stage this week: to advance, re-run both clearing tests and re-stage.",
  "progression.outcome-one-score": "{measure}: one score so far ({date}); a change needs two.",
  "progression.outcome-pain-floor": "{measure} is {score}/10, at or below {floor}: not judged on pain.",

  // Terms: an ID param (stage, safety action, zone, range, ladder, axis, stance, slot) is shown as its word
  "progression.term.symptom-modulation": "symptom modulation",
  "progression.term.movement-control": "movement control",
  "progression.term.function-optimisation": "function optimisation",
  "progression.term.emergency": "emergency: seek care now",
  "progression.term.urgent-referral": "urgent referral",
  "progression.term.stop-until-cleared": "stop until cleared by a clinician",
  "progression.term.incomplete-screening": "screening incomplete",
  "progression.term.proceed-with-advisory": "train, with a note",
  "progression.term.proceed": "train",
  "progression.term.under-training": "under-training",
  "progression.term.sweet-spot": "sweet-spot",
  "progression.term.caution": "caution",
  "progression.term.danger": "danger",
  "progression.term.quarter": "quarter",
  "progression.term.half": "half",
  "progression.term.three-quarter": "three-quarter",
  "progression.term.full": "full",
  "progression.term.hinge": "hinge",
  "progression.term.squat": "squat",
  "progression.term.row": "row",
  "progression.term.flexion-exposure": "flexion exposure",
  "progression.term.extension-exposure": "extension exposure",
  "progression.term.lateral-flexion-exposure": "lateral flexion exposure",
  "progression.term.leg-press": "leg press",
  "progression.term.crunch": "crunch",
} as const;

/**
 * The typed constructor of the progression module's reasons.
 * @example
 * ```ts
 * progressionReason("L-4", "progression.dose-add-set", { from: 3, to: 4 }).message;
 * // => "Add a set: 3 → 4."
 * ```
 * @category Progression
 */
export const progressionReason = /* @__PURE__ */ reasonsFrom(progressionMessages, "progressionReason");
