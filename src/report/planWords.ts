/**
 * The printable plan's own words (headings, labels, units) in each language it ships: the
 * reasons and the safety net come from the plan; everything around them comes from here.
 */
import type { SafetyAction } from "../screening/types.js";
import type { Stage } from "../staging/types.js";
import type { Zone } from "../load/types.js";
import type { DayFocus, SlotRole } from "../program/index.js";

/**
 * Every word the printable plan adds around the plan's own text, for one language.
 * @category Report
 */
export interface PlanWords {
  readonly weekTitle: (date: string) => string;
  readonly withheldTitle: string;
  readonly withheldWhy: string;
  readonly safetyNet: string;
  readonly painRules: string;
  readonly notes: string;
  readonly sessions: string;
  readonly load: string;
  readonly unanswered: string;
  readonly action: string;
  readonly actions: Readonly<Record<SafetyAction, string>>;
  readonly stage: string;
  readonly stages: Readonly<Record<Stage, string>>;
  readonly focus: Readonly<Record<DayFocus, string>>;
  readonly roles: Readonly<Record<SlotRole, string>>;
  readonly axialDay: string;
  readonly axial: string;
  readonly aboutMinutes: (minutes: number) => string;
  readonly sessionCount: (count: number) => string;
  readonly volume: (percent: number) => string;
  readonly volumeScaled: (percent: number) => string;
  readonly warmUp: string;
  readonly core: string;
  readonly finish: string;
  readonly verdicts: { readonly ok: string; readonly caution: string };
  readonly why: (count: number) => string;
  readonly setup: string;
  readonly cue: string;
  readonly perSide: string;
  readonly breaths: string;
  readonly minutes: string;
  readonly tempo: string;
  readonly checks: string;
  readonly chartTitle: string;
  readonly chartDescription: string;
  readonly rest: string;
  readonly ratio: (ratio: string, method: string, date: string, zone: string) => string;
  readonly noRatio: string;
  readonly zones: Readonly<Record<Zone, string>>;
  readonly deload: string;
  readonly continueWeek: string;
  readonly disclaimer: string;
}

const EN: PlanWords = {
  weekTitle: (date) => `Training week from ${date}`,
  withheldTitle: "No training plan",
  withheldWhy: "Why there is no plan",
  safetyNet: "When to stop and seek help",
  painRules: "Pain rules",
  notes: "Notes",
  sessions: "Sessions",
  load: "Training load",
  unanswered: "Answer these questions first",
  action: "Safety action",
  actions: {
    emergency: "emergency: seek care now",
    "urgent-referral": "urgent referral",
    "stop-until-cleared": "stop until cleared by a clinician",
    "incomplete-screening": "screening incomplete",
    "proceed-with-advisory": "train, with a note",
    proceed: "train",
  },
  stage: "Stage",
  stages: { "symptom-modulation": "symptom modulation", "movement-control": "movement control", "function-optimisation": "function optimisation" },
  focus: { lower: "lower body", upper: "upper body" },
  roles: {
    breathing: "breathing",
    "thoracic-mobility": "upper-back mobility",
    "hip-mobility": "hip mobility",
    "directional-preference": "easing direction",
    "hip-dominant": "hip-dominant",
    "knee-dominant": "knee-dominant",
    "anti-extension": "anti-extension",
    "anti-rotation": "anti-rotation",
    "anti-lateral-flexion": "anti-side-bend",
    "upper-push": "upper-body push",
    "upper-pull": "upper-body pull",
    "outside-neutral": "outside neutral",
    walking: "walking",
  },
  axialDay: "axial day",
  axial: "axial",
  aboutMinutes: (minutes) => `about ${minutes} min`,
  sessionCount: (count) => (count === 1 ? "1 session" : `${count} sessions`),
  volume: (percent) => `volume ${percent}%`,
  volumeScaled: (percent) => `This week's block volume: ${percent}%.`,
  warmUp: "Warm-up",
  core: "Core",
  finish: "Finish",
  verdicts: { ok: "suitable", caution: "caution" },
  why: (count) => (count === 1 ? "Why (1 reason)" : `Why (${count} reasons)`),
  setup: "Setup",
  cue: "Cue",
  perSide: "per side",
  breaths: "breaths",
  minutes: "min",
  tempo: "tempo",
  checks: "Checks",
  chartTitle: "Planned minutes per day",
  chartDescription: "Bars show each day's estimated session minutes; darker bars are axial days.",
  rest: "rest",
  ratio: (ratio, method, date, zone) => `Acute:chronic ratio ${ratio} (${method}) on ${date}: ${zone}.`,
  noRatio: "No acute:chronic ratio yet.",
  zones: { "under-training": "under-training zone", "sweet-spot": "sweet spot", caution: "caution zone", danger: "danger zone" },
  deload: "Deload week",
  continueWeek: "No deload this week",
  disclaimer: "Training guidance with safety-netting, never a diagnosis.",
};

