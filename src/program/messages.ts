/**
 * The program module's reasons in English: one template per stable code. Codes are stable
 * within a major version (docs/i18n.md); `spinewise/report` renders them in other locales.
 */
import { reasonsFrom } from "../evidence/messages.js";

/**
 * The English templates of the planner's reasons (the assessment's emphasis, the week, each
 * session, slot, dose and the pain rules; T, C, G, V, P, A, L and S-9 rules), by stable code.
 * @example
 * ```ts
 * programMessages["program.pain-rules-spread"].startsWith("If symptoms spread");
 * // => true
 * ```
 * @category Program
 */
export const programMessages = {
  // assess (C-3, C-5, C-6), and the emphasis it hands the planner (cited by the stage's own rule)
  "program.assess-indeterminate": "The two clearing tests cannot resolve this pattern (lateral shift or rotation): see a clinician; the plan stays conservative.",
  "program.assess-history-disagrees": "The tests and your history disagree: treat the direction as a starting guess and watch how training answers.",
  "program.emphasis-bracing": "Bracing and breathing: intra-abdominal pressure steadies the lumbar spine.",
  "program.emphasis-thoracic-mobility": "Thoracic mobility, so the upper back turns and extends instead of the low back (joint by joint).",
  "program.emphasis-hip-mobility": "Hip mobility: the hips supply the range while the lumbar spine stays stable.",
  "program.emphasis-flexion-eases": "Gentle flexion eases your symptoms: a drill in that direction opens the warm-up while symptoms are present.",
  "program.emphasis-extension-eases": "Gentle extension eases your symptoms: a drill in that direction opens the warm-up while symptoms are present.",
  "program.emphasis-both-directions-ease": "Gentle flexion and extension ease your symptoms: a drill in those directions opens the warm-up while symptoms are present.",
  "program.emphasis-flexion-positions": "Flexion-intolerant: break up long spells of sitting and slouching; change position often.",
  "program.emphasis-extension-positions": "Extension-intolerant: avoid long spells standing or arched in extension; change position often.",

  // buildSession: the session (G-8, P-7, T-1…T-3)
  "program.session-trim-core-sets": "A {minutes}-minute session: two sets of core work, so the main work keeps its place.",
  "program.session-trim-core-exercises": "A {minutes}-minute session: two core exercises, so the main work keeps its place.",
  "program.session-trim-walk": "A {minutes}-minute session: a 10-minute walk, so the main work keeps its place.",
  "program.session-trim-warm-up": "A {minutes}-minute session: one set of each warm-up drill, so the main work keeps its place.",
  "program.session-time-scaled":
    "Block volume cut to about {percent}% so the session fits {minutes} minutes; the single-leg block keeps at least 2 sets, and the per-leg targets stay the direction of travel.",
  "program.session-week-scaled": "This week's block volume is scaled to {percent}% (see the week's reasons).",
  "program.session-too-short":
    "{minutes} minutes is shorter than this session needs at its least (about {needed} minutes): plan a longer session, or fewer days with more time each.",
  "program.stage-symptom-modulation":
    "Symptom modulation: bodyweight work in a neutral spine, positions that ease symptoms, gentle main work and a brisk walk you can still talk through to finish.",
  "program.stage-movement-control":
    "Movement control: light-to-moderate loads held in the hands, every set stopped with 3 or more reps in reserve; core stability and bracing; hip and thoracic mobility.",
  "program.stage-function-optimisation":
    "Function optimisation: strength work with single-leg emphasis, loads in the hands and the lifts earned back on their ladders; progress one thing at a time (P-8).",
  "program.session-axial-day": "An axial day: exercises that compress the spine are allowed today, and the next session goes without them.",
  "program.session-non-axial-day": "A day without axial loading: nothing that compresses the spine (P-7 alternation).",

  // buildSession: warm-up, core, the outside-neutral drill and the walk (cited by the stage's own rule, C-5, C-7, G-3)
  "program.warm-up-breathing": "Breathing and bracing first: intra-abdominal pressure stiffens the trunk before load.",
  "program.warm-up-thoracic-mobility": "Thoracic mobility: the upper back moves so the lumbar spine can stay still (joint by joint).",
  "program.warm-up-hip-flexors": "Hip mobility with the hip flexors first: your answers point to tight hip flexors and a tilted pelvis.",
  "program.warm-up-hip-mobility": "Hip mobility: the hips, not the low back, should supply the range.",
  "program.warm-up-flexion-repeated": "Repeated gentle flexion, the direction that eases your symptoms.",
  "program.warm-up-extension-repeated": "Repeated gentle extension, the direction that eases your symptoms.",
  "program.warm-up-both-directions-repeated": "Repeated gentle flexion and extension, the directions that ease your symptoms.",
  "program.warm-up-flexion-held": "A position held in gentle flexion, the direction that eases your symptoms.",
  "program.warm-up-extension-held": "A position held in gentle extension, the direction that eases your symptoms.",
  "program.warm-up-both-directions-held": "A position held in gentle flexion and extension, the directions that ease your symptoms.",
  "program.core-anti-extension": "Core work (anti-extension): the trunk resists arching instead of making it.",
  "program.core-anti-rotation": "Core work (anti-rotation): the trunk resists twisting instead of making it.",
  "program.core-anti-lateral-flexion": "Core work (anti-side-bend): the trunk resists bending sideways instead of making it.",
  "program.core-anti-extension-abdominals":
    "Core work (anti-extension): the abdominals resist arching so the spine stays where it is; your answers call for abdominal emphasis.",
  "program.core-anti-rotation-abdominals":
    "Core work (anti-rotation): the abdominals resist twisting so the spine stays where it is; your answers call for abdominal emphasis.",
  "program.core-anti-lateral-flexion-abdominals":
    "Core work (anti-side-bend): the abdominals resist bending sideways so the spine stays where it is; your answers call for abdominal emphasis.",
  "program.core-stand-in": "{exercise} stands in for the core slot: the trunk stays still while it works.",
  "program.exposure-drill":
    "Graded exposure outside neutral, once a week: {exercise} at 3 × 6–8 with a slow tempo. Progress the range first, then the load, then the volume (P-5).",
  "program.finish-walk": "A brisk walk at a pace you can still talk at: movement that most backs in this stage tolerate well.",

  // daySlots: the blocks (T-1, G-4, V-1…V-5)
  "program.block-foundation":
    "One gentle block instead of three: a hip-dominant and a knee-dominant movement with bodyweight, easy sets well inside the pain ceiling (L-1).",
  "program.block-upper-settling": "An upper-body push and pull, unloaded or with a band, so the week trains the whole lifter while the back settles.",
  "program.block-upper-day":
    "An upper-body day: a horizontal and a vertical push and pull, in positions that support the spine or load the hands; the legs rest from hard work.",
  "program.block-legs": "Block {block} of 3 (V-1 order): one hip- and one knee-dominant movement (V-2).",

  // doseExercise: the planned dose (V-3…V-6, G-2, G-4, G-9, T-1)
  "program.dose-hold-fallback": "{sets} × {seconds} s hold.",
  "program.dose-finisher": "{sets} × {reps}+ reps with a light load (a finisher).",
  "program.dose-per-leg":
    "{sets} × {reps} per leg ({total} reps per leg), toward the slot's {slotTarget} of the block's {blockTarget} per leg; all reps on one side, then the other (V-6).",
  "program.dose-per-set":
    "{sets} × {reps} per set ({total} reps), toward the slot's {slotTarget} of the block's {blockTarget} per leg; all reps on one side, then the other (V-6).",
  "program.dose-foundation": "{exercise}: easy sets, bodyweight, neutral spine.",
  "program.dose-ladder-step-reps": "{exercise}: the ladder step's own dose, {sets} × {reps}.",
  "program.dose-ladder-step-reps-per-side": "{exercise}: the ladder step's own dose, {sets} × {reps} per side.",
  "program.dose-ladder-step-hold": "{exercise}: the ladder step's own dose, {sets} × {seconds} s.",
  "program.dose-ladder-step-hold-per-side": "{exercise}: the ladder step's own dose, {sets} × {seconds} s per side.",
  "program.dose-ladder-step-distance": "{exercise}: the ladder step's own dose, {sets} × {meters} m.",
  "program.dose-ladder-step-breaths": "{exercise}: the ladder step's own dose, {sets} × {breaths} breaths.",
  "program.dose-ladder-step-minutes": "{exercise}: the ladder step's own dose, {minutes} min.",
  "program.dose-own-reps": "{exercise}: {sets} × {reps}.",
  "program.dose-own-reps-per-side": "{exercise}: {sets} × {reps} per side.",
  "program.dose-own-hold": "{exercise}: {sets} × {seconds} s.",
  "program.dose-own-hold-per-side": "{exercise}: {sets} × {seconds} s per side.",
  "program.dose-own-distance": "{exercise}: {sets} × {meters} m.",
  "program.dose-own-breaths": "{exercise}: {sets} × {breaths} breaths.",
  "program.dose-own-minutes": "{exercise}: {minutes} min.",

  // doseHistory and fillSlot: the dose from what was logged (L-1, L-2, L-5, G-11); the pain model's own reason follows
  "program.history-deload-holds-load": "{exercise}: a deload week holds the load at {loadKg} kg; progression waits for next week.",
  "program.history-deload-holds": "{exercise}: a deload week holds the load; progression waits for next week.",
  "program.history-stopped": "{exercise} is stopped.",
  "program.history-regresses": "{exercise} regresses to an easier exercise.",
  "program.history-set-aside-amber": "{exercise} is set aside: after the amber response on {date} no set was logged to hold at.",
  "program.history-set-aside-red": "{exercise} is set aside: after the red response on {date} no set was logged to hold at.",
  "program.history-capped-amber": "{exercise}: after the amber response on {date}, no more sets, reps, hold time or load than were done then.",
  "program.history-capped-red": "{exercise}: after the red response on {date}, no more sets, reps, hold time or load than were done then.",
  "program.history-holds": "{exercise}: the dose holds.",
  "program.history-progresses": "{exercise}: progresses ({axis}).",
  "program.history-regresses-dose": "{exercise}: regresses ({axis}).",
  "program.fill-cannot-plan": "{easier} cannot be planned here: {exercise} is set aside.",
  "program.fill-swapped": "{exercise} → {easier}.",

  // historySafety: a withholding check-in recorded in the history (S-9, S-12)
  "program.check-in-log-held":
    'The check-in recorded with the {exercise} log of {date} says "{action}": no training is planned until that is resolved (a clinician\'s clearance that names it lifts it, S-12).',
  "program.check-in-log":
    'The check-in recorded with the {exercise} log of {date} says "{action}": no training is planned until that is resolved (a later check-in that re-screens clear lifts it).',
  "program.check-in-exposure-held":
    'The check-in recorded with the {ladder} ladder exposure of {date} says "{action}": no training is planned until that is resolved (a clinician\'s clearance that names it lifts it, S-12).',
  "program.check-in-exposure":
    'The check-in recorded with the {ladder} ladder exposure of {date} says "{action}": no training is planned until that is resolved (a later check-in that re-screens clear lifts it).',
  "program.check-in-undated-exposure-held":
    'The check-in recorded with the {ladder} ladder exposure #{number} says "{action}": no training is planned until that is resolved (a clinician\'s clearance that names it lifts it, S-12).',
  "program.check-in-undated-exposure":
    'The check-in recorded with the {ladder} ladder exposure #{number} says "{action}": no training is planned until that is resolved (a later check-in that re-screens clear lifts it).',

  // painRules (L-1, L-2, L-5, G-6)
  "program.pain-rules-ceiling":
    "During each exercise and right after the session, pain may reach {ceiling}/10 ({axialCeiling}/10 for lifts marked axial, which load the spine from above). If it goes past that, stop that exercise for today; the next plan makes it easier.",
  "program.pain-rules-next-morning":
    "Check the next morning: pain should be back where it was before the session. {flare} or more points higher is a flare, and the next session steps back.",
  "program.pain-rules-spread":
    "If symptoms spread further down a leg during or after training, stop that exercise at once and answer the safety questions again before the next session.",
  "program.pain-rules-record":
    "Record, for each exercise: the sets, reps and load you did, your pain before, the worst pain during and right after; and your pain the next morning. The next plan is built from what you record.",

  // pickExercise (G-2, G-9, V-2, P-3); a caution verdict's own reason follows
  "program.pick-ladder-step": "{exercise} is step {step} of the {ladder} ladder, earned so far: it is trained in this slot at its own dose.",
  "program.pick-caution": '{exercise} is "caution" for you: no "ok" exercise fits this slot, so it is used with care (stay well inside the pain ceiling).',
  "program.pick-caution-kit":
    '{exercise} is "caution" for you: no "ok" exercise fits this slot with the kit given, so it is used with care (stay well inside the pain ceiling).',
  "program.pick-hold-fallback": "No rep-based exercise fits this slot for you: {exercise}, a timed hold, takes it as a fallback.",
  "program.pick-hold-fallback-kit": "No rep-based exercise fits this slot for you with the kit given: {exercise}, a timed hold, takes it as a fallback.",
  "program.pick-other-pattern": "No exercise of this pattern suits you; {exercise} ({laterality}) keeps the {role} slot.",
  "program.pick-other-pattern-kit": "No exercise of this pattern suits you with the kit given; {exercise} ({laterality}) keeps the {role} slot.",
  "program.pick-other-stance": "No {stance} exercise suits you; {exercise} ({laterality}) keeps the {role} slot.",
  "program.pick-other-stance-kit": "No {stance} exercise suits you with the kit given; {exercise} ({laterality}) keeps the {role} slot.",

  // planWeek: the week (G-4, G-11, P-7, T-4, A-6, A-7)
  "program.week-lowest-scale": "The deload, the layoff and the load check do not add up: the week takes the lowest scale, {percent}%.",
  "program.week-alternating":
    "{days} sessions: lower-body and upper-body days alternate, so the legs never work hard three days running; axial loading only on days that follow a day without it (P-7).",
  "program.week-sessions": "{days} sessions; axial loading only on days that follow a day without it (P-7).",
  "program.week-capped-today": "Today's check-in caps the stage at {stage} (was {from}).",
  "program.week-capped-recorded": "The latest recorded check-in caps the stage at {stage} (was {from}).",
  "program.load-empty-log": "The training log is empty: no load check this week.",
  "program.load-no-ratio": "No ratio on {date} ({why}): the week's volume is unchanged.",
  "program.load-no-ratio-no-data": "No ratio on the last day (no data): the week's volume is unchanged.",
  "program.load-lowered": "Acute:chronic ratio {ratio} ({method}) is in the {zone} zone on {date}: this week's block volume is lowered to {percent}%.",
  "program.load-unchanged": "Acute:chronic ratio {ratio} ({method}) is in the {zone} zone on {date}: no change to volume.",
  "program.week-deload": "A deload week: block volume at {percent}%, same exercises, no load increases.",
  "program.week-layoff":
    "{days} days without training since {date}: the first week back restarts at {percent}% of the dose, and the deload clock restarts from here.",

  // Terms: an ID param (stage, safety action, zone, range, ladder, axis, stance, slot) is shown as its word
  // A block's title and its one effort instruction (G-5): the plan carries their English, the
  // printable plan renders them in its locale.
  "program.block-title.foundation": "Foundation (bodyweight, neutral spine)",
  "program.block-title.upper-settling": "Upper body (bodyweight or bands)",
  "program.block-title.upper-day": "Upper body: push and pull",
  "program.block-title.single-leg": "Single-leg strength (heaviest, first)",
  "program.block-title.split-stance": "Split-stance work",
  "program.block-title.bilateral": "Bilateral work (earned lifts and finishers, last)",
  "program.effort.symptom-modulation": "Easy: stop well before you tire, with the pain inside the ceiling.",
  "program.effort.movement-control": "Stop every set with 3 or more reps in reserve: smooth reps, no grinding.",
  "program.effort.single-leg": "Heavy: stop each set with 1–2 reps in reserve.",
  "program.effort.split-stance": "Hard but crisp: stop each set with 2 reps in reserve.",
  "program.effort.bilateral": "Earned lifts heavy with 2 reps in reserve; finishers to near failure with a light load.",
  "program.effort.default": "Stop each set with 2 reps in reserve.",
  "program.term.symptom-modulation": "symptom modulation",
  "program.term.movement-control": "movement control",
  "program.term.function-optimisation": "function optimisation",
  "program.term.emergency": "emergency: seek care now",
  "program.term.urgent-referral": "urgent referral",
  "program.term.stop-until-cleared": "stop until cleared by a clinician",
  "program.term.incomplete-screening": "screening incomplete",
  "program.term.proceed-with-advisory": "train, with a note",
  "program.term.proceed": "train",
  "program.term.under-training": "under-training",
  "program.term.sweet-spot": "sweet-spot",
  "program.term.caution": "caution",
  "program.term.danger": "danger",
  "program.term.load": "load",
  "program.term.reps": "reps",
  "program.term.sets": "sets",
  "program.term.hold-time": "hold time",
  "program.term.tempo": "tempo",
  "program.term.range-of-motion": "range of motion",
  "program.term.exercise": "exercise",
  "program.term.unilateral": "single-leg",
  "program.term.split-stance": "split-stance",
  "program.term.bilateral": "two-leg",
  "program.term.alternating": "alternating",
  "program.term.breathing": "breathing",
  "program.term.thoracic-mobility": "upper-back mobility",
  "program.term.hip-mobility": "hip mobility",
  "program.term.directional-preference": "easing direction",
  "program.term.hip-dominant": "hip-dominant",
  "program.term.knee-dominant": "knee-dominant",
  "program.term.anti-extension": "anti-extension",
  "program.term.anti-rotation": "anti-rotation",
  "program.term.anti-lateral-flexion": "anti-side-bend",
  "program.term.upper-push": "upper-body push",
  "program.term.upper-pull": "upper-body pull",
  "program.term.outside-neutral": "outside neutral",
  "program.term.walking": "walking",
  "program.term.hinge": "hinge",
  "program.term.squat": "squat",
  "program.term.row": "row",
  "program.term.flexion-exposure": "flexion exposure",
  "program.term.extension-exposure": "extension exposure",
  "program.term.lateral-flexion-exposure": "lateral flexion exposure",
  "program.term.leg-press": "leg press",
  "program.term.crunch": "crunch",
} as const;

/**
 * The typed constructor of the program module's reasons.
 * @example
 * ```ts
 * programReason("P-7", "program.week-deload", { percent: 60 }).message;
 * // => "A deload week: block volume at 60%, same exercises, no load increases."
 * ```
 * @category Program
 */
export const programReason = /* @__PURE__ */ reasonsFrom(programMessages, "programReason");
