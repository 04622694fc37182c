/**
 * `spinewise journal`: an athlete's record as a JSON Lines file (one event a line, J-1), carried
 * from week to week: `init` writes the intake, `add` appends an event, `plan` plans the next
 * week, `status` and `timeline` show the replayed state. The file is only ever appended to, in
 * one write; a file with a bad line is reported line by line and left as it is.
 */
import { EQUIPMENT, getExercise } from "../../catalog/index.js";
import { formatPath, type ParseIssue } from "../../evidence/index.js";
import { formatIsoDate, parseIsoDate, utcDayOf } from "../../internal/calendar.js";
import { assess } from "../../program/index.js";
import {
  JOURNAL_VERSION,
  parseJournal,
  parseJournalEvent,
  planNextWeek,
  replay,
  type AthleteState,
  type Journal,
  type JournalEvent,
  type JournalPlanOptions,
} from "../../journal/index.js";
import type { AcwrMethod } from "../../load/index.js";
import { issuesError } from "../inputs.js";
import { badInput, EXIT_OK, usageError, type CliIo } from "../io.js";
import { actionLabel, renderWeek, renderWithheld } from "../render.js";
import { fileLabel, readJson, readText } from "../files.js";
import { count, heading, num, table, wrap } from "../table.js";
import { wordList, words } from "../words.js";
import type { Command, CommandContext } from "../run.js";
import { HTML_OPTION, writePlanHtml } from "../writePlanHtml.js";
import { checkTimeZone, dateOption, intOption, listOption, oneOfOption } from "./options.js";
import { nextMonday } from "./plan.js";

const SUBCOMMANDS = ["init", "add", "plan", "status", "timeline"] as const;
const METHODS = ["ewma", "coupled", "uncoupled"] as const satisfies readonly AcwrMethod[];

/** A journal file read line by line: the events, and the line each came from. */
interface JournalFile {
  readonly journal: Journal;
  readonly lines: readonly number[];
  /** Whether the file's last line ends with a newline (an append must start on a new line). */
  readonly endsWithNewline: boolean;
}

/** Whether a file exists: read errors other than "no such file" are reported as they are. */
function existingText(io: CliIo, file: string): string | undefined {
  try {
    return io.readFile(file);
  } catch (thrown) {
    if ((thrown as { code?: unknown } | null)?.code === "ENOENT") return undefined;
    return readText(io, file);
  }
}

/**
 * Reads a JSON Lines journal. Every bad line (not JSON, or an event that does not parse) is
 * reported with its line number, exit 1, and nothing is written.
 */
function readJournal(io: CliIo, file: string): JournalFile {
  const text = readText(io, file);
  const events: unknown[] = [];
  const lines: number[] = [];
  const problems: string[] = [];
  text.split("\n").forEach((raw, index) => {
    const line = raw.replace(/\r$/, "");
    if (line.trim() === "") return;
    try {
      events.push(JSON.parse(index === 0 ? line.replace(/^\uFEFF/, "") : line));
      lines.push(index + 1);
    } catch (thrown) {
      problems.push(`  line ${index + 1}: not valid JSON (${thrown instanceof Error ? thrown.message : String(thrown)})`);
    }
  });
  if (problems.length > 0) throw badInput(`${file}: ${problems.length} line${problems.length === 1 ? " is" : "s are"} not JSON; the file is unchanged:`, ...problems);
  const parsed = parseJournal(events);
  if (!parsed.ok) throw lineIssues(file, parsed.error.issues, lines);
  return { journal: parsed.value, lines, endsWithNewline: text === "" || text.endsWith("\n") };
}

/** Issues of a parsed journal, each named by the line of its event (`line 3: exercises[0].pain: …`). */
function lineIssues(file: string, issues: readonly ParseIssue[], lines: readonly number[]): Error {
  return issuesError(file, issues, (path) => {
    const [index, ...rest] = path;
    if (typeof index !== "number") return formatPath(path) || "the journal";
    return `line ${lines[index] ?? index + 1}${rest.length === 0 ? "" : `: ${formatPath(rest)}`}`;
  });
}

/** Appends one event as one line, in one write (J-1: append-only, never rewritten). */
function append(io: CliIo, file: string, event: JournalEvent, endsWithNewline: boolean): void {
  if (io.appendFile === undefined) throw badInput(`${file}: this command line cannot append to files`);
  try {
    io.appendFile(file, `${endsWithNewline ? "" : "\n"}${JSON.stringify(event)}\n`);
  } catch (thrown) {
    throw badInput(`${file}: cannot append to the file: ${thrown instanceof Error ? thrown.message : String(thrown)}`);
  }
}

