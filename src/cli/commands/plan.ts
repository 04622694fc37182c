import { EQUIPMENT } from "../../catalog/index.js";
import { planWeek, type Assessment, type PlannedWeek, type PlanOptions } from "../../program/index.js";
import { FIRST_DAY, formatIsoDate, LAST_DAY, parseIsoDate, utcDayOf, weekdayOfDay } from "../../internal/calendar.js";
import { dailyLoads, type AcwrMethod } from "../../load/index.js";
import { readAssessment, readCheckIn, readTrainingLog } from "../inputs.js";
import { EXIT_OK, usageError } from "../io.js";
import { actionLabel, inFile, renderAssessment, renderWeek, renderWithheld, unansweredOf } from "../render.js";
import type { Command } from "../run.js";
import { HTML_OPTION, writePlanHtml } from "../writePlanHtml.js";
import { words } from "../words.js";
import { checkTimeZone, dateOption, intOption, listOption, oneOfOption } from "./options.js";

const METHODS = ["ewma", "coupled", "uncoupled"] as const satisfies readonly AcwrMethod[];

/** The session lengths `planWeek` accepts (`sessionMinutes`). */
const MIN_MINUTES = 20;
const MAX_MINUTES = 180;

/** Day number of the Monday on or after an instant's UTC day (the CLI may read the clock; the library never does). */
export function nextMonday(now: Date): number {
  const today = utcDayOf(now.getTime());
  return today + ((8 - weekdayOfDay(today)) % 7);
}

/** `spinewise plan FILE`: assess an intake and plan a week. */
export const planCommand: Command = {
  name: "plan",
  summary: "assess an intake and plan a training week",
  description:
    "Assess an intake and plan a training week: the pain rules first, each session with its exercises, doses and reasons, and the safety net. With a training log, the week's volume follows the load check (ACWR); with today's check-in, the answers are screened again first (S-9).",
  usage: "plan FILE [options]",
  arguments: [["FILE", "the intake (JSON); - reads it from standard input"]],
  positionals: { min: 1, max: 1 },
  options: {
    log: { type: "string", value: "LOG", help: "a training log (JSON, or CSV when the name ends in .csv) whose load sets the week's volume; - reads standard input" },
    "check-in": { type: "string", value: "FILE", help: "today's check-in answers (JSON), screened before anything is planned (S-9)" },
    days: { type: "string", value: "2-6", help: "training days in the week", byDefault: "3" },
    minutes: { type: "string", value: "20-180", help: "minutes per session", byDefault: "60" },
    equipment: { type: "string", multiple: true, value: "KIT,…", help: `the kit available, comma-separated or repeated (${EQUIPMENT.slice(0, 4).join(", ")}, …)`, byDefault: "a full gym" },
    "week-start": { type: "string", value: "YYYY-MM-DD", help: "the first day of the week", byDefault: "the day after the log, else next Monday" },
    "time-zone": { type: "string", value: "TZ", help: "the IANA time zone of the log's days", byDefault: "UTC" },
    method: { type: "string", value: "METHOD", help: `the ACWR method: ${METHODS.join(", ")}`, byDefault: "ewma" },
    verbose: { type: "boolean", help: "print every session's reasons in full, not one line each" },
    html: HTML_OPTION,
  },
  examples: [
    "spinewise plan examples/athlete.json --log examples/training-log.csv --days 3",
    "cat examples/athlete.json | spinewise plan - --days 4 --verbose",
    "spinewise plan examples/athlete.json --days 4 --html week.html",
  ],
  run: ({ io, positionals, values, json, width }) => {
    const daysPerWeek = intOption("--days", values.days, 2, 6);
    const sessionMinutes = intOption("--minutes", values.minutes, MIN_MINUTES, MAX_MINUTES);
    const equipment = listOption("--equipment", values.equipment, EQUIPMENT);
    const timeZone = checkTimeZone(values["time-zone"]);
    const acwrMethod = oneOfOption("--method", values.method, METHODS, "ewma");
    const weekStartOption = dateOption("--week-start", values["week-start"]);
    const intake = positionals[0] ?? "";
    const assessment = readAssessment(io, intake);
    const trainingLog = typeof values.log === "string" ? readTrainingLog(io, values.log) : undefined;
    const checkIn = typeof values["check-in"] === "string" ? readCheckIn(io, values["check-in"]) : undefined;
    // The week after the log's last local day (what the load check reads up to); else next Monday.
    const lastLogged = trainingLog === undefined ? null : parseIsoDate(dailyLoads(trainingLog, { timeZone, absentDays: "unknown" }).endDate);
    const startDay = parseIsoDate(weekStartOption) ?? (lastLogged === null ? nextMonday(new Date()) : lastLogged + 1);
    // planWeek reads the day before the week and dates its last day: both must be supported dates.
    if (startDay <= FIRST_DAY || startDay > LAST_DAY - 6) {
      throw usageError(`the week must start from ${formatIsoDate(FIRST_DAY + 1)} to ${formatIsoDate(LAST_DAY - 6)}, got ${formatIsoDate(startDay)}`);
    }
    const weekStart = formatIsoDate(startDay);
    const options: PlanOptions = {
      weekStart,
      ...(daysPerWeek === undefined ? {} : { daysPerWeek }),
      ...(sessionMinutes === undefined ? {} : { sessionMinutes }),
      ...(equipment === undefined ? {} : { equipment }),
      timeZone,
      acwrMethod,
      ...(trainingLog === undefined ? {} : { history: { trainingLog } }),
      ...(checkIn === undefined ? {} : { checkIn }),
    };
    const week = planWeek(assessment, options);
    if (week.status === "withheld") {
      // --html: the withheld page shows only the action and the safety net (S rules).
      const wrote = writePlanHtml(io, values.html, week, json);
      // The one decision that withheld the week, first and alone: the intake's, or today's
      // check-in's when the intake was cleared (S-9). No direction, stage or emphasis behind it.
      if (json) io.stdout(`${JSON.stringify({ week }, null, 2)}\n`);
      else {
        const checkInFile = typeof values["check-in"] === "string" ? values["check-in"] : undefined;
        const lead =
          assessment.status === "cleared" && checkInFile !== undefined
            ? `No plan: today's check-in (${checkInFile}) gives the safety action ${actionLabel(week)}.`
            : `No plan: the safety action is ${actionLabel(week)}.`;
        // planWeek's paths start at its inputs: `checkIn…` is in the check-in file, the rest in the intake.
        const where = (path: readonly (string | number)[]): string =>
          path[0] === "checkIn" && checkInFile !== undefined ? inFile(checkInFile)(path.slice(1)) : inFile(intake)(path);
        // The week carries the questions (S-13); a withheld intake carries them too, on the assessment.
        const unanswered = [unansweredOf(week), unansweredOf(assessment)].find((list) => list.length > 0) ?? [];
        io.stdout(`${renderWithheld(week, { title: "Plan", lead, unanswered, where }, width)}${wrote}`);
      }
      return EXIT_OK;
    }
    if (sessionMinutes !== undefined) checkSessionsFit(assessment, options, week, sessionMinutes);
    const wrote = writePlanHtml(io, values.html, week, json);
    if (json) io.stdout(`${JSON.stringify({ assessment, week }, null, 2)}\n`);
    else {
      const checkInFile = values["check-in"];
      const today = typeof checkInFile === "string" ? { week, checkIn: checkInFile } : undefined;
      const layout = { width, verbose: values.verbose === true };
      // The assessment prints the advisories (today's, with a check-in); the week does not repeat them.
      const shown = today !== undefined ? week.advisories : assessment.status === "withheld" ? [] : assessment.advisories;
      io.stdout(`${renderAssessment(assessment, layout, intake, today)}\n${renderWeek(week, layout, shown)}${wrote}`);
    }
    return EXIT_OK;
  },
};

