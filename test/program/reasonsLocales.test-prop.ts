/**
 * Every reason a plan, a dose or ladder decision, a stage transition, a deload check or a
 * replayed journal gives has a template in every shipped locale, renders with no `{param}` left,
 * and carries finite params. The assessment's and the other modules' own reasons are checked in
 * test/report; here every reason must render, and these three modules' codes be in every locale.
 */
import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { ladders } from "../../src/catalog/index.js";
import type { Reason } from "../../src/evidence/index.js";
import { addDays } from "../../src/internal/calendar.js";
import { planNextWeek, replay } from "../../src/journal/index.js";
import { assess, planWeek } from "../../src/program/index.js";
import { deloadDue, nextDose, nextLadderStep, stageTransition } from "../../src/progression/index.js";
import { formatReason, SHIPPED_LOCALES } from "../../src/report/index.js";
import { STAGES } from "../../src/staging/index.js";
import { journeys } from "../journal/journeyArbitraries.js";
import { ladderHistory, logsFor, prescription } from "../progression/arbitraries.js";
import { clearedIntake, planOptions, weeks } from "./arbitraries.js";
import { reasonsIn } from "../reasonsIn.js";

const LOCALES = Object.keys(SHIPPED_LOCALES);
const OWN = /^(progression|program|journal)\./;

/** Counts the reasons of these three modules, so a property cannot pass on none of them. */
function checkReasons(reasons: readonly Reason[]): number {
  let own = 0;
  for (const reason of reasons) {
    if (OWN.test(reason.code)) own++;
    for (const [name, value] of Object.entries(reason.params)) {
      const fine = value === null || typeof value === "string" || typeof value === "boolean" || (typeof value === "number" && Number.isFinite(value));
      expect(fine, `${reason.code}.${name} = ${String(value)}`).toBe(true);
    }
    for (const locale of LOCALES) {
      // These three modules' codes are in every locale; another module's reasons (its own
      // property in test/report) must at least render with nothing left unfilled.
      if (OWN.test(reason.code)) expect(Object.hasOwn(SHIPPED_LOCALES[locale]!, reason.code), `${reason.code} in ${locale}`).toBe(true);
      const text = formatReason(reason, { locale });
      expect(text, `${reason.code} in ${locale}`).not.toMatch(/\{[^{}\s]*\}/);
      expect(text.length).toBeGreaterThan(0);
    }
  }
  return own;
}

test.prop([clearedIntake(), planOptions()])("G-1…G-12, P-7, A-6, A-7, L-1, L-2, L-5: every reason of a planned week renders in every shipped locale", (intake, options) => {
  const assessed = assess(intake);
  if (!assessed.ok) return;
  const plan = planWeek(assessed.value, options);
  const own = checkReasons(reasonsIn(plan));
  // G-6: a planned week always carries the pain rules, a withheld one at least why.
  expect(own + reasonsIn(plan).length).toBeGreaterThan(0);
  if (plan.status === "planned") expect(own).toBeGreaterThan(0);
});

test.prop([prescription.chain((p) => fc.tuple(fc.constant(p), logsFor(p))), fc.constantFrom(...STAGES)])(
  "L-1…L-5, P-5, P-6, P-8, P-9: every reason of a dose decision renders in every shipped locale",
  ([current, logs], stage) => {
    expect(checkReasons(reasonsIn(nextDose(logs, current, { stage, today: addDays(logs.at(-1)?.date ?? "2026-03-30", 20) })))).toBeGreaterThan(0);
  },
);

const ladder = fc.constantFrom(...ladders);
test.prop([ladder.chain((found) => fc.tuple(fc.constant(found.id), ladderHistory(found.steps.length)))])(
  "P-1, P-2, L-4, L-6: every reason of a ladder decision renders in every shipped locale",
  ([id, history]) => {
    expect(checkReasons(reasonsIn(nextLadderStep(id, history)))).toBeGreaterThan(0);
  },
);

test.prop([fc.constantFrom(...STAGES), weeks()])("L-3, L-4, L-7, P-7: every reason of a stage transition and a deload check renders in every shipped locale", (stage, history) => {
  const checkIns = history.map((week) => ({ morningPainNrs: week.morningPainNrs ?? 2 }));
  expect(checkReasons(reasonsIn(stageTransition({ stage }, checkIns)))).toBeGreaterThan(0);
  expect(checkReasons(reasonsIn(deloadDue(history)))).toBeGreaterThan(0);
});

test.prop([journeys()], { numRuns: process.env["CI"] ? 200 : 30 })("J-1…J-3: every reason of a replayed journal and its next week renders in every shipped locale", ({ journal, nextWeek }) => {
  const state = replay(journal, { asOf: addDays(nextWeek, -1) });
  const plan = planNextWeek(journal, { weekStart: nextWeek });
  checkReasons([...reasonsIn(state), ...reasonsIn(plan)]);
  if (plan.status === "planned") expect(checkReasons(reasonsIn(plan))).toBeGreaterThan(0);
});
