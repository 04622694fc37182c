/**
 * Every reason reachable from generated intakes, check-ins, endurance times, outcome answers,
 * suitability profiles and sessions has a template in every shipped locale, renders with no
 * `{param}` left, and carries params that are finite numbers, strings, booleans or null. The
 * converted modules' reasons are never an app's own (`custom`) reason.
 */
import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import type { Reason } from "../../src/evidence/index.js";
import { exercises, suitability } from "../../src/catalog/index.js";
import { enduranceRatios } from "../../src/classification/index.js";
import { outcomeChange, scoreOutcome } from "../../src/outcomes/index.js";
import { assess, planWeek } from "../../src/program/index.js";
import { formatReason, SHIPPED_LOCALES } from "../../src/report/index.js";
import { screenCheckIn } from "../../src/screening/index.js";
import { STAGES } from "../../src/staging/index.js";
import { checkSessionStructure, volumeLoad } from "../../src/volume/index.js";
import { acwr, checkLog, dailyLoads, explainAcwrPoint, monotonyDetail, pmc, weekOverWeekChange, weeklyVerdict, type AcwrMethod } from "../../src/load/index.js";
import { profile } from "../catalog/arbitraries.js";
import { outcomeAnswers } from "../outcomes/arbitraries.js";
import { clearedIntake, intake, planOptions, trainingLog } from "../program/arbitraries.js";
import { enduranceTimes, sessionCheckIn } from "../screening/arbitraries.js";
import { fixtureCatalog } from "../volume/fixtures.js";
import { reasonsIn } from "../reasonsIn.js";

const LOCALES = Object.keys(SHIPPED_LOCALES);

/** The checks every reason passes; `converted` adds that it is none of an app's own. */
function checkReasons(reasons: readonly Reason[], converted: boolean): void {
  for (const reason of reasons) {
    if (converted) expect(reason.code, reason.message).not.toBe("custom");
    expect(typeof reason.params === "object" && reason.params !== null).toBe(true);
    for (const [name, value] of Object.entries(reason.params)) {
      const fine = value === null || typeof value === "string" || typeof value === "boolean" || (typeof value === "number" && Number.isFinite(value));
      expect(fine, `${reason.code}.${name} = ${String(value)}`).toBe(true);
    }
    for (const locale of LOCALES) {
      expect(Object.hasOwn(SHIPPED_LOCALES[locale]!, reason.code), `${reason.code} in ${locale}`).toBe(true);
      const text = formatReason(reason, { locale });
      expect(text, `${reason.code} in ${locale}`).not.toMatch(/\{[^{}\s]*\}/);
      expect(text.length).toBeGreaterThan(0);
    }
  }
}

test.prop([intake()])("S-1…S-13, C-1…C-7, T-1…T-5: every reason of an assessment renders in every shipped locale", (generated) => {
  const result = assess(generated);
  if (!result.ok) return;
  const reasons = reasonsIn(result.value);
  expect(reasons.length).toBeGreaterThan(0);
  checkReasons(reasons, true);
});

test.prop([sessionCheckIn()])("S-9: every reason of a check-in renders in every shipped locale", (checkIn) => {
  checkReasons(reasonsIn(screenCheckIn(checkIn)), true);
});

test.prop([enduranceTimes(), fc.option(fc.constantFrom(...STAGES), { nil: undefined })])("E-1…E-3: every endurance reason renders in every shipped locale", (times, stage) => {
  checkReasons(reasonsIn(enduranceRatios(times, stage)), true);
});

test.prop([outcomeAnswers(), outcomeAnswers()])("O-1…O-4: every score and change renders in every shipped locale", (first, second) => {
  const baseline = scoreOutcome(first);
  const reasons = reasonsIn(baseline);
  if (second.instrument === first.instrument) reasons.push(...reasonsIn(outcomeChange(baseline, scoreOutcome(second))));
  checkReasons(reasons, true);
});

test.prop([profile, fc.constantFrom(...exercises)])("T-1…T-3, P-1, P-6: every suitability reason renders in every shipped locale", (person, exercise) => {
  checkReasons(reasonsIn(suitability(exercise, person)), true);
});

const ids = fixtureCatalog.map((exercise) => exercise.id);
const sets = fc.array(
  fc.record(
    {
      exerciseId: fc.oneof(fc.constantFrom(...ids), fc.constant("not-in-the-catalog")),
      reps: fc.integer({ min: 1, max: 20 }),
      side: fc.constantFrom("left", "right", "both"),
      loadKg: fc.integer({ min: 0, max: 100 }),
      rir: fc.integer({ min: 0, max: 5 }),
    },
    { requiredKeys: ["exerciseId", "reps"] },
  ),
  { maxLength: 8 },
);

test.prop([fc.array(fc.array(fc.constantFrom(...ids), { maxLength: 4 }), { maxLength: 4 }), sets])(
  "V-1, V-2, V-6, V-7: every session-structure and volume finding renders in every shipped locale",
  (blocks, performed) => {
    const reasons = reasonsIn(checkSessionStructure({ blocks: blocks.map((exerciseIds) => ({ exerciseIds })) }, { catalog: fixtureCatalog }));
    try {
      reasons.push(...reasonsIn(volumeLoad(performed as never, { catalog: fixtureCatalog, unilateralSetCount: "per-side" })));
    } catch (error) {
      // A generated set the volume module refuses (its contract) has no findings to render.
      if (!(error instanceof RangeError || error instanceof TypeError)) throw error;
    }
    checkReasons(reasons, true);
  },
);

test.prop([trainingLog(), fc.constantFrom<AcwrMethod>("coupled", "uncoupled", "ewma"), fc.constantFrom("unknown" as const, "rest" as const)])(
  "A-2…A-18: every training-load reason and finding renders in every shipped locale",
  (log, method, absentDays) => {
    if (log.length === 0) return;
    const series = dailyLoads(log, { timeZone: "UTC", absentDays });
    const reasons = reasonsIn(series);
    for (const point of acwr(series, { method }).slice(-10)) reasons.push(...explainAcwrPoint(point, { method }));
    reasons.push(...reasonsIn(checkLog(series)), ...reasonsIn(weeklyVerdict(series, { method })), ...reasonsIn(weekOverWeekChange(series)), ...reasonsIn(pmc(series)));
    const week = series.loads.slice(-7);
    if (week.length === 7 && week.every((load) => load !== null)) reasons.push(...reasonsIn(monotonyDetail(week as number[])));
    checkReasons(reasons, true);
  },
);

test.prop([fc.oneof(clearedIntake(), intake()), planOptions()])(
  "P-1…P-9, L-1…L-7, G-1…G-12: every reason of a planned or withheld week renders in every shipped locale",
  (generated, options) => {
    const result = assess(generated);
    if (!result.ok) return;
    const week = planWeek(result.value, options);
    const reasons = reasonsIn(week);
    expect(reasons.length).toBeGreaterThan(0);
    checkReasons(reasons, true);
  },
);
