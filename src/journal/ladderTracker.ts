/**
 * The earn-back ladders through a replay (P-1, P-2, L-4, L-6, G-2). Each performed exercise that
 * is a ladder step is an exposure; `nextLadderStep` decides after each exposure at the current
 * step (with the person's profile, so a step the stage does not allow is never reached). A red
 * (or peripheralising) exposure at another step of the ladder is a red for the ladder too. After
 * a layoff the exposures before it no longer count toward the next step (G-11, P-6).
 */
import type { Reason, RuleId } from "../evidence/index.js";
import { journalReason as because } from "./messages.js";
import type { Exercise, Ladder, LadderId, LadderProgress, TrainingProfile } from "../catalog/index.js";
import { nextLadderStep, type LadderDecision, type LadderExposure, type PainReport, type PainResponseAction } from "../progression/index.js";
import type { LadderState, TimelineEntry } from "./types.js";

/** The most exposures kept at a step: `nextLadderStep` reads the last one and a green streak of two (L-4). */
const KEPT_EXPOSURES = 3;

interface Run {
  readonly ladder: Ladder;
  step: number;
  /** Set from the intake or a decision; a ladder never exposed follows its policy start. */
  placed: boolean;
  exposures: LadderExposure[];
  decision: LadderDecision | null;
  readonly changes: { date: string; from: number; to: number; ruleId: RuleId; reasons: readonly Reason[] }[];
}

/** Tracks every ladder of the catalog through a replay. */
export class LadderTracker {
  private readonly runs = new Map<LadderId, Run>();
  /** The progress and the last profiled profile as they stand; dropped whenever a step changes. */
  private progressNow: LadderProgress | undefined;
  private profiledNow: { readonly from: TrainingProfile; readonly value: TrainingProfile } | undefined;

  constructor(
    ladders: readonly Ladder[],
    intakeProgress: LadderProgress | undefined,
    private readonly catalog: readonly Exercise[],
    private readonly timeline: TimelineEntry[],
  ) {
    for (const ladder of ladders) {
      const given = intakeProgress?.[ladder.id];
      const step = given === undefined ? 0 : Math.min(given, ladder.steps.length - 1);
      this.runs.set(ladder.id, { ladder, step, placed: given !== undefined, exposures: [], decision: null, changes: [] });
    }
  }

  /** G-2: a ladder not yet placed starts at its first step the policy allows for this profile. */
  place(profile: TrainingProfile): void {
    for (const run of this.runs.values()) {
      if (run.placed) continue;
      const start = nextLadderStep(run.ladder.id, [], { policy: { profile: this.profiled(profile), catalog: this.catalog } });
      this.moveTo(run, start.step);
    }
  }

  /** The profile with the ladders as they stand (the policy reads how far each has climbed). */
  profiled(profile: TrainingProfile): TrainingProfile {
    // Every exposure asks with the profile of its session: built once per session and step change.
    if (this.profiledNow?.from !== profile) this.profiledNow = { from: profile, value: { ...profile, ladderProgress: this.progress() } };
    return this.profiledNow.value;
  }

  /** How far each ladder has climbed. Shared until a step changes: callers only read it. */
  progress(): LadderProgress {
    if (this.progressNow === undefined) {
      const out: Record<string, number> = {};
      for (const [id, run] of this.runs) out[id] = run.step;
      this.progressNow = out as LadderProgress;
    }
    return this.progressNow;
  }

  private moveTo(run: Run, step: number): void {
    if (step === run.step) return;
    run.step = step;
    this.progressNow = undefined;
    this.profiledNow = undefined;
  }

  /**
   * One exposure to a step of a ladder, judged at once. In a deload week nothing progresses
   * (G-11): only a red or a stop counts.
   */
  expose(ladderId: LadderId, step: number, pain: PainReport, light: PainResponseAction, date: string, eventId: string, profile: TrainingProfile, axial: boolean, deload: boolean): void {
    const run = this.runs.get(ladderId);
    if (run === undefined) return;
    if (deload && light !== "red" && light !== "stop-and-rescreen") return;
    const exposure: LadderExposure = { date, step, pain: axial ? { ...pain, axiallyLoaded: true } : pain };
    if (step !== run.step) {
      // Only the current step earns the next; a red or a stop anywhere on the ladder still counts (L-1, L-5).
      if (light !== "red" && light !== "stop-and-rescreen") return;
      run.exposures = [{ ...exposure, step: run.step }];
    } else {
      run.exposures = [...run.exposures.slice(-(KEPT_EXPOSURES - 1)), exposure];
    }
    run.placed = true;
    const capped = run.decision?.action === "hold" && run.decision.ruleId === "G-2";
    const decision = nextLadderStep(ladderId, run.exposures, {
      direction: profile.direction,
      policy: { profile: this.profiled(profile), catalog: this.catalog },
    });
    run.decision = decision;
    if (decision.step !== run.step) {
      const from = run.step;
      run.changes.push({ date, from, to: decision.step, ruleId: decision.ruleId, reasons: decision.reasons });
      this.moveTo(run, decision.step);
      run.exposures = [];
      this.timeline.push({
        date,
        eventId,
        kind: "ladder",
        ruleId: decision.ruleId,
        message: `${run.ladder.name}: ${decision.action === "advance" ? "advance" : "drop back"} from step ${from + 1} (${run.ladder.steps[from]}) to step ${decision.step + 1} (${decision.exerciseId}).`,
        reasons: decision.reasons,
      });
    } else if (decision.action === "stop-and-rescreen" || (decision.action === "hold" && decision.ruleId === "G-2" && !capped)) {
      // Say what held it: the cap (G-2) or the re-screen (L-5, S-9).
      const why = decision.reasons.find((item) => item.code === "progression.ladder-step-held")?.message ?? decision.reasons[0]?.message ?? "";
      this.timeline.push({ date, eventId, kind: "ladder", ruleId: decision.ruleId, message: `${run.ladder.name}: ${decision.action} at step ${run.step + 1} (${decision.exerciseId}). ${why.charAt(0).toUpperCase()}${why.slice(1)}`.trim(), reasons: decision.reasons });
    }
  }

  /** G-11, P-6: after a layoff the streak at each step starts again. */
  restartStreaks(date: string): void {
    let any = false;
    for (const run of this.runs.values()) {
      if (run.exposures.length > 0) any = true;
      run.exposures = [];
    }
    if (any) {
      this.timeline.push({
        date,
        eventId: null,
        kind: "ladder",
        ruleId: "G-11",
        message: "After the layoff, each ladder stays at its step and needs two green exposures again before the next one.",
        reasons: [because("P-6", "journal.ladder-layoff", {})],
      });
    }
  }

  states(): LadderState[] {
    return [...this.runs.values()].map((run) => ({
      ladder: run.ladder.id,
      step: run.step,
      exerciseId: run.ladder.steps[run.step]!,
      stepCount: run.ladder.steps.length,
      exposuresAtStep: run.exposures.length,
      decision: run.decision,
      changes: run.changes,
    }));
  }

  /** The current step's exposures of a ladder (for previews). */
  exposuresOf(ladderId: LadderId): { readonly step: number; readonly exposures: readonly LadderExposure[]; readonly ladder: Ladder } | undefined {
    const run = this.runs.get(ladderId);
    return run === undefined ? undefined : { step: run.step, exposures: run.exposures, ladder: run.ladder };
  }
}
