/**
 * The load module's reasons and findings in English: one template per stable code, and the
 * terms its ID params stand for (`load.term.<id>`). Codes are stable within a major version
 * (docs/i18n.md); `spinewise/report` renders them in other locales.
 */
import { reasonsFrom } from "../evidence/messages.js";

/**
 * The English templates of the training-load reasons and findings (A-1…A-18), by stable code,
 * with the words for zones, methods and spine axes.
 * @example
 * ```ts
 * loadMessages["load.term.sweet-spot"];
 * // => "sweet-spot"
 * ```
 * @category Load
 */
export const loadMessages = {
  "load.caveat":
    "The acute:chronic ratio was studied in team-sport athletes, not in lifters with back pain, and its value for predicting injury is disputed (Impellizzeri 2020, 2021); read it as a trend next to the week-to-week change, never as a verdict.",
  "load.coupled": "Mean load of the last {acuteDays} days ÷ mean of the last {chronicDays} days: {acute} ÷ {chronic} = {ratio}.",
  "load.uncoupled": "Mean load of the last {acuteDays} days ÷ mean of days {firstDay}–{chronicDays} back: {acute} ÷ {chronic} = {ratio}.",
  "load.ewma": "{acuteDays}-day EWMA ÷ {chronicDays}-day EWMA (decay {decay}, {formula}): {acute} ÷ {chronic} = {ratio}.",
  "load.zone":
    "Zone {zone}: for the {method} ratio, below {sweetSpotFrom} is under-training, {sweetSpotFrom}–{cautionFrom} sweet spot, {cautionFrom}–{dangerFrom} caution, {dangerFrom} or more danger.",
  "load.zone-borrowed":
    "Zone {zone}: for the {method} ratio, below {sweetSpotFrom} is under-training, {sweetSpotFrom}–{cautionFrom} sweet spot, {cautionFrom}–{dangerFrom} caution, {dangerFrom} or more danger (the EWMA ratio borrows the coupled ratio's zones; none were published for it).",
  "load.warming-up": "No ratio yet: the {chronicDays}-day chronic window is not full.",
  "load.zero-chronic": "No ratio: the chronic load is 0, and a ratio over 0 does not exist.",
  "load.too-many-unknown-days": "No ratio: more than {percent}% of the days in the acute or chronic window are unknown.",
  "load.short-history": "The log covers {days} day(s), fewer than the {chronicDays}-day chronic window: no ratio can be computed yet.",
  "load.negative-load": "{day} has a negative load ({load} AU): loads are 0 or more.",
  "load.invalid-load": "{day} has a load that is not a finite number ({value}).",
  "load.no-training": "No day has a load above 0: there is no training to read a ratio from.",
  "load.unknown-days": "{days} day(s) in {runs} run(s) have no record ({spans}): unknown, not rest (A-2); the rolling means skip them and the EWMA carries over them.",
  "load.outlier": "{day} has {load} AU, more than 3 × the 95th percentile of training days ({limit} AU): a typo or another unit? It is kept as logged.",
  "load.unit-change":
    "The median training-day load is {early} AU in the first half and {late} AU in the second, more than 50× apart: did the unit change (minutes and hours, RPE × minutes and RPE alone)?",
  "load.break": "{days} consecutive days of zero load from {from}: a break (illness, holiday, injury?) that pulls the chronic load down.",
  "load.mostly-rest": "{rest} of {days} days are rest days (load 0).",
  "load.few-usable-days": "Only {days} day(s) with a known load, fewer than 30: every ratio rests on little data.",
  "load.constant-load": "Every known day has the same load ({load} AU): the SD is 0, so monotony has no value (A-8), and the ratio stays at 1.",
  "load.outside-range": "Session {index} on {date} lies outside {from}…{to} and is left out.",
  "load.duplicate": "Sessions {first} and {second} on {date} look like the same session; both are counted — remove one if it was logged twice.",
  "load.absent-as-rest": "{days} day(s) with no record ({span}) counted as rest, as requested.",
  "load.gap": "{days} day(s) with no record ({span}) are unknown, not rest; log them as rest (load 0) if nothing was done.",
  "load.monotony-undefined": "Every day carried the same load ({mean} AU), so the SD is 0 and monotony (mean ÷ SD) does not exist.",
  "load.monotony-population": "Monotony {monotony} = mean {mean} AU ÷ population SD (ddof 0) {sd} AU; strain {strain} AU = weekly load {total} AU × monotony.",
  "load.monotony-sample": "Monotony {monotony} = mean {mean} AU ÷ sample SD (ddof 1) {sd} AU; strain {strain} AU = weekly load {total} AU × monotony.",
  "load.pmc": "CTL (τ {ctlDays} days) and ATL (τ {atlDays} days) as exponentially weighted averages, seeded at CTL {ctl} and ATL {atl} the day before the first day; form (TSB) is yesterday's CTL − ATL.",
  "load.pmc-same-day":
    "CTL (τ {ctlDays} days) and ATL (τ {atlDays} days) as exponentially weighted averages, seeded at CTL {ctl} and ATL {atl} the day before the first day; form (TSB) is today's CTL − ATL.",
  "load.decay": "Decay {decay}: {formula}, so λ = {ctlLambda} for CTL and {atlLambda} for ATL.",
  "load.ramp-rate": "Ramp rate: CTL today − CTL {days} days earlier (the seed before the first day).",
  "load.unknown-carried": "{days} unknown day(s) left CTL and ATL unchanged: no record is not rest.",
  "load.unknown-as-rest": "{days} unknown day(s) counted as rest (load 0), as the caller asked.",
  "load.projection":
    "Now, {date}: weekly ratio {ratio} ({zone}), CTL {ctl}, ATL {atl}, TSB {tsb}. If the {sessions} planned session(s) are done as planned, {projectedDate}: weekly ratio {projectedRatio} ({projectedZone}), CTL {projectedCtl}, ATL {projectedAtl}, TSB {projectedTsb}.",
  "load.axis-spike-zone": "Spine exposure in {axis} spiked: its week's ratio is {ratio} ({zone}, A-18).",
  "load.axis-spike-change": "Spine exposure in {axis} spiked: its exposure rose {change}% on the week before (A-9).",
  "load.axis-spike-both": "Spine exposure in {axis} spiked: its week's ratio is {ratio} ({zone}, A-18) and its exposure rose {change}% on the week before (A-9).",
  "load.unknown-exercise": "{count} working set(s) of \"{exercise}\", which the catalog does not know, add no spine exposure.",
  "load.spine-exposure": "Spine exposure per axis: working sets × demand score (0–3) per day, {method} ratio and weekly change per axis; no axis spiked.",
  "load.spine-exposure-spiked": "Spine exposure per axis: working sets × demand score (0–3) per day, {method} ratio and weekly change per axis; spiked: {axes}.",
  "load.no-performed-session": "No performed session: no spine exposure to read.",
  "load.week-first": "Week {from}…{to}: no earlier week to compare with.",
  "load.week-incomplete": "Week {from}…{to}: this week has unknown days or lies partly outside the log, so it has no total.",
  "load.week-previous-incomplete": "Week {from}…{to}: the week before has unknown days or lies partly outside the log, so there is nothing to compare with.",
  "load.week-previous-zero": "Week {from}…{to}: the week before carried no load (or too little to divide by), so a percentage change does not exist.",
  "load.week-warning": "Week {from}…{to}: load {change} on the week before — a rise of 15% or more; keep weekly increases under 10%.",
  "load.week-above-advice": "Week {from}…{to}: load {change} on the week before — above the advised 10% weekly increase.",
  "load.week-steady": "Week {from}…{to}: load {change} on the week before — within the advised 10% weekly increase.",
  "load.verdict-short": "No weekly verdict for {week}: fewer than 7 days of log.",
  "load.verdict-missing-acute": "No weekly verdict for {week}: {day} has no acute value ({why}).",
  "load.verdict-missing-chronic": "No weekly verdict for {week}: {day} has no chronic value ({why}).",
  "load.verdict-zero-chronic": "No weekly verdict for {week}: the week's mean chronic load is 0.",
  "load.verdict": "Week {week}: mean acute {acute} ÷ mean chronic {chronic} AU/day = {ratio} ({method}), zone {zone}.",
  "load.verdict-daily":
    "Week {week}: mean acute {acute} ÷ mean chronic {chronic} AU/day = {ratio} ({method}), zone {zone}; the daily ratio on the last day alone is {lastRatio}, which moves with the weekday.",
  "load.rescaling-too-few-days": "Rescaling: only {days} day(s) have a ratio, too few to correlate it with the acute load.",
  "load.rescaling-constant": "Rescaling: the ratio or the acute load never changes, so no correlation exists.",
  "load.rescaling": "Rescaling: the ratio's Spearman correlation with the acute load is {spearman} over {days} days (Pearson {pearson}): {reading}.",
  "load.rescaling-interval":
    "Rescaling: the ratio's Spearman correlation with the acute load is {spearman} ({level}% bootstrap interval {lower}–{upper}) over {days} days (Pearson {pearson}): {reading}.",
  "load.window-flags":
    "Days flagged at a ratio of {threshold} or more: {low}%–{high}% across {pairs} window pairs; flags that come and go with the windows are the windows' doing.",
  "load.window-flags-reference":
    "Days flagged at a ratio of {threshold} or more: {low}%–{high}% across {pairs} window pairs ({reference}% with {acuteDays}/{chronicDays}); flags that come and go with the windows are the windows' doing.",
  "load.events-none": "Events: {count} given, none with a ratio {lagDays} day(s) before it: no comparison.",
  "load.events": "Events: the mean ratio {lagDays} day(s) before {used} event(s) is {association} above the other days' mean; against chronic loads {comparisons}.",
  "load.term.mostly-rescaled": "the chronic load barely varies, so the ratio is mostly the acute load rescaled",
  "load.term.partly-rescaled": "the ratio follows the acute load but the chronic load adds something",
  "load.term.not-rescaled": "the chronic load changes the picture: the ratio is more than the acute load rescaled",
  "load.term.none": "none",
  "load.term.no-zone": "no zone",
  "load.term.unknown": "unknown",
  "load.term.under-training": "under-training",
  "load.term.sweet-spot": "sweet-spot",
  "load.term.caution": "caution",
  "load.term.danger": "danger",
  "load.term.flexion": "flexion",
  "load.term.extension": "extension",
  "load.term.lateralFlexion": "lateral flexion",
  "load.term.rotation": "rotation",
  "load.term.axialCompression": "axial compression",
  "load.term.shear": "shear",
} as const;

/**
 * The typed constructor of the load module's reasons.
 * @example
 * ```ts
 * loadReason("A-8", "load.monotony-undefined", { mean: 300 }).message;
 * // => "Every day carried the same load (300 AU), so the SD is 0 and monotony (mean ÷ SD) does not exist."
 * ```
 * @category Load
 */
export const loadReason = /* @__PURE__ */ reasonsFrom(loadMessages, "loadReason");
