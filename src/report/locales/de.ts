/**
 * spinewise's reasons in German: every code of {@link messagesEn}, in the plain wording a
 * physiotherapist would use on a handout (not word for word). Typed against the English
 * catalog: a missing or extra key, or a template without exactly the English placeholders,
 * fails the typecheck.
 */
import { defineLocale } from "../defineLocale.js";
import type { messagesEn } from "./en.js";

/**
 * Every reason template in German, by stable code.
 * @category Report
 */
export const messagesDe = /* @__PURE__ */ defineLocale<typeof messagesEn>()({
  custom: "{message}",

  // Screening (S-1…S-13)
  "screening.unanswered-one":
    "1 Sicherheitsfrage ist nicht beantwortet ({questions}): Eine ausgelassene oder mit „weiß nicht“ beantwortete Frage schließt nichts aus.",
  "screening.unanswered-many":
    "{count} Sicherheitsfragen sind nicht beantwortet ({questions}): Eine ausgelassene oder mit „weiß nicht“ beantwortete Frage schließt nichts aus.",
  "screening.cauda-equina": "Verdacht auf ein Cauda-equina-Syndrom: {features}.",
  "screening.neurological-deficit": "Zunehmende neurologische Ausfälle: {features}.",
  "screening.leg-numbness-and-weakness":
    "Beschwerden im Bein mit Taubheit und Schwäche: Vor dem Training sollte eine Ärztin, ein Arzt oder eine Physiotherapeutin die Nervenwurzel untersuchen.",
  "screening.leg-numbness":
    "Beschwerden im Bein mit Taubheit: Vor dem Training sollte eine Ärztin, ein Arzt oder eine Physiotherapeutin die Nervenwurzel untersuchen.",
  "screening.leg-weakness":
    "Beschwerden im Bein mit Schwäche: Vor dem Training sollte eine Ärztin, ein Arzt oder eine Physiotherapeutin die Nervenwurzel untersuchen.",
  "screening.leg-pain-worsening":
    "Schmerzen bis unter das Knie, die zunehmen: Vor dem Training sollte das ärztlich oder physiotherapeutisch untersucht werden.",
  "screening.radicular-pain":
    "Ausstrahlende Schmerzen bis unter das Knie in einem Bein (radikulärer Schmerz): Training nur auf der Stufe Beschwerdelinderung und ohne Bewegungsrichtungen, die Beschwerden ins Bein schicken.",
  "screening.cleared": "{finding} Freigegeben von {clearedBy} am {date} (S-12).",
  "screening.clearance-applied":
    "{rule} ({features}) wurde von {clearedBy} am {date} freigegeben: Trainieren Sie in den vorgegebenen Grenzen und melden Sie alles Neue oder Schlechtere sofort.",
  "screening.inflammatory":
    "Möglicherweise entzündlicher Rückenschmerz ({count} Kriterien nach NICE NG65: {criteria}): Bitten Sie um eine rheumatologische Routineabklärung.",
  "screening.inflammatory-exercise-fine":
    "Möglicherweise entzündlicher Rückenschmerz ({count} Kriterien nach NICE NG65: {criteria}): Bitten Sie um eine rheumatologische Routineabklärung; Bewegung und Training sind in Ordnung.",
  "screening.rheumatology-review": "Bitten Sie Ihre Hausärztin oder Ihren Hausarzt um eine rheumatologische Routineabklärung (Frage nach Spondyloarthritis).",
  "screening.rheumatology-review-keep-exercising":
    "Bitten Sie Ihre Hausärztin oder Ihren Hausarzt um eine rheumatologische Routineabklärung (Frage nach Spondyloarthritis); trainieren Sie bis dahin weiter.",
  "screening.no-flag": "Es fand sich kein Warnzeichen und kein Hinweiszeichen.",
  "screening.fever": "Fieber, Schüttelfrost oder Nachtschweiß zusammen mit Rückenschmerzen: mögliche Entzündung an der Wirbelsäule.",
  "screening.flag-iv-drug-use": "Intravenöser Drogenkonsum (ein Hinweiszeichen, das nach S-6 gezählt wird).",
  "screening.flag-immunosuppression": "Geschwächte Immunabwehr (ein Hinweiszeichen, das nach S-6 gezählt wird).",
  "screening.flag-recent-spinal-procedure": "Ein kürzlicher Eingriff an der Wirbelsäule (ein Hinweiszeichen, das nach S-6 gezählt wird).",
  "screening.flag-recent-infection": "Eine kürzliche Infektion (ein Hinweiszeichen, das nach S-6 gezählt wird).",
  "screening.flag-unexplained-weight-loss": "Ungewollter Gewichtsverlust (ein Hinweiszeichen, das nach S-6 gezählt wird).",
  "screening.flag-non-positional-night-pain":
    "Nächtliche Schmerzen, die sich durch keinen Lagewechsel bessern (ein Hinweiszeichen, das nach S-6 gezählt wird).",
  "screening.flag-first-episode-over-60": "Zum ersten Mal Rückenschmerzen nach dem {age}. Lebensjahr (ein Hinweiszeichen, das nach S-6 gezählt wird).",
  "screening.flag-first-episode-over-50": "Erste Rückenschmerz-Episode nach dem {age}. Lebensjahr (ein Hinweiszeichen, das nach S-6 gezählt wird).",
  "screening.flag-no-improvement": "Keine Besserung nach {weeks} Wochen (ein Hinweiszeichen, das nach S-6 gezählt wird).",
  "screening.flag-long-term-corticosteroids": "Langfristige Kortisoneinnahme (ein Hinweiszeichen, das nach S-6 gezählt wird).",
  "screening.night-pain-to-safety-gate":
    "Nächtliche Schmerzen, die keine Lage lindert, werden als Hinweiszeichen bei der Sicherheitsprüfung gezählt (S-4, S-6).",
  "screening.night-pain-positional": "Nächtliche Schmerzen, die ein Lagewechsel lindert, sind mechanisch: Sie fließen in die Stufeneinteilung ein.",
  "screening.night-pain-inflammatory":
    "Nächtliche Schmerzen in der zweiten Nachthälfte mit Morgensteifigkeit, die sich bei Bewegung löst, gehören zur Prüfung auf entzündlichen Rückenschmerz (S-8).",
  "screening.cancer-history": "Eine Krebserkrankung in der Vorgeschichte und neue Rückenschmerzen.",
  "screening.significant-trauma": "Ein erheblicher Unfall oder Sturz zu Beginn: möglicher Knochenbruch.",
  "screening.fragility-osteoporosis":
    "Ein leichter Sturz oder schweres Heben bei Osteoporose: möglicher Knochenbruch durch verminderte Knochenfestigkeit, vor jeder Belastung abzuklären.",
  "screening.fragility-corticosteroids":
    "Ein leichter Sturz oder schweres Heben bei langfristiger Kortisoneinnahme: möglicher Knochenbruch durch verminderte Knochenfestigkeit, vor jeder Belastung abzuklären.",
  "screening.flag-count-one": "1 Hinweiszeichen ({flags}): {action}.",
  "screening.flag-count-many": "{count} Hinweiszeichen ({flags}): {action}.",
  "screening.flag-count-one-cleared": "1 Hinweiszeichen ({flags}; freigegeben: {cleared}): {action}.",
  "screening.flag-count-many-cleared": "{count} Hinweiszeichen ({flags}; freigegeben: {cleared}): {action}.",
  "screening.excluded-direction":
    "Solange Beschwerden ins Bein ausstrahlen, entfällt: {direction} (diese Richtung hat die Beschwerden bei den Clearing-Tests ins Bein verlagert).",
  "screening.excluded-directions":
    "Solange Beschwerden ins Bein ausstrahlen, entfallen: {first} und {second} (diese Richtungen haben die Beschwerden bei den Clearing-Tests ins Bein verlagert).",
  "screening.under-minimum-age": "Alter {age}: Diese Empfehlungen gelten ab {minimumAge} Jahren; bitte lassen Sie sich ärztlich beraten.",
  "screening.clearing-test-positive":
    "Der Clearing-Test ({direction}) war positiv: Nach dem FMS wird ein positiver Clearing-Test ärztlich oder physiotherapeutisch abgeklärt. An der Entscheidung ändert das nichts.",
  "screening.clearing-tests-positive":
    "Die Clearing-Tests ({first} und {second}) waren positiv: Nach dem FMS werden positive Clearing-Tests ärztlich oder physiotherapeutisch abgeklärt. An der Entscheidung ändert das nichts.",
  "screening.check-in-fever": "Neu Fieber, Schüttelfrost oder Nachtschweiß zusammen mit Rückenschmerzen: mögliche Entzündung an der Wirbelsäule.",
  "screening.check-in-cancer-history": "Eine Krebserkrankung in der Vorgeschichte, zusammen mit den Rückenschmerzen angegeben.",
  "screening.check-in-significant-trauma": "Neuer erheblicher Unfall oder Sturz: möglicher Knochenbruch.",
  "screening.new-iv-drug-use":
    "Neu seit der letzten Abfrage: intravenöser Drogenkonsum (S-3). Kein Training, bis eine Ärztin oder ein Arzt das beurteilt hat.",
  "screening.new-immunosuppression":
    "Neu seit der letzten Abfrage: geschwächte Immunabwehr (S-3). Kein Training, bis eine Ärztin oder ein Arzt das beurteilt hat.",
  "screening.new-recent-spinal-procedure":
    "Neu seit der letzten Abfrage: ein kürzlicher Eingriff an der Wirbelsäule (S-3). Kein Training, bis eine Ärztin oder ein Arzt das beurteilt hat.",
  "screening.new-recent-infection":
    "Neu seit der letzten Abfrage: eine kürzliche Infektion (S-3). Kein Training, bis eine Ärztin oder ein Arzt das beurteilt hat.",
  "screening.new-unexplained-weight-loss":
    "Neu seit der letzten Abfrage: ungewollter Gewichtsverlust (S-4). Kein Training, bis eine Ärztin oder ein Arzt das beurteilt hat.",
  "screening.new-non-positional-night-pain":
    "Neu seit der letzten Abfrage: nächtliche Schmerzen, die keine Lage lindert (S-4). Kein Training, bis eine Ärztin oder ein Arzt das beurteilt hat.",
  "screening.new-fragility-fracture":
    "Neu seit der letzten Abfrage: ein leichter Sturz oder schweres Heben bei verminderter Knochenfestigkeit: möglicher Knochenbruch (S-5). Kein Training, bis eine Ärztin oder ein Arzt das beurteilt hat.",
  "screening.new-long-term-corticosteroids":
    "Neu seit der letzten Abfrage: langfristige Kortisoneinnahme (S-5). Kein Training, bis eine Ärztin oder ein Arzt das beurteilt hat.",
  "screening.check-in-night-pain-positional": "Nächtliche Schmerzen, die ein Lagewechsel lindert, fließen in die Stufeneinteilung ein: Stufe neu bestimmen.",
  "screening.check-in-night-pain-inflammatory":
    "Nächtliche Schmerzen in der zweiten Nachthälfte mit Morgensteifigkeit, die sich bei Bewegung löst: Beim nächsten Termin erneut auf entzündlichen Rückenschmerz prüfen (S-8).",
  "screening.clearance-undated":
    "Eine Freigabe wurde zu einer Abfrage ohne Datum gegeben: Tragen Sie das Datum der Abfrage ein, damit die Freigabe dem zugeordnet werden kann, was sie abdeckt.",
  "screening.check-in-clear": "Bei der Abfrage erneut geprüft: kein neues Warnzeichen.",
});
