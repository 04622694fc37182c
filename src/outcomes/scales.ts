/**
 * What scoring needs of each instrument: range, direction, unit, rule and sources (not
 * exported from the module; {@link outcomeInstruments} adds the names and licences).
 */
import type { CitationId, RuleId } from "../evidence/index.js";
import type { OutcomeDirection, OutcomeInstrument } from "./types.js";

/** The scale of one instrument. */
export interface OutcomeScale {
  readonly range: { readonly min: number; readonly max: number };
  readonly direction: OutcomeDirection;
  readonly unit: "points" | "percent";
  readonly ruleId: RuleId;
  readonly citations: readonly CitationId[];
}

const scale = (max: number, direction: OutcomeDirection, unit: OutcomeScale["unit"], ruleId: RuleId, citations: readonly CitationId[]): OutcomeScale =>
  Object.freeze({ range: Object.freeze({ min: 0, max }), direction, unit, ruleId, citations: Object.freeze(citations) });

/** O-1…O-3 and the NRS (scored with the O-4 thresholds). */
export const SCALES: { readonly [K in OutcomeInstrument]: OutcomeScale } = /* @__PURE__ */ (() =>
  Object.freeze({
    rmdq: scale(24, "higher-is-worse", "points", "O-1", ["roland-1983", "roland-2000"]),
    psfs: scale(10, "higher-is-better", "points", "O-2", ["stratford-1995", "rehabmeasures-psfs"]),
    odi: scale(100, "higher-is-worse", "percent", "O-3", ["fairbank-2000", "mapi-odi"]),
    nrs: scale(10, "higher-is-worse", "points", "O-4", ["ostelo-2008", "suzuki-2020"]),
  }))();

/** Short names for messages. */
export const OUTCOME_NAMES: { readonly [K in OutcomeInstrument]: string } = { rmdq: "RMDQ", psfs: "PSFS", odi: "ODI", nrs: "Pain (NRS)" };
