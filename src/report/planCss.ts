/**
 * The printable plan's style sheet, inlined in the page (no network): dark text on white
 * (every text colour at least 7:1 on its background), day cards that start a new page rather
 * than break when they fit one, exercises never cut by a page break, and page margins that
 * suit A4 and Letter alike.
 */

/**
 * The CSS of {@link renderPlanHtml}'s page. `@page { size: auto }` lets the printer's paper
 * (A4 or Letter) decide; 12 mm margins leave 186 mm of width on A4, the narrower of the two.
 */
export const PLAN_CSS = `
:root { color-scheme: light; }
*, *::before, *::after { box-sizing: border-box; }
html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; font-size: 16px; line-height: 1.45; color: #1a1a1a; background: #ffffff; }
body { margin: 0; }
main { max-width: 62rem; margin: 0 auto; padding: 1.25rem 1rem 2rem; }
h1 { font-size: 1.6rem; line-height: 1.2; margin: 0 0 0.25rem; }
h2 { font-size: 1.2rem; margin: 1.5rem 0 0.5rem; }
h3 { font-size: 1.05rem; margin: 0 0 0.15rem; }
h4 { font-size: 0.95rem; margin: 0.8rem 0 0.2rem; }
p, li, summary, h1, h2, h3, h4 { overflow-wrap: anywhere; }
p { margin: 0.2rem 0; }
.meta { color: #333333; margin: 0 0 0.75rem; }
.safety { border: 3px solid #9b0019; background: #fff5f5; border-radius: 6px; padding: 0.6rem 1rem 0.75rem; margin: 0.75rem 0 1rem; }
.safety h2 { color: #8a0017; margin: 0 0 0.3rem; }
.rules ol, .notes ul, .checks ul { margin: 0; padding-left: 1.3rem; }
.rules li { margin: 0.2rem 0; }
.rule { color: #333333; font-size: 0.8em; white-space: nowrap; }
.days { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 27rem), 1fr)); gap: 1rem; align-items: start; }
.card { border: 1px solid #595959; border-radius: 6px; padding: 0.7rem 0.9rem; break-inside: avoid; page-break-inside: avoid; }
.day-meta { color: #333333; font-size: 0.9rem; margin: 0 0 0.2rem; }
.effort { font-size: 0.9rem; font-style: italic; }
.items { list-style: none; margin: 0; padding: 0; }
.item { border-top: 1px solid #bdbdbd; padding: 0.35rem 0; }
.item:first-child { border-top: 0; }
.name { font-weight: 650; }
.dose { font-variant-numeric: tabular-nums; }
.role { color: #333333; font-size: 0.85rem; }
.cue { font-size: 0.9rem; }
.badge { display: inline-block; border: 1px solid currentColor; border-radius: 3px; font-size: 0.75rem; line-height: 1.3; padding: 0 0.35em; margin-left: 0.3em; vertical-align: 0.1em; white-space: nowrap; }
.verdict-ok { color: #0a5a1c; background: #edf7ef; }
.verdict-caution { color: #6b3900; background: #fff4db; }
.axial { color: #1b2d6b; background: #eef1fb; }
details { font-size: 0.88rem; margin: 0.15rem 0 0; }
summary { color: #1b3a8a; cursor: pointer; }
details ul { margin: 0.2rem 0 0.3rem; padding-left: 1.2rem; }
.chart { margin: 0.5rem 0; }
.chart svg { display: block; width: 100%; max-width: 36rem; height: auto; }
footer { border-top: 1px solid #bdbdbd; color: #333333; font-size: 0.85rem; margin-top: 2rem; padding-top: 0.5rem; }
@page { size: auto; margin: 12mm; }
@media print {
  html { font-size: 10pt; }
  main { max-width: none; padding: 0; }
  /* One day under the other, its exercises in two columns: a day fills about a sheet. */
  .days { display: block; }
  .card { margin-bottom: 4mm; }
  .items { columns: 2; column-gap: 6mm; }
  .item, .item:first-child { border-top: 0; break-inside: avoid; page-break-inside: avoid; }
  .safety, .rules, .load, .card { break-inside: avoid; page-break-inside: avoid; }
  h1, h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
  /* A closed fold prints as one useless line: paper shows only the reasons opened before printing. */
  details:not([open]) { display: none; }
}
`;
