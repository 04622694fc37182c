import { EQUIPMENT } from "../../catalog/index.js";
import { planWeek } from "../../program/index.js";
import type { AcwrMethod } from "../../load/index.js";
import { readAssessment, readCheckIn, readTrainingLog } from "../inputs.js";
import { EXIT_OK } from "../io.js";
import { renderAssessment, renderWeek } from "../render.js";
import type { Command } from "../run.js";
import { checkTimeZone, dateOption, intOption, listOption, oneOfOption } from "./options.js";

const METHODS = ["ewma", "coupled", "uncoupled"] as const satisfies readonly AcwrMethod[];

/** The Monday on or after a day (the CLI may read the clock; the library never does). */
export function nextMonday(today: Date): string {
  const day = today.getUTCDay();
  const offset = (8 - day) % 7;
  return new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + offset)).toISOString().slice(0, 10);
}

function dayAfter(date: string): string {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + 1)).toISOString().slice(0, 10);
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
    let weekStart = dateOption("--week-start", values["week-start"]);
    const assessment = readAssessment(io, positionals[0] ?? "");
    const trainingLog = typeof values.log === "string" ? readTrainingLog(io, values.log) : undefined;
    const checkIn = typeof values["check-in"] === "string" ? readCheckIn(io, values["check-in"]) : undefined;
    if (weekStart === undefined) {
      // The week after the log, so the load check reads right up to it; else next Monday.
      const lastLogged = trainingLog
        ?.map((session) => session.date ?? session.startedAt?.slice(0, 10) ?? "")
        .filter((date) => date !== "")
        .sort()
        .at(-1);
      weekStart = lastLogged === undefined ? nextMonday(new Date()) : dayAfter(lastLogged);
    }
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
