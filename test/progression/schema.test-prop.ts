import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import {
  parseExerciseLogs,
  parseLadderExposures,
  parsePainReport,
  parsePrescription,
  parseWeekSummaries,
  parseWeeklyCheckIns,
} from "../../src/progression/index.js";
import { ladderHistory, logsFor, painReport, prescription } from "./arbitraries.js";

const parsers = [parsePainReport, parsePrescription, parseExerciseLogs, parseLadderExposures, parseWeeklyCheckIns, parseWeekSummaries];

test.prop([fc.anything(), fc.constantFrom(...parsers)])("every parser returns issues on junk and never throws", (input, parse) => {
  const result = parse(input);
  if (!result.ok) expect(result.error.issues.length).toBeGreaterThan(0);
});

test.prop([painReport])("every generated pain report parses", (report) => {
  expect(parsePainReport(report)).toEqual({ ok: true, value: report });
});

test.prop([prescription.chain((p) => fc.tuple(fc.constant(p), logsFor(p)))])("generated prescriptions and logs parse unchanged", ([p, logs]) => {
  expect(parsePrescription(p)).toEqual({ ok: true, value: p });
  expect(parseExerciseLogs(logs)).toEqual({ ok: true, value: logs });
});

test.prop([ladderHistory(5)])("generated ladder histories parse unchanged", (history) => {
  expect(parseLadderExposures(history)).toEqual({ ok: true, value: history });
});
