/**
 * Human-readable text for assessments, plans and load reports.
 */
import { formatPath, type Reason } from "../evidence/index.js";
import { isIsoDate, weekdayName } from "../internal/calendar.js";
import type { AcwrDiagnostics, AcwrMethod, AxisSeries, PmcResult, AcwrPoint, DailySeries, LoadFinding, LogFinding, WeekChange } from "../load/index.js";
import type { Assessment, PlannedDose, PlannedExercise, PlannedSession, PlannedWeek, WeekPlan } from "../program/index.js";
import { renderAxes, renderDiagnostics, renderLogQuality, renderPmcText } from "./renderLoadExtras.js";
import { count, heading, num, table, truncate, wrap, type Row } from "./table.js";
import { wordList, words } from "./words.js";

/** How human output is laid out: the width to wrap at, and whether every reason is printed in full. */
export interface Layout {
  readonly width: number;
  /** Session reasons in full (`--verbose`); otherwise one line each, cut to the width. */
  readonly verbose?: boolean;
}

/** Each reason in full, wrapped: `  [S-6] No red flag…`. */
function reasonLines(reasons: readonly Reason[], width: number, indent = "  "): string[] {
  return reasons.map((item) => wrap(`${indent}[${item.ruleId}] ${item.message}`, width, `${indent}      `));
}

/** Each reason on one line cut to the width, or in full with `--verbose`. */
function foldedReasonLines(reasons: readonly Reason[], layout: Layout): string[] {
  if (layout.verbose === true) return reasonLines(reasons, layout.width);
  return reasons.map((item) => truncate(`  [${item.ruleId}] ${item.message}`, layout.width));
}

/** The safety net, wrapped under its label (never cut: it says when to seek care). */
function safetyNetText(text: string, width: number): string {
  return wrap(`Safety net: ${text}`, width, width >= 60 ? "            " : "  ");
}

/** A red-flag question still to be answered (S-13): where its answer goes and the question in words. */
export interface UnansweredQuestion {
  readonly path: readonly (string | number)[] | string;
  readonly question: string;
}

/**
 * A decision that gives no training output (any action but `proceed` and `proceed-with-advisory`):
 * a withheld assessment, a withheld week or a check-in's decision.
 */
export interface WithheldDecision {
  readonly action: string;
  readonly ruleId: string;
  readonly reasons: readonly Reason[];
  readonly safetyNet: string;
}

/**
 * The unanswered questions a result carries (S-13), on itself or on its safety decision; none
 * when it has no such list.
 */
export function unansweredOf(result: unknown): readonly UnansweredQuestion[] {
  const own = (value: unknown, key: string): unknown =>
    value !== null && typeof value === "object" && Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
  const list = own(result, "unanswered") ?? own(own(result, "safety"), "unanswered");
  if (!Array.isArray(list)) return [];
  return list.filter(
    (item: unknown): item is UnansweredQuestion =>
      typeof own(item, "question") === "string" && (typeof own(item, "path") === "string" || Array.isArray(own(item, "path"))),
  );
}

/** What {@link renderWithheld} prints around the decision. */
export interface WithheldText {
  /** The heading, e.g. `Plan`. */
  readonly title: string;
  /** The first line: what is not given and why, e.g. `No plan: the safety action is EMERGENCY (S-1).` */
  readonly lead: string;
  /** Questions still to answer (S-13), one line each. */
  readonly unanswered?: readonly UnansweredQuestion[];
  /** Where an answer goes, for a person: the file and the path in it. Default: the path alone. */
  readonly where?: (path: readonly (string | number)[]) => string;
}

/**
 * A result that withholds training, as text: the one decision, its reasons, the questions still
 * to answer and the safety net. No direction, stage, emphasis, plan or exercise verdict (S rules).
 */
