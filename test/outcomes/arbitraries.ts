/** fast-check arbitraries for outcome answers and scores. */
import { fc } from "@fast-check/vitest";
import type { OdiAnswer, OutcomeAnswers, PsfsActivity } from "../../src/outcomes/index.js";

export const rmdqAnswers = (): fc.Arbitrary<(boolean | null)[]> =>
  fc.array(fc.oneof({ weight: 8, arbitrary: fc.boolean() }, { weight: 1, arbitrary: fc.constant(null) }), { minLength: 24, maxLength: 24 });

export const odiSections = (): fc.Arbitrary<(OdiAnswer | null)[]> =>
  fc.array(
    fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 0, max: 5 }) as fc.Arbitrary<OdiAnswer> }, { weight: 1, arbitrary: fc.constant(null) }),
    { minLength: 10, maxLength: 10 },
  );

export const psfsActivities = (): fc.Arbitrary<PsfsActivity[]> =>
  fc.uniqueArray(fc.record({ activity: fc.string({ minLength: 1, maxLength: 20 }).filter((text) => /\S/.test(text)), score: fc.integer({ min: 0, max: 10 }) }), {
    minLength: 1,
    maxLength: 5,
    selector: (item) => item.activity.trim().replace(/\s+/g, " ").toLowerCase(),
  });

export const outcomeAnswers = (): fc.Arbitrary<OutcomeAnswers> =>
  fc.oneof(
    rmdqAnswers().map((answers): OutcomeAnswers => ({ instrument: "rmdq", answers })),
    psfsActivities().map((activities): OutcomeAnswers => ({ instrument: "psfs", activities })),
    odiSections().map((sections): OutcomeAnswers => ({ instrument: "odi", sections })),
    fc.integer({ min: 0, max: 10 }).map((nrs): OutcomeAnswers => ({ instrument: "nrs", nrs })),
  );
