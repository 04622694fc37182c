/**
 * The printable plan in a real browser: Debian's headless Chromium, driven by puppeteer-core
 * (never a package that downloads its own browser). The page of the example athlete's week must
 * show the safety net above the fold, name every planned exercise, fit an A4 width in print and
 * print to PDF; the run leaves a screenshot in docs/images/plan.png for the README.
 *
 * The browser is `CHROMIUM_PATH`, else `chromium` on the PATH; a missing browser fails the tests
 * (`.ci/run` installs it), it never skips them.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderPlanHtml } from "../../src/report/index.js";
import { exampleWeek, exampleWithheldWeek, plannedExercises } from "./examplePlan.js";

/** A4 is 210 mm wide; the page's `@page` margins take 12 mm each side; CSS pixels are 96 per inch. */
const A4_CONTENT_WIDTH_PX = Math.floor(((210 - 2 * 12) / 25.4) * 96);
/** A4 at 96 dpi, for the "above the fold" check at a printed page's size. */
const A4_VIEWPORT = { width: 794, height: 1123 };
const DESKTOP_VIEWPORT = { width: 1280, height: 800 };
const SCREENSHOT = new URL("../../docs/images/plan.png", import.meta.url);

/**
 * What runs in the page, as source text: the project type-checks without the DOM library (the
 * library must not lean on it), so the page's globals are not named in TypeScript here.
 */
const IN_PAGE = {
  safetyBox: `(() => {
    const element = document.querySelector(".safety");
    const box = element.getBoundingClientRect();
    return { top: box.top + window.scrollY, bottom: box.bottom + window.scrollY, text: element.innerText };
  })()`,
  text: "document.body.innerText",
  /** The lowest contrast of any text on the page against its effective background (WCAG 2 relative luminance). */
  contrast: `(() => {
    const rgb = (value) => (value.match(/[\\d.]+/g) || []).map(Number);
    const channel = (c) => { c /= 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
    const luminance = ([r, g, b]) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    const background = (element) => {
      for (let node = element; node; node = node.parentElement) {
        const [r, g, b, a = 1] = rgb(getComputedStyle(node).backgroundColor);
        if (a > 0) return [r, g, b];
      }
      return [255, 255, 255];
    };
    let lowest = { ratio: Infinity, text: "" };
    for (const element of document.querySelectorAll("body *")) {
      const own = [...element.childNodes].filter((node) => node.nodeType === 3 && node.textContent.trim() !== "");
      if (own.length === 0 || element.closest("svg")) continue;
      const [lighter, darker] = [luminance(rgb(getComputedStyle(element).color)), luminance(background(element))].sort((a, b) => b - a);
      const ratio = (lighter + 0.05) / (darker + 0.05);
      if (ratio < lowest.ratio) lowest = { ratio, text: own[0].textContent.trim().slice(0, 40) };
    }
    return lowest;
  })()`,
  widths: `({
    scroll: document.documentElement.scrollWidth,
    widest: Math.max(...[...document.querySelectorAll("body *")].map((element) => element.getBoundingClientRect().right)),
  })`,
} as const;

