import { catalogJsonSchema, exerciseJsonSchema } from "../../catalog/index.js";
import { clearingTestsJsonSchema, enduranceTimesJsonSchema, lowerCrossedAnswersJsonSchema, symptomHistoryJsonSchema } from "../../classification/index.js";
import { acwrOptionsJsonSchema, dailyLoadsOptionsJsonSchema, trainingLogJsonSchema } from "../../load/index.js";
import { intakeJsonSchema, planHistoryJsonSchema } from "../../program/index.js";
import { journalEventJsonSchema, journalJsonSchema } from "../../journal/index.js";
import {
  exerciseLogsJsonSchema,
  ladderExposuresJsonSchema,
  painReportJsonSchema,
  prescriptionJsonSchema,
  weeklyCheckInsJsonSchema,
  weekSummariesJsonSchema,
} from "../../progression/index.js";
import { clearanceJsonSchema, screeningInputJsonSchema, sessionCheckInJsonSchema } from "../../screening/index.js";
import { outcomeJsonSchema } from "../../outcomes/index.js";
import { stagingInputJsonSchema } from "../../staging/index.js";
import { performedSessionJsonSchema } from "../../volume/index.js";
import { EXIT_OK, usageError } from "../io.js";
import type { Command } from "../run.js";

/**
 * Every document a parser reads, by the name in its `$id` (`https://spinewise.dev/schemas/<name>.json`):
 * the files the command line reads first, then the parts and the options.
 */
export const SCHEMAS: Readonly<Record<string, () => Record<string, unknown>>> = Object.freeze({
  intake: intakeJsonSchema,
  "check-in": sessionCheckInJsonSchema,
  "training-log": trainingLogJsonSchema,
  journal: journalJsonSchema,
  "journal-event": journalEventJsonSchema,
  outcome: outcomeJsonSchema,
  "performed-session": performedSessionJsonSchema,
  exercise: exerciseJsonSchema,
  catalog: catalogJsonSchema,
  screening: screeningInputJsonSchema,
  clearance: clearanceJsonSchema,
  "clearing-tests": clearingTestsJsonSchema,
  "symptom-history": symptomHistoryJsonSchema,
  "lower-crossed": lowerCrossedAnswersJsonSchema,
  "endurance-times": enduranceTimesJsonSchema,
  "staging-input": stagingInputJsonSchema,
  "exercise-logs": exerciseLogsJsonSchema,
  "ladder-exposures": ladderExposuresJsonSchema,
  "pain-report": painReportJsonSchema,
  prescription: prescriptionJsonSchema,
  "weekly-check-ins": weeklyCheckInsJsonSchema,
  "week-summaries": weekSummariesJsonSchema,
  "plan-history": planHistoryJsonSchema,
  "daily-loads-options": dailyLoadsOptionsJsonSchema,
  "acwr-options": acwrOptionsJsonSchema,
});

/** `spinewise schema NAME`: print a JSON Schema. */
export const schemaCommand: Command = {
  name: "schema",
  summary: "print the JSON Schema of an input (intake, training-log, …)",
  description: "Print the JSON Schema of a document a parser reads. It is JSON already: --json changes nothing.",
  usage: "schema NAME [options]",
  arguments: [["NAME", `the document (${Object.keys(SCHEMAS).join(", ")})`]],
  positionals: { min: 1, max: 1 },
  options: {},
  examples: ["spinewise schema intake > intake.schema.json"],
  run: ({ io, positionals }) => {
    const name = positionals[0] ?? "";
    // Own keys only: `constructor`, `__proto__` or `toString` are not schemas.
    const make = Object.hasOwn(SCHEMAS, name) ? SCHEMAS[name] : undefined;
    if (make === undefined) throw usageError(`unknown schema '${name}' (known: ${Object.keys(SCHEMAS).join(", ")})`);
    // A JSON Schema is JSON already: --json changes nothing.
    io.stdout(`${JSON.stringify(make(), null, 2)}\n`);
    return EXIT_OK;
  },
};