export function renderWithheld(decision: WithheldDecision, text: WithheldText, width: number): string {
  const lines: string[] = [heading(text.title, width), wrap(text.lead, width, "  "), "", "Why:", ...reasonLines(decision.reasons, width)];
  const unanswered = text.unanswered ?? [];
  // S-13: one line per question, then where its answer goes, so the person can fill each one in.
  // Not for an emergency: care comes first, and the reasons already say what was left out.
  if (unanswered.length > 0 && decision.action !== "emergency") {
    const where = text.where ?? formatPath;
    lines.push("", wrap("Unanswered questions (answer each one where the arrow points, then run this again):", width));
    for (const item of unanswered) lines.push(wrap(`  - ${item.question} → ${where(typeof item.path === "string" ? [item.path] : item.path)}`, width, "    "));
  }
  lines.push("", safetyNetText(decision.safetyNet, width));
  return `${lines.join("\n")}\n`;
}

/** Where an answer goes in an input file, for a person: `athlete.json: screening.fever`. */
export function inFile(file: string): (path: readonly (string | number)[]) => string {
  return (path) => `${file}: ${formatPath(path)}`;
}

/** A safety action for a headline: `EMERGENCY (S-1)`, `STOP UNTIL CLEARED (S-12)`. */
export function actionLabel(decision: Pick<WithheldDecision, "action" | "ruleId">): string {
  return `${words(decision.action).toUpperCase()} (${decision.ruleId})`;
}

/** A planned week whose check-in (S-9) may have changed the intake's action or stage, and the check-in's file. */
export interface CheckedWeek {
  readonly week: PlannedWeek;
  readonly checkIn: string;
}

/**
 * The assessment as text; `file` names the intake in the list of unanswered questions. With
 * `today`, the action and stage shown are the week's, which count today's check-in (S-9, T-4):
 * the intake's "proceed" is not printed beside an advisory the check-in raised.
 */
export function renderAssessment(assessment: Assessment, layout: Layout, file?: string, today?: CheckedWeek): string {
  const { width } = layout;
  if (assessment.status === "withheld") {
    return renderWithheld(
      assessment,
      {
        title: "Assessment",
        lead: `Safety:     ${actionLabel(assessment)} — no training plan is given.`,
        unanswered: unansweredOf(assessment),
        ...(file === undefined ? {} : { where: inFile(file) }),
      },
      width,
    );
  }
  const lines: string[] = [heading("Assessment", width)];
  const field = (text: string): string => wrap(text, width, "            ");
  const { direction, stage } = assessment;
  const week = today?.week;
  lines.push(
    field(
      week !== undefined && week.action !== assessment.action
        ? `Safety:     ${words(week.action)} (today's check-in, ${today?.checkIn}: see the advisories)`
        : `Safety:     ${words(assessment.action)} (${assessment.safety.ruleId})`,
    ),
  );
  lines.push(
    field(
      `Direction:  ${words(direction.pattern)} (confidence ${direction.confidence}); intolerant of ${list(direction.intolerance)}; eased by ${list(direction.preference)}`,
    ),
  );
  lines.push(
    field(
      week !== undefined && week.stage !== stage.stage
        ? `Stage:      ${words(week.stage)} (T-4, capped by today's check-in from ${words(stage.stage)})`
        : `Stage:      ${words(stage.stage)} (${stage.ruleId}${stage.capped ? `, capped from ${words(stage.symptomStage)}` : ""})`,
    ),
  );
  lines.push(field(`Emphasis:   ${wordList(assessment.emphasis.map((item) => item.focus))}`));
  const advisories = week === undefined ? assessment.advisories : week.advisories;
  if (advisories.length > 0) lines.push("", "Advisories:", ...reasonLines(advisories, width));
  lines.push("", "Why:", ...reasonLines(assessment.reasons, width));
  // With today's check-in, the week's safety net (worded for today) closes the plan instead.
  if (week === undefined) lines.push("", safetyNetText(assessment.safetyNet, width));
  return `${lines.join("\n")}\n`;
}

function list(values: readonly string[]): string {
  return values.length === 0 ? "none" : wordList(values, " and ");
}

