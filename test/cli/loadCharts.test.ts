// The load charts read as charts: week ticks, labelled zone boundaries, a capped ratio axis,
// the acute line above the chronic one, and an empty series that says so (issue 16, item 11).
import { describe, expect, it } from "vitest";
import { renderAcwrSvg } from "../../src/cli/renderAcwrSvg.js";
import { renderPmcSvg } from "../../src/cli/renderPmcSvg.js";
import { run } from "../../src/cli/run.js";
import { pmc } from "../../src/load/index.js";
import { memoryIo } from "./memoryIo.js";

// 60 days from Thursday 2026-01-01: Mondays on days 4, 11, …, 53 (8 of them); the ratio jumps above the cap from day 46.
const points = Array.from({ length: 60 }, (_, day) => ({
  date: new Date(Date.UTC(2026, 0, 1 + day)).toISOString().slice(0, 10),
  acute: 300 + (day > 45 ? 500 : 0),
  chronic: 300,
  ratio: day < 27 ? null : (300 + (day > 45 ? 500 : 0)) / 300,
}));

describe("the ACWR chart", () => {
  const svg = renderAcwrSvg(points);

  it("ticks the x axis on week starts with a light vertical grid in both panels", () => {
    const grid = /<g class="week-grid"[^>]*>([\s\S]*?)<\/g>/.exec(svg)?.[1] ?? "";
    expect(grid.match(/<line /g)).toHaveLength(8 * 2);
    const dates = /<g class="dates"[^>]*>([\s\S]*?)<\/g>/.exec(svg)?.[1] ?? "";
    expect([...dates.matchAll(/>([^<]+)<\/text>/g)].map((match) => match[1])).toEqual(["01-05", "01-12", "01-19", "01-26", "02-02", "02-09", "02-16", "02-23"]);
  });

  it("A-7: labels the zone boundaries on the ratio axis, caps it, and marks the days above the cap", () => {
    const labels = /<g class="axis-labels"[^>]*>([\s\S]*?)<\/g>/.exec(svg)?.[1] ?? "";
    for (const label of [">0.8<", ">1.3<", ">1.5<", ">2.0+<"]) expect(labels).toContain(label);
    const arrows = /<g class="above-cap"[^>]*>([\s\S]*?)<\/g>/.exec(svg)?.[1] ?? "";
    expect(arrows.match(/<path /g)).toHaveLength(60 - 46);
    expect(arrows).toContain("2026-02-16: 2.67");
  });

  it("draws the acute line above (after) the chronic one", () => {
    expect(svg.indexOf('data-series="acute"')).toBeGreaterThan(svg.indexOf('data-series="chronic"'));
  });

  it("says so for an empty series instead of drawing empty axes", () => {
    for (const empty of [renderAcwrSvg([]), renderAcwrSvg([{ acute: null, chronic: null, ratio: null }])]) {
      expect(empty).toContain("Nothing to chart");
      expect(empty).not.toContain('class="grid"');
      expect(empty).not.toContain("<path");
    }
  });
});

describe("the PMC chart (A-11)", () => {
  const chart = pmc({ startDate: points[0]!.date, endDate: points[59]!.date, timeZone: "UTC", absentDays: "unknown", dates: points.map((point) => point.date), loads: points.map((point) => point.acute), findings: [] });

  it("A-11: draws CTL, then ATL above it, and TSB around a zero line, the conventions in the caption", () => {
    const svg = renderPmcSvg(chart);
    expect(svg.indexOf('data-series="atl"')).toBeGreaterThan(svg.indexOf('data-series="ctl"'));
    expect(svg).toContain('data-series="tsb"');
    expect(svg).toContain('class="zero"');
    expect(svg).toContain("A-11: exponential decay, τ 42/7 days, seeds 0/0, TSB from the previous day.");
    expect(svg).not.toContain("NaN");
    expect(renderPmcSvg(pmc([]))).toContain("Nothing to chart");
  });

  it("A-11: spinewise load --pmc prints the chart's last day and --svg draws the PMC", () => {
    const io = memoryIo();
    expect(run(["load", "examples/training-log.csv", "--pmc", "--svg", "pmc.svg"], io)).toBe(0);
    expect(io.stdoutText()).toMatch(/Fitness, fatigue and form \(A-11, A-12\) on 2026-03-29: CTL \d+\.\d, ATL \d+\.\d, TSB -?\d+\.\d, ramp -?\d+\.\d over 7 days\./);
    expect(io.written.get("pmc.svg")).toContain('data-series="ctl"');
    const json = JSON.parse((() => {
      const quiet = memoryIo();
      run(["load", "examples/training-log.csv", "--pmc", "--json"], quiet);
      return quiet.stdoutText();
    })());
    expect(json.pmc.decay).toBe("exponential");
    expect(json.pmc.ctl).toHaveLength(84);
  });
});