/** What an append printed: the event's id, date and type (`--json`), or a line for people. */
function appended(io: CliIo, json: boolean, file: string, event: JournalEvent, text: string): number {
  if (json) io.stdout(`${JSON.stringify({ file, event: { id: event.id, date: event.date, type: event.type } }, null, 2)}\n`);
  else io.stdout(text);
  return EXIT_OK;
}

function requireFile(values: CommandContext["values"]): string {
  const file = values.file;
  if (typeof file !== "string" || file === "") throw usageError("--file JOURNAL.jsonl is required: the journal to read and append to");
  return file;
}

/** The journal to append to: a file, never standard input. */
function appendableFile(values: CommandContext["values"]): string {
  const file = requireFile(values);
  if (file === "-") throw usageError("--file -: standard input cannot be appended to; name the journal file");
  return file;
}

/** `journal init INTAKE --file F`: a new journal with its intake event. */
function init({ io, positionals, values, json }: CommandContext): number {
  const file = appendableFile(values);
  const intakeFile = positionals[1];
  if (intakeFile === undefined) throw usageError("journal init needs the intake file: spinewise journal init INTAKE.json --file JOURNAL.jsonl");
  const existing = existingText(io, file);
  if (existing !== undefined && existing.trim() !== "") throw badInput(`${file}: the journal already exists; add events with spinewise journal add (it is never rewritten)`);
  const intake = readJson(io, intakeFile);
  const assessed = assess(intake);
  if (!assessed.ok) throw issuesError(intakeFile, assessed.error.issues);
  const date = dateOption("--date", values.date) ?? formatIsoDate(utcDayOf(Date.now()));
  const event = { version: JOURNAL_VERSION, id: typeof values.id === "string" ? values.id : "intake", date, type: "intake", intake } as JournalEvent;
  const parsed = parseJournal([event]);
  if (!parsed.ok) throw lineIssues(file, parsed.error.issues, [1]);
  append(io, file, event, existing === undefined || existing === "" || existing.endsWith("\n"));
  return appended(io, json, file, event, `${file}: journal started with the intake of ${date} (${words(assessed.value.action)}).\nNext: spinewise journal plan --file ${file}\n`);
}

/** `journal add EVENT.json --file F`: one event appended, after the whole journal with it parses. */
function add({ io, positionals, values, json }: CommandContext): number {
  const file = appendableFile(values);
  const eventFile = positionals[1];
  if (eventFile === undefined) throw usageError("journal add needs the event file: spinewise journal add EVENT.json --file JOURNAL.jsonl");
  const current = readJournal(io, file);
  const input = readJson(io, eventFile);
  const withVersion = input !== null && typeof input === "object" && !Array.isArray(input) && !("version" in input) ? { version: JOURNAL_VERSION, ...input } : input;
  const parsed = parseJournalEvent(withVersion);
  if (!parsed.ok) throw issuesError(eventFile, parsed.error.issues);
  const whole = parseJournal([...current.journal, parsed.value]);
  if (!whole.ok) {
    const last = current.journal.length;
    const own = whole.error.issues.filter((issue) => issue.path[0] === last).map((issue) => ({ path: issue.path.slice(1), message: issue.message }));
    const others = whole.error.issues.filter((issue) => issue.path[0] !== last);
    throw own.length > 0 ? issuesError(eventFile, own) : lineIssues(file, others, current.lines);
  }
  append(io, file, parsed.value, current.endsWithNewline);
  const event = parsed.value;
  return appended(io, json, file, event, `${file}: added the ${words(event.type)} of ${event.date} (${event.id}).\n`);
}

/** The Monday after the journal's latest event (the week it has not recorded yet). */
function defaultWeekStart(journal: Journal): string {
  const latest = journal.reduce((most, event) => (event.date > most ? event.date : most), "");
  const after = parseIsoDate(latest);
  return formatIsoDate(after === null ? nextMonday(new Date()) : nextMonday(new Date((after + 1) * 86_400_000)));
}

