import { isIsoDate } from "../internal/calendar.js";
import { requireObject, requireOneOf, requireString } from "../internal/guards.js";
import { outcomeInstruments } from "./instruments.js";
import { OUTCOME_CODE_SYSTEM, outcomeScoreCodes } from "./fhirCodes.js";
import type { FhirObservation, FhirQuantity } from "./fhirTypes.js";
import type { OutcomeScore } from "./types.js";

/**
 * What {@link toObservation} needs beside the score.
 * @category Outcomes
 */
export interface ToObservationOptions {
  /** When the measure was taken: an ISO date (`YYYY-MM-DD`) or a FHIR dateTime with a time zone. */
  readonly effective: string;
  /** The person, as a FHIR reference, e.g. `"Patient/123"`. */
  readonly subject?: string;
  /** The Observation's logical id. */
  readonly id?: string;
  /** The response it was scored from, e.g. `"QuestionnaireResponse/abc"`. */
  readonly derivedFrom?: string;
  /** Default `final`. */
  readonly status?: "final" | "preliminary" | "amended";
}

/** A FHIR dateTime: a date, or a date and time with seconds and a time zone. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}(T([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?(Z|[+-]((0\d|1[0-3]):[0-5]\d|14:00)))?$/;
const UCUM = "http://unitsofmeasure.org";

function quantity(value: number, percent: boolean): FhirQuantity {
  // Two decimals are plenty for a questionnaire score (an ODI of 16/45 is 35.56 %).
  const rounded = Math.round(value * 100) / 100;
  return percent ? { value: rounded, unit: "%", system: UCUM, code: "%" } : { value: rounded, unit: "score", system: UCUM, code: "{score}" };
}

/**
 * Writes a score as a FHIR R4 Observation (O-6): category `survey`, the score's code (LOINC
 * 72514-3 for the pain NRS and 97909-6 for the ODI; spinewise's own code system for the RMDQ
 * and PSFS, which have no LOINC code), the value as a UCUM quantity (`{score}`, or `%` for the
 * ODI, rounded to two decimals), and each PSFS activity as a component. A score that is `null`
 * is written with a `dataAbsentReason` and the reason as text. The reasons go in `note`.
 *
 * @param score - a score from {@link scoreRmdq}, {@link scorePsfs}, {@link scoreOdi}, {@link scoreNrs} or {@link scoreOutcome}
 * @param options - when it was measured, and optionally the subject, id, source response and status
 * @returns a plain, JSON-ready Observation
 * @throws TypeError when `score` or `options` is not an object or a reference is not a string; RangeError when `effective` is not a FHIR date or dateTime, or the instrument or status is unknown
 * @example
 * ```ts
 * const observation = toObservation(scoreNrs(3), { effective: "2026-03-02", subject: "Patient/123" });
 * observation.code.coding?.[0]?.code;
 * // => "72514-3"
 * observation.valueQuantity?.value;
 * // => 3
 * ```
 * @category Outcomes
 */
export function toObservation(score: OutcomeScore, options: ToObservationOptions): FhirObservation {
  requireObject("toObservation", "score", score);
  requireObject("toObservation", "options", options);
  requireOneOf("toObservation", "score.instrument", score.instrument, ["rmdq", "psfs", "odi", "nrs"] as const);
  requireString("toObservation", "options.effective", options.effective);
  if (!DATE_TIME.test(options.effective) || !isIsoDate(options.effective.slice(0, 10))) {
    throw new RangeError(`toObservation: options.effective must be a date (YYYY-MM-DD) or a dateTime with seconds and a time zone, got ${JSON.stringify(options.effective)}`);
  }
  for (const name of ["subject", "id", "derivedFrom"] as const) {
    if (options[name] !== undefined) requireString("toObservation", `options.${name}`, options[name]);
  }
  const status = options.status ?? "final";
  requireOneOf("toObservation", "options.status", status, ["final", "preliminary", "amended"] as const);
  const info = outcomeInstruments[score.instrument];
  const percent = score.unit === "percent";
  const value = score.score;
  return {
    resourceType: "Observation",
    ...(options.id === undefined ? {} : { id: options.id }),
    status,
    category: [
      { coding: [{ system: "http://terminology.hl7.org/CodeSystem/observation-category", code: "survey", display: "Survey" }] },
    ],
    code: { coding: [{ ...outcomeScoreCodes[score.instrument] }], text: `${info.name} (${info.abbreviation})` },
    ...(options.subject === undefined ? {} : { subject: { reference: options.subject } }),
    effectiveDateTime: options.effective,
    ...(value === null
      ? {
          dataAbsentReason: {
            coding: [{ system: "http://terminology.hl7.org/CodeSystem/data-absent-reason", code: "unknown", display: "Unknown" }],
            text: score.reasons[0]?.message ?? "no score",
          },
        }
      : { valueQuantity: quantity(value, percent) }),
    ...(options.derivedFrom === undefined ? {} : { derivedFrom: [{ reference: options.derivedFrom }] }),
    ...(score.reasons.length === 0 ? {} : { note: score.reasons.map((item) => ({ text: `${item.ruleId}: ${item.message}` })) }),
    ...(score.activities === undefined || score.activities.length === 0
      ? {}
      : {
          component: score.activities.map((item) => ({
            code: { coding: [{ system: OUTCOME_CODE_SYSTEM, code: "psfs-activity", display: "Patient-Specific Functional Scale activity" }], text: item.activity },
            valueQuantity: quantity(item.score, false),
          })),
        }),
  };
}
