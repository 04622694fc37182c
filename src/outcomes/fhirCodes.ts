/**
 * The FHIR identities of the outcome instruments (O-6): LOINC where a code exists, spinewise's
 * own code system otherwise, and the questionnaire URLs spinewise documents.
 */
import type { OutcomeInstrument } from "./types.js";

/** LOINC's code system URL. */
export const LOINC = "http://loinc.org";

/**
 * spinewise's own code system for the scores LOINC has no code for (RMDQ, PSFS) and for the
 * PSFS activity components (O-6).
 * @category Outcomes
 */
export const OUTCOME_CODE_SYSTEM = "https://spinewise.dev/fhir/CodeSystem/outcome";

/** A FHIR Coding as spinewise writes it. @category Outcomes */
export interface FhirCoding {
  readonly system: string;
  readonly code: string;
  readonly display?: string;
}

/**
 * The code of each instrument's score in an Observation (O-6): LOINC 72514-3 for the pain NRS
 * and 97909-6 for the ODI score; spinewise's own code system for the RMDQ and PSFS, which have
 * no LOINC code that we could find.
 *
 * @example
 * ```ts
 * outcomeScoreCodes.odi.code;
 * // => "97909-6"
 * ```
 * @category Outcomes
 */
export const outcomeScoreCodes: { readonly [K in OutcomeInstrument]: FhirCoding } = /* @__PURE__ */ (() =>
  Object.freeze({
    rmdq: Object.freeze({ system: OUTCOME_CODE_SYSTEM, code: "rmdq-score", display: "Roland–Morris Disability Questionnaire score" }),
    psfs: Object.freeze({ system: OUTCOME_CODE_SYSTEM, code: "psfs-score", display: "Patient-Specific Functional Scale mean score" }),
    odi: Object.freeze({ system: LOINC, code: "97909-6" }),
    nrs: Object.freeze({ system: LOINC, code: "72514-3", display: "Pain severity - 0-10 verbal numeric rating [Score] - Reported" }),
  }))();

/**
 * The questionnaire URLs (FHIR canonicals) spinewise recognises in a QuestionnaireResponse, per
 * instrument: spinewise's own for each, and LOINC's for the ODI (97908-8) and the pain NRS
 * (72514-3). A `|version` suffix is ignored.
 *
 * @example
 * ```ts
 * outcomeQuestionnaireUrls.rmdq;
 * // => ["https://spinewise.dev/fhir/Questionnaire/rmdq"]
 * ```
 * @category Outcomes
 */
export const outcomeQuestionnaireUrls: { readonly [K in OutcomeInstrument]: readonly string[] } = /* @__PURE__ */ (() =>
  Object.freeze({
    rmdq: Object.freeze(["https://spinewise.dev/fhir/Questionnaire/rmdq"]),
    psfs: Object.freeze(["https://spinewise.dev/fhir/Questionnaire/psfs"]),
    odi: Object.freeze(["https://spinewise.dev/fhir/Questionnaire/odi", "http://loinc.org/q/97908-8"]),
    nrs: Object.freeze(["https://spinewise.dev/fhir/Questionnaire/nrs", "http://loinc.org/q/72514-3"]),
  }))();

/**
 * The item `linkId`s spinewise reads in a QuestionnaireResponse, per instrument: RMDQ
 * `rmdq-1`…`rmdq-24` (boolean), ODI `odi-1`…`odi-10` (0–5), NRS `nrs` or the LOINC code
 * `72514-3` (0–10), and PSFS repeating groups `psfs-activity` holding `psfs-activity-name`
 * (string) and `psfs-activity-score` (0–10). Other forms map their own linkIds to these with
 * the `linkIds` option of {@link fromQuestionnaireResponse}.
 *
 * @example
 * ```ts
 * outcomeLinkIds.odi.length;
 * // => 10
 * ```
 * @category Outcomes
 */
export const outcomeLinkIds: { readonly [K in OutcomeInstrument]: readonly string[] } = /* @__PURE__ */ (() =>
  Object.freeze({
    rmdq: Object.freeze(Array.from({ length: 24 }, (_, index) => `rmdq-${index + 1}`)),
    psfs: Object.freeze(["psfs-activity", "psfs-activity-name", "psfs-activity-score"]),
    odi: Object.freeze(Array.from({ length: 10 }, (_, index) => `odi-${index + 1}`)),
    nrs: Object.freeze(["nrs", "72514-3"]),
  }))();
