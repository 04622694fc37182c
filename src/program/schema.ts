/**
 * The intake: one schema composing the screening, classification and staging schemas, so an
 * app validates a whole assessment form in one call and gets every issue with its path.
 */
import * as z from "zod/mini";
import type { ParseIssue, ParseResult } from "../evidence/index.js";
import { parseWith } from "../internal/parse.js";
import { parseScreeningInput, screeningInputSchema, type ScreeningInput } from "../screening/index.js";
import {
  clearingTestsSchema,
  lowerCrossedAnswersSchema,
  parseClearingTests,
  parseLowerCrossedAnswers,
  parseSymptomHistory,
  symptomHistorySchema,
  type ClearingTests,
  type LowerCrossedAnswers,
  type SymptomHistory,
} from "../classification/index.js";
import type { EndRange, LegSymptomReach, SettlingTime } from "../staging/index.js";
import type { LadderId, LadderProgress } from "../catalog/types.js";
import { LADDER_IDS } from "../catalog/vocabulary.js";


const yesNo = (what: string) => z.optional(z.boolean({ error: `${what} must be true or false` }));

/**
 * The symptoms that set the stage (T-1…T-5) that the other parts of the intake do not already
 * give: night pain comes from the screening answers, end range from the clearing tests and leg
 * symptoms from the screening's leg questions (each can be overridden here).
 *
 * @example
 * ```ts
 * intakeSymptomsSchema.safeParse({ worstPainNrs: 5, settlingTime: "within-hours" }).success;
 * // => true
 * ```
 * @category Program
 */
export const intakeSymptomsSchema = /* @__PURE__ */ z.strictObject(
  {
    worstPainNrs: z.number({ error: "worst pain must be a number from 0 to 10" }).check(
      z.int({ error: "worst pain must be a whole number from 0 to 10" }),
      z.gte(0, { error: "worst pain must be from 0 to 10" }),
      z.lte(10, { error: "worst pain must be from 0 to 10" }),
    ),
    settlingTime: z.enum(["within-an-hour", "within-hours", "next-day-or-longer"], {
      error: "settling time must be one of within-an-hour, within-hours, next-day-or-longer",
    }),
    fearOfMovement: yesNo("fear of movement"),
    stiffness: yesNo("stiffness"),
    endRange: z.optional(
      z.enum(["reached-pain-free", "pain-at-end-range", "pain-before-end-range", "cannot-reach"], {
        error: "end range must be one of reached-pain-free, pain-at-end-range, pain-before-end-range, cannot-reach",
      }),
    ),
    legSymptoms: z.optional(z.enum(["none", "above-knee", "below-knee"], { error: "leg symptoms must be one of none, above-knee, below-knee" })),
  },
  { error: "symptoms must be an object with worstPainNrs and settlingTime" },
);

const ladderStep = z.number({ error: "a ladder step must be a number" }).check(
  z.int({ error: "a ladder step must be a whole number" }),
  z.gte(0, { error: "a ladder step must be 0 or more" }),
  z.lte(20, { error: "a ladder step must be 20 or less" }),
);

/**
 * Ladder steps earned so far (P-1, P-2, L-6): ladder ID → index of the highest step unlocked.
 * An unknown ladder is an issue naming it.
 *
 * @example
 * ```ts
 * ladderProgressSchema.safeParse({ hinge: 2 }).success;
 * // => true
 * ```
 * @category Program
 */
export const ladderProgressSchema = /* @__PURE__ */ z.strictObject(
  Object.fromEntries(LADDER_IDS.map((id) => [id, z.optional(ladderStep)])) as Record<LadderId, z.ZodMiniOptional<typeof ladderStep>>,
  {
    error: (issue) =>
      issue.code === "unrecognized_keys"
        ? `unknown ladder ${(issue.keys as string[]).join(", ")} (ladders: ${LADDER_IDS.join(", ")})`
        : `ladder progress must be an object such as { "hinge": 1 } (ladders: ${LADDER_IDS.join(", ")})`,
  },
);

