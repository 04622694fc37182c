/**
 * A training week for a cleared assessment: the days, axial alternation, deloads, the
 * training-load check, and each session with its reasons.
 */
import { requireObject } from "../internal/guards.js";
import type { Finding, Reason } from "../evidence/index.js";
import { programReason as because } from "./messages.js";
import { exercises as builtInCatalog } from "../catalog/index.js";
import type { Exercise, LadderId, LadderProgress, SuitabilityDecision, TrainingProfile } from "../catalog/types.js";
import { addDays, daysBetween, FIRST_DAY, formatIsoDate, LAST_DAY, requireIsoDate } from "../internal/calendar.js";
import { ACWR_CAVEAT, dailyLoads, projectWeek, spineAxisLoad, weeklyVerdict, type DailySeries, type WeekProjection } from "../load/index.js";
import type { AcwrMethod } from "../load/types.js";
import { allowsTraining, screenCheckIn, type SafetyDecision, type SessionCheckIn } from "../screening/index.js";
import { moreConservativeStage, type Stage } from "../staging/index.js";
import type { PerformedSet } from "../volume/index.js";
import { axialAlternation, deloadDue, nextLadderStep, type ExerciseLog, type SessionSafetyCheck } from "../progression/index.js";
import { buildSession, type DayContext } from "./buildSession.js";
import { doseHistory } from "./doseHistory.js";
import { checkInSafety } from "./historySafety.js";
import { requirePlanHistory } from "./parsePlanHistory.js";
import { exerciseById } from "./candidates.js";
import { painRules } from "./painRules.js";
import { weekFrame } from "./weekFrame.js";
import type {
  Assessment,
  ClearedAssessment,
  DeloadCheck,
  LoadCheck,
  PlanOptions,
  PlannedSession,
  SessionOptions,
  SessionPlan,
  WeekPlan,
  WithheldAssessment,
  WithheldPlan,
  WithholdingAction,
} from "./types.js";

/**
 * Multipliers on a week's block volume (design choices): a deload week (P-7), and an ACWR in
 * the caution or danger zone. When several apply, the lowest wins.
 *
 * @example
 * ```ts
 * WEEK_VOLUME_SCALES.caution;
 * // => 0.8
 * ```
 * @category Program
 */
export const WEEK_VOLUME_SCALES: Readonly<{ deload: number; caution: number; danger: number; layoff: number }> = Object.freeze({
  deload: 0.6,
  caution: 0.8,
  danger: 0.6,
  // G-11: the first week back after a layoff of 14 days or more.
  layoff: 0.8,
});

/** G-11: days without a logged session that make a layoff (design). */
const LAYOFF_DAYS = 14;


/**
 * Plans a training week.
 *
 * Sessions fall on spread-out days (2–6 a week) and alternate days with and without axial
 * loading (P-7, checked with `axialAlternation`). A deload comes when `deloadDue` says so
 * (P-7, A-7, L-3); an ACWR in the caution or danger zone lowers the week's block volume and
 * says why, with the A-10 caveat. Ladder exposures set each ladder's step through
 * `nextLadderStep` (P-1, P-2, L-4, L-6), which the contraindication policy then reads. Each
 * session is built as {@link planSession} describes.
 * A withheld assessment, or a check-in whose re-screen finds a new red flag (S-9), yields a
 * {@link WithheldPlan}: no sessions, only the action, its reasons and the safety net. The check-in
 * is today's (`checkIn`) or, without one, the most recent recorded in the history (with an exercise
 * log or a ladder exposure): an emergency logged with a session stops every later week until a
 * clearance in `history.clearances` (or today's check-in) names it (S-12). The history is parsed first (`parsePlanHistory`): every pain report
 * needs its baseline and its peak, so nothing missing is read as "no pain" (L-1, L-2).
 * Deterministic: no clock, no randomness.
 *
 * @param assessment - from {@link assess}
 * @param options - the week's first day, days per week, kit, session length and history
 * @returns the planned week, or no plan
 * @throws RangeError when `daysPerWeek` is not a whole number from 2 to 6, `sessionMinutes` is not from 20 to 180,
 *   or `weekStart` is not a real calendar date `YYYY-MM-DD` from 1900-01-02 to 2200-12-25 (the supported
 *   dates, less the day before the week and its last six days)
 * @throws TypeError naming the function when `assessment` or `options` is not an object
 * @throws TypeError when `options.history` does not parse: the message lists every issue with its path
 *   (`history.exerciseLogs[0].pain.baselineNrs: …`), as `parsePlanHistory` returns them
 * @example
 * ```ts
 * const result = assess(athlete);
 * if (result.ok) {
 *   const week = planWeek(result.value, { weekStart: "2026-03-30", daysPerWeek: 3 });
 *   week.status; // => "planned"
 *   week.sessions?.length; // => 3
 * }
 * ```
 * @category Program
 */