const DE: PlanWords = {
  weekTitle: (date) => `Trainingswoche ab ${date}`,
  withheldTitle: "Kein Trainingsplan",
  withheldWhy: "Warum es keinen Plan gibt",
  safetyNet: "Wann Sie aufhören und Hilfe suchen",
  painRules: "Schmerzregeln",
  notes: "Hinweise",
  sessions: "Einheiten",
  load: "Trainingsbelastung",
  unanswered: "Beantworten Sie zuerst diese Fragen",
  action: "Sicherheitsentscheidung",
  actions: {
    emergency: "Notfall: sofort Hilfe suchen",
    "urgent-referral": "dringende Überweisung",
    "stop-until-cleared": "Pause bis zur ärztlichen Freigabe",
    "incomplete-screening": "Sicherheitsfragen unvollständig",
    "proceed-with-advisory": "trainieren, mit Hinweis",
    proceed: "trainieren",
  },
  stage: "Phase",
  stages: { "symptom-modulation": "Symptomlinderung", "movement-control": "Bewegungskontrolle", "function-optimisation": "Funktionsaufbau" },
  focus: { lower: "Unterkörper", upper: "Oberkörper" },
  roles: {
    breathing: "Atmung",
    "thoracic-mobility": "Beweglichkeit oberer Rücken",
    "hip-mobility": "Hüftbeweglichkeit",
    "directional-preference": "entlastende Richtung",
    "hip-dominant": "hüftdominant",
    "knee-dominant": "kniedominant",
    "anti-extension": "Anti-Extension",
    "anti-rotation": "Anti-Rotation",
    "anti-lateral-flexion": "Anti-Seitneigung",
    "upper-push": "Oberkörper drücken",
    "upper-pull": "Oberkörper ziehen",
    "outside-neutral": "außerhalb der Neutralstellung",
    walking: "Gehen",
  },
  axialDay: "Tag mit axialer Last",
  axial: "axial",
  aboutMinutes: (minutes) => `etwa ${minutes} Min.`,
  sessionCount: (count) => (count === 1 ? "1 Einheit" : `${count} Einheiten`),
  volume: (percent) => `Umfang ${percent} %`,
  volumeScaled: (percent) => `Umfang der Blöcke diese Woche: ${percent} %.`,
  warmUp: "Aufwärmen",
  core: "Rumpf",
  finish: "Ausklang",
  verdicts: { ok: "geeignet", caution: "mit Vorsicht" },
  why: (count) => (count === 1 ? "Warum (1 Grund)" : `Warum (${count} Gründe)`),
  setup: "Ausgangsstellung",
  cue: "Hinweis",
  perSide: "pro Seite",
  breaths: "Atemzüge",
  minutes: "Min.",
  tempo: "Tempo",
  checks: "Prüfungen",
  chartTitle: "Geplante Minuten pro Tag",
  chartDescription: "Die Balken zeigen die geschätzten Minuten jeder Einheit; dunklere Balken sind Tage mit axialer Last.",
  rest: "Pause",
  ratio: (ratio, method, date, zone) => `Verhältnis akut zu chronisch ${ratio} (${method}) am ${date}: ${zone}.`,
  noRatio: "Noch kein Verhältnis akut zu chronisch.",
  zones: { "under-training": "Bereich zu geringer Belastung", "sweet-spot": "günstiger Bereich", caution: "Vorsichtsbereich", danger: "Gefahrenbereich" },
  deload: "Entlastungswoche",
  continueWeek: "Keine Entlastungswoche",
  disclaimer: "Trainingsempfehlung mit Sicherheitshinweisen, niemals eine Diagnose.",
};

/** The languages the printable plan's words ship in, by primary language subtag. */
const WORDS: Readonly<Record<string, PlanWords>> = Object.freeze({ en: EN, de: DE });

/**
 * The page language and its words for a locale: the locale itself when its language ships
 * (`de-AT` keeps `de-AT` and reads German), English otherwise, so `lang` never claims a
 * language the page is not written in.
 *
 * @param fn - the public function asking, for the error message
 * @param locale - a BCP 47 locale tag
 * @throws RangeError naming `fn` when the locale is not a well-formed tag
 */
export function planWords(fn: string, locale: string): { readonly lang: string; readonly words: PlanWords } {
  let canonical: string;
  try {
    canonical = Intl.getCanonicalLocales(locale)[0] ?? "en";
  } catch {
    throw new RangeError(`${fn}: options.locale must be a BCP 47 language tag such as "en" or "de-DE", got ${JSON.stringify(locale)}`);
  }
  const language = canonical.split("-")[0]?.toLowerCase() ?? "en";
  const words = Object.hasOwn(WORDS, language) ? WORDS[language] : undefined;
  return words === undefined ? { lang: "en", words: EN } : { lang: canonical, words };
}
