/**
 * The planner's history at the boundary: every part checked by its own module's parser, so a
 * missing pain score is an issue with its path, never a green session (L-1, L-2).
 */
import { formatIssues, type ParseIssue, type ParseResult } from "../evidence/index.js";
import { ladders as builtInLadders } from "../catalog/ladders.js";
import type { LadderId } from "../catalog/types.js";
import { LADDER_IDS } from "../catalog/vocabulary.js";
import { parseWith } from "../internal/parse.js";
import { parseTrainingLog } from "../load/schema.js";
import { parseExerciseLogs, parseLadderExposures, parseWeekSummaries } from "../progression/schema.js";
import type { LadderExposure } from "../progression/index.js";
import { parseClearance, type Clearance } from "../screening/index.js";
import { ladderProgressSchema } from "./schema.js";
import type { PlanHistory } from "./types.js";

const FIELDS = ["ladderProgress", "ladderExposures", "weeks", "trainingLog", "exerciseLogs", "clearances"] as const;

function prefixed(result: ParseResult<unknown>, path: readonly (string | number)[]): ParseIssue[] {
  return result.ok ? [] : result.error.issues.map((issue) => ({ path: [...path, ...issue.path], message: issue.message }));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** Ladder ID → exposures, each list by `parseLadderExposures`, each step one its ladder has. */
function ladderExposureIssues(input: unknown): { issues: ParseIssue[]; value: Partial<Record<LadderId, readonly LadderExposure[]>> } {
  const path = ["ladderExposures"];
  if (!isRecord(input)) {
    return { issues: [{ path, message: `ladder exposures must be an object such as { "hinge": [ … ] } (ladders: ${LADDER_IDS.join(", ")})` }], value: {} };
  }
  const issues: ParseIssue[] = [];
  const value: Partial<Record<LadderId, readonly LadderExposure[]>> = {};
  for (const [ladder, exposures] of Object.entries(input)) {
    if (!(LADDER_IDS as readonly string[]).includes(ladder)) {
      issues.push({ path: [...path, ladder], message: `unknown ladder ${ladder} (ladders: ${LADDER_IDS.join(", ")})` });
      continue;
    }
    if (exposures === undefined) continue;
    const parsed = parseLadderExposures(exposures);
    issues.push(...prefixed(parsed, [...path, ladder]));
    if (!parsed.ok) continue;
    const stepCount = builtInLadders.find((item) => item.id === ladder)?.steps.length ?? 0;
    parsed.value.forEach((exposure, index) => {
      if (exposure.step >= stepCount) {
        issues.push({ path: [...path, ladder, index, "step"], message: `the ${ladder} ladder has steps 0 to ${stepCount - 1}, got ${exposure.step}` });
      }
    });
    value[ladder as LadderId] = parsed.value;
  }
  return { issues, value };
}

/**
 * Validates a planner history (`PlanOptions.history`) at the boundary. Never throws.
 *
 * Each part goes through its own module's parser: exercise logs and ladder exposures through
 * the progression parsers (every pain report needs `baselineNrs` and `duringNrs`, scores are
 * whole numbers 0–10: L-1, L-2), completed weeks through `parseWeekSummaries`, the training log
 * through `parseTrainingLog` (as an array of sessions), ladder progress through its schema.
 * Unknown fields are issues too, so a misspelt part is never silently ignored. `planWeek` and
 * `planSession` run it and throw a `TypeError` listing every issue.
 *
 * @param input - anything, e.g. parsed JSON
 * @returns the history, or every issue with its path from the history's root
 * @example
 * ```ts
 * const result = parsePlanHistory({ exerciseLogs: [{ date: "2026-03-23", exerciseId: "goblet-squat",
 *   sets: [{ reps: 10 }], pain: { duringNrs: 1, nextMorningNrs: 9 } }] });
 * result.ok ? [] : result.error.issues.map((issue) => issue.path.join("."));
 * // => ["exerciseLogs.0.pain.baselineNrs"]
 * ```
 * @category Program
 */
export function parsePlanHistory(input: unknown): ParseResult<PlanHistory> {
  if (!isRecord(input)) {
    return { ok: false, error: { issues: [{ path: [], message: `a plan history must be an object with any of ${FIELDS.join(", ")}` }] } };
  }
  const issues: ParseIssue[] = [];
  const value: Record<string, unknown> = {};
  for (const key of Object.keys(input)) {
    if (!(FIELDS as readonly string[]).includes(key)) issues.push({ path: [key], message: `unknown field ${key} (a plan history has ${FIELDS.join(", ")})` });
  }
  const take = (key: (typeof FIELDS)[number], parse: (raw: unknown) => ParseResult<unknown>): void => {
    const raw = input[key];
    if (raw === undefined) return;
    const parsed = parse(raw);
    issues.push(...prefixed(parsed, [key]));
    if (parsed.ok) value[key] = parsed.value;
  };
  take("ladderProgress", (raw) => parseWith(ladderProgressSchema, raw));
  if (input["ladderExposures"] !== undefined) {
    const exposures = ladderExposureIssues(input["ladderExposures"]);
    issues.push(...exposures.issues);
    value["ladderExposures"] = exposures.value;
  }
  take("weeks", parseWeekSummaries);
  take("trainingLog", (raw) =>
    Array.isArray(raw) ? parseTrainingLog(raw) : { ok: false, error: { issues: [{ path: [], message: "the training log must be an array of sessions" }] } },
  );
  take("exerciseLogs", parseExerciseLogs);
  take("clearances", (raw) =>
    Array.isArray(raw)
      ? collect(raw.map((item, index) => ({ index, parsed: parseClearance(item) })))
      : { ok: false, error: { issues: [{ path: [], message: "clearances must be a list of clearances" }] } },
  );
  if (issues.length > 0) return { ok: false, error: { issues } };
  return { ok: true, value: value as PlanHistory };
}

/** Each clearance parsed (S-12), with its index in the path. */
function collect(items: readonly { index: number; parsed: ParseResult<Clearance> }[]): ParseResult<readonly Clearance[]> {
  const issues = items.flatMap(({ index, parsed }) => (parsed.ok ? [] : parsed.error.issues.map((issue) => ({ path: [index, ...issue.path], message: issue.message }))));
  if (issues.length > 0) return { ok: false, error: { issues } };
  return { ok: true, value: items.map(({ parsed }) => (parsed as { ok: true; value: Clearance }).value) };
}

/**
 * The history parsed, or a TypeError naming the function and listing every issue with its path
 * (`history.exerciseLogs[0].pain.baselineNrs: …`). No history stays no history.
 */
export function requirePlanHistory(fn: string, history: unknown): PlanHistory | undefined {
  if (history === undefined) return undefined;
  const parsed = parsePlanHistory(history);
  if (parsed.ok) return parsed.value;
  const issues = parsed.error.issues.map((issue) => ({ path: ["history", ...issue.path], message: issue.message }));
  const count = issues.length === 1 ? "1 problem" : `${issues.length} problems`;
  throw new TypeError(`${fn}: options.history has ${count}:\n${formatIssues(issues)}`, { cause: { issues } });
}