/** The intake's flags: findings that tighten the contraindication policy (not exported from the entry). */
export const intakeFlagsSchema = /* @__PURE__ */ z.strictObject(
  { axialLoadSensitive: yesNo("axialLoadSensitive") },
  { error: "flags must be an object such as { \"axialLoadSensitive\": true }" },
);

/**
 * The whole intake: screening answers, the two clearing tests, the symptom history, the four
 * lower-crossed questions, the staging symptoms, and optional ladder progress and flags.
 * It composes the screening, classification and staging schemas, so a form is validated in one
 * call; {@link parseIntake} adds each part's own semantic checks.
 *
 * @example
 * ```ts
 * intakeSchema.safeParse({}).success;
 * // => false
 * ```
 * @category Program
 */
export const intakeSchema = /* @__PURE__ */ z.strictObject(
  {
    screening: screeningInputSchema,
    clearingTests: clearingTestsSchema,
    history: z.optional(symptomHistorySchema),
    lowerCrossed: lowerCrossedAnswersSchema,
    symptoms: intakeSymptomsSchema,
    ladderProgress: z.optional(ladderProgressSchema),
    flags: z.optional(intakeFlagsSchema),
  },
  { error: "the intake must be an object with screening, clearingTests, lowerCrossed and symptoms" },
);

/**
 * The staging symptoms of an {@link Intake}.
 * @category Program
 */
export interface IntakeSymptoms {
  readonly worstPainNrs: number;
  readonly settlingTime: SettlingTime;
  readonly fearOfMovement?: boolean;
  readonly stiffness?: boolean;
  /** Overrides the end range read from the clearing tests. */
  readonly endRange?: EndRange;
  /** Overrides the leg-symptom reach read from the screening answers. */
  readonly legSymptoms?: LegSymptomReach;
}

/**
 * A whole intake, as {@link parseIntake} returns it.
 * @category Program
 */
export interface Intake {
  readonly screening: ScreeningInput;
  readonly clearingTests: ClearingTests;
  readonly history?: SymptomHistory;
  readonly lowerCrossed: LowerCrossedAnswers;
  readonly symptoms: IntakeSymptoms;
  readonly ladderProgress?: LadderProgress;
  readonly flags?: { readonly axialLoadSensitive?: boolean };
}

function prefixed(result: ParseResult<unknown>, prefix: string): ParseIssue[] {
  return result.ok ? [] : result.error.issues.map((issue) => ({ path: [prefix, ...issue.path], message: issue.message }));
}

/** The semantic checks of each part's own parser (contradictory answers and the like). */
function intakeIssues(intake: Intake): ParseIssue[] {
  const once: ParseIssue[] =
    intake.screening.clearingTests === undefined
      ? []
      : [{ path: ["screening", "clearingTests"], message: "give the clearing tests once, as the intake's clearingTests, not inside screening" }];
  return [
    ...once,
    ...prefixed(parseScreeningInput(intake.screening), "screening"),
    ...prefixed(parseClearingTests(intake.clearingTests), "clearingTests"),
    ...(intake.history === undefined ? [] : prefixed(parseSymptomHistory(intake.history), "history")),
    ...prefixed(parseLowerCrossedAnswers(intake.lowerCrossed), "lowerCrossed"),
  ];
}

/**
 * Validates a whole intake without running it.
 *
 * Never throws: a value that is not an intake comes back with every issue and its path, the
 * parts checked by their own modules' parsers.
 *
 * @param input - anything, e.g. parsed JSON from a form
 * @returns the typed intake, or every issue with its path
 * @example
 * ```ts
 * const result = parseIntake({ screening: {} });
 * result.ok;
 * // => false
 * ```
 * @category Program
 */
export function parseIntake(input: unknown): ParseResult<Intake> {
  return parseWith<Intake>(intakeSchema as unknown as Parameters<typeof parseWith<Intake>>[0], input, intakeIssues);
}
