/**
 * The boundary of the volume module: a performed session as JSON, checked and converted to
 * kilograms.
 */
// A namespace import lets bundlers drop the parts of zod this module does not use
// (`import { z }` pulls in all of zod/mini, locales included).
import * as z from "zod/mini";
import type { Exercise } from "../catalog/types.js";
import type { ParseIssue, ParseResult } from "../evidence/index.js";
import { isoDateString } from "../internal/isoDateSchema.js";
import { fail, parseWith } from "../internal/parse.js";
import { exerciseIndex } from "./catalogLookup.js";
import type { LoggedMass, MassUnit, PerformedSession, PerformedSet } from "./types.js";
import { MAX_BODYWEIGHT_KG, MAX_HOLD_SECONDS, MAX_IMPLEMENTS, MAX_SET_LOAD_KG as MAX_LOAD, MAX_SET_REPS as MAX_REPS } from "./limits.js";

/**
 * Kilograms per pound, exactly (international yard and pound agreement, 1959).
 * @example
 * ```ts
 * 100 * KG_PER_LB;
 * // => 45.359237
 * ```
 * @category Volume
 */
export const KG_PER_LB = 0.45359237;


function unknownKeys(what: string) {
  return (issue: { code?: string; keys?: readonly string[] }) =>
    issue.code === "unrecognized_keys" ? `unknown key${issue.keys?.length === 1 ? "" : "s"} in ${what}: ${(issue.keys ?? []).join(", ")}` : `${what} must be an object`;
}

function amount(name: string, max: number) {
  return z
    .number({ error: `${name} must be a finite number` })
    .check(z.gte(0, { error: `${name} must be 0 or more` }), z.lte(max, { error: `${name} must be at most ${max}` }));
}

function wholeNumber(name: string, max: number) {
  return z
    .int({ error: `${name} must be a whole number` })
    .check(z.gte(0, { error: `${name} must be 0 or more` }), z.lte(max, { error: `${name} must be at most ${max}` }));
}

/** Builds the schemas; called once, at module load, unless a bundler drops it as unused. */
function buildPerformedSessionSchema() {
  const massUnitSchema = z.enum(["kg", "lb"], { error: 'unit must be "kg" or "lb"' });

  const loggedMassSchema = z.strictObject(
    {
      unit: massUnitSchema,
      load: z.optional(amount("logged.load", MAX_LOAD)),
      assistance: z.optional(amount("logged.assistance", MAX_LOAD)),
    },
    { error: unknownKeys("logged") },
  );

  const performedSetSchema = z.strictObject(
    {
      exerciseId: z.string({ error: "exerciseId must be a string" }).check(z.minLength(1, { error: "exerciseId must not be empty" })),
      side: z.enum(["left", "right", "both"], { error: 'side must be "left", "right" or "both"' }),
      reps: wholeNumber("reps", MAX_REPS),
      load: z.optional(amount("load", MAX_LOAD)),
      loadKg: z.optional(amount("loadKg", MAX_LOAD)),
      unit: z.optional(massUnitSchema),
      assistance: z.optional(amount("assistance", MAX_LOAD)),
      assistanceKg: z.optional(amount("assistanceKg", MAX_LOAD)),
      implements: z.optional(wholeNumber("implements", MAX_IMPLEMENTS)),
      rir: z.optional(z.nullable(amount("rir", 10))),
      warmup: z.optional(z.boolean({ error: "warmup must be true or false" })),
      holdSeconds: z.optional(amount("holdSeconds", MAX_HOLD_SECONDS)),
      logged: z.optional(loggedMassSchema),
    },
    { error: unknownKeys("a set") },
  );

  return z.strictObject(
    {
      date: isoDateString("date", "date must be a calendar date written YYYY-MM-DD"),
      id: z.optional(z.string({ error: "id must be a string" })),
      unit: z.optional(massUnitSchema),
      bodyweight: z.optional(amount("bodyweight", MAX_BODYWEIGHT_KG)),
      bodyweightKg: z.optional(amount("bodyweightKg", MAX_BODYWEIGHT_KG)),
      sets: z.array(performedSetSchema, { error: "sets must be an array of sets" }),
    },
    { error: unknownKeys("a session") },
  );
}