export function planWeek(assessment: Assessment, options: PlanOptions): WeekPlan {
  requireObject("planWeek", "assessment", assessment);
  requireObject("planWeek", "options", options);
  return planWeekOf(assessment, options, false);
}

/**
 * `planWeek` for a caller whose history is already in `parsePlanHistory`'s shape (the journal
 * builds it from parsed events, J-1): a year of logs is not parsed a second time on every plan.
 * Not exported from the module: apps' histories are always parsed.
 */
export function planWeekOnParsedHistory(assessment: Assessment, options: PlanOptions): WeekPlan {
  return planWeekOf(assessment, options, true);
}

function planWeekOf(assessment: Assessment, options: PlanOptions, historyParsed: boolean): WeekPlan {
  if (assessment.status === "withheld") return withheldPlan(assessment);
  const checked = applyCheckIn(assessment, options.checkIn);
  if (checked.status === "withheld") return checked;
  // L-1, L-2: the history is parsed first, so a missing pain score is never read as no pain.
  const history = historyParsed ? options.history : requirePlanHistory("planWeek", options.history);
  const safety = checkInSafety(options.checkIn, history);
  if (safety.withheld !== undefined) return safety.withheld;
  return planClearedWeek(capByRecorded(checked, options.checkIn, safety.latest), history === undefined ? options : { ...options, history }, safety.latest);
}