/** A dose in a few characters: `4 × 6–7 /leg`, `3 × 30 s`, `8 breaths`. */
export function describeDose(dose: PlannedDose): string {
  switch (dose.kind) {
    case "reps": {
      const min = Math.min(...dose.sets);
      const max = Math.max(...dose.sets);
      const reps = min === max ? `${min}` : `${min}–${max}`;
      const load = dose.loadKg === undefined ? "" : ` @ ${dose.loadKg} kg`;
      return `${dose.sets.length} × ${reps}${dose.perSide ? " /side" : ""}${load}${dose.tempo === undefined ? "" : ` tempo ${dose.tempo}`}`;
    }
    case "hold":
      return `${dose.sets} × ${dose.holdSeconds} s${dose.perSide ? " /side" : ""}`;
    case "distance":
      return `${dose.sets} × ${dose.distanceMeters} m${dose.perSide ? " /side" : ""}`;
    case "breaths":
      return `${dose.sets} × ${dose.breaths} breaths`;
    case "minutes":
      return `${dose.minutes} min`;
  }
}

function exerciseRows(items: readonly PlannedExercise[]): string[][] {
  return items.map((item) => [`  ${item.name}`, words(item.role), describeDose(item.dose), item.suitability === "ok" ? "ok" : "caution"]);
}

/** One session as a table with its reasons: one line each, or in full with `--verbose`. */
export function renderSession(session: PlannedSession, layout: Layout): string {
  const { width } = layout;
  const rows: Row[] = [];
  rows.push({ span: "Warm-up" }, ...exerciseRows(session.warmUp));
  for (const block of session.blocks) rows.push({ span: `${block.title}: ${block.effort}` }, ...exerciseRows(block.exercises));
  rows.push({ span: "Core" }, ...exerciseRows(session.core));
  if (session.finish.length > 0) rows.push({ span: "Finish" }, ...exerciseRows(session.finish));
  const title = `${weekday(session.date)} ${session.date} — ${session.focus} body, ${session.axialDay ? "axial day" : "no axial loading"}, about ${session.estimatedMinutes} min`;
  const lines = [wrap(title, width, "  ")];
  // G-6: a session planned on its own states the pain rules first.
  if (session.painRules !== undefined) lines.push("Pain rules:", ...reasonLines(session.painRules, width));
  lines.push(table(["exercise", "slot", "dose", "policy"], rows, width));
  if (session.findings.length > 0) lines.push("Structure findings:", ...reasonLines(session.findings, width));
  const why = [
    ...session.reasons,
    ...session.blocks.flatMap((block) => block.reasons),
    ...[...session.warmUp, ...session.blocks.flatMap((block) => block.exercises), ...session.core, ...session.finish].flatMap((item) => item.reasons),
  ];
  lines.push("Why:", ...foldedReasonLines(dedupe(why), layout));
  return lines.join("\n");
}

