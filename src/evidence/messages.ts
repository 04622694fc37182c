/**
 * The typed reason constructor of each module's messages (see ./templates.ts for the shapes).
 */
import type { CitationId } from "./citations.js";
import { requireKeyOf, requireObject } from "../internal/guards.js";
import { rules } from "./rules.js";
import { templatedReason, type MessageTemplates, type ReasonConstructor, type ReasonParams } from "./templates.js";

/**
 * Makes a module's typed reason constructor from its English templates. The constructor
 * takes the rule, a code of the module and exactly the params of that code's template, and
 * returns a frozen {@link Reason} with the code, the params, the English message rendered
 * from the template, and the rule's citations (or the evidence given).
 *
 * @param templates - the module's templates (`as const`, codes `<module>.<kebab-name>`)
 * @param name - the constructor's exported name, which its errors start with (default `reason constructor`)
 * @returns the constructor
 * @throws TypeError naming `reasonsFrom` when `templates` is not an object
 * @throws RangeError from the constructor, naming it (`name`), when the rule or the code is unknown
 * @throws TypeError from the constructor when params is not an object
 * @example
 * ```ts
 * const templates = { "demo.sets": "{count} working set(s) of {id}." } as const;
 * const demoReason = reasonsFrom(templates);
 * demoReason("V-7", "demo.sets", { count: 3, id: "bird-dog" }).message;
 * // => "3 working set(s) of bird-dog."
 * ```
 * @category Evidence
 */
export function reasonsFrom<const M extends MessageTemplates>(templates: M, name = "reason constructor"): ReasonConstructor<M> {
  requireObject("reasonsFrom", "templates", templates);
  if (typeof name !== "string") throw new TypeError(`reasonsFrom: name must be a string, got ${typeof name}`);
  return (ruleId, code, params, evidence) => {
    requireKeyOf(name, "rule ID", ruleId, rules);
    return templatedReason(templates, ruleId, code, params as ReasonParams, evidence ?? rules[ruleId].citations, name);
  };
}