function planClearedWeek(assessment: ClearedAssessment, options: PlanOptions, safety: SessionSafetyCheck | undefined): WeekPlan {
  const daysPerWeek = options.daysPerWeek ?? 3;
  if (!Number.isInteger(daysPerWeek) || daysPerWeek < 2 || daysPerWeek > 6) {
    throw new RangeError(`planWeek: daysPerWeek must be a whole number from 2 to 6, got ${String(daysPerWeek)}`);
  }
  const sessionMinutes = checkMinutes("planWeek", options.sessionMinutes);
  // The load check reads up to the day before the week, and the week's last day is a date too.
  const weekStart = checkDate("planWeek", "weekStart", options.weekStart, FIRST_DAY + 1, LAST_DAY - 6);
  const catalog = options.catalog ?? builtInCatalog;
  const history = options.history;

  const weekReasons: Reason[] = [];
  const climbed = climbLadders(assessment, history, catalog);
  weekReasons.push(...climbed.reasons);
  const earned = { ...(history?.ladderProgress ?? {}), ...climbed.steps };
  const ladderProgress = { ...mergeLadders(assessment.profile.ladderProgress, history?.ladderProgress), ...climbed.steps };
  const cleared = withLadders(assessment, ladderProgress, earned);

  const timeZone = options.timeZone ?? "UTC";
  // One daily series for the load check and the projection (A-2: days without a record are unknown).
  const loadSeries =
    history?.trainingLog === undefined || history.trainingLog.length === 0 ? null : dailyLoads(history.trainingLog, { timeZone, absentDays: "unknown", to: addDays(weekStart, -1) });
  const load = history?.trainingLog === undefined ? null : loadCheck(loadSeries, options.acwrMethod ?? "ewma");
  const deload = history?.weeks === undefined ? null : deloadCheck(history.weeks, load);
  const layoff = layoffCheck(history, weekStart);
  const volumeScale = Math.min(load?.volumeScale ?? 1, deload?.volumeScale ?? 1, layoff?.volumeScale ?? 1);
  if (load !== null) weekReasons.push(...load.reasons);
  if (deload !== null) weekReasons.push(...deload.reasons);
  if (layoff !== null) weekReasons.push(layoff.reason);
  if ([load?.volumeScale, deload?.volumeScale, layoff?.volumeScale].filter((scale) => scale !== undefined && scale < 1).length > 1) {
    weekReasons.push(because("P-7", "program.week-lowest-scale", { percent: Math.round(volumeScale * 100) }));
  }

  const verdicts = verdictCache(cleared.profile, catalog);
  const days = weekFrame(weekStart, daysPerWeek);
  // G-3: the week's outside-neutral drill goes on its first upper day (or its last day).
  const exposureIndex = days.find((day) => day.focus === "upper")?.index ?? days.length - 1;
  const dosing = doseHistoryOf(cleared, history?.exerciseLogs, weekStart, safety);
  const sessions: PlannedSession[] = days.map((day) =>
    buildSession(cleared, {
      date: day.date,
      focus: day.focus,
      axialDay: day.axialDay,
      rotation: day.rotation,
      index: day.index,
      equipment: options.equipment,
      sessionMinutes,
      volumeScale,
      deload: deload?.action === "deload",
      exposureDay: day.index === exposureIndex,
      catalog,
      verdicts,
      setAside: new Set<string>(),
      doseHistory: dosing,
    }),
  );
  // The days and their focus are in the sessions; the reason says why they fall as they do.
  weekReasons.unshift(because("G-4", daysPerWeek >= 3 ? "program.week-alternating" : "program.week-sessions", { days: daysPerWeek }));

  const projection = load === null || loadSeries === null || history?.trainingLog === undefined ? undefined : projectedLoad(history.trainingLog, loadSeries, load, sessions, cleared.stage.stage);
  if (projection !== undefined) weekReasons.push(...projection.reasons);

  const findings: Finding[] = axialAlternation(
    sessions.map((session) => ({
      date: session.date,
      exercises: [...session.warmUp, ...session.blocks.flatMap((block) => block.exercises), ...session.core, ...session.finish]
        .map((item) => exerciseById(catalog, item.exerciseId))
        .filter((exercise): exercise is Exercise => exercise !== undefined),
    })),
  );

  // an axis whose exposure spiked in the logged weeks is named; it informs, it does not cut volume.
  const axisFindings = history?.exerciseLogs === undefined ? [] : spikedAxes(history.exerciseLogs, weekStart, catalog);
  findings.push(...axisFindings);
  weekReasons.push(...axisFindings);

  return {
    status: "planned",
    action: cleared.action,
    painRules: painRules(),
    weekStart,
    stage: cleared.stage.stage,
    sessions,
    volumeScale,
    load: load === null || projection === undefined ? load : { ...load, projection },
    deload,
    ladderProgress,
    findings,
    advisories: cleared.advisories,
    reasons: weekReasons,
    safetyNet: cleared.safetyNet,
  };
}

/**
 * Plans one session on its own.
 *
 * Warm-up: breathing and bracing, a drill in the direction that eases symptoms (C-5) while
 * symptoms are present, thoracic and hip mobility (hip flexors first with lower-crossed
 * indicators, C-7). Main work: in movement control and function optimisation the three V-1
 * blocks (single-leg, split-stance, bilateral), each with one hip- and one knee-dominant
 * movement (V-2), dosed by `setScheme` toward the V-3/V-4 targets (a share by stage: 60% in
 * movement control, 100% in function optimisation) and the V-5 finishers; in symptom
 * modulation one gentle bodyweight block with a hip- and a knee-dominant movement and an easy
 * walk (T-1). Core: anti-extension, anti-rotation and anti-lateral-flexion work. With history,
 * `nextDose` moves the dose of every exercise in every part, warm-up to finisher (L-1…L-5, P-5,
 * P-6, P-8, P-9): logs are read in date order; an exercise stopped by the pain model (L-5) or the
 * re-screen (S-9) is not planned and its slot is picked again; a regression to an easier exercise
 * is taken only when that exercise may itself be planned; after an amber or red response nothing
 * goes above the last logged sets, reps, hold time or load (L-1, L-2). No exercise is ever
 * `avoid` for the person (`suitability`); `caution` is used only when no `ok` exercise fits,
 * and says so.
 *
 * @param assessment - from {@link assess}
 * @param options - the day, axial loading, kit, length, rotation, volume scale and history
 * @returns the session, or no plan when the assessment is withheld
 * @throws RangeError when `date` is not a real calendar date `YYYY-MM-DD` from 1900-01-01 to 2200-12-31, `sessionMinutes` is not from 20 to 180 or `volumeScale` is not from 0.3 to 1
 * @throws TypeError when `options.history` does not parse (every issue with its path, as for {@link planWeek})
 * @example
 * ```ts
 * const result = assess(athlete);
 * if (result.ok) {
 *   const session = planSession(result.value, { date: "2026-03-30" });
 *   session.status; // => "planned"
 * }
 * ```
 * @category Program
 */
