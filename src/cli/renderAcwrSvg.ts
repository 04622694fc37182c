/**
 * An SVG line chart of an ACWR series: acute and chronic load on top, the ratio below with its
 * zones shaded (A-7). Pure: points in, a string out.
 */
import { escapeXml, fmt, niceCeiling, weekGrid } from "./chartAxes.js";

/** One day of the chart: the numbers an ACWR point carries (A-3…A-6); `null` draws a gap. */
export interface AcwrChartPoint {
  readonly date?: string;
  readonly acute: number | null;
  readonly chronic: number | null;
  readonly ratio: number | null;
}

/** Ratio thresholds that bound the zones (A-7): below `underTraining`, sweet spot, caution, danger. */
export interface AcwrChartThresholds {
  readonly underTraining: number;
  readonly caution: number;
  readonly danger: number;
}

/** Options of {@link renderAcwrSvg}. */
export interface AcwrChartOptions {
  readonly title?: string;
  readonly width?: number;
  readonly height?: number;
  /** Zone bounds; the coupled-ratio zones (0.8 / 1.3 / 1.5) unless given (A-7). */
  readonly thresholds?: AcwrChartThresholds;
  /** A line under the title; the A-10 caveat by default. */
  readonly caption?: string;
}

/** A-7: Gabbett 2016's zones for the coupled ratio. */
export const COUPLED_CHART_THRESHOLDS: AcwrChartThresholds = Object.freeze({ underTraining: 0.8, caution: 1.3, danger: 1.5 });

const A10_CAPTION = "Team-sport evidence, disputed (A-10): read the trend, not a verdict.";

const COLOURS = {
  acute: "#d9480f",
  chronic: "#1c7ed6",
  ratio: "#212529",
  under: "#e7f5ff",
  sweet: "#ebfbee",
  caution: "#fff9db",
  danger: "#ffe3e3",
  grid: "#dee2e6",
  text: "#343a40",
} as const;

/**
 * Renders acute, chronic and ratio as an SVG document (two panels sharing the date axis).
 *
 * @param points - one point per calendar day, oldest first
 * @param options - title, size, zone thresholds and caption
 * @returns the SVG document as a string
 * @throws RangeError when width or height is not a positive finite number
 */
