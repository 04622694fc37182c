/**
 * The parts of FHIR R4 resources that spinewise reads and writes, as plain TypeScript types
 * (compatible with the R4 JSON; a full FHIR types package is not needed to use them).
 */
import type { FhirCoding } from "./fhirCodes.js";

/** A FHIR extension with the value types spinewise writes. @category Outcomes */
export interface FhirExtension {
  readonly url: string;
  readonly valueInteger?: number;
  readonly valueCodeableConcept?: FhirCodeableConcept;
}

/** A FHIR CodeableConcept. @category Outcomes */
export interface FhirCodeableConcept {
  readonly coding?: readonly FhirCoding[];
  readonly text?: string;
}

/** A FHIR Quantity with a UCUM unit. @category Outcomes */
export interface FhirQuantity {
  readonly value: number;
  readonly unit: string;
  readonly system: "http://unitsofmeasure.org";
  readonly code: string;
}

/** One item of a FHIR R4 Questionnaire. @category Outcomes */
export interface FhirQuestionnaireItem {
  readonly linkId: string;
  readonly prefix?: string;
  readonly type: "display" | "group" | "boolean" | "integer" | "string";
  readonly text?: string;
  readonly required?: boolean;
  readonly repeats?: boolean;
  readonly extension?: readonly FhirExtension[];
  readonly item?: readonly FhirQuestionnaireItem[];
}

/** A FHIR R4 Questionnaire, as spinewise ships them. @category Outcomes */
export interface FhirQuestionnaire {
  readonly resourceType: "Questionnaire";
  readonly id: string;
  readonly url: string;
  readonly version: string;
  readonly name: string;
  readonly title: string;
  readonly status: "active";
  readonly subjectType: readonly "Patient"[];
  readonly description: string;
  readonly copyright: string;
  readonly code: readonly FhirCoding[];
  readonly item: readonly FhirQuestionnaireItem[];
}

/** A FHIR Reference by URL or relative reference (`Patient/123`). @category Outcomes */
export interface FhirReference {
  readonly reference: string;
}

/** A FHIR R4 Observation, as {@link toObservation} writes it. @category Outcomes */
export interface FhirObservation {
  readonly resourceType: "Observation";
  readonly id?: string;
  readonly status: "final" | "preliminary" | "amended";
  readonly category: readonly FhirCodeableConcept[];
  readonly code: FhirCodeableConcept;
  readonly subject?: FhirReference;
  readonly effectiveDateTime: string;
  readonly valueQuantity?: FhirQuantity;
  readonly dataAbsentReason?: FhirCodeableConcept;
  readonly derivedFrom?: readonly FhirReference[];
  readonly note?: readonly { readonly text: string }[];
  readonly component?: readonly { readonly code: FhirCodeableConcept; readonly valueQuantity: FhirQuantity }[];
}
