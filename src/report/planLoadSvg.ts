/**
 * A small inline SVG of the week's planned load: one bar per day of the week, its height the
 * session's estimated minutes, axial days darker (P-7 alternation at a glance). No script, no
 * font, no network: it prints as it shows.
 */
import { addDays } from "../internal/calendar.js";
import type { PlannedWeek } from "../program/index.js";
import { escapeHtml } from "./escapeHtml.js";
import type { PlanWords } from "./planWords.js";

const WIDTH = 560;
const HEIGHT = 190;
const TOP = 34;
const BOTTOM = 34;
const LEFT = 8;
const DAYS = 7;
/** Bar fills with at least 3:1 contrast on white (graphics, WCAG 1.4.11). */
const AXIAL_FILL = "#1b3a8a";
const OTHER_FILL = "#5a78c0";

/**
 * The SVG element for a planned week's seven days, labelled for screen readers (its title and
 * description name every day's minutes).
 *
 * @param week - the planned week
 * @param words - the page's words
 * @param weekday - the page language's short weekday name of an ISO date
 */
export function planLoadSvg(week: PlannedWeek, words: PlanWords, weekday: (date: string) => string): string {
  const days = Array.from({ length: DAYS }, (_, index) => {
    const date = addDays(week.weekStart, index);
    const session = week.sessions.find((planned) => planned.date === date);
    return { date, label: weekday(date), minutes: session?.estimatedMinutes ?? 0, axial: session?.axialDay ?? false, rest: session === undefined };
  });
  const most = Math.max(30, ...days.map((day) => day.minutes));
  const slot = (WIDTH - LEFT * 2) / DAYS;
  const barWidth = slot * 0.56;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const baseline = HEIGHT - BOTTOM;
  const summary = days.map((day) => `${day.label} ${day.rest ? words.rest : `${day.minutes} ${words.minutes}${day.axial ? ` (${words.axial})` : ""}`}`).join(", ");
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="load-chart-title load-chart-desc" font-family="system-ui, sans-serif" font-size="13">`,
    `<title id="load-chart-title">${escapeHtml(words.chartTitle)}</title>`,
    `<desc id="load-chart-desc">${escapeHtml(`${words.chartDescription} ${summary}.`)}</desc>`,
    `<line x1="${LEFT}" y1="${baseline}" x2="${WIDTH - LEFT}" y2="${baseline}" stroke="#595959" stroke-width="1"/>`,
  ];
  days.forEach((day, index) => {
    const centre = LEFT + slot * index + slot / 2;
    if (day.rest) {
      parts.push(`<text x="${centre}" y="${baseline - 6}" text-anchor="middle" fill="#333333" font-size="12">${escapeHtml(words.rest)}</text>`);
    } else {
      const height = Math.max(2, (day.minutes / most) * plotHeight);
      const y = baseline - height;
      parts.push(
        `<rect x="${(centre - barWidth / 2).toFixed(1)}" y="${y.toFixed(1)}" width="${barWidth.toFixed(1)}" height="${height.toFixed(1)}" fill="${day.axial ? AXIAL_FILL : OTHER_FILL}" rx="2"/>`,
        `<text x="${centre}" y="${(y - 6).toFixed(1)}" text-anchor="middle" fill="#1a1a1a">${escapeHtml(`${day.minutes} ${words.minutes}`)}</text>`,
      );
      if (day.axial) parts.push(`<text x="${centre}" y="${baseline + 30}" text-anchor="middle" fill="#1b3a8a" font-size="11">${escapeHtml(words.axial)}</text>`);
    }
    parts.push(`<text x="${centre}" y="${baseline + 16}" text-anchor="middle" fill="#1a1a1a">${escapeHtml(day.label)}</text>`);
  });
  parts.push("</svg>");
  return parts.join("");
}
