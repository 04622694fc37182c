/**
 * The catalog module's reasons in English: one template per stable code, and the terms its ID
 * params stand for (`catalog.term.<id>`). Codes are stable within a major version
 * (docs/i18n.md); `spinewise/report` renders them in other locales.
 */
import { reasonsFrom } from "../evidence/messages.js";

/**
 * The English templates of the suitability reasons (S-7, P-1, P-2, P-6, L-6, T rules), by
 * stable code, with the words for spine axes, sensitivities, stages and tags.
 * @example
 * ```ts
 * catalogMessages["catalog.term.lateralFlexion"];
 * // => "lateral flexion"
 * ```
 * @category Catalog
 */
export const catalogMessages = {
  "catalog.neural-tension": "{exercise} tensions the nerve, and radicular leg pain is present",
  "catalog.not-yet-earned": "not yet earned: step {step} of the {ladder} ladder, unlocked up to step {unlocked}",
  "catalog.earned-back-top": "{exercise} is a lift the {ladder} ladder earns back (its top step); it returns only in function optimisation",
  "catalog.earned-back-demand": "{exercise} is a lift the {ladder} ladder earns back (high spine demand); it returns only in function optimisation",
  "catalog.tag-avoided": "{tag} exercises are avoided in {stage}",
  "catalog.tag-caution": "{tag} exercises are used with caution in {stage}",
  "catalog.above-cap": "{axis} demand {score} is above the cap of {cap} for {sensitivity} in {stage}",
  "catalog.at-cap": "{axis} demand {score} is at the cap of {cap} for {sensitivity} in {stage}",
  "catalog.end-range": "{axis} is taken to end range for {sensitivity} in {stage}",
  "catalog.repeated": "{axis} is taken through repeated reps for {sensitivity} in {stage}",
  "catalog.within-caps": "{exercise} is within every spine cap for {stage}",
  "catalog.term.flexion": "flexion",
  "catalog.term.extension": "extension",
  "catalog.term.lateralFlexion": "lateral flexion",
  "catalog.term.rotation": "rotation",
  "catalog.term.axialCompression": "axial compression",
  "catalog.term.shear": "shear",
  "catalog.term.none": "any back",
  "catalog.term.preferred": "a preferred direction",
  "catalog.term.intolerant": "an intolerant direction",
  "catalog.term.indeterminate": "an undetermined direction",
  "catalog.term.peripheralising": "a direction that sends symptoms down the leg",
  "catalog.term.axial-load-sensitive": "an axial-load-sensitive back",
  "catalog.term.symptom-modulation": "symptom modulation",
  "catalog.term.movement-control": "movement control",
  "catalog.term.function-optimisation": "function optimisation",
  "catalog.term.ballistic": "ballistic",
  "catalog.term.valsalva-heavy": "valsalva-heavy",
} as const;

/**
 * The typed constructor of the catalog module's reasons.
 * @example
 * ```ts
 * catalogReason("T-2", "catalog.within-caps", { exercise: "Bird dog", stage: "movement-control" }).message;
 * // => "Bird dog is within every spine cap for movement control"
 * ```
 * @category Catalog
 */
export const catalogReason = /* @__PURE__ */ reasonsFrom(catalogMessages, "catalogReason");