export function planSession(assessment: Assessment, options: SessionOptions): SessionPlan {
  requireObject("planSession", "assessment", assessment);
  requireObject("planSession", "options", options);
  if (assessment.status === "withheld") return withheldPlan(assessment);
  const checked = applyCheckIn(assessment, options.checkIn);
  if (checked.status === "withheld") return checked;
  const history = requirePlanHistory("planSession", options.history);
  const safety = checkInSafety(options.checkIn, history);
  if (safety.withheld !== undefined) return safety.withheld;
  return planClearedSession(capByRecorded(checked, options.checkIn, safety.latest), history === undefined ? options : { ...options, history }, safety.latest);
}

/**
 * S-9, T-4: without today's check-in, the latest one recorded in the history caps the stage as
 * today's would (new radicular pain → symptom modulation).
 */
function capByRecorded(assessment: ClearedAssessment, today: SessionCheckIn | undefined, latest: SessionSafetyCheck | undefined): ClearedAssessment {
  if (today !== undefined || latest === undefined || latest.action !== "proceed-with-advisory" || !("stageCap" in latest)) return assessment;
  return capBy(assessment, latest as SafetyDecision, "program.week-capped-recorded");
}

function planClearedSession(assessment: ClearedAssessment, options: SessionOptions, safety: SessionSafetyCheck | undefined): SessionPlan {
  const date = checkDate("planSession", "date", options.date);
  const sessionMinutes = checkMinutes("planSession", options.sessionMinutes);
  const volumeScale = options.volumeScale ?? 1;
  if (!(volumeScale >= 0.3 && volumeScale <= 1)) {
    throw new RangeError(`planSession: volumeScale must be from 0.3 to 1, got ${String(volumeScale)}`);
  }
  const rotation = options.rotation ?? 0;
  if (!Number.isInteger(rotation) || rotation < 0) {
    throw new RangeError(`planSession: rotation must be a whole number of 0 or more, got ${String(rotation)}`);
  }
  const ladderProgress = mergeLadders(assessment.profile.ladderProgress, options.history?.ladderProgress);
  const cleared = withLadders(assessment, ladderProgress, options.history?.ladderProgress);
  const focus = options.focus ?? "lower";
  if (focus !== "lower" && focus !== "upper") throw new RangeError(`planSession: focus must be "lower" or "upper", got ${JSON.stringify(focus)}`);
  const day: DayContext = {
    date,
    focus,
    axialDay: (options.axialLoading ?? true) && focus === "lower",
    rotation,
    index: rotation,
    equipment: options.equipment,
    sessionMinutes,
    volumeScale,
    deload: false,
    exposureDay: false,
    catalog: options.catalog ?? builtInCatalog,
    verdicts: verdictCache(cleared.profile, options.catalog ?? builtInCatalog),
    setAside: new Set<string>(),
    doseHistory: doseHistoryOf(cleared, options.history?.exerciseLogs, date, safety),
  };
  // G-6: a session planned on its own states the pain rules itself.
  return { ...buildSession(cleared, day), painRules: painRules() };
}

/**
 * S-9: today's check-in is re-screened before anything is planned. A new red flag withholds the
 * plan; a `proceed-with-advisory` adds its reasons and caps the stage (S-7, T-4).
 */
function applyCheckIn(assessment: ClearedAssessment, checkIn: SessionCheckIn | undefined): ClearedAssessment | WithheldPlan {
  if (checkIn === undefined) return assessment;
  const decision = screenCheckIn(checkIn);
  if (!allowsTraining(decision.action)) {
    return {
      status: "withheld",
      action: decision.action as WithholdingAction,
      ruleId: decision.ruleId,
      reasons: decision.reasons,
      safetyNet: decision.safetyNet,
      // S-13: the paths point into the plan options, where today's answers go.
      unanswered: decision.unanswered.map((item) => ({ path: ["checkIn", ...item.path], question: item.question })),
    };
  }
  if (decision.action === "proceed") return assessment;
  return capBy(assessment, decision, "program.week-capped-today");
}

