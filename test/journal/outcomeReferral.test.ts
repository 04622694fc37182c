/**
 * O-5 and L-7 in the journal: recorded outcome measures, not pain alone, decide whether a lifter
 * who is not improving should see a physiotherapist.
 */
import { describe, expect, it } from "vitest";
import { parseJournal, replay, type Journal } from "../../src/journal/index.js";
import { athleteIntake } from "./simulate.js";

/** Six weekly check-ins at pain 1/10 (the floor of the scale) and two RMDQ scores five weeks apart. */
function journal(rmdqFirst: number | null, rmdqLater: number | null): Journal {
  const events: unknown[] = [{ id: "intake", date: "2026-03-28", type: "intake", intake: athleteIntake }];
  for (let week = 0; week < 6; week += 1) {
    const date = new Date(Date.UTC(2026, 3, 5 + 7 * week)).toISOString().slice(0, 10);
    events.push({ id: `w${week}`, date, type: "weekly-check-in", morningPainNrs: 1, worstPainNrs: 1 });
  }
  if (rmdqFirst !== null) events.push({ id: "o1", date: "2026-04-01", type: "outcome", measure: "rmdq", score: rmdqFirst });
  if (rmdqLater !== null) events.push({ id: "o2", date: "2026-05-08", type: "outcome", measure: "rmdq", score: rmdqLater });
  const parsed = parseJournal(events);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error.issues));
  return parsed.value;
}

describe("outcome events feed L-7 (O-5)", () => {
  it("L-7: pain at the floor alone never sends a lifter to a physiotherapist", () => {
    expect(replay(journal(null, null)).referral).toBeNull();
  });

  it("O-5: an RMDQ that has not changed over four weeks and more recommends physiotherapy", () => {
    const state = replay(journal(10, 9));
    expect(state.referral?.referral).toBe("physiotherapy");
    expect(state.referral?.reasons.map((item) => item.ruleId)).toContain("O-5");
    expect(state.timeline.some((entry) => entry.kind === "referral")).toBe(true);
  });

  it("O-4, O-5: an RMDQ that fell by 5 points (from 10) is an improvement: no referral", () => {
    expect(replay(journal(10, 5)).referral).toBeNull();
  });
});
