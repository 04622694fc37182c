/**
 * FHIR R4 Questionnaire resources for the two free instruments, the RMDQ and the PSFS, so a
 * form renderer can present them and return a QuestionnaireResponse that
 * {@link fromQuestionnaireResponse} reads. There is none for the ODI: its wording is licensed
 * (O-3).
 */
import { deepFreeze } from "../internal/freeze.js";
import { outcomeQuestionnaireUrls, outcomeScoreCodes } from "./fhirCodes.js";
import type { FhirExtension, FhirQuestionnaire, FhirQuestionnaireItem } from "./fhirTypes.js";

/**
 * The 24 RMDQ statements, in order (Roland & Morris 1983, the original English form reproduced
 * in Roland & Fairbank 2000; free to reproduce).
 */
const RMDQ_STATEMENTS = [
  "I stay at home most of the time because of my back.",
  "I change position frequently to try and get my back comfortable.",
  "I walk more slowly than usual because of my back.",
  "Because of my back I am not doing any of the jobs that I usually do around the house.",
  "Because of my back, I use a handrail to get upstairs.",
  "Because of my back, I lie down to rest more often.",
  "Because of my back, I have to hold on to something to get out of an easy chair.",
  "Because of my back, I try to get other people to do things for me.",
  "I get dressed more slowly than usual because of my back.",
  "I only stand for short periods of time because of my back.",
  "Because of my back, I try not to bend or kneel down.",
  "I find it difficult to get out of a chair because of my back.",
  "My back is painful almost all the time.",
  "I find it difficult to turn over in bed because of my back.",
  "My appetite is not very good because of my back pain.",
  "I have trouble putting on my socks (or stockings) because of the pain in my back.",
  "I only walk short distances because of my back.",
  "I sleep less well because of my back.",
  "Because of my back pain, I get dressed with help from someone else.",
  "I sit down for most of the day because of my back.",
  "I avoid heavy jobs around the house because of my back.",
  "Because of my back pain, I am more irritable and bad tempered with people than usual.",
  "Because of my back, I go upstairs more slowly than usual.",
  "I stay in bed most of the time because of my back.",
];

const CHECK_BOX: readonly FhirExtension[] = [
  {
    url: "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl",
    valueCodeableConcept: { coding: [{ system: "http://hl7.org/fhir/questionnaire-item-control", code: "check-box" }] },
  },
];

/**
 * The Roland–Morris Disability Questionnaire as a FHIR R4 Questionnaire (O-1): a note on how to
 * answer, then the 24 statements as boolean items `rmdq-1`…`rmdq-24`, shown as tick boxes. In a
 * `completed` response a statement left unticked (no answer) counts as not ticked, as on paper.
 *
 * @example
 * ```ts
 * rmdqQuestionnaire.item.filter((item) => item.type === "boolean").length;
 * // => 24
 * rmdqQuestionnaire.url;
 * // => "https://spinewise.dev/fhir/Questionnaire/rmdq"
 * ```
 * @category Outcomes
 */
export const rmdqQuestionnaire: FhirQuestionnaire = /* @__PURE__ */ (() =>
  deepFreeze({
    resourceType: "Questionnaire",
    id: "rmdq",
    url: outcomeQuestionnaireUrls.rmdq[0]!,
    version: "1",
    name: "RolandMorrisDisabilityQuestionnaire",
    title: "Roland–Morris Disability Questionnaire (RMDQ)",
    status: "active",
    subjectType: ["Patient"],
    description: "24 statements about what back pain stops you doing today; the score is the number ticked, 0–24 (higher means more disability).",
    copyright: "Roland M, Morris R, Spine 1983;8(2):141–144. Free to use and reproduce in its published form: no permission is required (Roland & Fairbank, Spine 2000;25(24):3115–3124).",
    code: [outcomeScoreCodes.rmdq],
    item: [
      {
        linkId: "rmdq-instructions",
        type: "display",
        text: "Think of yourself today. Tick a sentence only if you are sure it describes you today; leave it blank if it does not.",
      },
      ...RMDQ_STATEMENTS.map((text, index): FhirQuestionnaireItem => ({ linkId: `rmdq-${index + 1}`, prefix: `${index + 1}.`, type: "boolean", text, extension: CHECK_BOX })),
    ],
  }))();

/**
 * The Patient-Specific Functional Scale as a FHIR R4 Questionnaire (O-2): a note on how to
 * answer, then a repeating group `psfs-activity` (1–5 times) holding the activity's name
 * (`psfs-activity-name`) and today's rating 0–10 (`psfs-activity-score`).
 *
 * @example
 * ```ts
 * psfsQuestionnaire.item[1]?.item?.map((item) => item.linkId);
 * // => ["psfs-activity-name", "psfs-activity-score"]
 * ```
 * @category Outcomes
 */
export const psfsQuestionnaire: FhirQuestionnaire = /* @__PURE__ */ (() =>
  deepFreeze({
    resourceType: "Questionnaire",
    id: "psfs",
    url: outcomeQuestionnaireUrls.psfs[0]!,
    version: "1",
    name: "PatientSpecificFunctionalScale",
    title: "Patient-Specific Functional Scale (PSFS)",
    status: "active",
    subjectType: ["Patient"],
    description: "Up to five important activities that your back problem makes hard or impossible, each rated 0–10 today; the score is the mean (higher means better function).",
    copyright: "Stratford P, Gill C, Westaway M, Binkley J, Physiother Can 1995;47(4):258–263. Free to use.",
    code: [outcomeScoreCodes.psfs],
    item: [
      {
        linkId: "psfs-instructions",
        type: "display",
        text: "Name up to five important activities that you cannot do, or find hard to do, because of your back problem. Rate how well you can do each one today.",
      },
      {
        linkId: "psfs-activity",
        type: "group",
        text: "Activity",
        required: true,
        repeats: true,
        extension: [{ url: "http://hl7.org/fhir/StructureDefinition/questionnaire-maxOccurs", valueInteger: 5 }],
        item: [
          { linkId: "psfs-activity-name", type: "string", text: "The activity", required: true },
          {
            linkId: "psfs-activity-score",
            type: "integer",
            text: "How well can you do it today? 0 = unable to do it, 10 = able to do it as well as before the problem",
            required: true,
            extension: [
              { url: "http://hl7.org/fhir/StructureDefinition/minValue", valueInteger: 0 },
              { url: "http://hl7.org/fhir/StructureDefinition/maxValue", valueInteger: 10 },
            ],
          },
        ],
      },
    ],
  }))();
