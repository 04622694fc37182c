/**
 * Boundary schemas for the staging input (zod/mini; JSON-Schema compatible).
 */
// A namespace import: `import { z }` defeats tree-shaking and bundles all of zod (427 kB vs 14 kB minified).
import * as z from "zod/mini";
import type { ParseIssue, ParseResult } from "../evidence/index.js";
import { parseWith } from "../internal/parse.js";
import { oneOf, optionalYesNo, painScore, record, withKeyPaths, yesNo } from "../classification/fields.js";
import type { StagingInput } from "./types.js";
import { requireArray, requireObject } from "../internal/guards.js";

/**
 * Schema of {@link NightPain} (T-5).
 * @category Staging
 */
export const nightPainSchema = record(
  {
    frequency: oneOf(["occasional", "most-nights"]),
    easedByChangingPosition: yesNo(),
    secondHalfOfNight: yesNo(),
    morningStiffnessEasesWithMovement: yesNo(),
  },
  "night pain",
);

const stageSchema = oneOf(["symptom-modulation", "movement-control", "function-optimisation"]);

/**
 * Schema of {@link StagingSafety}: the safety decision's action and stage cap.
 * @category Staging
 */
export const stagingSafetySchema = record(
  {
    action: oneOf(["emergency", "urgent-referral", "stop-until-cleared", "incomplete-screening", "proceed-with-advisory", "proceed"]),
    stageCap: z.nullable(stageSchema),
  },
  "the safety decision",
);

/**
 * Schema of {@link StagingInput} (T-1…T-5).
 * @category Staging
 */
export const stagingInputSchema = record(
  {
    worstPainNrs: painScore(),
    nightPain: z.optional(z.nullable(nightPainSchema)),
    endRange: oneOf(["reached-pain-free", "pain-at-end-range", "pain-before-end-range", "cannot-reach"]),
    settlingTime: oneOf(["within-an-hour", "within-hours", "next-day-or-longer"]),
    legSymptoms: oneOf(["none", "above-knee", "below-knee"]),
    fearOfMovement: optionalYesNo(),
    stiffness: optionalYesNo(),
    safety: z.optional(stagingSafetySchema),
    directionConfidence: z.optional(oneOf(["high", "low"])),
  },
  "the staging input",
);

/**
 * The contradictions {@link parseStagingInput} checks after the shape (a safety action and
 * stage cap that disagree), for callers that compose {@link stagingInputSchema} into a larger
 * schema.
 *
 * @param input - a staging input whose shape is already valid
 * @param prefix - the path of the input inside the larger document
 * @returns every contradiction with its path
 * @throws TypeError naming `stagingInputIssues` when `input` is not an object or `prefix` is not
 * an array; the shape inside is the caller's contract (it is what the schema checked)
 * @example
 * ```ts
 * stagingInputIssues({ worstPainNrs: 2, endRange: "reached-pain-free", settlingTime: "within-an-hour", legSymptoms: "none", safety: { action: "proceed", stageCap: "movement-control" } })[0]?.path;
 * // => ["safety", "stageCap"]
 * ```
 * @category Staging
 */
export function stagingInputIssues(input: StagingInput, prefix: readonly (string | number)[] = []): ParseIssue[] {
  requireObject("stagingInputIssues", "input", input);
  requireArray("stagingInputIssues", "prefix", prefix);
  const issues: ParseIssue[] = [];
  const safety = input.safety;
  if (safety !== undefined) {
    if (safety.action === "proceed" && safety.stageCap !== null) {
      issues.push({ path: ["safety", "stageCap"], message: "a safety decision of proceed carries no stage cap: pass the decision from screen unchanged" });
    }
    if (safety.action !== "proceed" && safety.stageCap === null) {
      issues.push({ path: ["safety", "stageCap"], message: `a safety decision of ${safety.action} always caps the stage: pass the decision from screen unchanged` });
    }
  }
  return issues.map((issue) => ({ path: [...prefix, ...issue.path], message: issue.message }));
}

/**
 * Validates the staging input at the boundary (T-1…T-5). Never throws.
 *
 * @param input - untrusted data, e.g. parsed JSON
 * @returns the typed input, or every issue with its path (pain outside 0–10 or not a whole
 * number, an unknown word, a safety action and stage cap that contradict each other, …)
 * @example
 * ```ts
 * parseStagingInput({ worstPainNrs: 11, endRange: "reached-pain-free", settlingTime: "within-an-hour", legSymptoms: "none" });
 * // => { ok: false, error: { issues: [{ path: ["worstPainNrs"], message: "must be at most 10 (NRS runs 0–10)" }] } }
 * ```
 * @category Staging
 */
export function parseStagingInput(input: unknown): ParseResult<StagingInput> {
  return parseWith<StagingInput>(withKeyPaths(stagingInputSchema), input, (value) => stagingInputIssues(value));
}
