/**
 * Every JSON Schema `spinewise schema` prints names itself ($id, title, description) and
 * describes every field, wherever it sits: top level, nested objects, array items, union
 * branches. Assertion-only sub-schemas (if/then/else, not, contains) restate properties to
 * constrain them and are not fields of their own.
 */
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { SCHEMAS } from "../../src/cli/commands/schema.js";
import { rules } from "../../src/evidence/index.js";
import { describeFields, jsonSchemaDocument } from "../../src/internal/jsonSchema.js";

type Node = Record<string, unknown>;

const ASSERTIONS = new Set(["if", "then", "else", "not", "contains"]);

/** Every property of a schema tree, with its path and its description (undefined when none). */
function fields(node: unknown, path = ""): { path: string; description: unknown }[] {
  if (Array.isArray(node)) return node.flatMap((item, index) => fields(item, `${path}/${index}`));
  if (node === null || typeof node !== "object") return [];
  return Object.entries(node as Node).flatMap(([key, value]) => {
    if (ASSERTIONS.has(key)) return [];
    if (key !== "properties" || value === null || typeof value !== "object") return fields(value, `${path}/${key}`);
    return Object.entries(value as Record<string, Node>).flatMap(([name, property]) => [
      { path: `${path}/${name}`, description: property["description"] },
      ...fields(property, `${path}/${name}`),
    ]);
  });
}

const ALL = Object.entries(SCHEMAS).map(([name, make]) => [name, make()] as const);

describe("every JSON Schema names itself and describes every field", () => {
  it.each(ALL)("%s: $id, title and description", (name, schema) => {
    expect(schema["$id"]).toBe(`https://spinewise.dev/schemas/${name}.json`);
    expect(String(schema["title"])).toMatch(/^spinewise \S/);
    expect(String(schema["description"]).length).toBeGreaterThan(40);
  });

  it.each(ALL)("%s: a description of at least a few words on every field", (_name, schema) => {
    const all = fields(schema);
    expect(all.length).toBeGreaterThan(0);
    const missing = all.filter((field) => typeof field.description !== "string" || field.description.split(" ").length < 3);
    expect(missing.map((field) => field.path)).toEqual([]);
  });

  it("the descriptions cite only rules that exist (S-13, A-1, … as in the registry)", () => {
    const cited = new Set(ALL.flatMap(([, schema]) => fields(schema).flatMap((field) => String(field.description).match(/\b[A-Z]-\d+\b/g) ?? [])));
    expect(cited.size).toBeGreaterThan(40);
    expect([...cited].filter((id) => !Object.hasOwn(rules, id))).toEqual([]);
  });

  it("counts the fields: every one of the 25 schemas' 2,000-odd properties is described", () => {
    const all = ALL.flatMap(([, schema]) => fields(schema));
    expect(ALL).toHaveLength(25);
    expect(all.length).toBeGreaterThan(2000);
    expect(all.filter((field) => typeof field.description === "string").length).toBe(all.length);
  });
});

describe("describeFields", () => {
  // zod writes one JSON object for a zod schema used in two places; a description written into
  // it for one field would show on the other. The descriptions are applied after generation.
  it("keeps two fields that share one zod schema apart", () => {
    const day = z.string();
    const start = z.strictObject({ on: day });
    const end = z.strictObject({ on: day });
    const schema = jsonSchemaDocument(z.strictObject({ start, end }), {
      name: "test",
      title: "spinewise test",
      summary: "Two objects sharing one field schema.",
      adjust: [describeFields(start, { on: "The first day." }, "When it starts."), describeFields(end, { on: "The last day." })],
    }) as { properties: { start: Node & { properties: { on: Node } }; end: Node & { properties: { on: Node } } } };
    expect(schema.properties.start.properties.on["description"]).toBe("The first day.");
    expect(schema.properties.end.properties.on["description"]).toBe("The last day.");
    expect(schema.properties.start["description"]).toBe("When it starts.");
    expect(JSON.stringify(schema)).not.toContain("x-spinewise");
  });

  it("lets an enclosing object's description of a field win over the object's own", () => {
    const inner = z.strictObject({ value: z.number() });
    const outer = z.strictObject({ inner });
    const schema = jsonSchemaDocument(outer, {
      name: "test-outer",
      title: "spinewise test",
      summary: "An object inside an object.",
      adjust: [describeFields(inner, { value: "A number." }, "In general."), describeFields(outer, { inner: "Here, specifically." })],
    }) as { properties: { inner: Node & { properties: { value: Node } } } };
    expect(schema.properties.inner["description"]).toBe("Here, specifically.");
    expect(schema.properties.inner.properties.value["description"]).toBe("A number.");
  });
});