function findChromium(): string | undefined {
  const fromEnvironment = process.env.CHROMIUM_PATH;
  if (fromEnvironment !== undefined && fromEnvironment !== "") return existsSync(fromEnvironment) ? fromEnvironment : undefined;
  try {
    const found = execFileSync("which", ["chromium"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    if (found !== "") return found;
  } catch {
    // no `which`, or no chromium on the PATH: try where Debian puts it
  }
  return ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((path) => existsSync(path));
}

const chromium = findChromium();
const MISSING = "no Chromium found: install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH";

const week = exampleWeek();
const html = renderPlanHtml(week);

// A browser's first page and a full-page screenshot can take seconds on a loaded CI machine.
// The page is tested in a real browser or the tests fail: a missing one is never a skip.
describe("the printable plan in headless Chromium", { timeout: 30_000 }, () => {
  let browser: Browser | undefined;
  let page: Page;

  beforeAll(async () => {
    if (chromium === undefined) return;
    browser = await puppeteer.launch({ executablePath: chromium, headless: true, args: ["--no-sandbox", "--headless=new", "--disable-dev-shm-usage"] });
    page = await browser.newPage();
  }, 30_000);

  it("runs in a real browser (a missing one fails every test here, never skips)", () => {
    expect(chromium, MISSING).toBeDefined();
    expect(browser).toBeDefined();
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function open(viewport: { width: number; height: number }, content = html): Promise<void> {
    if (browser === undefined) throw new Error(MISSING);
    await page.emulateMediaType("screen");
    await page.setViewport(viewport);
    await page.setContent(content, { waitUntil: "load" });
  }

  /** The safety net's box, in page coordinates at the top of the page. */
  async function safetyBox(): Promise<{ top: number; bottom: number; text: string }> {
    return (await page.evaluate(IN_PAGE.safetyBox)) as { top: number; bottom: number; text: string };
  }

  it.each([
    ["a 1280×800 screen", DESKTOP_VIEWPORT],
    ["an A4 page (794×1123)", A4_VIEWPORT],
  ])("G-6: the safety net is whole and above the fold on %s", async (_name, viewport) => {
    await open(viewport);
    const box = await safetyBox();
    expect(box.text).toContain(week.safetyNet);
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.bottom).toBeLessThanOrEqual(viewport.height);
    // The pain rules come right after it, before any session (G-6).
    const order = await page.$$eval("h2", (headings) => headings.map((heading) => heading.id));
    expect(order.slice(0, 2)).toEqual(["safety-net", "pain-rules"]);
  });

  it("every text has at least 7:1 contrast on its background (no light grey on white)", async () => {
    await open(DESKTOP_VIEWPORT);
    const lowest = (await page.evaluate(IN_PAGE.contrast)) as { ratio: number; text: string };
    expect(lowest.ratio, `lowest contrast: "${lowest.text}"`).toBeGreaterThanOrEqual(7);
  });

  it("names every planned exercise of the week on the page", async () => {
    await open(DESKTOP_VIEWPORT);
    const text = (await page.evaluate(IN_PAGE.text)) as string;
    const names = plannedExercises(week).map((item) => item.name);
    expect(names.length).toBeGreaterThan(20);
    expect(names.filter((name) => !text.includes(name))).toEqual([]);
    const days = await page.$$eval("article.card h3", (headings) => headings.length);
    expect(days).toBe(week.sessions.length);
  });

  it("fits an A4 width in print and prints to PDF on A4 and Letter", async () => {
    await open({ width: A4_CONTENT_WIDTH_PX, height: 1000 });
    await page.emulateMediaType("print");
    const widths = (await page.evaluate(IN_PAGE.widths)) as { scroll: number; widest: number };
    expect(widths.scroll).toBeLessThanOrEqual(A4_CONTENT_WIDTH_PX);
    expect(widths.widest).toBeLessThanOrEqual(A4_CONTENT_WIDTH_PX);
    for (const format of ["A4", "Letter"] as const) {
      const pdf = Buffer.from(await page.pdf({ format }));
      expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
      expect(pdf.length).toBeGreaterThan(10_000);
    }
  });

  it("S rules: a withheld week shows the safety net above the fold and no session", async () => {
    await open(DESKTOP_VIEWPORT, renderPlanHtml(exampleWithheldWeek()));
    const box = await safetyBox();
    expect(box.bottom).toBeLessThanOrEqual(DESKTOP_VIEWPORT.height);
    expect(await page.$$eval("article.card", (cards) => cards.length)).toBe(0);
  });

  it("writes the README's screenshot of the example athlete's week (docs/images/plan.png)", async () => {
    await open(DESKTOP_VIEWPORT);
    const png = Buffer.from(await page.screenshot({ fullPage: true, type: "png" }));
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    mkdirSync(new URL(".", SCREENSHOT), { recursive: true });
    writeFileSync(SCREENSHOT, png);
  });
});