/** A `proceed-with-advisory` re-screen adds its reasons and caps the stage (S-7, T-4). */
function capBy(assessment: ClearedAssessment, decision: SafetyDecision, which: "program.week-capped-today" | "program.week-capped-recorded"): ClearedAssessment {
  const cap = decision.stageCap;
  const stage = cap === null ? assessment.stage.stage : moreConservativeStage(assessment.stage.stage, cap);
  const capped = stage !== assessment.stage.stage;
  const why = capped ? [because("T-4", which, { stage, from: assessment.stage.stage })] : [];
  return {
    ...assessment,
    action: "proceed-with-advisory",
    stage: capped ? { ...assessment.stage, stage, capped: true, reasons: [...assessment.stage.reasons, ...why] } : assessment.stage,
    profile: {
      ...assessment.profile,
      stage,
      flags: { ...assessment.profile.flags, radicular: assessment.profile.flags?.radicular === true || decision.radicularPain === "radicular" || decision.radicularPain === "radicular-with-deficit" || decision.radicularPain === "radicular-worsening" },
    },
    advisories: [...assessment.advisories, ...decision.reasons, ...why],
    reasons: [...assessment.reasons, ...decision.reasons, ...why],
    safetyNet: decision.safetyNet,
  };
}

function withheldPlan(assessment: WithheldAssessment): WithheldPlan {
  return {
    status: "withheld",
    action: assessment.action,
    ruleId: assessment.ruleId,
    reasons: assessment.reasons,
    safetyNet: assessment.safetyNet,
    unanswered: assessment.unanswered,
  };
}

function doseHistoryOf(
  assessment: ClearedAssessment,
  logs: readonly ExerciseLog[] | undefined,
  today: string,
  safety: SessionSafetyCheck | undefined,
): DayContext["doseHistory"] {
  return doseHistory(logs, { stage: assessment.stage.stage, direction: assessment.profile.direction, today, ...(safety === undefined ? {} : { safety }) });
}

/**
 * L-6, P-1, P-2: for each ladder with exposures, `nextLadderStep` decides the step to train this
 * week (it may drop back); its reasons join the week's.
 */
function climbLadders(assessment: ClearedAssessment, history: PlanOptions["history"], catalog: readonly Exercise[]): { steps: Record<string, number>; reasons: Reason[] } {
  const steps: Record<string, number> = {};
  const reasons: Reason[] = [];
  const profile = { ...assessment.profile, ladderProgress: mergeLadders(assessment.profile.ladderProgress, history?.ladderProgress) };
  for (const [ladder, exposures] of Object.entries(history?.ladderExposures ?? {})) {
    if (exposures === undefined || exposures.length === 0) continue;
    // G-2: a ladder never advances to a step the stage's policy rejects.
    const decision = nextLadderStep(ladder as LadderId, exposures, { direction: assessment.profile.direction, policy: { profile, catalog } });
    steps[ladder] = decision.action === "stop-and-rescreen" ? 0 : decision.step;
    reasons.push(...decision.reasons);
  }
  return { steps, reasons };
}

/** The assessment itself when history earned no new ladder step, so its verdict cache is reused. */
function withLadders(assessment: ClearedAssessment, merged: LadderProgress, earned: LadderProgress | undefined): ClearedAssessment {
  if (earned === undefined || Object.keys(earned).length === 0) return assessment;
  return { ...assessment, profile: { ...assessment.profile, ladderProgress: merged } };
}

/**
 * Suitability verdicts are pure in (exercise, profile): they are remembered per catalog for the
 * most recent profiles (by value, at most {@link VERDICT_CACHE_PROFILES}), so re-planning a
 * person judges each exercise once. Memory stays bounded; results never depend on the cache.
 */
const VERDICT_CACHE_PROFILES = 32;
const verdictCaches = new WeakMap<readonly Exercise[], Map<string, Map<string, SuitabilityDecision>>>();