export function renderAcwrSvg(points: readonly AcwrChartPoint[], options: AcwrChartOptions = {}): string {
  const width = options.width ?? 900;
  const height = options.height ?? 520;
  if (!(Number.isFinite(width) && width > 0) || !(Number.isFinite(height) && height > 0)) {
    throw new RangeError(`renderAcwrSvg: width and height must be positive numbers, got ${width} × ${height}`);
  }
  const thresholds = options.thresholds ?? COUPLED_CHART_THRESHOLDS;
  const title = options.title ?? "Acute:chronic workload ratio";
  const caption = options.caption ?? A10_CAPTION;
  // An empty series says so instead of drawing empty axes.
  if (!points.some((point) => isNumber(point.acute) || isNumber(point.chronic) || isNumber(point.ratio))) {
    return emptyChart(title, points.length === 0 ? "Nothing to chart: the log has no days (no data)." : "Nothing to chart yet: no day has an acute or chronic load (no data, A-6).", width);
  }

  const left = 64;
  const right = 150;
  const top = 64;
  const gap = 46;
  const bottom = 48;
  const plotWidth = Math.max(1, width - left - right);
  const panelsHeight = Math.max(2, height - top - bottom - gap);
  const loadHeight = Math.round(panelsHeight * 0.55);
  const ratioHeight = panelsHeight - loadHeight;
  const loadTop = top;
  const ratioTop = top + loadHeight + gap;

  const count = points.length;
  const x = (index: number): number => left + (count <= 1 ? plotWidth / 2 : (index / (count - 1)) * plotWidth);

  const loads: number[] = [];
  const ratios: number[] = [];
  for (const point of points) {
    if (isNumber(point.acute)) loads.push(point.acute);
    if (isNumber(point.chronic)) loads.push(point.chronic);
    if (isNumber(point.ratio)) ratios.push(point.ratio);
  }
  const loadMax = niceCeiling(Math.max(1, ...loads));
  // The ratio axis is capped just above the danger threshold; days above it are drawn at the cap with an arrow.
  const ratioMax = Math.max(2, Math.ceil((thresholds.danger + 0.5) * 2) / 2);
  const aboveCap = ratios.some((value) => value > ratioMax);
  const yLoad = (value: number): number => loadTop + loadHeight - (value / loadMax) * loadHeight;
  const yRatio = (value: number): number => ratioTop + ratioHeight - (Math.min(value, ratioMax) / ratioMax) * ratioHeight;

  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${fmt(width)}" height="${fmt(height)}" viewBox="0 0 ${fmt(width)} ${fmt(height)}" font-family="system-ui, -apple-system, 'Segoe UI', sans-serif" font-size="12">`,
  );
  out.push(`<title>${escapeXml(title)}</title>`);
  out.push(`<rect width="100%" height="100%" fill="#ffffff"/>`);
  out.push(`<text x="${left}" y="26" font-size="17" font-weight="600" fill="${COLOURS.text}">${escapeXml(title)}</text>`);
  out.push(`<text x="${left}" y="45" fill="#868e96">${escapeXml(caption)}</text>`);

  // Ratio panel zones (A-7), drawn first so the lines sit on top.
  const zoneBands: readonly (readonly [number, number, string, string])[] = [
    [0, thresholds.underTraining, COLOURS.under, "under-training"],
    [thresholds.underTraining, thresholds.caution, COLOURS.sweet, "sweet spot"],
    [thresholds.caution, thresholds.danger, COLOURS.caution, "caution"],
    [thresholds.danger, ratioMax, COLOURS.danger, "danger"],
  ];
  out.push(`<g class="zones">`);
  for (const [low, high, fill, label] of zoneBands) {
    if (low >= ratioMax) continue;
    const yHigh = yRatio(Math.min(high, ratioMax));
    const yLow = yRatio(low);
    out.push(
      `<rect class="zone" data-zone="${label}" x="${fmt(left)}" y="${fmt(yHigh)}" width="${fmt(plotWidth)}" height="${fmt(Math.max(0, yLow - yHigh))}" fill="${fill}"/>`,
    );
    out.push(`<text x="${fmt(left + plotWidth + 8)}" y="${fmt((yHigh + yLow) / 2 + 4)}" fill="#868e96">${escapeXml(label)}</text>`);
  }
  out.push(`</g>`);

  // Axes and grid lines.
  out.push(`<g class="grid" stroke="${COLOURS.grid}" stroke-width="1">`);
  for (let step = 0; step <= 4; step += 1) {
    const value = (loadMax * step) / 4;
    const y = yLoad(value);
    out.push(`<line x1="${fmt(left)}" x2="${fmt(left + plotWidth)}" y1="${fmt(y)}" y2="${fmt(y)}"/>`);
  }
  for (let value = 0; value <= ratioMax + 1e-9; value += 0.5) {
    const y = yRatio(value);
    out.push(`<line x1="${fmt(left)}" x2="${fmt(left + plotWidth)}" y1="${fmt(y)}" y2="${fmt(y)}"/>`);
  }
  out.push(`</g>`);
  out.push(`<g class="axis-labels" fill="${COLOURS.text}" text-anchor="end">`);
  for (let step = 0; step <= 4; step += 1) {
    const value = (loadMax * step) / 4;
    out.push(`<text x="${fmt(left - 8)}" y="${fmt(yLoad(value) + 4)}">${fmt(value)}</text>`);
  }
  // A-7: the zone boundaries are the ratio axis's labelled ticks, with 0 and the cap.
  for (const value of [0, thresholds.underTraining, thresholds.caution, thresholds.danger, ratioMax]) {
    const label = value === ratioMax && aboveCap ? `${value.toFixed(1)}+` : Number(value.toFixed(3)).toString();
    out.push(`<line x1="${fmt(left - 5)}" x2="${fmt(left)}" y1="${fmt(yRatio(value))}" y2="${fmt(yRatio(value))}" stroke="${COLOURS.text}"/>`);
    out.push(`<text x="${fmt(left - 8)}" y="${fmt(yRatio(value) + 4)}">${label}</text>`);
  }
  out.push(`</g>`);
  out.push(
    `<text transform="translate(16 ${fmt(loadTop + loadHeight / 2)}) rotate(-90)" text-anchor="middle" fill="${COLOURS.text}">daily load (AU)</text>`,
  );
  out.push(
    `<text transform="translate(16 ${fmt(ratioTop + ratioHeight / 2)}) rotate(-90)" text-anchor="middle" fill="${COLOURS.text}">ratio</text>`,
  );

  // Week starts: a light vertical grid in both panels and the dates under the ratio panel.
  out.push(...weekGrid(points.map((point) => point.date), x, [{ top: loadTop, height: loadHeight }, { top: ratioTop, height: ratioHeight }], ratioTop + ratioHeight + 18));

  // The chronic line first, so the acute line is drawn above it.
  out.push(linePath("chronic", points, (p) => p.chronic, x, yLoad, COLOURS.chronic, 2.5));
  out.push(linePath("acute", points, (p) => p.acute, x, yLoad, COLOURS.acute, 2));
  out.push(linePath("ratio", points, (p) => p.ratio, x, yRatio, COLOURS.ratio, 2));
  // Days above the cap: an arrow at the top of the ratio panel.
  out.push(`<g class="above-cap" fill="${COLOURS.ratio}">`);
  points.forEach((point, index) => {
    if (isNumber(point.ratio) && point.ratio > ratioMax) {
      const px = x(index);
      out.push(`<path d="M${fmt(px - 4)} ${fmt(ratioTop + 7)} L${fmt(px)} ${fmt(ratioTop - 1)} L${fmt(px + 4)} ${fmt(ratioTop + 7)} Z"><title>${escapeXml(`${point.date ?? index + 1}: ${point.ratio.toFixed(2)}`)}</title></path>`);
    }
  });
  out.push(`</g>`);

  // Legend, right of the load panel.
  const legendX = left + plotWidth + 12;
  const legend: readonly (readonly [string, string])[] = [
    ["acute", COLOURS.acute],
    ["chronic", COLOURS.chronic],
    ["ratio", COLOURS.ratio],
  ];
  out.push(`<g class="legend" fill="${COLOURS.text}">`);
  legend.forEach(([label, colour], index) => {
    const y = loadTop + 10 + index * 20;
    out.push(`<line x1="${fmt(legendX)}" x2="${fmt(legendX + 22)}" y1="${fmt(y)}" y2="${fmt(y)}" stroke="${colour}" stroke-width="3"/>`);
    out.push(`<text x="${fmt(legendX + 28)}" y="${fmt(y + 4)}">${label}</text>`);
  });
  out.push(`</g>`);
  out.push(`</svg>`);
  return `${out.join("\n")}\n`;
}