/** `journal plan --file F`: the next week from the journal. */
function plan({ io, values, json, width }: CommandContext): number {
  const file = requireFile(values);
  const { journal } = readJournal(io, file);
  const weekStart = dateOption("--week-start", values["week-start"]) ?? defaultWeekStart(journal);
  const daysPerWeek = intOption("--days", values.days, 2, 6);
  const sessionMinutes = intOption("--minutes", values.minutes, 20, 180);
  const equipment = listOption("--equipment", values.equipment, EQUIPMENT);
  const options: JournalPlanOptions = {
    weekStart,
    ...(daysPerWeek === undefined ? {} : { daysPerWeek }),
    ...(sessionMinutes === undefined ? {} : { sessionMinutes }),
    ...(equipment === undefined ? {} : { equipment }),
    timeZone: checkTimeZone(values["time-zone"]),
    acwrMethod: oneOfOption("--method", values.method, METHODS, "ewma"),
  };
  const intakeDate = journal.find((event) => event.type === "intake")?.date ?? weekStart;
  if (weekStart <= intakeDate) throw usageError(`--week-start ${weekStart} must come after the intake (${intakeDate})`);
  const week = planNextWeek(journal, options);
  // --html: the printable page, planned or withheld (a withheld one shows only the action and the safety net).
  const wrote = writePlanHtml(io, values.html, week, json);
  if (json) io.stdout(`${JSON.stringify({ week }, null, 2)}\n`);
  else if (week.status === "withheld") {
    io.stdout(
      renderWithheld(week, {
        title: `Plan from ${weekStart}`,
        lead: `No plan: the journal's safety action is ${actionLabel(week)}.`,
        unanswered: week.unanswered,
        where: (path) => `${fileLabel(file)}: the event ${String(path[0])}, ${formatPath(path.slice(1))}`,
      }, width) + wrote,
    );
  } else io.stdout(renderWeek(week, { width, verbose: values.verbose === true }) + wrote);
  return EXIT_OK;
}

function asOf(values: CommandContext["values"]): string | undefined {
  return dateOption("--as-of", values["as-of"]);
}

/** `journal status --file F`: the replayed state in short. */
function status({ io, values, json, width }: CommandContext): number {
  const file = requireFile(values);
  const { journal } = readJournal(io, file);
  const day = asOf(values);
  const state = replay(journal, day === undefined ? {} : { asOf: day });
  if (json) io.stdout(`${JSON.stringify({ state }, null, 2)}\n`);
  else io.stdout(renderStatus(state, fileLabel(file), width));
  return EXIT_OK;
}

/** `journal timeline --file F`: every decision, in date order. */
function timeline({ io, values, json, width }: CommandContext): number {
  const file = requireFile(values);
  const { journal } = readJournal(io, file);
  const day = asOf(values);
  const state = replay(journal, day === undefined ? {} : { asOf: day });
  if (json) io.stdout(`${JSON.stringify({ asOf: state.asOf, timeline: state.timeline }, null, 2)}\n`);
  else {
    const lines = [heading(`Timeline of ${fileLabel(file)} to ${state.asOf}`, width)];
    // The message under the date and rule when there is little room beside them.
    const indent = width >= 60 ? "                  " : "    ";
    for (const entry of state.timeline) lines.push(wrap(`${entry.date}  ${entry.ruleId.padEnd(5)} ${entry.message}`, width, indent));
    io.stdout(`${lines.join("\n")}\n`);
  }
  return EXIT_OK;
}

/** The state in a few lines a newcomer can read. */
function renderStatus(state: AthleteState, file: string, width: number): string {
  const lines = [heading(`Status of ${file} on ${state.asOf}`, width)];
  if (state.status === "not-started") return `${lines.join("\n")}\nNo intake yet.\n`;
  const line = (text: string): number => lines.push(wrap(text, width, "  "));
  line(`Training: ${words(state.status)} (${words(state.safety.action)})${state.stage === null ? "" : `, stage ${words(state.stage)}`}, intake ${state.intakeDate}.`);
  for (const change of state.stageChanges) line(`  ${change.date}: ${words(change.from)} → ${words(change.to)} (${change.ruleId})`);
  for (const flag of state.safety.open) line(`Open: the check-in of ${flag.date} (${flag.eventId}) says ${words(flag.action)}${flag.features.length > 0 ? `: ${wordList(flag.features)}` : ""}.`);
  for (const clearance of state.safety.clearances) line(`Cleared ${clearance.date} by ${clearance.clearedBy}: ${wordList(clearance.covers)}${clearance.lifted.length > 0 ? ` (lifted ${wordList(clearance.lifted)})` : ""}.`);
  if (state.retest.due) line(`A re-test is due since ${state.retest.since}. ${state.retest.record}`);
  if (state.referral !== null) line(`Referral: ${state.referral.reasons[0]?.message ?? words(state.referral.referral)}`);
  if (state.currentWeek !== null) {
    const layoff = state.layoffs.at(-1);
    line(`Week from ${state.currentWeek.weekStart}: ${words(state.currentWeek.deload.action)}${state.currentWeek.firstWeekBack && layoff !== undefined ? `, first week back after ${count(layoff.days, "day")} off` : ""}. Last deload: ${state.lastDeload ?? "none yet"}.`);
  }
  if (state.load.latest !== null) line(`Load: ratio ${num(state.load.latest.ratio, 2)} (${words(state.load.method)}, ${state.load.latest.zone === null ? "–" : words(state.load.latest.zone)}) on ${state.load.latest.date}.`);
  lines.push("", "Ladders:");
  lines.push(
    table(
      ["ladder", "step", "exercise", "exposures at step"],
      state.ladders.map((ladder) => [words(ladder.ladder), `${ladder.step + 1}/${ladder.stepCount}`, exerciseName(ladder.exerciseId), String(ladder.exposuresAtStep)]),
      width,
      ["left", "right", "left", "right"],
    ),
  );
  if (state.doses.length > 0) {
    lines.push("", "Doses (last session → next):");
    lines.push(
      table(
        ["exercise", "sessions", "last", "load kg", "response", "next"],
        state.doses.map((dose) => [
          exerciseName(dose.exerciseId),
          String(dose.sessions),
          dose.lastDate,
          dose.lastLoadKg === null ? "–" : num(dose.lastLoadKg, 1),
          words(dose.lastResponse.action),
          `${words(dose.next.action)}${dose.next.axis === null ? "" : ` (${words(dose.next.axis)})`}`,
        ]),
        width,
        ["left", "right", "left", "right", "left", "left"],
      ),
    );
  }
  return `${lines.join("\n")}\n`;
}

