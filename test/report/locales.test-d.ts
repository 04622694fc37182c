import { describe, expectTypeOf, it } from "vitest";
import { reasonsFrom, type ParamsOf, type PlaceholdersOf, type Reason } from "../../src/evidence/index.js";
import { defineLocale, formatReason, messagesDe, messagesEn } from "../../src/report/index.js";
import { screeningReason } from "../../src/screening/messages.js";

describe("typed reason params", () => {
  it("extracts the placeholder names of a template", () => {
    expectTypeOf<PlaceholdersOf<"{a} of {b}, {a}">>().toEqualTypeOf<"a" | "b">();
    expectTypeOf<PlaceholdersOf<"no placeholder">>().toEqualTypeOf<never>();
    expectTypeOf<ParamsOf<"{count} sets">>().toEqualTypeOf<{ readonly count: string | number | boolean | null }>();
  });

  it("S-11: a call's params are exactly the template's placeholders", () => {
    expectTypeOf(screeningReason("S-11", "screening.under-minimum-age", { age: 15, minimumAge: 16 })).toEqualTypeOf<Reason>();
    // @ts-expect-error: a param is missing
    screeningReason("S-11", "screening.under-minimum-age", { age: 15 });
    // @ts-expect-error: an extra param
    screeningReason("S-11", "screening.under-minimum-age", { age: 15, minimumAge: 16, extra: 1 });
    // @ts-expect-error: a template without placeholders takes no param
    screeningReason("S-3", "screening.fever", { flags: "fever" });
    // @ts-expect-error: a code of no template of the module
    screeningReason("S-3", "screening.no-such-code", {});
    // @ts-expect-error: an unknown rule
    screeningReason("S-99", "screening.fever", {});
  });

  it("a module's constructor is typed from its own templates", () => {
    const demoReason = reasonsFrom({ "demo.sets": "{count} set(s) of {id}" } as const);
    demoReason("V-7", "demo.sets", { count: 3, id: "bird-dog" });
    // @ts-expect-error: params must be strings, numbers, booleans or null
    demoReason("V-7", "demo.sets", { count: [3], id: "bird-dog" });
  });
});

describe("typed locales", () => {
  const base = { "app.hello": "Hello, {name}.", "app.bye": "Bye." } as const;
  const locale = defineLocale<typeof base>();

  it("accepts a locale with every key and the same placeholders", () => {
    const german = locale({ "app.hello": "Hallo, {name}.", "app.bye": "Tschüss." });
    expectTypeOf(german["app.hello"]).toEqualTypeOf<"Hallo, {name}.">();
  });

  it("refuses a missing key, an extra key, and a template with other placeholders", () => {
    // @ts-expect-error: "app.bye" is missing
    locale({ "app.hello": "Hallo, {name}." });
    // @ts-expect-error: "app.extra" is no key of the base catalog
    locale({ "app.hello": "Hallo, {name}.", "app.bye": "Tschüss.", "app.extra": "Extra." });
    // @ts-expect-error: the template drops {name}
    locale({ "app.hello": "Hallo.", "app.bye": "Tschüss." });
    // @ts-expect-error: the template adds {count}
    locale({ "app.hello": "Hallo, {name}.", "app.bye": "Tschüss, {count}." });
    // @ts-expect-error: the template renames {name}
    locale({ "app.hello": "Hallo, {nom}.", "app.bye": "Tschüss." });
  });

  it("the German catalog has exactly the English keys", () => {
    expectTypeOf<keyof typeof messagesDe>().toEqualTypeOf<keyof typeof messagesEn>();
  });

  it("formatReason takes a reason and a locale", () => {
    expectTypeOf(formatReason).parameter(0).toEqualTypeOf<Reason>();
    expectTypeOf(formatReason).returns.toEqualTypeOf<string>();
  });
});