/** A small document that says there is nothing to draw (no axes). */
export function emptyChart(title: string, message: string, width: number): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${fmt(width)}" height="120" viewBox="0 0 ${fmt(width)} 120" font-family="system-ui, -apple-system, 'Segoe UI', sans-serif" font-size="12">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="64" y="30" font-size="17" font-weight="600" fill="#343a40">${escapeXml(title)}</text>`,
    `<text class="empty" x="64" y="70" fill="#868e96">${escapeXml(message)}</text>`,
    `</svg>`,
    "",
  ].join("\n");
}

/** One `<path>` per series; a `null` ends the current run so gaps stay gaps (A-6). */
function linePath(
  name: string,
  points: readonly AcwrChartPoint[],
  pick: (point: AcwrChartPoint) => number | null,
  x: (index: number) => number,
  y: (value: number) => number,
  colour: string,
  strokeWidth: number,
): string {
  let d = "";
  let drawing = false;
  points.forEach((point, index) => {
    const value = pick(point);
    if (!isNumber(value)) {
      drawing = false;
      return;
    }
    d += `${drawing ? "L" : "M"}${fmt(x(index))} ${fmt(y(value))} `;
    drawing = true;
  });
  return `<path class="series" data-series="${name}" d="${d.trim()}" fill="none" stroke="${colour}" stroke-width="${strokeWidth}" stroke-linejoin="round"/>`;
}

function isNumber(value: number | null): value is number {
  return value !== null && Number.isFinite(value);
}



