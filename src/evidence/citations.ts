import { requireKeyOf } from "../internal/guards.js";
import { withIds } from "../internal/withIds.js";

/**
 * The citation registry: every source a rule in spinewise rests on.
 *
 * Details marked `unverified` were not checked against the publisher's page.
 */

/** What kind of source a citation is. @category Evidence */
export type CitationKind = "article" | "guideline" | "book" | "review" | "web-article" | "practice" | "software";

/** One source in the registry. @category Evidence */
export interface Citation {
  readonly id: string;
  readonly kind: CitationKind;
  /** Authors as printed, or the issuing body for guidelines. */
  readonly authors: string;
  readonly year: number | null;
  readonly title: string;
  /** Journal, publisher or site. */
  readonly container: string;
  readonly volume?: string;
  readonly issue?: string;
  readonly pages?: string;
  /** Details (year, pages, issue) not yet checked against the publisher's page. */
  readonly unverified?: string;
  readonly note?: string;
}

const registry = {
  "seed-000": {
    kind: "web-article",
    authors: "Rusin J",
    year: 2020,
    title: "Training through low back pain: ten strategies (classify your pattern, avoid front-loaded hinges, kinetic chain, range by spinal position, ditch spinal compression, accommodating loads, single-leg work, volume)",
    container: "Article, last modified 7 Nov 2020",
  },
  "seed-001": {
    kind: "web-article",
    authors: "Physical-therapy clinic for lifters",
    year: 2023,
    title: "The Missing Step In Low Back Pain Rehab For Lifters",
    container: "Clinic article, 28 Sep 2023",
  },
  "seed-002": {
    kind: "web-article",
    authors: "Unattributed",
    year: 2025,
    title: "5 Training Secrets to Counter Lower Back Pain",
    container: "Article, 27 Jun 2025",
  },
  "seed-003": {
    kind: "web-article",
    authors: "Certified personal trainer (NSCA)",
    year: null,
    title: "Conquering Low Back Pain, part 1",
    container: "Article series",
  },
  "seed-004": {
    kind: "web-article",
    authors: "Garnas E",
    year: null,
    title: "Lower Back Pain? 'Back Training' Could Be Doing You More Harm Than Good",
    container: "Article",
  },
  "cook-2006": {
    kind: "article",
    authors: "Cook G, Burton L, Hoogenboom B",
    year: 2006,
    title: "Pre-participation screening: the use of fundamental movements as an assessment of function – Part 2",
    container: "N Am J Sports Phys Ther",
    volume: "1",
    issue: "3",
    pages: "132–139",
  },
  "cook-2014": {
    kind: "article",
    authors: "Cook G, Burton L, Hoogenboom BJ, Voight M",
    year: 2014,
    title: "Functional movement screening: the use of fundamental movements as an assessment of function – Part 2",
    container: "Int J Sports Phys Ther",
    volume: "9",
    issue: "4",
    pages: "549–563",
  },
  "nice-ng59": {
    kind: "guideline",
    authors: "National Institute for Health and Care Excellence",
    year: 2016,
    title: "Low back pain and sciatica in over 16s: assessment and management (NG59)",
    container: "NICE guideline",
    note: "Updated 2020.",
  },
  "nice-ng65": {
    kind: "guideline",
    authors: "National Institute for Health and Care Excellence",
    year: 2017,
    title: "Spondyloarthritis in over 16s: diagnosis and management (NG65)",
    container: "NICE guideline",
  },
  "nice-cks": {
    kind: "guideline",
    authors: "National Institute for Health and Care Excellence",
    year: null,
    title: "Clinical Knowledge Summaries: Back pain – low (without radiculopathy); Sciatica (lumbar radiculopathy)",
    container: "NICE CKS",
  },
  "girft-ces": {
    kind: "guideline",
    authors: "Getting It Right First Time (GIRFT)",
    year: 2023,
    title: "National Suspected Cauda Equina Syndrome (CES) Pathway",
    container: "NHS England",
    note: "CSP summary 2024.",
  },
  "finucane-2020": {
    kind: "article",
    authors: "Finucane LM, Downie A, Mercer C, et al.",
    year: 2020,
    title: "International framework for red flags for potential serious spinal pathologies",
    container: "J Orthop Sports Phys Ther",
    volume: "50",
    issue: "7",
    pages: "350–372",
  },
  "henschke-2013": {
    kind: "review",
    authors: "Henschke N, Maher CG, Ostelo RWJG, et al.",
    year: 2013,
    title: "Red flags to screen for malignancy in patients with low-back pain",
    container: "Cochrane Database Syst Rev",
    issue: "2",
    pages: "CD008686",
  },
  "nogg-2021": {
    kind: "guideline",
    authors: "National Osteoporosis Guideline Group",
    year: 2021,
    title: "UK clinical guideline for the prevention and treatment of osteoporosis",
    container: "NOGG",
    unverified: "year",
  },
  "may-2018": {
    kind: "review",
    authors: "May S, Runge N, Aina A",
    year: 2018,
    title: "Centralization and directional preference: an updated systematic review with synthesis of previous evidence",
    container: "Musculoskelet Sci Pract",
    volume: "38",
    pages: "53–62",
  },
  "hefford-2008": {
    kind: "article",
    authors: "Hefford C",
    year: 2008,
    title: "McKenzie classification of mechanical spinal pain: profile of syndromes and directions of preference",
    container: "Man Ther",
    volume: "13",
    issue: "1",
    pages: "75–81",
    unverified: "pages",
  },
  "fritz-2007": {
    kind: "article",
    authors: "Fritz JM, Cleland JA, Childs JD",
    year: 2007,
    title: "Subgrouping patients with low back pain: evolution of a classification approach to physical therapy",
    container: "J Orthop Sports Phys Ther",
    volume: "37",
    issue: "6",
    pages: "290–302",
  },
  "delitto-1995": {
    kind: "article",
    authors: "Delitto A, Erhard RE, Bowling RW",
    year: 1995,
    title: "A treatment-based classification approach to low back syndrome: identifying and staging patients for conservative treatment",
    container: "Phys Ther",
    volume: "75",
    issue: "6",
    pages: "470–489",
  },
  "alrwaily-2016": {
    kind: "article",
    authors: "Alrwaily M, Timko M, Schneider M, et al.",
    year: 2016,
    title: "Treatment-based classification system for low back pain: revision and update",
    container: "Phys Ther",
    volume: "96",
    issue: "7",
    pages: "1057–1066",
  },
  "osullivan-2005": {
    kind: "article",
    authors: "O'Sullivan P",
    year: 2005,
    title: "Diagnosis and classification of chronic low back pain disorders: maladaptive movement and motor control impairments as underlying mechanism",
    container: "Man Ther",
    volume: "10",
    issue: "4",
    pages: "242–255",
    unverified: "pages",
  },
  "sahrmann-2002": {
    kind: "book",
    authors: "Sahrmann SA",
    year: 2002,
    title: "Diagnosis and Treatment of Movement Impairment Syndromes",
    container: "Mosby, St. Louis",
  },
  "vandillen-2003": {
    kind: "article",
    authors: "Van Dillen LR, Sahrmann SA, Norton BJ, et al.",
    year: 2003,
    title: "Movement system impairment-based categories for low back pain: stage 1 validation",
    container: "J Orthop Sports Phys Ther",
    volume: "33",
    issue: "3",
    pages: "126–142",
  },
  "hill-2008": {
    kind: "article",
    authors: "Hill JC, Dunn KM, Lewis M, et al.",
    year: 2008,
    title: "A primary care back pain screening tool: identifying patient subgroups for initial treatment",
    container: "Arthritis Rheum",
    volume: "59",
    issue: "5",
    pages: "632–641",
    note: "STarT Back; © Keele University, free for non-commercial use.",
  },
  "suzuki-2020": {
    kind: "article",
    authors: "Suzuki H, Aono S, Inoue S, et al.",
    year: 2020,
    title: "Clinically significant changes in pain along the Pain Intensity Numerical Rating Scale in patients with chronic low back pain",
    container: "PLoS One",
    volume: "15",
    issue: "3",
    pages: "e0229228",
  },
  "kelley-2013": {
    kind: "guideline",
    authors: "Kelley MJ, Shaffer MA, Kuhn JE, et al.",
    year: 2013,
    title: "Shoulder pain and mobility deficits: adhesive capsulitis",
    container: "J Orthop Sports Phys Ther",
    volume: "43",
    issue: "5",
    pages: "A1–A31",
    note: "A shoulder guideline; its irritability bands are used here by extrapolation.",
  },
  "silbernagel-2007": {
    kind: "article",
    authors: "Silbernagel KG, Thomeé R, Eriksson BI, Karlsson J",
    year: 2007,
    title: "Continued sports activity, using a pain-monitoring model, during rehabilitation in patients with Achilles tendinopathy: a randomized controlled study",
    container: "Am J Sports Med",
    volume: "35",
    issue: "6",
    pages: "897–906",
  },
  "thomee-1997": {
    kind: "article",
    authors: "Thomeé R",
    year: 1997,
    title: "A comprehensive treatment approach for patellofemoral pain syndrome in young women",
    container: "Phys Ther",
    volume: "77",
    issue: "12",
    pages: "1690–1703",
    unverified: "volume, issue and pages",
  },
  "mcgill-1999": {
    kind: "article",
    authors: "McGill SM, Childs A, Liebenson C",
    year: 1999,
    title: "Endurance times for low back stabilization exercises: clinical targets for testing and training from a normal database",
    container: "Arch Phys Med Rehabil",
    volume: "80",
    issue: "8",
    pages: "941–944",
  },
  "mcgill-2003": {
    kind: "article",
    authors: "McGill S, Grenier S, Bluhm M, et al.",
    year: 2003,
    title: "Previous history of LBP with work loss is related to lingering deficits in biomechanical, physiological, personal, psychosocial and motor control characteristics",
    container: "Ergonomics",
    volume: "46",
    issue: "7",
    pages: "731–746",
  },
  "hodges-1996": {
    kind: "article",
    authors: "Hodges PW, Richardson CA",
    year: 1996,
    title: "Inefficient muscular stabilization of the lumbar spine associated with low back pain: a motor control evaluation of transversus abdominis",
    container: "Spine",
    volume: "21",
    issue: "22",
    pages: "2640–2650",
  },
  "leinonen-2000": {
    kind: "article",
    authors: "Leinonen V, Kankaanpää M, Airaksinen O, Hänninen O",
    year: 2000,
    title: "Back and hip extensor activities during trunk flexion/extension: effects of low back pain and rehabilitation",
    container: "Arch Phys Med Rehabil",
    volume: "81",
    issue: "1",
    pages: "32–37",
  },
  "foster-1998": {
    kind: "article",
    authors: "Foster C",
    year: 1998,
    title: "Monitoring training in athletes with reference to overtraining syndrome",
    container: "Med Sci Sports Exerc",
    volume: "30",
    issue: "7",
    pages: "1164–1168",
  },
  "foster-2001": {
    kind: "article",
    authors: "Foster C, Florhaug JA, Franklin J, et al.",
    year: 2001,
    title: "A new approach to monitoring exercise training",
    container: "J Strength Cond Res",
    volume: "15",
    issue: "1",
    pages: "109–115",
  },
  "hulin-2014": {
    kind: "article",
    authors: "Hulin BT, Gabbett TJ, Blanch P, et al.",
    year: 2014,
    title: "Spikes in acute workload are associated with increased injury risk in elite cricket fast bowlers",
    container: "Br J Sports Med",
    volume: "48",
    issue: "8",
    pages: "708–712",
  },
  "gabbett-2016": {
    kind: "article",
    authors: "Gabbett TJ",
    year: 2016,
    title: "The training–injury prevention paradox: should athletes be training smarter and harder?",
    container: "Br J Sports Med",
    volume: "50",
    issue: "5",
    pages: "273–280",
  },
  "piggott-2009": {
    kind: "article",
    authors: "Piggott B, Newton MJ, McGuigan MR",
    year: 2009,
    title: "The relationship between training load and incidence of injury and illness over a pre-season at an Australian Football League club",
    container: "J Aust Strength Cond",
    volume: "17",
    issue: "3",
    pages: "4–17",
    unverified: "issue",
  },
  "williams-2017": {
    kind: "article",
    authors: "Williams S, West S, Cross MJ, Stokes KA",
    year: 2017,
    title: "Better way to determine the acute:chronic workload ratio?",
    container: "Br J Sports Med",
    volume: "51",
    issue: "3",
    pages: "209–210",
  },
  "lolli-2019": {
    kind: "article",
    authors: "Lolli L, Batterham AM, Hawkins R, et al.",
    year: 2019,
    title: "Mathematical coupling causes spurious correlation within the conventional acute-to-chronic workload ratio calculations",
    container: "Br J Sports Med",
    volume: "53",
    issue: "15",
    pages: "921–922",
  },
  "windt-2019": {
    kind: "article",
    authors: "Windt J, Gabbett TJ",
    year: 2019,
    title: "Is it all for naught? What does mathematical coupling mean for acute:chronic workload ratios?",
    container: "Br J Sports Med",
    volume: "53",
    issue: "16",
    pages: "988–990",
  },
  "impellizzeri-2020": {
    kind: "article",
    authors: "Impellizzeri FM, Tenan MS, Kempton T, Novak A, Coutts AJ",
    year: 2020,
    title: "Acute:chronic workload ratio: conceptual issues and fundamental pitfalls",
    container: "Int J Sports Physiol Perform",
    volume: "15",
    issue: "6",
    pages: "907–913",
    unverified: "pages",
  },
  "impellizzeri-2021": {
    kind: "article",
    authors: "Impellizzeri FM, Woodcock S, Coutts AJ, et al.",
    year: 2021,
    title: "What role do chronic workloads play in the acute to chronic workload ratio? Time to dismiss ACWR and its underlying theory",
    container: "Sports Med",
    volume: "51",
    issue: "3",
    pages: "581–592",
  },
  "banister-1975": {
    kind: "article",
    authors: "Banister EW, Calvert TW, Savage MV, Bach T",
    year: 1975,
    title: "A systems model of training for athletic performance",
    container: "Aust J Sports Med",
    volume: "7",
    issue: "3",
    pages: "57–61",
  },
  "goldencheetah-pmc": {
    kind: "software",
    authors: "GoldenCheetah contributors",
    year: null,
    title: "Performance Manager Chart (src/Metrics/PMCData.cpp): exponential decay exp(−1/days), seeds, stress balance shown the next day, ramp over the short-term days",
    container: "GoldenCheetah, open-source training software (GPL v2)",
  },
  "trainingpeaks-tsb": {
    kind: "web-article",
    authors: "TrainingPeaks",
    year: null,
    title: "Form (TSB): yesterday's fitness (CTL) minus yesterday's fatigue (ATL); CTL and ATL as exponentially weighted averages with time constants of 42 and 7 days",
    container: "TrainingPeaks help center",
  },
  "r-acwr": {
    kind: "software",
    authors: "Fernández-Santos JR",
    year: null,
    title: "ACWR: acute:chronic workload ratio (R package; EWMA with λ = 2/(N + 1) in EWMA.R)",
    container: "CRAN",
  },
  "python-acwr": {
    kind: "software",
    authors: "acwr contributors",
    year: null,
    title: "acwr 0.1.1 (Python package): ratio.py (span and half_life decays), quality.py (check_load), diagnostics (rescaling_check, window_sensitivity, compare_to_null)",
    container: "PyPI",
  },
  "intervals-icu": {
    kind: "web-article",
    authors: "intervals.icu",
    year: null,
    title: "Fitness, fatigue and form from planned workouts (projected fitness chart)",
    container: "intervals.icu documentation and forum",
  },
  "event-sourcing-practice": {
    kind: "practice",
    authors: "Common software practice",
    year: null,
    title: "Event sourcing: state derived by replaying an append-only log of dated events; corrections are new events, never edits",
    container: "As described by Fowler M, Event Sourcing (martinfowler.com, 2005)",
  },
  "double-progression-practice": {
    kind: "practice",
    authors: "Common strength-training practice",
    year: null,
    title: "Double progression: reps to the top of a range, then the smallest load step and back to the bottom",
    container: "As implemented by training-log apps (e.g. LiftLog, Liftosaur)",
  },
  "roland-1983": {
    kind: "article",
    authors: "Roland M, Morris R",
    year: 1983,
    title: "A study of the natural history of back pain. Part I: development of a reliable and sensitive measure of disability in low-back pain",
    container: "Spine",
    volume: "8",
    issue: "2",
    pages: "141–144",
  },
  "roland-2000": {
    kind: "review",
    authors: "Roland M, Fairbank J",
    year: 2000,
    title: "The Roland–Morris Disability Questionnaire and the Oswestry Disability Questionnaire",
    container: "Spine",
    volume: "25",
    issue: "24",
    pages: "3115–3124",
    note: "Used in the forms reproduced in its appendices, the RMDQ needs no permission.",
  },
  "fairbank-2000": {
    kind: "article",
    authors: "Fairbank JCT, Pynsent PB",
    year: 2000,
    title: "The Oswestry Disability Index",
    container: "Spine",
    volume: "25",
    issue: "22",
    pages: "2940–2953",
  },
  "stratford-1995": {
    kind: "article",
    authors: "Stratford P, Gill C, Westaway M, Binkley J",
    year: 1995,
    title: "Assessing disability and change on individual patients: a report of a patient specific measure",
    container: "Physiother Can",
    volume: "47",
    issue: "4",
    pages: "258–263",
  },
  "ostelo-2008": {
    kind: "article",
    authors: "Ostelo RWJG, Deyo RA, Stratford P, et al.",
    year: 2008,
    title: "Interpreting change scores for pain and functional status in low back pain: towards international consensus regarding minimal important change",
    container: "Spine",
    volume: "33",
    issue: "1",
    pages: "90–94",
  },
  "abbott-2014": {
    kind: "article",
    authors: "Abbott JH, Schmitt JS",
    year: 2014,
    title: "Minimum important differences for the Patient-Specific Functional Scale, 4 region-specific outcome measures, and the numeric pain rating scale",
    container: "J Orthop Sports Phys Ther",
    volume: "44",
    issue: "8",
    pages: "560–564",
  },
  "rehabmeasures-psfs": {
    kind: "web-article",
    authors: "Shirley Ryan AbilityLab",
    year: null,
    title: "Patient Specific Functional Scale (instrument summary; cost: free)",
    container: "Rehabilitation Measures Database (RehabMeasures)",
  },
  "mapi-odi": {
    kind: "web-article",
    authors: "Mapi Research Trust",
    year: null,
    title: "Oswestry Disability Index (ODI): conditions of use and licensing",
    container: "ePROVIDE",
    note: "Free for clinical practice and unfunded academic use; fees may apply to commercial and IT use.",
  },
  "loinc-outcomes": {
    kind: "web-article",
    authors: "Regenstrief Institute",
    year: null,
    title: "LOINC 72514-3 (pain severity, 0–10 verbal numeric rating, reported), 97908-8 (Oswestry Disability Index questionnaire) and 97909-6 (its score)",
    container: "LOINC, as used in HL7 FHIR implementation guides (hl7-be patient monitoring; PACIO sample data)",
  },
} as const satisfies Record<string, Omit<Citation, "id">>;

