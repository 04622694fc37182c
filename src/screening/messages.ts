/**
 * The screening module's reasons in English: one template per stable code. Codes are stable
 * within a major version (docs/i18n.md); `spinewise/report` renders them in other locales.
 */
import { reasonsFrom } from "../evidence/messages.js";

/**
 * The English templates of the safety gate's reasons (S-1…S-13, T-5, C-4), by stable code.
 * @example
 * ```ts
 * screeningMessages["screening.fever"];
 * // => "Fever, chills or night sweats with back pain: possible spinal infection."
 * ```
 * @category Screening
 */
export const screeningMessages = {
  "screening.unanswered-one": "1 safety question is unanswered ({questions}): a question left out, or answered \"don't know\", screens nothing.",
  "screening.unanswered-many": "{count} safety questions are unanswered ({questions}): a question left out, or answered \"don't know\", screens nothing.",
  "screening.cauda-equina": "Possible cauda equina syndrome: {features}.",
  "screening.neurological-deficit": "Progressive neurological deficit: {features}.",
  "screening.leg-numbness-and-weakness": "Leg symptoms with numbness and weakness: a clinician should assess the nerve root before training.",
  "screening.leg-numbness": "Leg symptoms with numbness: a clinician should assess the nerve root before training.",
  "screening.leg-weakness": "Leg symptoms with weakness: a clinician should assess the nerve root before training.",
  "screening.leg-pain-worsening": "Leg pain below the knee that is getting worse: a clinician should assess it before training.",
  "screening.radicular-pain":
    "Leg pain below the knee in one leg (radicular pain): train with the stage capped at symptom modulation and without directions that send symptoms down the leg.",
  "screening.cleared": "{finding} Cleared by {clearedBy} on {date} (S-12).",
  "screening.clearance-applied": "{rule} ({features}) was cleared by {clearedBy} on {date}: train within the limits given, and report anything new or worse at once.",
  "screening.inflammatory": "Possible inflammatory back pain ({count} NICE NG65 criteria: {criteria}): ask for a routine rheumatology review.",
  "screening.inflammatory-exercise-fine":
    "Possible inflammatory back pain ({count} NICE NG65 criteria: {criteria}): ask for a routine rheumatology review; exercise is fine.",
  "screening.rheumatology-review": "Ask your doctor for a routine rheumatology review (spondyloarthritis assessment).",
  "screening.rheumatology-review-keep-exercising": "Ask your doctor for a routine rheumatology review (spondyloarthritis assessment); keep exercising meanwhile.",
  "screening.no-flag": "No red flag and no low-specificity flag was found.",
  "screening.fever": "Fever, chills or night sweats with back pain: possible spinal infection.",
  "screening.flag-iv-drug-use": "Intravenous drug use (a flag counted by S-6).",
  "screening.flag-immunosuppression": "Immunosuppression (a flag counted by S-6).",
  "screening.flag-recent-spinal-procedure": "A recent spinal procedure (a flag counted by S-6).",
  "screening.flag-recent-infection": "A recent infection (a flag counted by S-6).",
  "screening.flag-unexplained-weight-loss": "Unexplained weight loss (a flag counted by S-6).",
  "screening.flag-non-positional-night-pain": "Night pain that no change of position eases (a flag counted by S-6).",
  "screening.flag-first-episode-over-60": "First-ever back pain after {age} (a flag counted by S-6).",
  "screening.flag-first-episode-over-50": "A first episode of back pain after {age} (a flag counted by S-6).",
  "screening.flag-no-improvement": "No improvement after {weeks} weeks (a flag counted by S-6).",
  "screening.flag-long-term-corticosteroids": "Long-term corticosteroid use (a flag counted by S-6).",
  "screening.night-pain-to-safety-gate": "Night pain not eased by any position goes to the safety gate as a flag (S-4, S-6).",
  "screening.night-pain-positional": "Night pain eased by changing position is mechanical: it is a staging input.",
  "screening.night-pain-inflammatory": "Night pain in the second half of the night with morning stiffness easing with movement goes to the inflammatory screen (S-8).",
  "screening.cancer-history": "A history of cancer with new back pain.",
  "screening.significant-trauma": "Significant trauma at the onset: possible fracture.",
  "screening.fragility-osteoporosis": "A minor fall or strenuous lift with osteoporosis: possible fragility fracture, to be assessed before any loading.",
  "screening.fragility-corticosteroids":
    "A minor fall or strenuous lift with long-term corticosteroids: possible fragility fracture, to be assessed before any loading.",
  "screening.flag-count-one": "1 low-specificity flag ({flags}): {action}.",
  "screening.flag-count-many": "{count} low-specificity flags ({flags}): {action}.",
  "screening.flag-count-one-cleared": "1 low-specificity flag ({flags}; cleared: {cleared}): {action}.",
  "screening.flag-count-many-cleared": "{count} low-specificity flags ({flags}; cleared: {cleared}): {action}.",
  "screening.excluded-direction": "Excluded while symptoms spread down the leg: {direction} (it peripheralised in the clearing tests).",
  "screening.excluded-directions": "Excluded while symptoms spread down the leg: {first} and {second} (it peripheralised in the clearing tests).",
  "screening.under-minimum-age": "Age {age}: this guidance is for people aged {minimumAge} and over; see a clinician.",
  "screening.clearing-test-positive":
    "The {direction} clearing test was positive: the FMS itself refers positive clearing tests to a clinician for assessment. This does not change the decision.",
  "screening.clearing-tests-positive":
    "The {first} and {second} clearing tests were positive: the FMS itself refers positive clearing tests to a clinician for assessment. This does not change the decision.",
  "screening.check-in-fever": "New fever, chills or night sweats with back pain: possible spinal infection.",
  "screening.check-in-cancer-history": "A history of cancer reported with the back pain.",
  "screening.check-in-significant-trauma": "New significant trauma: possible fracture.",
  "screening.new-iv-drug-use": "New since the last check-in: intravenous drug use (S-3). No training until a clinician has reviewed it.",
  "screening.new-immunosuppression": "New since the last check-in: immunosuppression (S-3). No training until a clinician has reviewed it.",
  "screening.new-recent-spinal-procedure": "New since the last check-in: a recent spinal procedure (S-3). No training until a clinician has reviewed it.",
  "screening.new-recent-infection": "New since the last check-in: a recent infection (S-3). No training until a clinician has reviewed it.",
  "screening.new-unexplained-weight-loss": "New since the last check-in: unexplained weight loss (S-4). No training until a clinician has reviewed it.",
  "screening.new-non-positional-night-pain": "New since the last check-in: night pain that no position eases (S-4). No training until a clinician has reviewed it.",
  "screening.new-fragility-fracture":
    "New since the last check-in: a minor fall or strenuous lift with bone risk: possible fragility fracture (S-5). No training until a clinician has reviewed it.",
  "screening.new-long-term-corticosteroids": "New since the last check-in: long-term corticosteroid use (S-5). No training until a clinician has reviewed it.",
  "screening.check-in-night-pain-positional": "Night pain eased by changing position is a staging input: re-stage.",
  "screening.check-in-night-pain-inflammatory":
    "Night pain in the second half of the night with morning stiffness easing with movement: run the inflammatory screen (S-8) again at the next review.",
  "screening.clearance-undated": "A clearance was given with a check-in that has no date: give the check-in's date so the clearance can be matched to what it covers.",
  "screening.check-in-clear": "Re-screened at check-in: no new red flag.",
  // The safety net (S rules): safetyNetText joins a lead for the action, the S-7 leg line when one
  // leg has symptoms, and the seek-help list with single spaces; formatSafetyNet renders each part.
  "screening.safety-net.lead.emergency": "This needs emergency care now: do not train and do not wait to see if it settles.",
  "screening.safety-net.lead.urgent-referral": "See a doctor urgently, today or within a few days; do not train until you have been assessed.",
  "screening.safety-net.lead.stop-until-cleared": "Do not train until a doctor or physiotherapist has assessed you and cleared you.",
  "screening.safety-net.lead.incomplete-screening":
    "Answer every safety question before any training is planned: a question left out, or answered \"don't know\", screens nothing.",
  "screening.safety-net.lead.proceed-with-advisory": "You may train within the limits given, and mention these findings to a doctor or physiotherapist.",
  "screening.safety-net.lead.proceed": "No red flag was found.",
  "screening.safety-net.leg": "If numbness, weakness or pain spreading further down that leg appears, stop training and have it reviewed by a doctor or physiotherapist.",
  "screening.safety-net.seek-help":
    "Seek emergency care at once (an emergency department, or your local emergency number) if you notice numbness or tingling between the legs, around the back passage or genitals; difficulty starting, stopping or controlling urine or bowels, or not feeling them; new sexual problems; pain, numbness or weakness in both legs; a foot that drops or catches, or leg weakness that is getting worse; or fever, chills or night sweats with the back pain.",
  // The red-flag questions (S-1…S-5, S-7), as asked at intake and at a check-in (S-9); an
  // unanswered one is listed by S-13.
  "screening.question.ageYears": "How old are you, in whole years?",
  "screening.question.bladderDysfunction": "Have you had new trouble passing urine (difficulty starting, not being able to go, or leaking)?",
  "screening.question.bladderDysfunction.check-in": "Since your last check-in, have you had new trouble passing urine (difficulty starting, not being able to go, or leaking)?",
  "screening.question.saddleNumbness": "Is there numbness or tingling between your legs, around your genitals or back passage?",
  "screening.question.saddleNumbness.check-in": "Since your last check-in, have you noticed numbness or tingling between your legs, around your genitals or back passage?",
  "screening.question.bowelDysfunction": "Have you lost control of your bowels, or the feeling of needing to go?",
  "screening.question.bowelDysfunction.check-in": "Since your last check-in, have you lost control of your bowels, or the feeling of needing to go?",
  "screening.question.newSexualDysfunction": "Have you had new sexual problems (for example loss of sensation or erection)?",
  "screening.question.newSexualDysfunction.check-in": "Since your last check-in, have you had new sexual problems?",
  "screening.question.legSymptoms": "Do you have pain, numbness, tingling or weakness in a leg? (Describe it, or answer none.)",
  "screening.question.legSymptoms.check-in": "Since your last check-in, have leg symptoms started, spread further down, or grown stronger or weaker? (Describe them, or answer none.)",
  "screening.question.footDrop": "Does a foot drop or catch when you walk (new foot drop)?",
  "screening.question.footDrop.check-in": "Since your last check-in, has a foot started to drop or catch when you walk?",
  "screening.question.worseningLegWeakness": "Is weakness in a leg getting worse?",
  "screening.question.worseningLegWeakness.check-in": "Since your last check-in, has weakness in a leg got worse?",
  "screening.question.gaitDisturbance": "Has your walking changed (tripping, unsteadiness)?",
  "screening.question.gaitDisturbance.check-in": "Since your last check-in, has your walking changed (tripping, unsteadiness)?",
  "screening.question.fever": "Do you have a fever, chills or night sweats with the back pain?",
  "screening.question.fever.check-in": "Since your last check-in, have you had a fever, chills or night sweats with the back pain?",
  "screening.question.ivDrugUse": "Do you inject drugs?",
  "screening.question.ivDrugUse.check-in": "Since your last check-in, have you injected drugs?",
  "screening.question.immunosuppression": "Is your immune system weakened by a condition or by medicines (for example after a transplant, or chemotherapy)?",
  "screening.question.immunosuppression.check-in": "Since your last check-in, has your immune system been weakened by a condition or by new medicines?",
  "screening.question.recentSpinalProcedure": "Have you had a spinal injection or spinal surgery recently?",
  "screening.question.recentSpinalProcedure.check-in": "Since your last check-in, have you had a spinal injection or spinal surgery?",
  "screening.question.recentInfection": "Have you had an infection recently (for example of the urine, skin or chest)?",
  "screening.question.recentInfection.check-in": "Since your last check-in, have you had an infection (for example of the urine, skin or chest)?",
  "screening.question.cancerHistory": "Have you ever had cancer?",
  "screening.question.cancerHistory.check-in": "Since your last check-in, have you been told you have cancer?",
  "screening.question.unexplainedWeightLoss": "Have you lost weight without trying?",
  "screening.question.unexplainedWeightLoss.check-in": "Since your last check-in, have you lost weight without trying?",
  "screening.question.nightPain": "Does back pain wake you at night? (Describe it, or answer none.)",
  "screening.question.nightPain.check-in": "Since your last check-in, has night pain started or changed? (Describe it, or answer none.)",
  "screening.question.significantTrauma": "Did the pain start with a significant injury, such as a fall from a height or a road accident?",
  "screening.question.significantTrauma.check-in": "Since your last check-in, have you had a significant injury, such as a fall from a height or a road accident?",
  "screening.question.minorTraumaOrStrenuousLift": "Did the pain start with a minor fall or a strenuous lift?",
  "screening.question.minorTraumaOrStrenuousLift.check-in": "Since your last check-in, has the pain come on with a minor fall or a strenuous lift?",
  "screening.question.osteoporosis": "Have you been told you have osteoporosis (thin bones)?",
  "screening.question.osteoporosis.check-in": "Since your last check-in, have you been told you have osteoporosis (thin bones)?",
  "screening.question.longTermCorticosteroids": "Do you take steroid tablets or injections (corticosteroids such as prednisolone) long term?",
  "screening.question.longTermCorticosteroids.check-in": "Since your last check-in, have you started taking steroid tablets or injections (corticosteroids) long term?",
  "screening.term.flexion": "flexion",
  "screening.term.extension": "extension",
  "screening.term.emergency": "emergency",
  "screening.term.urgent-referral": "urgent-referral",
  "screening.term.stop-until-cleared": "stop-until-cleared",
  "screening.term.incomplete-screening": "incomplete-screening",
  "screening.term.proceed-with-advisory": "proceed-with-advisory",
  "screening.term.proceed": "proceed",
} as const;

/**
 * The typed constructor of the screening module's reasons.
 * @example
 * ```ts
 * screeningReason("S-11", "screening.under-minimum-age", { age: 15, minimumAge: 16 }).message;
 * // => "Age 15: this guidance is for people aged 16 and over; see a clinician."
 * ```
 * @category Screening
 */
export const screeningReason = /* @__PURE__ */ reasonsFrom(screeningMessages, "screeningReason");
