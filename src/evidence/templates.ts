/**
 * Reasons as data: every reason carries a stable `code` and its `params`, and its English
 * `message` is rendered from the module's template for that code. Each module owns its
 * English templates (`src/<module>/messages.ts`) so an entry bundles only its own text;
 * `spinewise/report` merges them into locales and renders any reason in any of them.
 */
import type { CitationId } from "./citations.js";
import type { Reason } from "./decision.js";
import { requireKeyOf, requireObject } from "../internal/guards.js";
import type { RuleId } from "./rules.js";

/**
 * One value a message template can show: a number, a word or ID, a flag, or nothing.
 * @category Evidence
 */
export type ReasonParam = string | number | boolean | null;

/**
 * The values a reason's message was rendered from, keyed by placeholder name.
 * @category Evidence
 */
export type ReasonParams = Readonly<Record<string, ReasonParam>>;

/**
 * The placeholder names of a template: `"{a} of {b}"` gives `"a" | "b"`.
 * @typeParam T - the template
 * @category Evidence
 */
export type PlaceholdersOf<T extends string> = T extends `${string}{${infer Name}}${infer Rest}` ? Name | PlaceholdersOf<Rest> : never;

/**
 * The params a template takes, typed from its placeholders: a missing or an extra param is a
 * type error (a template without placeholders takes `{}`).
 * @typeParam T - the template
 * @category Evidence
 */
export type ParamsOf<T extends string> = [PlaceholdersOf<T>] extends [never]
  ? { readonly [key: string]: never }
  : { readonly [K in PlaceholdersOf<T>]: ReasonParam };

/**
 * A module's templates: stable code to English template with `{name}` placeholders.
 * @category Evidence
 */
export type MessageTemplates = Readonly<Record<string, string>>;

/**
 * The typed reason constructor {@link reasonsFrom} makes for a module's templates.
 * @typeParam M - the module's templates
 * @category Evidence
 */
export type ReasonConstructor<M extends MessageTemplates> = <C extends keyof M & string>(
  ruleId: RuleId,
  code: C,
  params: ParamsOf<M[C]>,
  evidence?: readonly CitationId[],
) => Reason;

/**
 * The key of a term: a word an ID param stands for, in the catalog of the reason's module
 * (`catalog.term.lateralFlexion` is "lateral flexion" for a `catalog.…` reason), so a locale
 * translates IDs too. Not exported from the module.
 */
export const termKey = (code: string, value: string): string => `${code.slice(0, code.indexOf("."))}.term.${value}`;

/**
 * Fills a template's `{name}` placeholders from params; a string param that names a term of
 * the reason's module is shown as the term; a placeholder with no param is left as it is (the
 * renderer that calls this decides what to do then). Not exported from the module.
 *
 * @param template - text with `{name}` placeholders
 * @param params - the values
 * @param show - how a value becomes text (default: `String`, `–` for null)
 * @returns the rendered text
 */
export function fillTemplate(template: string, params: ReasonParams, show: (value: ReasonParam) => string = showPlain): string {
  const parts = partsOf(template);
  // Even indices are literal text, odd ones placeholder names.
  let text = parts[0] as string;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i] as string;
    text += (Object.hasOwn(params, name) ? show(params[name] as ReasonParam) : `{${name}}`) + (parts[i + 1] as string);
  }
  return text;
}

/**
 * A template split once into literal text and placeholder names, remembered: a planned week
 * renders a few hundred reasons from a few dozen templates, and splitting each again with a
 * regular expression was the largest single cost of building a reason.
 */
function partsOf(template: string): readonly string[] {
  let parts = splitTemplates.get(template);
  if (parts === undefined) {
    parts = template.split(/\{([^{}]+)\}/);
    if (splitTemplates.size >= 4096) splitTemplates.clear();
    splitTemplates.set(template, parts);
  }
  return parts;
}

const splitTemplates = /* @__PURE__ */ new Map<string, readonly string[]>();

/** A param as plain text: numbers as JavaScript prints them, null as a dash. */
function showPlain(value: ReasonParam): string {
  return value === null ? "–" : Object.is(value, -0) ? "0" : String(value);
}

/** A catalog's own string under a key (never one inherited from Object.prototype). */
export function ownText(catalog: Readonly<Record<string, string>> | undefined, key: string): string | undefined {
  if (catalog === undefined || !Object.hasOwn(catalog, key)) return undefined;
  const text = catalog[key];
  return typeof text === "string" ? text : undefined;
}

/**
 * The reason for a code of a module's templates, with the sources given (no registry look-up:
 * `spinewise/outcomes` names its sources itself so it does not bundle the rule registry).
 * Not exported from the module.
 * @throws RangeError when the code is unknown, TypeError when params is not an object
 */
export function templatedReason(
  templates: MessageTemplates,
  ruleId: RuleId,
  code: string,
  params: ReasonParams,
  evidence: readonly CitationId[],
  name = "reason constructor",
): Reason {
  requireKeyOf(name, "code", code, templates);
  requireObject(name, "params", params);
  const frozen = Object.freeze({ ...params });
  const show = (value: ReasonParam): string => (typeof value === "string" ? (ownText(templates, termKey(code, value)) ?? value) : showPlain(value));
  return Object.freeze({ ruleId, code, params: frozen, message: fillTemplate(templates[code] as string, frozen, show), evidence: Object.freeze([...evidence]) });
}
