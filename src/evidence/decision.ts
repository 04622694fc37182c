/**
 * The shapes every module answers in: reasons that cite rules and sources, decisions that
 * carry their reasons, and the boundary's parse result.
 */
import type { CitationId } from "./citations.js";
import { requireArray, requireKeyOf, requireString } from "../internal/guards.js";
import type { ReasonParams } from "./templates.js";
import { rules, type RuleId } from "./rules.js";

/**
 * Why something was decided: the rule that fired, a stable code with the params its message
 * is rendered from, the message in English, and the sources.
 * @category Evidence
 */
export interface Reason {
  readonly ruleId: RuleId;
  /**
   * What was decided, as a stable code (`<module>.<kebab-name>`, or `custom` for an app's own
   * reason): codes are never renamed or reused within a major version (see docs/i18n.md).
   */
  readonly code: string;
  /** The values the message shows (numbers, IDs, dates), keyed by the template's placeholders. */
  readonly params: ReasonParams;
  /** The message in English; `formatReason` from `spinewise/report` renders it in another locale. */
  readonly message: string;
  readonly evidence: readonly CitationId[];
}

/**
 * A decision value: what to do, the rule that decided it, and every reason behind it.
 * Nothing important in spinewise is a bare boolean.
 * @typeParam Action - the module's action vocabulary
 * @category Evidence
 */
export interface Decision<Action extends string> {
  readonly action: Action;
  /** The rule that decided the action (the most severe or most specific that fired). */
  readonly ruleId: RuleId;
  readonly reasons: readonly Reason[];
}

/** How much a finding matters. @category Evidence */
export type Severity = "info" | "warning" | "error";

/**
 * A problem or observation about a plan, log or session, with the rule it concerns.
 * @category Evidence
 */
export interface Finding extends Reason {
  readonly severity: Severity;
  /** Where in the input the finding points (indices or keys), when it points somewhere. */
  readonly path?: readonly (string | number)[];
}

/**
 * One problem found at the boundary: where it is and what is wrong, in words.
 * @category Evidence
 */
export interface ParseIssue {
  /** Keys and indices from the root of the input to the offending value. */
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/** The error half of a {@link ParseResult}: every problem, none dropped. @category Evidence */
export interface ParseError {
  readonly issues: readonly ParseIssue[];
}

/**
 * The result of every `parseX` function: the typed value, or every problem with its path.
 * @category Evidence
 */
export type ParseResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: ParseError };

/**
 * Builds a {@link Reason} of an app's own, citing a rule's own sources: its code is `custom`
 * and its params `{ message }`, so it renders as its message in every locale. spinewise's
 * own reasons come from each module's typed constructor (see {@link reasonsFrom}).
 *
 * @param ruleId - the rule that fired
 * @param message - what happened, in words a lifter understands
 * @param evidence - sources to cite; defaults to the rule's citations
 * @returns a frozen reason
 * @throws RangeError naming `reason` when `ruleId` is not a rule of the registry
 * @throws TypeError naming `reason` when `message` is not a string or `evidence` is given but
 * not an array (the citation IDs inside are the caller's contract)
 * @example
 * ```ts
 * reason("A-1", "45 min at RPE 6 is 270 AU").evidence;
 * // => ["foster-2001"]
 * reason("A-1", "45 min at RPE 6 is 270 AU").code;
 * // => "custom"
 * ```
 * @category Evidence
 */
export function reason(ruleId: RuleId, message: string, evidence?: readonly CitationId[]): Reason {
  requireKeyOf("reason", "rule ID", ruleId, rules);
  requireString("reason", "message", message);
  if (evidence !== undefined) requireArray("reason", "evidence", evidence);
  return Object.freeze({ ruleId, code: "custom", params: Object.freeze({ message }), message, evidence: Object.freeze([...(evidence ?? rules[ruleId].citations)]) });
}

/**
 * Renders parse issues one per line as `path: message` (`(root)` for the whole input).
 *
 * @param issues - the issues of a failed {@link ParseResult}
 * @returns the lines joined with newlines
 * @throws TypeError naming `formatIssues` when `issues` is not an array (each issue's shape is
 * the caller's contract)
 * @example
 * ```ts
 * formatIssues([{ path: ["sessions", 2, "rpe"], message: "must be between 0 and 10" }]);
 * // => "sessions[2].rpe: must be between 0 and 10"
 * ```
 * @category Evidence
 */
export function formatIssues(issues: readonly ParseIssue[]): string {
  requireArray("formatIssues", "issues", issues);
  return issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`).join("\n");
}

/**
 * Renders an issue path as `a.b[2].c`.
 *
 * @param path - keys and indices
 * @returns the path as text, `(root)` when empty
 * @throws TypeError naming `formatPath` when `path` is not an array
 * @example
 * ```ts
 * formatPath(["tests", "flexion", "painNrs"]);
 * // => "tests.flexion.painNrs"
 * ```
 * @category Evidence
 */
export function formatPath(path: readonly (string | number)[]): string {
  requireArray("formatPath", "path", path);
  if (path.length === 0) return "(root)";
  let text = "";
  for (const key of path) {
    text += typeof key === "number" ? `[${key}]` : text === "" ? key : `.${key}`;
  }
  return text;
}
