import * as z from "zod/mini";
import { describe, expect, it } from "vitest";
import { isoDateString } from "../../src/internal/isoDateSchema.js";

describe("isoDateString", () => {
  const field = isoDateString("date");
  const messages = (value: unknown) => field.safeParse(value).error?.issues.map((issue) => issue.message) ?? [];

  it("accepts real days from 1900-01-01 to 2200-12-31, leap days included", () => {
    for (const date of ["1900-01-01", "2000-02-29", "2024-02-29", "2026-03-02", "2200-12-31"]) expect(messages(date), date).toEqual([]);
  });

  it("gives one message per problem: the format for a day that does not exist, the range for a year outside", () => {
    expect(messages("2026-02-30")).toEqual(["date must be a real calendar date written YYYY-MM-DD"]);
    expect(messages("2100-02-29")).toEqual(["date must be a real calendar date written YYYY-MM-DD"]);
    expect(messages("3 March")).toEqual(["date must be a real calendar date written YYYY-MM-DD"]);
    expect(messages("0000-01-01")).toEqual(["date must be from 1900-01-01 to 2200-12-31"]);
    expect(messages("9999-12-31")).toEqual(["date must be from 1900-01-01 to 2200-12-31"]);
    expect(messages("1899-12-31")).toEqual(["date must be from 1900-01-01 to 2200-12-31"]);
  });

  it("states the range in the JSON Schema it produces, so a schema-valid date is one the parser takes", () => {
    const schema = z.toJSONSchema(field) as { allOf?: { pattern: string }[]; pattern?: string };
    const patterns = [schema.pattern, ...(schema.allOf ?? []).map((part) => part.pattern)].filter((pattern) => pattern !== undefined).map((pattern) => new RegExp(pattern));
    const valid = (date: string) => patterns.every((pattern) => pattern.test(date));
    expect(patterns.length).toBeGreaterThanOrEqual(2);
    for (const date of ["1900-01-01", "2024-02-29", "2200-12-31"]) expect(valid(date), date).toBe(true);
    for (const date of ["0001-01-01", "9999-12-31", "1899-12-31", "2201-01-01", "2026-02-30"]) expect(valid(date), date).toBe(false);
  });
});
