import { describe, expect, it } from "vitest";
import { COUPLED_CHART_THRESHOLDS, renderAcwrSvg, type AcwrChartPoint } from "../../src/cli/renderAcwrSvg.js";

const points: AcwrChartPoint[] = Array.from({ length: 40 }, (_, day) => ({
  date: `2026-01-${String((day % 28) + 1).padStart(2, "0")}`,
  acute: day === 10 ? null : 300 + day * 5,
  chronic: 300,
  ratio: day < 27 ? null : (300 + day * 5) / 300,
}));

function attribute(svg: string, selector: RegExp, name: string): number[] {
  return [...svg.matchAll(selector)].map((match) => Number(new RegExp(`${name}="([^"]+)"`).exec(match[0])?.[1]));
}

describe("renderAcwrSvg", () => {
  it("is an SVG document with one path per series", () => {
    const svg = renderAcwrSvg(points);
    expect(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"")).toBe(true);
    expect(svg.trimEnd().endsWith("</svg>")).toBe(true);
    for (const series of ["acute", "chronic", "ratio"]) expect(svg).toContain(`data-series="${series}"`);
  });

  it("A-6: a null value breaks the line instead of drawing through it", () => {
    const svg = renderAcwrSvg(points);
    const acute = /data-series="acute" d="([^"]*)"/.exec(svg)?.[1] ?? "";
    expect(acute.match(/M/g)).toHaveLength(2);
    const ratio = /data-series="ratio" d="([^"]*)"/.exec(svg)?.[1] ?? "";
    expect(ratio.match(/M/g)).toHaveLength(1);
    expect(ratio.match(/L/g)).toHaveLength(40 - 27 - 1);
  });

  it("A-7: shades the four zones in order, bounded by the thresholds", () => {
    const svg = renderAcwrSvg(points);
    const zones = [...svg.matchAll(/data-zone="([^"]+)"/g)].map((match) => match[1]);
    expect(zones).toEqual(["under-training", "sweet spot", "caution", "danger"]);
    const heights = attribute(svg, /<rect class="zone"[^>]*>/g, "height");
    // The ratio axis runs 0–2 here, so band heights are proportional to 0.8, 0.5, 0.2 and 0.5.
    const unit = heights[0]! / COUPLED_CHART_THRESHOLDS.underTraining;
    expect(heights[1]! / unit).toBeCloseTo(0.5, 1);
    expect(heights[2]! / unit).toBeCloseTo(0.2, 1);
    expect(heights[3]! / unit).toBeCloseTo(0.5, 1);
  });

  it("takes other thresholds (the uncoupled zones)", () => {
    const svg = renderAcwrSvg(points, { thresholds: { underTraining: 0.75, caution: 1.444, danger: 1.8 } });
    const heights = attribute(svg, /<rect class="zone"[^>]*>/g, "height");
    const unit = heights[0]! / 0.75;
    expect(heights[2]! / unit).toBeCloseTo(1.8 - 1.444, 1);
  });

  it("escapes text", () => {
    const svg = renderAcwrSvg(points, { title: "A & B <c>" });
    expect(svg).toContain("A &amp; B &lt;c&gt;");
    expect(svg).not.toContain("A & B");
  });

  it("draws an empty chart with a note, and never prints NaN", () => {
    const svg = renderAcwrSvg([]);
    expect(svg).toContain("no data");
    expect(svg).not.toContain("NaN");
    expect(renderAcwrSvg([{ acute: null, chronic: null, ratio: null }])).not.toContain("NaN");
  });

  it("is deterministic", () => {
    expect(renderAcwrSvg(points)).toBe(renderAcwrSvg(points));
  });

  it("throws a RangeError naming the function for a bad size", () => {
    expect(() => renderAcwrSvg(points, { width: 0 })).toThrow(/renderAcwrSvg/);
    expect(() => renderAcwrSvg(points, { height: Number.NaN })).toThrow(RangeError);
  });
});