/** How far a session's rounded estimate may run past the minutes asked for and still fit them. */
const MINUTES_SLACK = 1;

function longestSession(week: PlannedWeek): number {
  return Math.max(0, ...week.sessions.map((session) => session.estimatedMinutes));
}

/**
 * `--minutes` shorter than the shortest session the planner can give (warm-up, core work and the
 * blocks at their least) would print sessions that run over while their reasons say they fit:
 * refuse it, naming the shortest length that does fit this plan.
 */
function checkSessionsFit(assessment: Assessment, options: PlanOptions, week: PlannedWeek, minutes: number): void {
  const longest = longestSession(week);
  if (longest <= minutes + MINUTES_SLACK) return;
  let fits: number | undefined;
  for (let candidate = minutes + 1; candidate <= MAX_MINUTES && fits === undefined; candidate += 1) {
    const longer = planWeek(assessment, { ...options, sessionMinutes: candidate });
    if (longer.status === "planned" && longestSession(longer) <= candidate + MINUTES_SLACK) fits = candidate;
  }
  throw usageError(
    `--minutes ${minutes} is shorter than this plan's sessions can be: the shortest it can give at the ${words(week.stage)} stage takes about ${longest} minutes.`,
    fits === undefined
      ? `The accepted range is ${MIN_MINUTES}–${MAX_MINUTES} minutes, and no shorter than the plan's shortest session.`
      : `Use --minutes ${fits} or more (accepted: ${fits}–${MAX_MINUTES} minutes for this plan; ${MIN_MINUTES}–${MAX_MINUTES} in general).`,
  );
}
