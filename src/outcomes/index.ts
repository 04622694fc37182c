/**
 * Outcomes: the RMDQ, PSFS, ODI and pain NRS scored (O-1…O-3), meaningful change and trends
 * (O-4) for the L-7 referral decision (O-5), and FHIR R4 in and out (O-6).
 *
 * @packageDocumentation
 */
export { OUTCOME_INSTRUMENTS } from "./types.js";
export type {
  ChangeThreshold,
  ChangeThresholdKind,
  DatedOutcome,
  OdiAnswer,
  OutcomeAnswers,
  OutcomeChange,
  OutcomeChangeStatus,
  OutcomeDirection,
  OutcomeInstrument,
  OutcomeReasonCode,
  OutcomeScore,
  OutcomeTrend,
  PsfsActivity,
  PsfsActivityChange,
} from "./types.js";
export { outcomeInstruments } from "./instruments.js";
export type { OutcomeInstrumentInfo } from "./instruments.js";
export { scoreRmdq, RMDQ_ITEMS } from "./scoreRmdq.js";
export { scorePsfs, PSFS_MAX_ACTIVITIES } from "./scorePsfs.js";
export { scoreOdi, ODI_SECTIONS } from "./scoreOdi.js";
export { scoreNrs } from "./scoreNrs.js";
export { scoreOutcome } from "./scoreOutcome.js";
export { outcomeChange } from "./outcomeChange.js";
export { outcomeTrend } from "./outcomeTrend.js";
// The parsers run no zod; the zod schemas (and the JSON Schema built from them) bring zod/mini.
export { parseOdiSections, parseOutcomeAnswers, parseOutcomeSeries, parsePsfsActivities, parseRmdqAnswers } from "./parseAnswers.js";
export { outcomeAnswersIssues } from "./outcomeAnswersIssues.js";
export { odiSectionsSchema, outcomeAnswerShapes, psfsActivitiesSchema, psfsActivitySchema, rmdqAnswersSchema } from "./schema.js";
export { outcomeAnswersSchema, outcomeSeriesSchema } from "./answersSchema.js";
export { outcomeJsonSchema } from "./jsonSchema.js";
// FHIR R4 (O-6): kept in their own files so the scoring functions carry none of it.
export { OUTCOME_CODE_SYSTEM, outcomeLinkIds, outcomeQuestionnaireUrls, outcomeScoreCodes } from "./fhirCodes.js";
export type { FhirCoding } from "./fhirCodes.js";
export type {
  FhirCodeableConcept,
  FhirExtension,
  FhirObservation,
  FhirQuantity,
  FhirQuestionnaire,
  FhirQuestionnaireItem,
  FhirReference,
} from "./fhirTypes.js";
export { fromQuestionnaireResponse } from "./fromQuestionnaireResponse.js";
export type { FromQuestionnaireResponseOptions } from "./fromQuestionnaireResponse.js";
export { toObservation } from "./toObservation.js";
export type { ToObservationOptions } from "./toObservation.js";
export { psfsQuestionnaire, rmdqQuestionnaire } from "./questionnaires.js";
export { outcomesMessages } from "./messages.js";
