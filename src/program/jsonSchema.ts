/**
 * The JSON Schema of the planner's history, composed from the schemas its parts' parsers run,
 * with the rules across fields stated for whoever stores a history and sends it back.
 */
import * as z from "zod/mini";
import { ladders as builtInLadders } from "../catalog/ladders.js";
import { LADDER_IDS } from "../catalog/vocabulary.js";
import { jsonSchemaDocument, type JsonSchemaNode } from "../internal/jsonSchema.js";
import { loadJsonAdjust, loggedSessionRules } from "../load/jsonSchema.js";
import { loggedSessionSchema } from "../load/schema.js";
import { loggedCheckInRules, progressionJsonAdjust } from "../progression/jsonSchema.js";
import { exerciseLogSchema, ladderExposureSchema, weekSummarySchema } from "../progression/schema.js";
import { clearanceSchema } from "../screening/schema.js";
import { ladderProgressSchema } from "./schema.js";

/**
 * The JSON Schema (draft 2020-12) of a planner history (`PlanOptions.history`), as
 * {@link parsePlanHistory} reads it: ladder progress and exposures, completed weeks, the training
 * log, exercise logs and clearances, each part as its own module's parser reads it.
 *
 * @returns a fresh JSON Schema object, `$id` `https://spinewise.dev/schemas/plan-history.json`
 * @example
 * ```ts
 * Object.keys(planHistoryJsonSchema().properties as object);
 * // => ["ladderProgress", "ladderExposures", "weeks", "trainingLog", "exerciseLogs", "clearances"]
 * ```
 * @category Program
 */
export function planHistoryJsonSchema(): Record<string, unknown> {
  const exposures = z.array(ladderExposureSchema);
  const history = z.strictObject({
    ladderProgress: z.optional(ladderProgressSchema),
    ladderExposures: z.optional(z.strictObject(Object.fromEntries(LADDER_IDS.map((id) => [id, z.optional(exposures)])))),
    weeks: z.optional(z.array(weekSummarySchema)),
    trainingLog: z.optional(z.array(loggedSessionSchema)),
    exerciseLogs: z.optional(z.array(exerciseLogSchema)),
    clearances: z.optional(z.array(clearanceSchema)),
  });
  const schema = jsonSchemaDocument(history, {
    name: "plan-history",
    title: "spinewise plan history",
    summary:
      "What happened since the intake, for planWeek and planSession (options.history), as read by parsePlanHistory: ladder progress and exposures (P-1, P-2, L-6), completed weeks (P-7, A-7), the training log (A-1…A-7), exercise logs with their pain responses (L-1…L-5) and clinicians' clearances (S-12).",
    rules: [
      "Each exposure in ladderExposures.<ladder> is at a step that ladder has (steps 0 to its length − 1; also the maximum keyword).",
      ...loggedSessionRules("of trainingLog "),
      ...loggedCheckInRules("An exercise log's or a ladder exposure's "),
    ],
    adjust: [loadJsonAdjust, progressionJsonAdjust],
  });
  // The steps of each built-in ladder, as parsePlanHistory checks them.
  const byLadder = ((schema["properties"] as Record<string, JsonSchemaNode>)["ladderExposures"] as JsonSchemaNode)["properties"] as Record<string, JsonSchemaNode>;
  for (const ladder of builtInLadders) {
    const step = ((byLadder[ladder.id]?.["items"] as JsonSchemaNode)["properties"] as Record<string, JsonSchemaNode>)["step"] as JsonSchemaNode;
    step["maximum"] = ladder.steps.length - 1;
  }
  return schema;
}