/** An exercise as people know it: its catalog name, or its id in words for one the catalog lacks. */
function exerciseName(id: string): string {
  return getExercise(id)?.name ?? words(id);
}

/** `spinewise journal SUBCOMMAND`: the journey on a JSON Lines file. */
export const journalCommand: Command = {
  name: "journal",
  summary: "keep an athlete's record (JSON Lines) and plan from it",
  description:
    "Keep an athlete's record as a JSON Lines file, one event a line, only ever appended to (J-1), and plan the next week from it.",
  usage: "journal init INTAKE | add EVENT | plan | status | timeline  --file JOURNAL [options]",
  arguments: [
    ["init INTAKE", "start the journal with an intake (JSON)"],
    ["add EVENT", "append one event (JSON: a session, check-in, clearance, …); - reads it from standard input"],
    ["plan", "plan the next week from the journal"],
    ["status", "the replayed state: stage, ladders, doses, open flags"],
    ["timeline", "every decision, in date order"],
  ],
  positionals: { min: 1, max: 2 },
  options: {
    file: { type: "string", value: "JOURNAL", help: "the journal (JSON Lines; required); plan, status and timeline read - as standard input" },
    date: { type: "string", value: "YYYY-MM-DD", help: "init: the intake's date", byDefault: "today (UTC)" },
    id: { type: "string", value: "ID", help: "init: the intake event's id", byDefault: "intake" },
    "week-start": { type: "string", value: "YYYY-MM-DD", help: "plan: the first day of the week", byDefault: "the Monday after the latest event" },
    "as-of": { type: "string", value: "YYYY-MM-DD", help: "status, timeline: replay up to this day", byDefault: "the latest event" },
    days: { type: "string", value: "2-6", help: "plan: training days in the week", byDefault: "3" },
    minutes: { type: "string", value: "20-180", help: "plan: minutes per session", byDefault: "60" },
    equipment: { type: "string", multiple: true, value: "KIT,…", help: "plan: the kit available, comma-separated or repeated", byDefault: "a full gym" },
    "time-zone": { type: "string", value: "TZ", help: "plan: the IANA time zone of the sessions' days", byDefault: "UTC" },
    method: { type: "string", value: "METHOD", help: `plan: the ACWR method: ${METHODS.join(", ")}`, byDefault: "ewma" },
    verbose: { type: "boolean", help: "plan: every session's reasons in full, not one line each" },
    html: { ...HTML_OPTION, help: `plan: ${HTML_OPTION.help ?? ""}` },
  },
  examples: [
    "spinewise journal init examples/athlete.json --file me.jsonl --date 2026-03-28",
    "spinewise journal plan --file examples/journey.jsonl",
    "spinewise journal plan --file examples/journey.jsonl --html week.html",
    "spinewise journal status --file examples/journey.jsonl --as-of 2026-04-20",
  ],
  run: (context) => {
    const sub = context.positionals[0] ?? "";
    if (!(SUBCOMMANDS as readonly string[]).includes(sub)) throw usageError(`unknown journal command '${sub}' (known: ${SUBCOMMANDS.join(", ")})`);
    const wants = sub === "init" || sub === "add" ? 2 : 1;
    if (context.positionals.length !== wants) {
      throw usageError(`journal ${sub} takes ${wants === 2 ? "one file argument" : "no argument beyond --file"}, got ${context.positionals.length - 1}`);
    }
    switch (sub) {
      case "init":
        return init(context);
      case "add":
        return add(context);
      case "plan":
        return plan(context);
      case "status":
        return status(context);
      default:
        return timeline(context);
    }
  },
};
