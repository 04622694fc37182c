/**
 * Pieces shared by the load charts: week-start ticks with a light vertical grid, and number
 * formatting. Pure: numbers in, SVG text out.
 */
import { isIsoDate, weekdayOf } from "../internal/calendar.js";

/** Indices of the days that start an ISO week (Mondays); none when the days carry no dates. */
export function weekStarts(dates: readonly (string | undefined)[]): number[] {
  const starts: number[] = [];
  dates.forEach((date, index) => {
    if (date !== undefined && isIsoDate(date) && weekdayOf(date) === 1) starts.push(index);
  });
  return starts;
}

/**
 * A light vertical line at every week start across the given panels, and a date label under the
 * last panel for every `every`-th week (about ten labels at most), so the x axis reads in weeks.
 */
export function weekGrid(
  dates: readonly (string | undefined)[],
  x: (index: number) => number,
  panels: readonly { readonly top: number; readonly height: number }[],
  labelY: number,
): string[] {
  const starts = weekStarts(dates);
  if (starts.length === 0) {
    // No dates: label about eight days along the axis instead.
    const every = Math.max(1, Math.ceil(dates.length / 8));
    const labels: string[] = [];
    for (let index = 0; index < dates.length; index += every) labels.push(`<text x="${fmt(x(index))}" y="${fmt(labelY)}">${index + 1}</text>`);
    return [`<g class="dates" fill="#343a40" text-anchor="middle">`, ...labels, `</g>`];
  }
  const every = Math.max(1, Math.ceil(starts.length / 10));
  const lines = starts.flatMap((index) => panels.map((panel) => `<line x1="${fmt(x(index))}" x2="${fmt(x(index))}" y1="${fmt(panel.top)}" y2="${fmt(panel.top + panel.height)}"/>`));
  const labels = starts.filter((_, k) => k % every === 0).map((index) => `<text x="${fmt(x(index))}" y="${fmt(labelY)}">${(dates[index] as string).slice(5)}</text>`);
  return [
    `<g class="week-grid" stroke="#e9ecef" stroke-width="1">`,
    ...lines,
    `</g>`,
    `<g class="dates" fill="#343a40" text-anchor="middle">`,
    ...labels,
    `</g>`,
    `<text x="${fmt(x(0))}" y="${fmt(labelY + 16)}" fill="#868e96" font-size="11">weeks start on Mondays${every > 1 ? ` (a date every ${every} weeks)` : ""}</text>`,
  ];
}

/** Rounds up to 1, 2, 2.5 or 5 × a power of ten so the grid reads well. */
export function niceCeiling(value: number): number {
  const power = 10 ** Math.floor(Math.log10(value));
  for (const factor of [1, 2, 2.5, 5, 10]) if (value <= factor * power) return factor * power;
  return 10 * power;
}

/** One decimal at most: SVG needs no more, and the output stays deterministic. */
export function fmt(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** Text escaped for SVG. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