/** The whole profile as text with keys in a fixed order, so equal profiles share a cache entry. */
function profileKey(profile: TrainingProfile): string {
  return JSON.stringify(profile, (_key, value: unknown) =>
    value !== null && typeof value === "object" && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : value,
  );
}

function verdictCache(profile: TrainingProfile, catalog: readonly Exercise[]): Map<string, SuitabilityDecision> {
  let byProfile = verdictCaches.get(catalog);
  if (byProfile === undefined) {
    byProfile = new Map();
    verdictCaches.set(catalog, byProfile);
  }
  const key = profileKey(profile);
  let verdicts = byProfile.get(key);
  if (verdicts === undefined) {
    verdicts = new Map();
    if (byProfile.size >= VERDICT_CACHE_PROFILES) byProfile.delete(byProfile.keys().next().value as string);
    byProfile.set(key, verdicts);
  }
  return verdicts;
}

function mergeLadders(a: LadderProgress | undefined, b: LadderProgress | undefined): LadderProgress {
  const merged: Record<string, number> = { ...(a ?? {}) };
  for (const [ladder, step] of Object.entries(b ?? {})) {
    if (typeof step === "number") merged[ladder] = Math.max(merged[ladder] ?? 0, step);
  }
  return merged as LadderProgress;
}

/**
 * the spine axes whose exposure spiked over the logged sessions before the week (working
 * sets × demand score per axis; a day without a logged exercise is a rest day).
 */
function spikedAxes(logs: NonNullable<NonNullable<PlanOptions["history"]>["exerciseLogs"]>, weekStart: string, catalog: readonly Exercise[]): Finding[] {
  const to = addDays(weekStart, -1);
  const byDate = new Map<string, PerformedSet[]>();
  for (const log of logs) {
    if (log.date > to) continue;
    const sets = byDate.get(log.date) ?? [];
    for (const set of log.sets) sets.push({ exerciseId: log.exerciseId, side: "both", reps: set.reps ?? 0 });
    byDate.set(log.date, sets);
  }
  if (byDate.size === 0) return [];
  const sessions = [...byDate].map(([date, sets]) => ({ date, sets }));
  return spineAxisLoad(sessions, { catalog, absentDays: "rest", to }).findings.filter((finding) => finding.axis !== undefined);
}

/**
 * the session RPE a plan assumes when the log has none to go by: the stage's effort (G-5),
 * easy in symptom modulation, moderate in movement control, hard but not maximal in function
 * optimisation (design).
 */
const PLANNED_SESSION_RPE: Readonly<Record<Stage, number>> = { "symptom-modulation": 3, "movement-control": 5, "function-optimisation": 7 };

/**
 * where the week would leave the load if done as planned: each session's estimated minutes
 * × the lifter's mean session RPE over the last 28 logged days (the stage's effort without one),
 * after the performed series. Planned and performed stay separate series.
 */
function projectedLoad(
  log: NonNullable<PlanOptions["history"]>["trainingLog"] & object,
  series: DailySeries,
  load: LoadCheck,
  sessions: readonly PlannedSession[],
  stage: Stage,
): WeekProjection | undefined {
  if (load.date === null || sessions.length === 0 || series.loads.length === 0) return undefined;
  const since = addDays(load.date, -27);
  const recent = log.filter((item) => item.rpe !== undefined && (item.date ?? item.startedAt?.slice(0, 10) ?? "") >= since).map((item) => item.rpe as number);
  const rpe = recent.length === 0 ? PLANNED_SESSION_RPE[stage] : Math.round((recent.reduce((sum, value) => sum + value, 0) / recent.length) * 10) / 10;
  return projectWeek(
    series,
    sessions.filter((session) => session.date > load.date!).map((session) => ({ date: session.date, loadAu: Math.round(session.estimatedMinutes * rpe) })),
    { method: load.method },
  );
}

