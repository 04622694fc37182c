/**
 * An SVG chart of the performance-management chart: fitness (CTL) and fatigue (ATL) on
 * top, form (TSB) below around its zero line. Pure: a chart in, a string out.
 */
import type { PmcResult } from "../load/index.js";
import { escapeXml, fmt, niceCeiling, weekGrid } from "./chartAxes.js";
import { emptyChart } from "./renderAcwrSvg.js";

const COLOURS = { ctl: "#1c7ed6", atl: "#d9480f", tsb: "#212529", positive: "#ebfbee", negative: "#fff5f5", grid: "#dee2e6", text: "#343a40" } as const;

/**
 * Renders CTL and ATL (AU/day) and TSB as an SVG document, the conventions in the caption.
 * @param chart - the result of `pmc` (with dates for a daily series)
 * @param options - title and size
 * @throws RangeError when width or height is not a positive finite number
 */
export function renderPmcSvg(chart: PmcResult, options: { readonly title?: string; readonly width?: number; readonly height?: number } = {}): string {
  const width = options.width ?? 900;
  const height = options.height ?? 520;
  if (!(Number.isFinite(width) && width > 0) || !(Number.isFinite(height) && height > 0)) {
    throw new RangeError(`renderPmcSvg: width and height must be positive numbers, got ${width} × ${height}`);
  }
  const title = options.title ?? "Fitness (CTL), fatigue (ATL) and form (TSB)";
  const count = chart.ctl.length;
  if (count === 0) return emptyChart(title, "Nothing to chart: the log has no days (no data).", width);
  const caption = `A-11: ${chart.decay} decay, τ ${chart.ctlDays}/${chart.atlDays} days, seeds ${chart.seed.ctl}/${chart.seed.atl}, TSB from the ${chart.tsbDay === "previous-day" ? "previous day" : "same day"}. A model of load, not of readiness (A-10).`;

  const left = 64;
  const right = 120;
  const top = 64;
  const gap = 46;
  const bottom = 56;
  const plotWidth = Math.max(1, width - left - right);
  const panels = Math.max(2, height - top - bottom - gap);
  const loadHeight = Math.round(panels * 0.6);
  const formHeight = panels - loadHeight;
  const formTop = top + loadHeight + gap;
  const x = (index: number): number => left + (count <= 1 ? plotWidth / 2 : (index / (count - 1)) * plotWidth);
  const loadMax = niceCeiling(Math.max(1, ...chart.ctl, ...chart.atl));
  const formReach = niceCeiling(Math.max(1, ...chart.tsb.map(Math.abs)));
  const yLoad = (value: number): number => top + loadHeight - (value / loadMax) * loadHeight;
  const yForm = (value: number): number => formTop + formHeight / 2 - (value / formReach) * (formHeight / 2);

  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${fmt(width)}" height="${fmt(height)}" viewBox="0 0 ${fmt(width)} ${fmt(height)}" font-family="system-ui, -apple-system, 'Segoe UI', sans-serif" font-size="12">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="${left}" y="26" font-size="17" font-weight="600" fill="${COLOURS.text}">${escapeXml(title)}</text>`,
    `<text x="${left}" y="45" fill="#868e96">${escapeXml(caption)}</text>`,
    // Form above 0 (fresh) and below 0 (fatigued), shaded lightly.
    `<rect x="${fmt(left)}" y="${fmt(formTop)}" width="${fmt(plotWidth)}" height="${fmt(formHeight / 2)}" fill="${COLOURS.positive}"/>`,
    `<rect x="${fmt(left)}" y="${fmt(formTop + formHeight / 2)}" width="${fmt(plotWidth)}" height="${fmt(formHeight / 2)}" fill="${COLOURS.negative}"/>`,
    `<g class="grid" stroke="${COLOURS.grid}" stroke-width="1">`,
  ];
  for (let step = 0; step <= 4; step++) out.push(`<line x1="${fmt(left)}" x2="${fmt(left + plotWidth)}" y1="${fmt(yLoad((loadMax * step) / 4))}" y2="${fmt(yLoad((loadMax * step) / 4))}"/>`);
  out.push(`</g>`);
  out.push(`<line class="zero" x1="${fmt(left)}" x2="${fmt(left + plotWidth)}" y1="${fmt(yForm(0))}" y2="${fmt(yForm(0))}" stroke="#868e96" stroke-width="1"/>`);
  out.push(`<g class="axis-labels" fill="${COLOURS.text}" text-anchor="end">`);
  for (let step = 0; step <= 4; step++) out.push(`<text x="${fmt(left - 8)}" y="${fmt(yLoad((loadMax * step) / 4) + 4)}">${fmt((loadMax * step) / 4)}</text>`);
  for (const value of [formReach, 0, -formReach]) out.push(`<text x="${fmt(left - 8)}" y="${fmt(yForm(value) + 4)}">${fmt(value)}</text>`);
  out.push(`</g>`);
  out.push(`<text transform="translate(16 ${fmt(top + loadHeight / 2)}) rotate(-90)" text-anchor="middle" fill="${COLOURS.text}">AU per day</text>`);
  out.push(`<text transform="translate(16 ${fmt(formTop + formHeight / 2)}) rotate(-90)" text-anchor="middle" fill="${COLOURS.text}">form (TSB)</text>`);
  out.push(...weekGrid(chart.dates ?? Array.from({ length: count }, () => undefined), x, [{ top, height: loadHeight }, { top: formTop, height: formHeight }], formTop + formHeight + 18));
  // CTL first, so the faster ATL line is drawn above it.
  out.push(series("ctl", chart.ctl, x, yLoad, COLOURS.ctl, 2.5));
  out.push(series("atl", chart.atl, x, yLoad, COLOURS.atl, 2));
  out.push(series("tsb", chart.tsb, x, yForm, COLOURS.tsb, 2));
  const legendX = left + plotWidth + 12;
  out.push(`<g class="legend" fill="${COLOURS.text}">`);
  (
    [
      ["CTL (fitness)", COLOURS.ctl],
      ["ATL (fatigue)", COLOURS.atl],
      ["TSB (form)", COLOURS.tsb],
    ] as const
  ).forEach(([label, colour], index) => {
    const y = top + 10 + index * 20;
    out.push(`<line x1="${fmt(legendX)}" x2="${fmt(legendX + 22)}" y1="${fmt(y)}" y2="${fmt(y)}" stroke="${colour}" stroke-width="3"/>`);
    out.push(`<text x="${fmt(legendX + 28)}" y="${fmt(y + 4)}">${label}</text>`);
  });
  out.push(`</g>`, `</svg>`);
  return `${out.join("\n")}\n`;
}

function series(name: string, values: readonly number[], x: (index: number) => number, y: (value: number) => number, colour: string, strokeWidth: number): string {
  const d = values.map((value, index) => `${index === 0 ? "M" : "L"}${fmt(x(index))} ${fmt(y(value))}`).join(" ");
  return `<path class="series" data-series="${name}" d="${d}" fill="none" stroke="${colour}" stroke-width="${strokeWidth}" stroke-linejoin="round"/>`;
}
