/**
 * The rule registry: every rule ID of the domain reference, its one-line statement and the
 * sources it rests on. Code cites these IDs; `docs/evidence.md` is generated from here.
 */
import type { CitationId } from "./citations.js";
import { withIds } from "../internal/withIds.js";

/** The family a rule belongs to. @category Evidence */
export type RuleGroup =
  | "safety"
  | "journey"
  | "classification"
  | "staging"
  | "pain-monitoring"
  | "progression"
  | "volume"
  | "load"
  | "endurance"
  | "programming"
  | "outcomes";

/** One rule of the domain reference. @category Evidence */
export interface Rule {
  readonly id: string;
  readonly group: RuleGroup;
  /** A few words naming the rule. */
  readonly title: string;
  /** What the rule says, in one sentence. */
  readonly statement: string;
  readonly citations: readonly CitationId[];
  /** Which part is our own choice (no source states it); such numbers stay configurable. */
  readonly design?: string;
}

const registry = {
  // §1 Safety gate
  "S-1": {
    group: "safety",
    title: "Cauda equina features",
    statement:
      "New bladder retention, incontinence or difficulty starting to urinate, saddle numbness, loss of bowel control or rectal sensation, new sexual dysfunction, leg symptoms in both legs, or progressive weakness in both legs → emergency.",
    citations: ["nice-cks", "girft-ces", "finucane-2020"],
  },
  "S-2": {
    group: "safety",
    title: "Progressive neurological deficit",
    statement: "New foot drop, worsening leg weakness or gait disturbance → urgent referral.",
    citations: ["nice-cks", "finucane-2020"],
  },
  "S-3": {
    group: "safety",
    title: "Possible infection",
    statement:
      "Fever, chills or night sweats with back pain → emergency; IV drug use, immunosuppression, a recent spinal procedure or infection count as flags in S-6.",
    citations: ["nice-cks", "finucane-2020"],
  },
  "S-4": {
    group: "safety",
    title: "Possible malignancy",
    statement:
      "A history of cancer with new back pain → urgent referral; unexplained weight loss and night pain not eased by any position count as flags in S-6.",
    citations: ["henschke-2013", "finucane-2020"],
  },
  "S-5": {
    group: "safety",
    title: "Possible fracture",
    statement:
      "Significant trauma → urgent referral; minor trauma or a strenuous lift with osteoporosis or long-term corticosteroids is a suspected fragility fracture → stop until cleared; first-ever back pain after 60 counts as a flag in S-6.",
    citations: ["nice-cks", "nogg-2021"],
  },
  "S-6": {
    group: "safety",
    title: "Combination of low-specificity flags",
    statement:
      "Count the low-specificity flags (age over 50 with a first episode, no improvement after 4 weeks, unexplained weight loss, non-positional night pain, steroid use, immunosuppression and the like): 0 → proceed, 1 → proceed with advisory, 2 or more → stop until cleared.",
    citations: ["finucane-2020"],
    design: "the counting scheme and its thresholds",
  },
  "S-7": {
    group: "safety",
    title: "Radicular pain",
    statement:
      "Pain in one leg below the knee without numbness, weakness or worsening → proceed with advisory, stage capped at symptom modulation, peripheralising directions excluded; with numbness or weakness → stop until cleared; both legs → S-1. The advisory is listed with the advisories and the safety net names the leg.",
    citations: ["nice-ng59", "nice-cks", "alrwaily-2016", "may-2018"],
  },
  "S-8": {
    group: "safety",
    title: "Inflammatory back pain screen",
    statement:
      "Onset before 45, duration over 3 months and at least 4 NICE NG65 criteria → proceed with advisory (routine rheumatology review; exercise is fine unless another rule stops training).",
    citations: ["nice-ng65"],
  },
  "S-9": {
    group: "safety",
    title: "Re-screen at every check-in",
    statement: "Screen again at every session check-in; any new S-1…S-5 feature overrides all training output.",
    citations: ["nice-ng59"],
  },
  "S-10": {
    group: "safety",
    title: "Positive FMS clearing test",
    statement:
      "Either clearing test positive → add the advisory that FMS refers positive clearing tests to a clinician; a note only, action level and stage unchanged.",
    citations: ["cook-2006", "cook-2014"],
  },
  "S-11": {
    group: "safety",
    title: "Under 16",
    statement: "Age under 16 → stop until cleared (outside the scope of the adult guidance).",
    citations: ["nice-ng59"],
  },
  "S-12": {
    group: "safety",
    title: "Clinician clearance",
    statement:
      "A recorded clearance (date, who, which features) lifts stop-until-cleared and urgent-referral to proceed with advisory for exactly the features it names, as they stood on its date; never a feature it does not name, a feature reported new or worse after its date, an emergency unless the clearance names it and says it was assessed, or S-11.",
    citations: ["seed-003", "nice-ng59"],
    design: "what a clearance lifts and what it never lifts",
  },
  "S-13": {
    group: "safety",
    title: "Unanswered is not no",
    statement:
      "Every S-1…S-5 question (and the age) must be answered yes or no; an unanswered question, or \"don't know\", yields incomplete-screening: no training output, the unanswered questions and the safety net.",
    citations: ["finucane-2020"],
    design: "a skipped question screens nothing",
  },
  // §10 Journey
  "J-1": {
    group: "journey",
    title: "One append-only record",
    statement:
      "An athlete's history is one append-only, dated record of events (intake, check-in, performed session with sets, reps, load and pain, next-morning report, weekly check-in, re-test, clearance, endurance test, outcome); everything spinewise decides is a pure function of that record and the options: replaying the same record gives the same state and plan.",
    citations: ["event-sourcing-practice"],
    design: "the record as events, replayed",
  },
  "J-2": {
    group: "journey",
    title: "Order, the day planned, corrections",
    statement:
      "Events are ordered by date; an event dated after the day being planned is ignored; a correction is a new event that supersedes an earlier one by its id, never an edit.",
    citations: ["event-sourcing-practice"],
    design: "the order of a day's events and the latest correction winning",
  },
  "J-3": {
    group: "journey",
    title: "The journey closes the loop",
    statement:
      "Pain responses drive the doses and the ladders (L-1, L-2, L-4, P-1, P-2), weekly trends drive stage drops (L-3), re-tests drive stage advances (L-4), and time drives deloads (P-7) and L-7 referrals.",
    citations: ["silbernagel-2007", "alrwaily-2016", "seed-002"],
  },
  // §2 Direction classification
  "C-1": {
    group: "classification",
    title: "Positive clearing test",
    statement: "A clearing test is positive when it reproduces the person's familiar pain (NRS ≥ 1 and familiar), not mere discomfort.",
    citations: ["cook-2006", "cook-2014"],
    design: "the NRS ≥ 1 threshold",
  },
  "C-2": {
    group: "classification",
    title: "The more painful test names the intolerance",
    statement:
      "The more painful positive test names the intolerant direction; both positive within 2 points → multidirectional; neither positive → no directional intolerance.",
    citations: ["seed-000", "suzuki-2020"],
  },
  "C-3": {
    group: "classification",
    title: "Concordance with history",
    statement:
      "Flexion intolerance usually worsens with sitting, slouching and bending and eases standing or walking; extension intolerance worsens standing, arching and overhead and eases sitting. Disagreement → low confidence and the more conservative stage.",
    citations: ["seed-000", "osullivan-2005", "sahrmann-2002", "vandillen-2003"],
  },
  "C-4": {
    group: "classification",
    title: "Peripheralisation veto, centralisation preference",
    statement:
      "A test that sends symptoms further down the leg marks that direction intolerant whatever the pain score; centralisation marks a directional preference, not an intolerance.",
    citations: ["may-2018", "hefford-2008", "fritz-2007"],
  },
  "C-5": {
    group: "classification",
    title: "Intolerance and preference",
    statement: "Report both the provoking direction (intolerance) and the relieving one (preference).",
    citations: ["may-2018", "hefford-2008"],
  },
  "C-6": {
    group: "classification",
    title: "Indeterminate patterns",
    statement:
      "A lateral shift, rotation-provoked pain or another pattern two sagittal tests cannot resolve → indeterminate, with advice to see a clinician.",
    citations: ["hefford-2008", "sahrmann-2002", "vandillen-2003"],
  },
  "C-7": {
    group: "classification",
    title: "Lower-crossed indicators",
    statement:
      "Any yes among anterior pelvic tilt or sway-back, weak glutes, tight hip flexors, and squats or deadlifts felt in the low back → emphasise glutes and abdominals and hip-flexor mobility, and drop back-extension-focused back training.",
    citations: ["seed-004", "seed-002", "leinonen-2000"],
  },
  // §3 Staging
  "T-1": {
    group: "staging",
    title: "Symptom-modulation triggers",
    statement:
      "Worst NRS in 24 h ≥ 7, positional night pain on most nights, pain before end range, a flare lasting to the next day, leg pain below the knee, or fear of movement → symptom modulation.",
    citations: ["seed-003", "alrwaily-2016", "kelley-2013"],
  },
  "T-2": {
    group: "staging",
    title: "Movement-control triggers",
    statement:
      "Otherwise worst NRS 4–6, intermittent night pain, pain at end range, symptoms settling within hours, or stiffness → movement control.",
    citations: ["seed-003", "alrwaily-2016", "kelley-2013"],
  },
  "T-3": {
    group: "staging",
    title: "Function optimisation needs every condition",
    statement:
      "Function optimisation only when worst NRS ≤ 3, no night pain, both end positions reached, settling within an hour, no leg symptoms and no flag above proceed.",
    citations: ["seed-003", "alrwaily-2016", "kelley-2013"],
  },
  "T-4": {
    group: "staging",
    title: "Stage caps",
    statement: "Radicular leg pain (S-7) caps the stage at symptom modulation; any proceed-with-advisory caps it at movement control.",
    citations: ["nice-ng59", "alrwaily-2016"],
    design: "the movement-control cap for proceed-with-advisory",
  },
  "T-5": {
    group: "staging",
    title: "Night pain is routed by kind",
    statement:
      "Night pain eased by changing position is a staging input; not eased by any position it is a flag (S-4, S-6); in the second half of the night with morning stiffness easing with movement it goes to the inflammatory screen (S-8).",
    citations: ["finucane-2020", "nice-ng65", "seed-003"],
  },
  // §4 Pain monitoring
  "L-1": {
    group: "pain-monitoring",
    title: "Pain ceiling",
    statement:
      "Pain during an exercise and right after the session may reach 5/10; above that, stop the exercise and regress. Axially loaded lifts use a ceiling of 3.",
    citations: ["silbernagel-2007", "thomee-1997"],
    design: "the ceiling of 3 for axially loaded lifts and the 0–2 / 3–5 display bands",
  },
  "L-2": {
    group: "pain-monitoring",
    title: "Next-morning recovery",
    statement:
      "Pain after the session must be back to the pre-session baseline by the next morning; next-morning pain at baseline + 2 or more is a flare → regress.",
    citations: ["silbernagel-2007", "suzuki-2020"],
    design: "the +2 flare margin (the MCID)",
  },
  "L-3": {
    group: "pain-monitoring",
    title: "No rising weekly trend",
    statement: "Pain and stiffness must not rise from week to week; two rising weeks in a row → drop one stage.",
    citations: ["silbernagel-2007"],
    design: "the two-week count",
  },
  "L-4": {
    group: "pain-monitoring",
    title: "Progress after two green sessions",
    statement:
      "Progress one step only after 2 consecutive green sessions with full next-morning recovery and no peripheralisation; advance a stage only after re-running both clearing tests and re-staging.",
    citations: ["silbernagel-2007", "alrwaily-2016"],
    design: "the count of two sessions",
  },
  "L-5": {
    group: "pain-monitoring",
    title: "Peripheralisation stops the direction",
    statement: "Symptoms spreading down the leg during training → stop that direction now and re-screen (S-7).",
    citations: ["may-2018", "hefford-2008"],
  },
  "L-6": {
    group: "pain-monitoring",
    title: "Avoid early, re-introduce later",
    statement: "The intolerant direction is avoided early and re-introduced gradually later, not banned for ever.",
    citations: ["seed-001", "seed-002", "mcgill-2003", "osullivan-2005"],
  },
  "L-7": {
    group: "pain-monitoring",
    title: "No improvement → refer",
    statement: "No improvement in 4 weeks → advise physiotherapy; radicular pain for more than 8 weeks → specialist review.",
    citations: ["nice-cks", "nice-ng59"],
  },
  // §4 Progression
  "P-1": {
    group: "progression",
    title: "Earn the big lifts back",
    statement:
      "Deadlift, barbell row, good morning, full-range crunch or sit-up, back extension, low-bar back squat and leg press are avoided while symptomatic and return only through a ladder.",
    citations: ["seed-000"],
  },
  "P-2": {
    group: "progression",
    title: "Shorter-range hinges first",
    statement: "When hinging returns, trap-bar deadlifts and rack pulls (shorter range, neutral spine) come before pulling from the floor.",
    citations: ["seed-000"],
  },
  "P-3": {
    group: "progression",
    title: "Ditch direct spinal compression",
    statement: "Prefer loads held in the hands, below the painful level, over bar-on-back positions.",
    citations: ["seed-000"],
  },
  "P-4": {
    group: "progression",
    title: "Accommodating resistance",
    statement: "Bands and chains deload the bottom position and are a valid progression for squats and hinges.",
    citations: ["seed-000"],
  },
  "P-5": {
    group: "progression",
    title: "Outside-neutral drills: range, then load, then volume",
    statement:
      "Jefferson curl, half-kneeling side bend, flexion-extension back extension and half-kneeling windmill start at 3 sets of 6–8 and progress range of motion first, then load, then volume.",
    citations: ["seed-001"],
  },
  "P-6": {
    group: "progression",
    title: "Tempo and pauses before heavy load",
    statement: "Early rehabilitation favours tempo and pause reps over heavy load; squats and deadlifts return gradually after a layoff.",
    citations: ["seed-002"],
  },
  "P-7": {
    group: "progression",
    title: "Deloads and axial alternation",
    statement: "Deload every 4–6 weeks; alternate days with axial (spine-compressing) loading and days without.",
    citations: ["seed-002"],
  },
  "P-8": {
    group: "progression",
    title: "One change at a time when advanced",
    statement: "In the advanced stage progress conservatively: add weight or reps, not both.",
    citations: ["seed-003"],
  },
  "P-9": {
    group: "progression",
    title: "Double progression",
    statement:
      "When every set reaches the top of the rep range within the pain ceiling at the prescribed load, add the smallest load step and return to the bottom of the range.",
    citations: ["double-progression-practice"],
  },
  // §5 Session structure and volume
  "V-1": {
    group: "volume",
    title: "Block order",
    statement: "Single-leg work first and heaviest, then split-stance work, then bilateral work last (extended sets, finishers, conditioning).",
    citations: ["seed-000"],
  },
  "V-2": {
    group: "volume",
    title: "Hip and knee in every block",
    statement: "Each of the three blocks has one hip-dominant and one knee-dominant movement.",
    citations: ["seed-000"],
  },
  "V-3": {
    group: "volume",
    title: "Single-leg volume",
    statement: "Single-leg primary strength: sets of 4–8 reps, building toward 50 total reps per leg.",
    citations: ["seed-000"],
  },
  "V-4": {
    group: "volume",
    title: "Split-stance volume",
    statement: "Split-stance work: sets of 8–15 reps per leg, building toward 60 total reps per leg.",
    citations: ["seed-000"],
  },
  "V-5": {
    group: "volume",
    title: "Bilateral finishers",
    statement: "Two bilateral finishers, 3 sets of 20 or more reps, light load, maximal effort.",
    citations: ["seed-000"],
  },
  "V-6": {
    group: "volume",
    title: "One side, then the other",
    statement: "Unilateral sets do all reps on one side, then the other; no alternating.",
    citations: ["seed-000"],
  },
  "V-7": {
    group: "volume",
    title: "Per-side accounting",
    statement:
      "Reps and volume load are kept per side; volume load = load × reps × implements; how a left+right set counts toward weekly sets is an explicit option (pair, per-side, half-per-side).",
    citations: ["seed-000"],
    design: "the three counting modes and the requirement to choose one",
  },
  "V-8": {
    group: "volume",
    title: "Weekly spine exposure",
    statement: "Report weekly spine exposure per axis (sets × demand score) next to tonnage, so a spike in loaded flexion or compression shows even when tonnage is flat.",
    citations: ["seed-000", "seed-002"],
    design: "the exposure measure",
  },
  // §6 Training load
  "A-1": {
    group: "load",
    title: "Session load",
    statement: "Session load = session RPE (CR-10) × minutes, in arbitrary units; a day's load is the sum of its sessions.",
    citations: ["foster-2001"],
  },
  "A-2": {
    group: "load",
    title: "Calendar days, unknown is not zero",
    statement:
      "Days are calendar days in the athlete's time zone; a rest day is 0; a day with no record is unknown, not 0, unless the caller says absent days are rest.",
    citations: ["foster-2001", "impellizzeri-2020"],
  },
  "A-3": {
    group: "load",
    title: "Coupled rolling ratio",
    statement: "Mean of the last 7 days ÷ mean of the last 28 days, the acute week included.",
    citations: ["hulin-2014", "gabbett-2016"],
  },
  "A-4": {
    group: "load",
    title: "Uncoupled rolling ratio",
    statement: "Mean of the last 7 days ÷ mean of days 8–28 back.",
    citations: ["lolli-2019", "windt-2019"],
  },
  "A-5": {
    group: "load",
    title: "EWMA ratio",
    statement: "EWMA_t = λ·L_t + (1 − λ)·EWMA_{t−1}, λ = 2/(N + 1), N = 7 and 28, seeded with the first day's load; ratio = acute ÷ chronic.",
    citations: ["williams-2017"],
  },
  "A-6": {
    group: "load",
    title: "Undefined ratios are null",
    statement:
      "A ratio is null with a reason while the chronic window is not full, when chronic load is 0, or when more than 20% of the window is unknown; never NaN or Infinity.",
    citations: ["williams-2017", "impellizzeri-2020"],
    design: "the 20% unknown-day limit",
  },
  "A-7": {
    group: "load",
    title: "Zones",
    statement:
      "Coupled ratio: < 0.8 under-training, 0.8–1.3 sweet spot, 1.3–1.5 caution, ≥ 1.5 danger; uncoupled thresholds translated exactly by u = 3c/(4 − c) → 0.75, 1.444, 1.8.",
    citations: ["gabbett-2016", "lolli-2019"],
  },
  "A-8": {
    group: "load",
    title: "Monotony and strain",
    statement: "Monotony = mean ÷ SD of the week's 7 daily loads (population SD by default); strain = weekly load × monotony; SD = 0 → monotony null.",
    citations: ["foster-1998"],
    design: "the population-SD default",
  },
  "A-9": {
    group: "load",
    title: "Week-to-week change",
    statement: "Report week-to-week change in percent and warn at +15% or more; advise keeping weekly increases under 10%.",
    citations: ["gabbett-2016", "piggott-2009"],
  },
  "A-10": {
    group: "load",
    title: "The ratio's limits",
    statement:
      "The ACWR evidence comes from team sports, not lifters with back pain, and is strongly contested; present trend and change, not a verdict.",
    citations: ["impellizzeri-2020", "impellizzeri-2021", "lolli-2019"],
  },
  // §10 Training load, continued
  "A-11": {
    group: "load",
    title: "Performance-management chart",
    statement:
      "CTL_t = CTL_{t−1} + λ·(L_t − CTL_{t−1}), ATL likewise, τ 42 and 7 days; decay exponential λ = 1 − e^(−1/τ) (default) or linear λ = 1/τ; seeded at 0 (or given values) the day before the first day; TSB on day t = CTL_{t−1} − ATL_{t−1} by default, today's on request.",
    citations: ["goldencheetah-pmc", "trainingpeaks-tsb", "banister-1975"],
  },
  "A-12": {
    group: "load",
    title: "Ramp rate",
    statement: "Ramp rate = CTL_t − CTL_{t−w}, w = τ_ATL days (7) by default; in the first w days, CTL_t minus the seed; the window is an option.",
    citations: ["goldencheetah-pmc", "trainingpeaks-tsb"],
  },
  "A-13": {
    group: "load",
    title: "Decay conventions are explicit",
    statement:
      "The EWMA decay is always named: span λ = 2/(N + 1) (the A-5 default), exponential λ = 1 − e^(−1/N), half-life λ = 1 − e^(−ln 2/N), or linear λ = 1/N; outputs name the one used.",
    citations: ["williams-2017", "r-acwr", "goldencheetah-pmc", "python-acwr"],
  },
  "A-14": {
    group: "load",
    title: "Log quality first",
    statement:
      "Report log quality before any ratio as findings with days: errors (history shorter than the chronic window, a negative load, no training), warnings (unknown days, an outlier above 3 × the 95th percentile, a change of unit over 50×, a break of ≥ 10 zero days), info (mostly rest, under 30 usable days, constant load); nothing is corrected silently.",
    citations: ["python-acwr"],
  },
  "A-15": {
    group: "load",
    title: "Spine-axis load",
    statement:
      "Each performed exercise's sets × its spine-demand score per axis makes one daily series per axis, with acute:chronic and week-to-week change per axis, so a spike in loaded flexion shows when session RPE × minutes is flat.",
    citations: ["seed-000", "seed-002"],
    design: "the per-axis exposure series",
  },
  "A-16": {
    group: "load",
    title: "Projection of the planned week",
    statement:
      "The planned week's sessions give the ratio and CTL/ATL/TSB the week would end on if done as planned; planned and performed are separate series.",
    citations: ["goldencheetah-pmc", "intervals-icu"],
  },
  "A-17": {
    group: "load",
    title: "Does the ratio mean anything?",
    statement:
      "Beside every ratio report: the rescaling correlation of the ratio with the acute load (with a bootstrap interval) and the share of flagged days across window pairs with their agreement with 7/28; with dated events, the association against shuffled, matched-normal and constant-chronic nulls.",
    citations: ["impellizzeri-2020", "impellizzeri-2021", "python-acwr"],
  },
  "A-18": {
    group: "load",
    title: "Weekly verdicts are weekday-free",
    statement:
      "Decisions about a week use the ratio of the 7-day means of the daily acute and chronic values, which a steady weekly schedule holds near 1; a daily EWMA ratio read on a rest day sits low by construction. The daily series stays for charts.",
    citations: ["williams-2017"],
    design: "the weekly ratio of 7-day means",
  },
  // §7 Endurance tests
  "E-1": {
    group: "endurance",
    title: "When to test endurance",
    statement: "Run the trunk endurance tests only in function optimisation with no flag above proceed; stop a test at the first familiar pain.",
    citations: ["mcgill-1999", "alrwaily-2016"],
  },
  "E-2": {
    group: "endurance",
    title: "Endurance ratios",
    statement:
      "Flexor ÷ extensor < 1.0; right ÷ left side bridge within 0.95–1.05; each side bridge ÷ extensor < 0.75 (targets from McGill's textbooks).",
    citations: ["mcgill-1999"],
  },
  "E-3": {
    group: "endurance",
    title: "Absolute times are informative only",
    statement:
      "Absolute hold times are shown against the 1999 normal means (men: extensor 146 s, flexor 144 s, side bridges 94/97 s; women: 189, 149, 72/77 s), never pass/fail.",
    citations: ["mcgill-1999"],
  },
  // §10 Outcomes
  "O-1": {
    group: "outcomes",
    title: "Roland–Morris Disability Questionnaire",
    statement:
      "24 statements, each ticked if it applies today; the score is the number ticked, 0–24, higher = more disability (not applicable counts as not ticked). There is no standard rule for missing items: only complete answers are scored, otherwise the score is null with the reason. Free to use in its published forms.",
    citations: ["roland-1983", "roland-2000"],
    design: "no score from incomplete answers",
  },
  "O-2": {
    group: "outcomes",
    title: "Patient-Specific Functional Scale",
    statement:
      "1–5 activities the person names (the original form up to 3, later forms up to 5), each rated 0–10 (10 = able to do it as before the problem); the score is the mean of the activities. Free to use.",
    citations: ["stratford-1995", "rehabmeasures-psfs"],
  },
  "O-3": {
    group: "outcomes",
    title: "Oswestry Disability Index",
    statement:
      "ODI 2.1a: 10 sections scored 0–5; percent = sum ÷ (5 × answered sections) × 100; with more than one section unanswered there is no score (null with the reason). The questionnaire is licensed through Mapi Research Trust: spinewise ships no item wording and scores answers the caller holds under their own licence.",
    citations: ["fairbank-2000", "mapi-odi"],
  },
  "O-4": {
    group: "outcomes",
    title: "Meaningful change",
    statement:
      "Meaningful improvement: NRS 2 points, RMDQ 5 points, ODI 10 points, or 30 % of the baseline score for each of them; PSFS 2 points on the mean, 3 for a single activity (the minimal detectable change, above the small MID of 1.3). Outputs name the threshold that applied.",
    citations: ["ostelo-2008", "stratford-1995", "abbott-2014"],
    design: "the same thresholds read as meaningful worsening",
  },
  "O-5": {
    group: "outcomes",
    title: "Outcomes decide L-7",
    statement:
      "When outcome measures are recorded, L-7 uses them: no meaningful improvement (O-4) on any recorded measure after 4 weeks → advise a physiotherapy review; a worsening by the same threshold → re-screen (S-9).",
    citations: ["nice-cks", "nice-ng59", "ostelo-2008"],
    design: "the worsening threshold (no published threshold for meaningful worsening)",
  },
  "O-6": {
    group: "outcomes",
    title: "FHIR codes",
    statement:
      "Pain NRS is LOINC 72514-3; ODI is LOINC 97908-8 (questionnaire) and 97909-6 (score). No LOINC code was found for RMDQ or PSFS: they use spinewise's own code system URL, documented as such.",
    citations: ["loinc-outcomes"],
  },
  // §11 Programming a week as a coach would
  "G-1": {
    group: "programming",
    title: "Challenge follows the stage",
    statement:
      "Among the exercises a slot may use, symptom modulation takes the least demanding; movement control takes light-to-moderate load held in the hands where the kit allows; function optimisation takes the most demanding exercise the person has earned. Never always the lowest demand.",
    citations: ["seed-003", "seed-000"],
    design: "the target challenge per stage and slot",
  },
  "G-2": {
    group: "programming",
    title: "Earned lifts are trained",
    statement:
      "A ladder's current step, when the policy allows it for the stage, is planned in its slot on axial days at its dose; a ladder never advances to a step the policy rejects for the stage, says which cap held it, and starts from a step that is not avoid for the person's direction.",
    citations: ["seed-000"],
    design: "which slot each ladder fills",
  },
  "G-3": {
    group: "programming",
    title: "Graded exposure outside neutral",
    statement:
      "In function optimisation, once its exposure ladder step is earned, one seed 001 drill (Jefferson curl, half-kneeling side bend, back extension through range, half-kneeling windmill) per week at 3 × 6–8, progressed by range, then load, then volume.",
    citations: ["seed-001", "seed-002"],
  },
  "G-4": {
    group: "programming",
    title: "The whole lifter",
    statement:
      "With 3 or more days a week at least one upper-body push and one pull appear; with 4–5 days no more than two days in a row load the legs hard, alternating lower and upper or full-body emphasis.",
    citations: ["seed-000"],
    design: "the week's emphasis pattern",
  },
  "G-5": {
    group: "programming",
    title: "One effort instruction per block",
    statement:
      "Symptom modulation: easy, stop well before fatigue. Movement control: every block stops with 3 or more reps in reserve, no maximal effort. Function optimisation: heavy primary work (1–2 reps in reserve), finishers to near failure.",
    citations: ["seed-000", "seed-003"],
    design: "the reps-in-reserve targets",
  },
  "G-6": {
    group: "programming",
    title: "The pain rules travel with the plan",
    statement:
      "Every plan states first, in plain words, the pain ceiling during and right after each exercise (5/10, 3/10 for axially loaded lifts), the next-morning check, stop and re-screen when symptoms spread down the leg, and what to record; cues never contradict the ceiling.",
    citations: ["silbernagel-2007"],
  },
  "G-7": {
    group: "programming",
    title: "Variety without randomness",
    statement:
      "The same exercise does not fill the same slot on consecutive sessions when another of the same verdict and similar challenge exists; the rotation is deterministic.",
    citations: ["seed-000"],
    design: "the rotation",
  },
  "G-8": {
    group: "programming",
    title: "Sessions fit their minutes honestly",
    statement:
      "Time counts every rep at its tempo, rest between sets and changeovers; when time is short, core and finisher sets go before the primary block, which keeps at least 2 sets; a length below what the stage needs is reported.",
    citations: ["seed-000"],
    design: "the timing model",
  },
  "G-9": {
    group: "programming",
    title: "Slots get the right kind of work",
    statement: "A 4–8-rep primary-strength slot takes a rep-based exercise; a timed isometric fills it only as a named fallback.",
    citations: ["seed-000"],
  },
  "G-10": {
    group: "programming",
    title: "Symptom modulation stays unloaded",
    statement: "Symptom modulation uses bodyweight, except light loads held at the side: no overhead or front-rack carries, no barbell.",
    citations: ["seed-003"],
  },
  "G-11": {
    group: "programming",
    title: "Deloads and layoffs",
    statement:
      "A deload week holds every load and cuts volume to 60 % in every stage; after a layoff of 14 days or more the first week back restarts at 80 % of the pre-layoff dose and the deload clock restarts.",
    citations: ["seed-002"],
    design: "60 %, 14 days and 80 %",
  },
  "G-12": {
    group: "programming",
    title: "Progression judges against the planned range",
    statement:
      "Double progression's top of the range is the top the plan prescribed, not the catalog default; movement-control lifters progress load within the 3-reps-in-reserve rule.",
    citations: ["double-progression-practice", "seed-003"],
  },
} as const satisfies Record<string, Omit<Rule, "id">>;

/** The ID of a rule in the registry; an unknown ID is a compile error. @category Evidence */
export type RuleId = keyof typeof rules;

/**
 * Every rule spinewise encodes, keyed by ID, in the order of the domain reference.
 *
 * @example
 * ```ts
 * import { rules } from "spinewise/evidence";
 * rules["A-1"].title;
 * // => "Session load"
 * ```
 * @category Evidence
 */
export const rules = /* @__PURE__ */ withIds(registry);

/**
 * All rule IDs, in the order of the domain reference.
 *
 * @example
 * ```ts
 * ruleIds.filter((id) => id.startsWith("E-"));
 * // => ["E-1", "E-2", "E-3"]
 * ```
 * @category Evidence
 */
export const ruleIds: readonly RuleId[] = /* @__PURE__ */ Object.freeze(Object.keys(registry) as RuleId[]);