/** The load check on the daily series up to the day before the week (`null` for an empty log). */
function loadCheck(series: DailySeries | null, method: AcwrMethod): LoadCheck {
  const reasons: Reason[] = [];
  if (series === null) {
    return { method, date: null, ratio: null, zone: null, volumeScale: 1, reasons: [because("A-6", "program.load-empty-log", {})] };
  }
  // the verdict on the week just finished is weekday-free (its 7-day mean acute ÷ mean chronic).
  const last = weeklyVerdict(series, { method });
  const date = series.dates[series.dates.length - 1] ?? null;
  if (last === undefined || last.ratio === null) {
    reasons.push(
      date !== null && last?.reason !== undefined
        ? because("A-6", "program.load-no-ratio", { date, why: last.reason })
        : because("A-6", "program.load-no-ratio-no-data", {}),
    );
    return { method, date, ratio: null, zone: null, ...(last?.reason === undefined ? {} : { reasonCode: last.reason }), volumeScale: 1, reasons };
  }
  const ratio = last.ratio;
  const zone = last.zone;
  let volumeScale = 1;
  if (zone === "caution" || zone === "danger") {
    volumeScale = WEEK_VOLUME_SCALES[zone];
    reasons.push(
      because("A-7", "program.load-lowered", { ratio: Number(ratio.toFixed(2)), method, zone, date, percent: Math.round(volumeScale * 100) }),
    );
    reasons.push(ACWR_CAVEAT);
  } else {
    reasons.push(because("A-7", "program.load-unchanged", { ratio: Number(ratio.toFixed(2)), method, zone, date }));
  }
  return { method, date, ratio, zone, volumeScale, reasons };
}

function deloadCheck(weeks: NonNullable<NonNullable<PlanOptions["history"]>["weeks"]>, load: LoadCheck | null): DeloadCheck {
  // The load check's zone describes the week just finished: give it to deloadDue.
  const withZone =
    load?.zone !== undefined && load.zone !== null && weeks.length > 0
      ? [...weeks.slice(0, -1), { ...weeks[weeks.length - 1], zone: weeks[weeks.length - 1]?.zone ?? load.zone }]
      : weeks;
  const decision = deloadDue(withZone);
  const volumeScale = decision.action === "deload" ? WEEK_VOLUME_SCALES.deload : 1;
  const reasons = [...decision.reasons];
  if (decision.action === "deload") {
    reasons.push(because(decision.ruleId, "program.week-deload", { percent: Math.round(volumeScale * 100) }));
  }
  return { action: decision.action, triggers: decision.triggers, volumeScale, reasons };
}

/**
 * G-11: after a layoff of 14 days or more without a logged session, the first week back restarts
 * at 80 % of the dose. The last session is read from the exercise logs and the training log.
 */
function layoffCheck(history: PlanOptions["history"], weekStart: string): { volumeScale: number; reason: Reason } | null {
  const dates = [...(history?.exerciseLogs ?? []).map((log) => log.date), ...(history?.trainingLog ?? [])
      // A rest day logged as zero load is not a session: it must not hide a layoff.
      .filter((session) => (session.loadAu ?? (session.rpe ?? 0) * (session.durationMinutes ?? 0)) > 0)
      .map((session) => (session.date ?? session.startedAt ?? "").slice(0, 10))].filter(
    (date) => date !== "" && date < weekStart,
  );
  if (dates.length === 0) return null;
  const last = dates.reduce((latest, date) => (date > latest ? date : latest));
  const gap = daysBetween(last, weekStart) - 1;
  if (gap < LAYOFF_DAYS) return null;
  return {
    volumeScale: WEEK_VOLUME_SCALES.layoff,
    reason: because("G-11", "program.week-layoff", { days: gap, date: last, percent: Math.round(WEEK_VOLUME_SCALES.layoff * 100) }, ["seed-002"]),
  };
}

function checkDate(fn: string, name: string, value: unknown, first = FIRST_DAY, last = LAST_DAY): string {
  const day = requireIsoDate(fn, name, value);
  if (day < first || day > last) {
    throw new RangeError(`${fn}: ${name} must be from ${formatIsoDate(first)} to ${formatIsoDate(last)}, got ${JSON.stringify(value)}`);
  }
  return value as string;
}

function checkMinutes(fn: string, value: number | undefined): number {
  const minutes = value ?? 60;
  if (!(Number.isFinite(minutes) && minutes >= 20 && minutes <= 180)) {
    throw new RangeError(`${fn}: sessionMinutes must be from 20 to 180, got ${String(value)}`);
  }
  return minutes;
}