function dedupe(reasons: readonly Reason[]): Reason[] {
  const seen = new Set<string>();
  return reasons.filter((item) => {
    const key = `${item.ruleId}|${item.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The week as text: header, checks, each session, the safety net. */
export function renderWeek(week: WeekPlan, layout: Layout, shownAbove: readonly Reason[] = []): string {
  const { width } = layout;
  if (week.status === "withheld") {
    return renderWithheld(week, { title: "Plan", lead: `No plan: the safety action is ${actionLabel(week)}.`, unanswered: unansweredOf(week) }, width);
  }
  const lines: string[] = [heading(`Week of ${week.weekStart}`, width)];
  // G-6: the pain rules come first, in plain words.
  lines.push("Pain rules:", ...reasonLines(week.painRules, width), "");
  lines.push(
    wrap(
      `Stage ${words(week.stage)}; ${count(week.sessions.length, "session")}; block volume ${Math.round(week.volumeScale * 100)}%${week.deload?.action === "deload" ? " (deload week)" : ""}`,
      width,
      "  ",
    ),
  );
  if (week.load !== null) {
    const zone = week.load.zone ?? week.load.reasonCode;
    lines.push(wrap(`Load check: ${words(week.load.method)} ratio ${num(week.load.ratio, 2)} (${zone === null || zone === undefined ? "no ratio" : words(zone)}) on ${week.load.date ?? "–"}`, width, "  "));
  }
  lines.push("", "Why:", ...reasonLines(week.reasons, width));
  if (week.findings.length > 0) lines.push("", "Findings:", ...reasonLines(week.findings, width));
  for (const session of week.sessions) lines.push("", renderSession(session, layout));
  if (week.sessions.length > 0 && layout.verbose !== true) {
    lines.push("", wrap("(Each session's reasons are cut to one line: --verbose prints them in full, --json gives them as data.)", width));
  }
  // An advisory the assessment above already printed is not printed again.
  const advisories = week.advisories.filter((item) => !shownAbove.some((shown) => shown.ruleId === item.ruleId && shown.message === item.message));
  if (advisories.length > 0) lines.push("", "Advisories:", ...reasonLines(advisories, width));
  lines.push("", safetyNetText(week.safetyNet, width));
  return `${lines.join("\n")}\n`;
}

/** What the load command and the demo report. */
export interface LoadReport {
  readonly method: AcwrMethod;
  readonly timeZone: string;
  readonly series: DailySeries;
  readonly points: readonly AcwrPoint[];
  readonly weeks: readonly (WeekChange & { readonly monotony: number | null; readonly strain: number | null; readonly ratio: number | null; readonly zone: string | null; readonly lastDayRatio: number | null })[];
  readonly latest: AcwrPoint | null;
  readonly explanation: readonly Reason[];
  readonly findings: readonly LoadFinding[];
  /** A-14: the log's quality, printed above the table. */
  readonly quality: readonly LogFinding[];
  /** A-17: present with `--diagnostics`. */
  readonly diagnostics?: AcwrDiagnostics;
  /** A-15: present with `--sessions`. */
  readonly axes?: AxisSeries;
  /** A-11, A-12: present with `--pmc`. */
  readonly pmc?: PmcResult;
}

/** The load report as text: one row per week, the latest ratio and its caveat. */
export function renderLoadReport(report: LoadReport, width: number): string {
  const lines: string[] = [heading(`Training load (${words(report.method)} ACWR, ${report.timeZone})`, width)];
  const unknown = report.series.loads.filter((value) => value === null).length;
  lines.push(wrap(`${report.series.startDate} to ${report.series.endDate}: ${count(report.series.dates.length, "day")}, ${unknown} unknown (no record).`, width, "  "));
  lines.push("", ...renderLogQuality(report.quality, width));
  lines.push(
    "",
    table(
      ["week", "load AU", "change", "monotony", "strain", "week ratio", "zone", "note"],
      report.weeks.map((week) => [
        `${week.startDate}…${week.endDate.slice(5)}`,
        num(week.loadAu),
        week.changePercent === null ? "–" : `${week.changePercent >= 0 ? "+" : ""}${week.changePercent.toFixed(0)}%`,
        num(week.monotony, 2),
        num(week.strain),
        num(week.ratio, 2),
        week.zone === null ? "–" : words(week.zone),
        week.action === "warning" ? "≥ +15% (A-9)" : week.action === "above-advice" ? "≥ +10%" : week.reason === undefined ? "" : words(week.reason),
      ]),
      width,
      ["left", "right", "right", "right", "right", "right", "left", "left"],
    ),
  );
  lines.push("", "Latest:", ...reasonLines(report.explanation, width));
  if (report.diagnostics !== undefined) lines.push("", ...renderDiagnostics(report.diagnostics, width));
  if (report.axes !== undefined) lines.push("", ...renderAxes(report.axes, width));
  if (report.pmc !== undefined) lines.push("", ...renderPmcText(report.pmc, width));
  if (report.findings.length > 0) lines.push("", "Log findings:", ...reasonLines(report.findings, width));
  return `${lines.join("\n")}\n`;
}

function weekday(date: string): string {
  // A planned session's date was checked by planWeek; an unreadable one prints no weekday.
  return isIsoDate(date) ? weekdayName(date) : "";
}