/**
 * The JSON shape of a performed session, as a zod/mini schema (JSON-Schema-compatible:
 * `z.toJSONSchema(performedSessionSchema)`).
 *
 * Loads are given either as `load` in the set's `unit` (else the session's `unit`, else kg)
 * or as `loadKg`; the same for `assistance`/`assistanceKg` and `bodyweight`/`bodyweightKg`.
 * Caps: reps ≤ 10 000, loads ≤ 10 000, implements ≤ 10, RIR ≤ 10, holds ≤ 86 400 s.
 * Use {@link parsePerformedSession} to check a value: it adds the catalog checks and the
 * conversion to kilograms.
 * @example
 * ```ts
 * performedSessionSchema.safeParse({ date: "2026-11-20", sets: [] }).success;
 * // => true
 * ```
 * @category Volume
 */
export const performedSessionSchema = /* @__PURE__ */ buildPerformedSessionSchema(); // pure: importing setScheme alone must not pull zod in

/**
 * The JSON input accepted by {@link parsePerformedSession} (before conversion to kilograms).
 * @category Volume
 */
export type PerformedSessionInput = z.input<typeof performedSessionSchema>;

/**
 * Options of {@link parsePerformedSession}.
 * @category Volume
 */
export interface ParsePerformedSessionOptions {
  /** The catalog the exercise IDs are checked against; defaults to the built-in catalog. */
  readonly catalog?: readonly Exercise[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** Checks that need the catalog or more than one field, read defensively from any input. */
function semanticIssues(input: unknown, catalog: readonly Exercise[] | undefined): ParseIssue[] {
  const issues: ParseIssue[] = [];
  if (!isRecord(input)) return issues;
  if (input["bodyweight"] !== undefined && input["bodyweightKg"] !== undefined) {
    issues.push({ path: ["bodyweight"], message: "give bodyweight (in the session's unit) or bodyweightKg, not both" });
  }
  const sets = input["sets"];
  if (!Array.isArray(sets)) return issues;
  const index = exerciseIndex(catalog);
  sets.forEach((set: unknown, i) => {
    if (!isRecord(set)) return;
    for (const [given, kilograms] of [
      ["load", "loadKg"],
      ["assistance", "assistanceKg"],
    ] as const) {
      if (set[given] !== undefined && set[kilograms] !== undefined) {
        issues.push({ path: ["sets", i, given], message: `give ${given} (in the set's unit) or ${kilograms}, not both` });
      }
    }
    if (set["unit"] === "lb" && set["load"] === undefined && set["assistance"] === undefined && (set["loadKg"] !== undefined || set["assistanceKg"] !== undefined)) {
      issues.push({ path: ["sets", i, "unit"], message: 'unit is "lb" but the set gives only kilograms (loadKg, assistanceKg); give load in pounds or drop the unit' });
    }
    const id = set["exerciseId"];
    if (typeof id !== "string" || id === "") return;
    const exercise = index.get(id);
    if (exercise === undefined) {
      issues.push({ path: ["sets", i, "exerciseId"], message: `unknown exercise "${id}": not in the catalog` });
      return;
    }
    const side = set["side"];
    if (exercise.laterality === "bilateral" && (side === "left" || side === "right")) {
      issues.push({ path: ["sets", i, "side"], message: `${exercise.name} is bilateral: log its sets with side "both", not "${side}"` });
    }
    if ((exercise.laterality === "unilateral" || exercise.laterality === "split-stance") && side === "both") {
      issues.push({
        path: ["sets", i, "side"],
        message: `${exercise.name} is done one side at a time: log the left and the right side as separate sets (V-6)`,
      });
    }
  });
  return issues;
}

type SessionData = z.output<typeof performedSessionSchema>;

function toKilograms(value: number | undefined, unit: MassUnit): number | undefined {
  if (value === undefined) return undefined;
  return unit === "lb" ? value * KG_PER_LB : value;
}

function toPerformedSession(data: SessionData): PerformedSession {
  const sessionUnit: MassUnit = data.unit ?? "kg";
  const sets: PerformedSet[] = data.sets.map((set) => {
    const unit: MassUnit = set.unit ?? sessionUnit;
    const loadKg = set.loadKg ?? toKilograms(set.load, unit) ?? 0;
    const assistanceKg = set.assistanceKg ?? toKilograms(set.assistance, unit);
    let logged: LoggedMass | undefined = set.logged;
    if (unit !== "kg" && (set.load !== undefined || set.assistance !== undefined)) {
      logged = {
        unit,
        ...(set.load === undefined ? {} : { load: set.load }),
        ...(set.assistance === undefined ? {} : { assistance: set.assistance }),
      };
    }
    return {
      exerciseId: set.exerciseId,
      side: set.side,
      reps: set.reps,
      loadKg,
      ...(assistanceKg === undefined ? {} : { assistanceKg }),
      ...(set.implements === undefined ? {} : { implements: set.implements }),
      rir: set.rir ?? null,
      warmup: set.warmup ?? false,
      ...(set.holdSeconds === undefined ? {} : { holdSeconds: set.holdSeconds }),
      ...(logged === undefined ? {} : { logged }),
    };
  });
  const bodyweightKg = data.bodyweightKg ?? toKilograms(data.bodyweight, sessionUnit);
  return {
    date: data.date,
    ...(data.id === undefined ? {} : { id: data.id }),
    ...(bodyweightKg === undefined ? {} : { bodyweightKg }),
    sets,
  };
}

/**
 * Checks a performed session from JSON and converts it to kilograms; never throws.
 *
 * Every problem is returned with its path: negative or non-whole reps, negative loads, unknown
 * units (only `kg` and `lb`), unknown keys, an unknown exercise ID, a `left`/`right` set of a
 * bilateral exercise, a `both` set of an exercise done one side at a time (V-6), a load given
 * twice. Pounds are converted explicitly (1 lb = 0.45359237 kg, {@link KG_PER_LB}) and the
 * entered values are kept in the set's `logged` field. Missing RIR stays `null` (never
 * guessed); a missing `warmup` is `false`; a missing load is 0 kg.
 *
 * @param input - the session as parsed JSON
 * @param options - the catalog to check exercise IDs against (default: built-in)
 * @returns `{ ok: true, value }` with a {@link PerformedSession}, or `{ ok: false, error: { issues } }`
 * @example
 * ```ts
 * const parsed = parsePerformedSession({
 *   date: "2026-11-20",
 *   unit: "lb",
 *   sets: [{ exerciseId: "step-up", side: "left", reps: 6, load: 50, rir: 2 }],
 * });
 * if (parsed.ok) parsed.value.sets[0];
 * // => { exerciseId: "step-up", side: "left", reps: 6, loadKg: 22.6796185, rir: 2, warmup: false,
 * //      logged: { unit: "lb", load: 50 } }
 * parsePerformedSession({ date: "2026-11-20", sets: [{ exerciseId: "step-up", side: "left", reps: -1 }] });
 * // => { ok: false, error: { issues: [{ path: ["sets", 0, "reps"], message: "reps must be 0 or more" }] } }
 * ```
 * @category Volume
 */
export function parsePerformedSession(input: unknown, options: ParsePerformedSessionOptions = {}): ParseResult<PerformedSession> {
  const parsed = parseWith(performedSessionSchema, input, (value) => semanticIssues(value, options.catalog));
  if (parsed.ok) return { ok: true, value: toPerformedSession(parsed.value) };
  // The schema failed: add the catalog checks it could not reach, so that no issue is lost.
  let extra: ParseIssue[] = [];
  try {
    const known = new Set(parsed.error.issues.map((issue) => issue.path.join("\u0000")));
    extra = semanticIssues(input, options.catalog).filter((issue) => !known.has(issue.path.join("\u0000")));
  } catch {
    extra = [];
  }
  return extra.length === 0 ? parsed : fail([...parsed.error.issues, ...extra]);
}