/** The ID of a source in the registry; an unknown ID is a compile error. @category Evidence */
export type CitationId = keyof typeof citations;

/**
 * Every source spinewise cites, keyed by ID.
 *
 * @example
 * ```ts
 * import { citations } from "spinewise/evidence";
 * citations["foster-2001"].container;
 * // => "J Strength Cond Res"
 * ```
 * @category Evidence
 */
export const citations = /* @__PURE__ */ withIds(registry);

/**
 * Formats a citation as one reference line (Vancouver-like).
 *
 * @param id - a citation ID from the registry
 * @returns the reference as text
 * @throws RangeError naming `formatCitation` when `id` is not a citation ID of the registry
 * @example
 * ```ts
 * formatCitation("williams-2017");
 * // => "Williams S, West S, Cross MJ, Stokes KA. Better way to determine the acute:chronic workload ratio? Br J Sports Med. 2017;51(3):209–210."
 * ```
 * @category Evidence
 */
export function formatCitation(id: CitationId): string {
  requireKeyOf("formatCitation", "citation ID", id, citations);
  const citation: Citation = citations[id];
  const title = /[.?!]$/.test(citation.title) ? citation.title : `${citation.title}.`;
  let where = `${citation.container}.`;
  if (citation.year !== null) {
    where = `${citation.container}. ${citation.year}`;
    if (citation.volume) where += `;${citation.volume}`;
    if (citation.issue) where += citation.volume ? `(${citation.issue})` : `;(${citation.issue})`;
    if (citation.pages) where += `:${citation.pages}`;
    where += ".";
  }
  const authors = citation.authors.endsWith(".") ? citation.authors : `${citation.authors}.`;
  return `${authors} ${title} ${where}`;
}
