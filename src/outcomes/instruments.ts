/**
 * What each outcome instrument is, where it comes from and who may use it (O-1…O-3).
 */
import type { CitationId, RuleId } from "../evidence/index.js";
import { SCALES } from "./scales.js";
import type { OutcomeDirection, OutcomeInstrument } from "./types.js";

/**
 * One instrument's metadata: its names, range, direction, sources and licence.
 * @category Outcomes
 */
export interface OutcomeInstrumentInfo {
  readonly id: OutcomeInstrument;
  /** The usual abbreviation, e.g. `"RMDQ"`. */
  readonly abbreviation: string;
  readonly name: string;
  /** What the person answers. */
  readonly answers: string;
  readonly range: { readonly min: number; readonly max: number };
  readonly direction: OutcomeDirection;
  readonly unit: "points" | "percent";
  /** The rule that scores it. */
  readonly ruleId: RuleId;
  readonly citations: readonly CitationId[];
  /** `free` to use and reproduce, or `licensed` (spinewise ships no item wording). */
  readonly licence: "free" | "licensed";
  readonly licenceNote: string;
}

/**
 * The instruments spinewise scores, keyed by ID. STarT Back is out of scope (Keele University
 * licenses its commercial use).
 *
 * @example
 * ```ts
 * outcomeInstruments.odi.licence;
 * // => "licensed"
 * outcomeInstruments.rmdq.range;
 * // => { "min": 0, "max": 24 }
 * ```
 * @category Outcomes
 */
export const outcomeInstruments: { readonly [K in OutcomeInstrument]: OutcomeInstrumentInfo & { readonly id: K } } = /* @__PURE__ */ (() =>
  Object.freeze({
    rmdq: Object.freeze({
      id: "rmdq",
      abbreviation: "RMDQ",
      name: "Roland–Morris Disability Questionnaire",
      answers: "24 statements, each ticked when it describes the person today",
      ...SCALES.rmdq,
      licence: "free",
      licenceNote: "Free to use and reproduce in its published forms; no permission is required (Roland & Fairbank 2000).",
    }),
    psfs: Object.freeze({
      id: "psfs",
      abbreviation: "PSFS",
      name: "Patient-Specific Functional Scale",
      answers: "1–5 activities the person names, each rated 0 (unable) to 10 (able as before the problem)",
      ...SCALES.psfs,
      licence: "free",
      licenceNote: "Free to use.",
    }),
    odi: Object.freeze({
      id: "odi",
      abbreviation: "ODI",
      name: "Oswestry Disability Index (version 2.1a)",
      answers: "10 sections, each answered 0–5",
      ...SCALES.odi,
      licence: "licensed",
      licenceNote:
        "Licensed through Mapi Research Trust (ePROVIDE): free for clinical practice and unfunded academic use, fees may apply to commercial and IT use. spinewise ships no item wording and scores answers you already hold under your own licence.",
    }),
    nrs: Object.freeze({
      id: "nrs",
      abbreviation: "NRS",
      name: "Pain numeric rating scale (0–10)",
      answers: "one whole number, 0 (no pain) to 10 (worst imaginable pain)",
      ...SCALES.nrs,
      licence: "free",
      licenceNote: "Free to use.",
    }),
  }))();
