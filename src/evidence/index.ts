/**
 * The evidence registry: every rule spinewise encodes and every source it cites, plus the
 * decision, reason and parse-result shapes shared by all modules.
 *
 * @packageDocumentation
 */
export { citations, formatCitation } from "./citations.js";
export type { Citation, CitationId, CitationKind } from "./citations.js";
export { rules, ruleIds } from "./rules.js";
export type { Rule, RuleGroup, RuleId } from "./rules.js";
export { reason, formatIssues, formatPath } from "./decision.js";
export type { Decision, Finding, ParseError, ParseIssue, ParseResult, Reason, Severity } from "./decision.js";
export { reasonsFrom } from "./messages.js";
export type { MessageTemplates, ParamsOf, PlaceholdersOf, ReasonConstructor, ReasonParam, ReasonParams } from "./templates.js";
