// The SQL of docs/load-sql.md, run in DuckDB (in memory) on generated multi-athlete data and
// compared with spinewise value by value. What the page shows is what runs.
import { readFileSync } from "node:fs";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seededRandom } from "../../src/internal/random.js";
import { acwr, acwrByAthlete, pmc, type AcwrMethod } from "../../src/load/index.js";

const page = readFileSync(new URL("../../docs/load-sql.md", import.meta.url), "utf8");
const queries = new Map([...page.matchAll(/```sql\n-- spinewise: (\w+)\n([\s\S]*?)```/g)].map((match) => [match[1] as string, `-- spinewise: ${match[1]}\n${match[2]}`]));

interface Row {
  readonly athlete: string;
  readonly day: number;
  readonly load: number | null;
}

/** Six athletes, different first days and lengths, 5% unknown rows, 3% missing rows, rest days and breaks. */
function generate(): Row[] {
  const random = seededRandom(20_261_205);
  const rows: Row[] = [];
  for (let a = 0; a < 6; a++) {
    const first = 20_400 + Math.floor(random.next() * 60);
    const length = 120 + Math.floor(random.next() * 140);
    const breakAt = 40 + Math.floor(random.next() * 60);
    for (let t = 0; t < length; t++) {
      const draw = random.next();
      if (draw < 0.03 && t > 0 && t < length - 1) continue; // no row at all: unknown
      let load: number | null;
      if (draw < 0.08) load = null;
      else if (t >= breakAt && t < breakAt + 12) load = 0;
      else if (draw < 0.45) load = 0;
      else load = (3 + Math.floor(random.next() * 7)) * (30 + 5 * Math.floor(random.next() * 13)) + (random.next() < 0.3 ? 0.5 : 0);
      rows.push({ athlete: `athlete-${a}`, day: first + t, load });
    }
  }
  return rows;
}

const rows = generate();
const athletes = [...new Set(rows.map((row) => row.athlete))];
/** Each athlete's calendar from their first to their last row: null where there is no row or a null load. */
const calendars = new Map(
  athletes.map((athlete) => {
    const own = rows.filter((row) => row.athlete === athlete);
    const first = own[0]?.day as number;
    const loads: (number | null)[] = Array(((own.at(-1)?.day as number) - first) + 1).fill(null);
    for (const row of own) loads[row.day - first] = row.load;
    return [athlete, { first, loads }];
  }),
);

let connection: DuckDBConnection;

async function query(name: string): Promise<Record<string, unknown>[]> {
  const sql = queries.get(name);
  if (sql === undefined) throw new Error(`docs/load-sql.md has no query "${name}"`);
  const reader = await connection.runAndReadAll(sql);
  return reader.getRowObjects() as Record<string, unknown>[];
}

function close(actual: unknown, expected: number | null): boolean {
  if (expected === null || Number.isNaN(expected)) return actual === null;
  if (typeof actual !== "number") return false;
  return Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
}

const dayOf = (value: unknown): number => (value as { days: number }).days;

beforeAll(async () => {
  const instance = await DuckDBInstance.create(":memory:");
  connection = await instance.connect();
  await connection.run("CREATE TABLE loads(athlete VARCHAR, day DATE, load DOUBLE)");
  const values = rows.map((row) => `('${row.athlete}', DATE '1970-01-01' + ${row.day}, ${row.load === null ? "NULL" : row.load})`);
  await connection.run(`INSERT INTO loads VALUES ${values.join(", ")}`);
  await query("calendar");
}, 30_000);

afterAll(() => connection?.closeSync());

describe("docs/load-sql.md in DuckDB equals spinewise to 1e-9", () => {
  it("has the five queries", () => {
    expect([...queries.keys()]).toEqual(["calendar", "coupled", "uncoupled", "ewma", "pmc"]);
  });

  for (const method of ["coupled", "uncoupled", "ewma"] as const satisfies readonly AcwrMethod[]) {
    it(`A-3, A-4, A-5: the ${method} query gives acwr's acute, chronic and ratio on every athlete-day`, async () => {
      const result = await query(method);
      const expected = new Map(athletes.map((athlete) => [athlete, acwr(calendars.get(athlete)?.loads ?? [], { method })]));
      expect(result.length).toBe([...calendars.values()].reduce((sum, calendar) => sum + calendar.loads.length, 0));
      let ratios = 0;
      for (const row of result) {
        const calendar = calendars.get(row.athlete as string);
        const point = expected.get(row.athlete as string)?.[dayOf(row.day) - (calendar?.first as number)];
        if (point === undefined) throw new Error("day outside the calendar");
        expect(close(row.ratio, point.ratio), `${method} ratio ${String(row.athlete)} ${dayOf(row.day)}: ${String(row.ratio)} vs ${point.ratio}`).toBe(true);
        expect(close(row.acute, point.acute), `${method} acute ${String(row.athlete)} ${dayOf(row.day)}`).toBe(true);
        expect(close(row.chronic, point.chronic), `${method} chronic ${String(row.athlete)} ${dayOf(row.day)}`).toBe(true);
        if (point.ratio !== null) ratios++;
      }
      // The data must exercise the rules: many ratios, and every A-6 reason.
      expect(ratios).toBeGreaterThan(400);
      const reasons = new Set([...expected.values()].flatMap((points) => points.map((point) => point.reason)));
      expect(reasons).toContain("warming-up");
      expect(reasons).toContain("too-many-unknown-days");
    });
  }

  it("A-11, A-12: the pmc query gives pmc's CTL, ATL, TSB and ramp rate", async () => {
    const result = await query("pmc");
    const charts = new Map(athletes.map((athlete) => [athlete, pmc(calendars.get(athlete)?.loads ?? [])]));
    for (const row of result) {
      const t = dayOf(row.day) - (calendars.get(row.athlete as string)?.first as number);
      const chart = charts.get(row.athlete as string);
      for (const [column, values] of [["ctl", chart?.ctl], ["atl", chart?.atl], ["tsb", chart?.tsb], ["ramp_rate", chart?.rampRate]] as const) {
        expect(close(row[column], values?.[t] ?? Number.NaN), `${column} ${String(row.athlete)} ${t}: ${String(row[column])} vs ${values?.[t]}`).toBe(true);
      }
    }
    expect(result.length).toBeGreaterThan(700);
  });

  it("A-3…A-6: acwrByAthlete on the rows as they come (any order, missing days, NaN rows) equals the queries", async () => {
    const shuffled = [...rows];
    const random = seededRandom(7);
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = random.below(i + 1);
      [shuffled[i], shuffled[j]] = [shuffled[j] as Row, shuffled[i] as Row];
    }
    for (const method of ["coupled", "uncoupled", "ewma"] as const) {
      const columns = acwrByAthlete(
        {
          athlete: shuffled.map((row) => row.athlete),
          day: Int32Array.from(shuffled, (row) => row.day),
          load: Float64Array.from(shuffled, (row) => (row.load === null ? Number.NaN : row.load)),
        },
        { method },
      );
      const sql = new Map((await query(method)).map((row) => [`${String(row.athlete)} ${dayOf(row.day)}`, row]));
      shuffled.forEach((row, i) => {
        const expected = sql.get(`${row.athlete} ${row.day}`);
        const ratio = columns.ratio[i] as number;
        expect(close(expected?.ratio, Number.isNaN(ratio) ? null : ratio), `${method} ${row.athlete} ${row.day}`).toBe(true);
      });
    }
  });
});
