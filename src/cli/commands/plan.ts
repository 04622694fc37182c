import { EQUIPMENT } from "../../catalog/index.js";
import { planWeek } from "../../program/index.js";
import { FIRST_DAY, formatIsoDate, LAST_DAY, parseIsoDate, utcDayOf, weekdayOfDay } from "../../internal/calendar.js";
import { dailyLoads, type AcwrMethod } from "../../load/index.js";
import { readAssessment, readCheckIn, readTrainingLog } from "../inputs.js";
import { EXIT_OK, usageError } from "../io.js";
import { renderAssessment, renderWeek } from "../render.js";
import type { Command } from "../run.js";
import { checkTimeZone, dateOption, intOption, listOption, oneOfOption } from "./options.js";

const METHODS = ["ewma", "coupled", "uncoupled"] as const satisfies readonly AcwrMethod[];

/** Day number of the Monday on or after an instant's UTC day (the CLI may read the clock; the library never does). */
export function nextMonday(now: Date): number {
  const today = utcDayOf(now.getTime());
  return today + ((8 - weekdayOfDay(today)) % 7);
}

/** `spinewise plan FILE`: assess an intake and plan a week. */
export const planCommand: Command = {
  name: "plan",
  summary: "assess an intake and plan a training week (optionally checking a training log's load)",
  usage:
    "plan FILE [--log LOG] [--check-in FILE] [--days 2-6] [--minutes 20-180] [--equipment kit,…] [--week-start YYYY-MM-DD] [--time-zone TZ] [--method ewma|coupled|uncoupled]",
  positionals: { min: 1, max: 1 },
  options: {
    log: { type: "string" },
    days: { type: "string" },
    minutes: { type: "string" },
    equipment: { type: "string", multiple: true },
    "week-start": { type: "string" },
    "time-zone": { type: "string" },
    method: { type: "string" },
    "check-in": { type: "string" },
  },
  run: ({ io, positionals, values, json }) => {
    const daysPerWeek = intOption("--days", values.days, 2, 6);
    const sessionMinutes = intOption("--minutes", values.minutes, 20, 180);
    const equipment = listOption("--equipment", values.equipment, EQUIPMENT);
    const timeZone = checkTimeZone(values["time-zone"]);
    const acwrMethod = oneOfOption("--method", values.method, METHODS, "ewma");
    const weekStartOption = dateOption("--week-start", values["week-start"]);
    const assessment = readAssessment(io, positionals[0] ?? "");
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
    const week = planWeek(assessment, {
      weekStart,
      ...(daysPerWeek === undefined ? {} : { daysPerWeek }),
      ...(sessionMinutes === undefined ? {} : { sessionMinutes }),
      ...(equipment === undefined ? {} : { equipment }),
      timeZone,
      acwrMethod,
      ...(trainingLog === undefined ? {} : { history: { trainingLog } }),
      ...(checkIn === undefined ? {} : { checkIn }),
    });
    if (json) io.stdout(`${JSON.stringify({ assessment, week }, null, 2)}\n`);
    else io.stdout(`${renderAssessment(assessment)}\n${renderWeek(week)}`);
    return EXIT_OK;
  },
};
