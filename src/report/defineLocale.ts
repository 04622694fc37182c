import type { PlaceholdersOf } from "../evidence/templates.js";

/**
 * A message catalog: stable reason code to a template with `{name}` placeholders.
 * @category Report
 */
export type MessageCatalog = Readonly<Record<string, string>>;

/**
 * What a locale of the base catalog `Base` must look like: every key of `Base`, no other key,
 * and each template with exactly the placeholders of the base template (a template that drops
 * or adds one is typed as a message naming the placeholders it needs).
 * @typeParam Base - the catalog translated (spinewise's English, `typeof messagesEn`)
 * @typeParam L - the locale being checked
 * @category Report
 */
export type LocaleCatalog<Base extends MessageCatalog, L> = {
  readonly [K in keyof Base]: K extends keyof L
    ? L[K] extends string
      ? // The same set of placeholder names, each way round.
        [PlaceholdersOf<Base[K]>] extends [PlaceholdersOf<L[K]>]
        ? [PlaceholdersOf<L[K]>] extends [PlaceholdersOf<Base[K]>]
          ? L[K]
          : `use exactly the placeholders of: ${Base[K]}`
        : `use exactly the placeholders of: ${Base[K]}`
      : string
    : string;
} & { readonly [K in Exclude<keyof L, keyof Base>]: never };

/**
 * Types a locale against a base catalog: `defineLocale<typeof messagesEn>()({ … })` fails to
 * compile when a key is missing or extra, or a template does not use exactly the placeholders
 * of its English template. Returns the catalog frozen.
 *
 * @typeParam Base - the catalog translated
 * @returns a function that takes the locale's catalog and returns it frozen
 * @example
 * ```ts
 * const base = { "app.hello": "Hello, {name}." } as const;
 * const french = defineLocale<typeof base>()({ "app.hello": "Bonjour, {name}." });
 * french["app.hello"];
 * // => "Bonjour, {name}."
 * ```
 * @category Report
 */
export function defineLocale<Base extends MessageCatalog>(): <const L extends LocaleCatalog<Base, L>>(catalog: L) => L {
  return (catalog) => Object.freeze({ ...catalog });
}
