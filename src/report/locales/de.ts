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

  // Terms: the words for IDs in screening, classification and staging reasons
  // The safety net (S rules): lead for the action, the S-7 leg line, what means "seek help now".
  "screening.safety-net.lead.emergency":
    "Das ist ein Notfall: Holen Sie jetzt sofort Hilfe. Trainieren Sie nicht und warten Sie nicht ab, ob es von selbst besser wird.",
  "screening.safety-net.lead.urgent-referral":
    "Gehen Sie dringend zu einer Ärztin oder einem Arzt, heute oder innerhalb weniger Tage; trainieren Sie nicht, bevor Sie untersucht worden sind.",
  "screening.safety-net.lead.stop-until-cleared":
    "Trainieren Sie erst wieder, wenn Sie ärztlich oder physiotherapeutisch untersucht und für das Training freigegeben worden sind.",
  "screening.safety-net.lead.incomplete-screening":
    "Beantworten Sie alle Sicherheitsfragen, bevor ein Training geplant wird: Eine ausgelassene oder mit „weiß nicht“ beantwortete Frage schließt nichts aus.",
  "screening.safety-net.lead.proceed-with-advisory":
    "Sie dürfen in den vorgegebenen Grenzen trainieren; sprechen Sie diese Befunde bei Ihrer Ärztin, Ihrem Arzt oder in der Physiotherapie an.",
  "screening.safety-net.lead.proceed": "Es fand sich kein Warnzeichen.",
  "screening.safety-net.leg":
    "Wenn in diesem Bein Taubheit oder Schwäche auftritt oder der Schmerz weiter ins Bein hinunter ausstrahlt, brechen Sie das Training ab und lassen Sie es ärztlich oder physiotherapeutisch abklären.",
  "screening.safety-net.seek-help":
    "Holen Sie sofort Notfallhilfe (in einer Notaufnahme oder über Ihre örtliche Notrufnummer, z. B. 112), wenn Sie Folgendes bemerken: Taubheit oder Kribbeln zwischen den Beinen, am After oder an den Genitalien (Reithosenbereich); Schwierigkeiten, das Wasserlassen oder den Stuhlgang in Gang zu bringen, anzuhalten oder zu kontrollieren, oder Sie spüren nicht mehr, wenn Urin oder Stuhl abgeht; neu aufgetretene Probleme mit der Sexualfunktion; Schmerzen, Taubheit oder Schwäche in beiden Beinen; einen Fuß, der herabhängt oder beim Gehen hängen bleibt, oder eine Schwäche im Bein, die zunimmt; oder Fieber, Schüttelfrost oder Nachtschweiß zusammen mit den Rückenschmerzen.",
  // The red-flag questions (S-1…S-5, S-7), at intake and at a check-in (S-9).
  "screening.question.ageYears": "Wie alt sind Sie, in ganzen Jahren?",
  "screening.question.bladderDysfunction": "Haben Sie neu Probleme beim Wasserlassen (schwer in Gang zu bringen, Sie können nicht, oder Urin geht ungewollt ab)?",
  "screening.question.bladderDysfunction.check-in":
    "Haben Sie seit der letzten Abfrage neu Probleme beim Wasserlassen (schwer in Gang zu bringen, Sie können nicht, oder Urin geht ungewollt ab)?",
  "screening.question.saddleNumbness": "Haben Sie Taubheit oder Kribbeln zwischen den Beinen, an den Genitalien oder am After?",
  "screening.question.saddleNumbness.check-in": "Haben Sie seit der letzten Abfrage Taubheit oder Kribbeln zwischen den Beinen, an den Genitalien oder am After bemerkt?",
  "screening.question.bowelDysfunction": "Haben Sie die Kontrolle über den Stuhlgang verloren, oder spüren Sie nicht mehr, wenn Sie zur Toilette müssen?",
  "screening.question.bowelDysfunction.check-in":
    "Haben Sie seit der letzten Abfrage die Kontrolle über den Stuhlgang verloren, oder spüren Sie nicht mehr, wenn Sie zur Toilette müssen?",
  "screening.question.newSexualDysfunction": "Haben Sie neu Probleme mit der Sexualfunktion (zum Beispiel Gefühlsverlust oder Erektionsstörung)?",
  "screening.question.newSexualDysfunction.check-in": "Haben Sie seit der letzten Abfrage neu Probleme mit der Sexualfunktion?",
  "screening.question.legSymptoms": "Haben Sie Schmerzen, Taubheit, Kribbeln oder Schwäche in einem Bein? (Beschreiben Sie es, oder antworten Sie „keine“.)",
  "screening.question.legSymptoms.check-in":
    "Sind seit der letzten Abfrage Beschwerden im Bein neu aufgetreten, weiter nach unten gewandert, stärker oder schwächer geworden? (Beschreiben Sie sie, oder antworten Sie „keine“.)",
  "screening.question.footDrop": "Hängt ein Fuß beim Gehen herab oder bleibt er hängen (neue Fußheberschwäche)?",
  "screening.question.footDrop.check-in": "Hängt seit der letzten Abfrage ein Fuß beim Gehen herab oder bleibt er hängen?",
  "screening.question.worseningLegWeakness": "Wird eine Schwäche in einem Bein stärker?",
  "screening.question.worseningLegWeakness.check-in": "Ist seit der letzten Abfrage eine Schwäche in einem Bein stärker geworden?",
  "screening.question.gaitDisturbance": "Hat sich Ihr Gang verändert (Stolpern, Unsicherheit)?",
  "screening.question.gaitDisturbance.check-in": "Hat sich Ihr Gang seit der letzten Abfrage verändert (Stolpern, Unsicherheit)?",
  "screening.question.fever": "Haben Sie Fieber, Schüttelfrost oder Nachtschweiß zusammen mit den Rückenschmerzen?",
  "screening.question.fever.check-in": "Hatten Sie seit der letzten Abfrage Fieber, Schüttelfrost oder Nachtschweiß zusammen mit den Rückenschmerzen?",
  "screening.question.ivDrugUse": "Spritzen Sie sich Drogen?",
  "screening.question.ivDrugUse.check-in": "Haben Sie sich seit der letzten Abfrage Drogen gespritzt?",
  "screening.question.immunosuppression":
    "Ist Ihr Immunsystem durch eine Erkrankung oder durch Medikamente geschwächt (zum Beispiel nach einer Transplantation oder durch eine Chemotherapie)?",
  "screening.question.immunosuppression.check-in":
    "Ist Ihr Immunsystem seit der letzten Abfrage durch eine Erkrankung oder durch neue Medikamente geschwächt worden?",
  "screening.question.recentSpinalProcedure": "Hatten Sie vor Kurzem eine Spritze an der Wirbelsäule oder eine Wirbelsäulenoperation?",
  "screening.question.recentSpinalProcedure.check-in": "Hatten Sie seit der letzten Abfrage eine Spritze an der Wirbelsäule oder eine Wirbelsäulenoperation?",
  "screening.question.recentInfection": "Hatten Sie vor Kurzem eine Infektion (zum Beispiel der Harnwege, der Haut oder der Lunge)?",
  "screening.question.recentInfection.check-in": "Hatten Sie seit der letzten Abfrage eine Infektion (zum Beispiel der Harnwege, der Haut oder der Lunge)?",
  "screening.question.cancerHistory": "Hatten Sie jemals Krebs?",
  "screening.question.cancerHistory.check-in": "Wurde bei Ihnen seit der letzten Abfrage Krebs festgestellt?",
  "screening.question.unexplainedWeightLoss": "Haben Sie abgenommen, ohne es zu wollen?",
  "screening.question.unexplainedWeightLoss.check-in": "Haben Sie seit der letzten Abfrage abgenommen, ohne es zu wollen?",
  "screening.question.nightPain": "Werden Sie nachts von Rückenschmerzen wach? (Beschreiben Sie es, oder antworten Sie „keine“.)",
  "screening.question.nightPain.check-in":
    "Sind seit der letzten Abfrage nächtliche Schmerzen neu aufgetreten oder haben sie sich verändert? (Beschreiben Sie es, oder antworten Sie „keine“.)",
  "screening.question.significantTrauma": "Haben die Schmerzen mit einer schweren Verletzung begonnen, etwa einem Sturz aus der Höhe oder einem Verkehrsunfall?",
  "screening.question.significantTrauma.check-in":
    "Hatten Sie seit der letzten Abfrage eine schwere Verletzung, etwa einen Sturz aus der Höhe oder einen Verkehrsunfall?",
  "screening.question.minorTraumaOrStrenuousLift": "Haben die Schmerzen mit einem leichten Sturz oder beim Heben von etwas Schwerem begonnen?",
  "screening.question.minorTraumaOrStrenuousLift.check-in":
    "Sind die Schmerzen seit der letzten Abfrage nach einem leichten Sturz oder beim Heben von etwas Schwerem aufgetreten?",
  "screening.question.osteoporosis": "Wurde bei Ihnen Osteoporose (Knochenschwund) festgestellt?",
  "screening.question.osteoporosis.check-in": "Wurde bei Ihnen seit der letzten Abfrage Osteoporose (Knochenschwund) festgestellt?",
  "screening.question.longTermCorticosteroids":
    "Nehmen Sie dauerhaft Kortison als Tabletten oder Spritzen (Kortikosteroide wie Prednisolon)?",
  "screening.question.longTermCorticosteroids.check-in":
    "Haben Sie seit der letzten Abfrage begonnen, dauerhaft Kortison als Tabletten oder Spritzen (Kortikosteroide) zu nehmen?",
  "screening.term.flexion": "Flexion",
  "screening.term.extension": "Extension",
  "screening.term.emergency": "Notfall",
  "screening.term.urgent-referral": "dringende ärztliche Abklärung",
  "screening.term.stop-until-cleared": "Pause bis zur Freigabe",
  "screening.term.incomplete-screening": "unvollständige Abfrage",
  "screening.term.proceed-with-advisory": "Training mit Hinweisen",
  "screening.term.proceed": "unbedenklich",
  "classification.term.flexion": "Flexion",
  "classification.term.extension": "Extension",
  "classification.term.flexion-intolerant": "eine Empfindlichkeit bei Flexion",
  "classification.term.extension-intolerant": "eine Empfindlichkeit bei Extension",
  "classification.term.multidirectional": "eine Empfindlichkeit in beide Richtungen",
  "classification.term.no-directional-intolerance": "keine empfindliche Richtung",
  "classification.term.indeterminate": "ein unklares Bild",
  "classification.term.symptom-modulation": "Beschwerdelinderung",
  "classification.term.movement-control": "Bewegungskontrolle",
  "classification.term.function-optimisation": "Funktionsoptimierung",
  "classification.term.emergency": "Notfall",
  "classification.term.urgent-referral": "dringende ärztliche Abklärung",
  "classification.term.stop-until-cleared": "Pause bis zur Freigabe",
  "classification.term.incomplete-screening": "unvollständige Abfrage",
  "classification.term.proceed-with-advisory": "Training mit Hinweisen",
  "classification.term.proceed": "unbedenklich",
  "staging.term.symptom-modulation": "Beschwerdelinderung",
  "staging.term.movement-control": "Bewegungskontrolle",
  "staging.term.function-optimisation": "Funktionsoptimierung",
  "staging.term.emergency": "Notfall",
  "staging.term.urgent-referral": "dringende ärztliche Abklärung",
  "staging.term.stop-until-cleared": "Pause bis zur Freigabe",
  "staging.term.incomplete-screening": "unvollständige Abfrage",
  "staging.term.proceed-with-advisory": "Training mit Hinweisen",
  "staging.term.proceed": "unbedenklich",

  // Load (A-1…A-18)
  "load.caveat":
    "Das Verhältnis von akuter zu chronischer Belastung wurde bei Mannschaftssportlern untersucht, nicht bei Kraftsportlern mit Rückenschmerzen, und ob es Verletzungen vorhersagt, ist umstritten (Impellizzeri 2020, 2021): Lesen Sie es als Trend neben der Veränderung von Woche zu Woche, nie als Urteil.",
  "load.coupled": "Mittlere Belastung der letzten {acuteDays} Tage ÷ Mittel der letzten {chronicDays} Tage: {acute} ÷ {chronic} = {ratio}.",
  "load.uncoupled": "Mittlere Belastung der letzten {acuteDays} Tage ÷ Mittel der Tage {firstDay}–{chronicDays} zurück: {acute} ÷ {chronic} = {ratio}.",
  "load.ewma": "{acuteDays}-Tage-EWMA ÷ {chronicDays}-Tage-EWMA (Abklingen {decay}, {formula}): {acute} ÷ {chronic} = {ratio}.",
  "load.zone":
    "Zone {zone}: Für das Verhältnis nach {method} heißt unter {sweetSpotFrom} zu wenig Training, {sweetSpotFrom}–{cautionFrom} günstiger Bereich, {cautionFrom}–{dangerFrom} Vorsicht, ab {dangerFrom} Gefahr.",
  "load.zone-borrowed":
    "Zone {zone}: Für das Verhältnis nach {method} heißt unter {sweetSpotFrom} zu wenig Training, {sweetSpotFrom}–{cautionFrom} günstiger Bereich, {cautionFrom}–{dangerFrom} Vorsicht, ab {dangerFrom} Gefahr (das EWMA-Verhältnis übernimmt die Zonen des gekoppelten Verhältnisses; eigene wurden nie veröffentlicht).",
  "load.warming-up": "Noch kein Verhältnis: Das chronische Fenster von {chronicDays} Tagen ist noch nicht voll.",
  "load.zero-chronic": "Kein Verhältnis: Die chronische Belastung ist 0, und durch 0 lässt sich nicht teilen.",
  "load.too-many-unknown-days": "Kein Verhältnis: Mehr als {percent} % der Tage im akuten oder chronischen Fenster sind unbekannt.",
  "load.short-history": "Das Protokoll umfasst {days} Tag(e), weniger als das chronische Fenster von {chronicDays} Tagen: noch kein Verhältnis möglich.",
  "load.negative-load": "{day} hat eine negative Belastung ({load} AU): Belastungen sind 0 oder mehr.",
  "load.invalid-load": "{day} hat eine Belastung, die keine endliche Zahl ist ({value}).",
  "load.no-training": "Kein Tag hat eine Belastung über 0: Es gibt kein Training, aus dem sich ein Verhältnis lesen ließe.",
  "load.unknown-days":
    "{days} Tag(e) in {runs} Abschnitt(en) ohne Eintrag ({spans}): unbekannt, nicht Ruhe (A-2); die gleitenden Mittel lassen sie aus, der EWMA trägt über sie hinweg.",
  "load.outlier":
    "{day} hat {load} AU, mehr als das 3-Fache des 95. Perzentils der Trainingstage ({limit} AU): ein Tippfehler oder eine andere Einheit? Der Wert bleibt wie eingetragen.",
  "load.unit-change":
    "Der Median der Trainingstage liegt in der ersten Hälfte bei {early} AU und in der zweiten bei {late} AU, mehr als 50-fach auseinander: Hat sich die Einheit geändert (Minuten und Stunden, RPE × Minuten und RPE allein)?",
  "load.break": "{days} Tage in Folge ohne Belastung ab {from}: eine Pause (Krankheit, Urlaub, Verletzung?), die die chronische Belastung absinken lässt.",
  "load.mostly-rest": "{rest} von {days} Tagen sind Ruhetage (Belastung 0).",
  "load.few-usable-days": "Nur {days} Tag(e) mit bekannter Belastung, weniger als 30: Jedes Verhältnis beruht auf wenigen Daten.",
  "load.constant-load": "Jeder bekannte Tag hat dieselbe Belastung ({load} AU): Die Standardabweichung ist 0, die Monotonie hat keinen Wert (A-8), und das Verhältnis bleibt bei 1.",
  "load.outside-range": "Einheit {index} am {date} liegt außerhalb von {from}…{to} und wird nicht mitgezählt.",
  "load.duplicate":
    "Die Einheiten {first} und {second} am {date} sehen nach derselben Einheit aus; beide werden gezählt – löschen Sie eine, falls sie doppelt eingetragen wurde.",
  "load.absent-as-rest": "{days} Tag(e) ohne Eintrag ({span}) werden wie gewünscht als Ruhetage gezählt.",
  "load.gap": "{days} Tag(e) ohne Eintrag ({span}) sind unbekannt, nicht Ruhe; tragen Sie sie als Ruhetag (Belastung 0) ein, wenn nichts gemacht wurde.",
  "load.monotony-undefined":
    "Jeder Tag hatte dieselbe Belastung ({mean} AU), die Standardabweichung ist also 0 und eine Monotonie (Mittel ÷ Standardabweichung) gibt es nicht.",
  "load.monotony-population":
    "Monotonie {monotony} = Mittel {mean} AU ÷ Standardabweichung der Grundgesamtheit (ddof 0) {sd} AU; Strain {strain} AU = Wochenbelastung {total} AU × Monotonie.",
  "load.monotony-sample":
    "Monotonie {monotony} = Mittel {mean} AU ÷ Standardabweichung der Stichprobe (ddof 1) {sd} AU; Strain {strain} AU = Wochenbelastung {total} AU × Monotonie.",
  "load.pmc":
    "CTL (τ {ctlDays} Tage) und ATL (τ {atlDays} Tage) als exponentiell gewichtete Mittel, gestartet mit CTL {ctl} und ATL {atl} am Tag vor dem ersten Tag; die Form (TSB) ist CTL − ATL von gestern.",
  "load.pmc-same-day":
    "CTL (τ {ctlDays} Tage) und ATL (τ {atlDays} Tage) als exponentiell gewichtete Mittel, gestartet mit CTL {ctl} und ATL {atl} am Tag vor dem ersten Tag; die Form (TSB) ist CTL − ATL von heute.",
  "load.decay": "Abklingen {decay}: {formula}, also λ = {ctlLambda} für CTL und {atlLambda} für ATL.",
  "load.ramp-rate": "Anstiegsrate: CTL heute − CTL vor {days} Tagen (vor dem ersten Tag der Startwert).",
  "load.unknown-carried": "{days} unbekannte(r) Tag(e) ließen CTL und ATL unverändert: Kein Eintrag ist keine Ruhe.",
  "load.unknown-as-rest": "{days} unbekannte(r) Tag(e) wie gewünscht als Ruhe (Belastung 0) gezählt.",
  "load.projection":
    "Jetzt, {date}: Wochenverhältnis {ratio} ({zone}), CTL {ctl}, ATL {atl}, TSB {tsb}. Wenn die {sessions} geplanten Einheiten wie geplant gemacht werden, {projectedDate}: Wochenverhältnis {projectedRatio} ({projectedZone}), CTL {projectedCtl}, ATL {projectedAtl}, TSB {projectedTsb}.",
  "load.axis-spike-zone": "Die Wirbelsäulenbelastung in {axis} ist sprunghaft gestiegen: Das Wochenverhältnis liegt bei {ratio} ({zone}, A-18).",
  "load.axis-spike-change": "Die Wirbelsäulenbelastung in {axis} ist sprunghaft gestiegen: {change} % mehr als in der Vorwoche (A-9).",
  "load.axis-spike-both":
    "Die Wirbelsäulenbelastung in {axis} ist sprunghaft gestiegen: Das Wochenverhältnis liegt bei {ratio} ({zone}, A-18), und sie ist um {change} % höher als in der Vorwoche (A-9).",
  "load.unknown-exercise": "{count} Arbeitssatz/-sätze von „{exercise}“, die der Katalog nicht kennt, zählen nicht zur Wirbelsäulenbelastung.",
  "load.spine-exposure":
    "Wirbelsäulenbelastung je Achse: Arbeitssätze × Belastungswert (0–3) pro Tag, Verhältnis nach {method} und Wochenveränderung je Achse; keine Achse ist sprunghaft gestiegen.",
  "load.spine-exposure-spiked":
    "Wirbelsäulenbelastung je Achse: Arbeitssätze × Belastungswert (0–3) pro Tag, Verhältnis nach {method} und Wochenveränderung je Achse; sprunghaft gestiegen: {axes}.",
  "load.no-performed-session": "Keine durchgeführte Einheit: keine Wirbelsäulenbelastung zu lesen.",
  "load.week-first": "Woche {from}…{to}: keine frühere Woche zum Vergleich.",
  "load.week-incomplete": "Woche {from}…{to}: Diese Woche hat unbekannte Tage oder liegt teils außerhalb des Protokolls, daher keine Summe.",
  "load.week-previous-incomplete":
    "Woche {from}…{to}: Die Vorwoche hat unbekannte Tage oder liegt teils außerhalb des Protokolls, daher gibt es nichts zu vergleichen.",
  "load.week-previous-zero": "Woche {from}…{to}: Die Vorwoche hatte keine (oder kaum) Belastung, eine prozentuale Veränderung gibt es daher nicht.",
  "load.week-warning": "Woche {from}…{to}: Belastung {change} gegenüber der Vorwoche – ein Anstieg um 15 % oder mehr; steigern Sie pro Woche um weniger als 10 %.",
  "load.week-above-advice": "Woche {from}…{to}: Belastung {change} gegenüber der Vorwoche – mehr als die empfohlenen 10 % pro Woche.",
  "load.week-steady": "Woche {from}…{to}: Belastung {change} gegenüber der Vorwoche – innerhalb der empfohlenen 10 % pro Woche.",
  "load.verdict-short": "Keine Wochenbewertung für {week}: weniger als 7 Tage Protokoll.",
  "load.verdict-missing-acute": "Keine Wochenbewertung für {week}: {day} hat keinen akuten Wert ({why}).",
  "load.verdict-missing-chronic": "Keine Wochenbewertung für {week}: {day} hat keinen chronischen Wert ({why}).",
  "load.verdict-zero-chronic": "Keine Wochenbewertung für {week}: Die mittlere chronische Belastung der Woche ist 0.",
  "load.verdict": "Woche {week}: mittlere akute {acute} ÷ mittlere chronische {chronic} AU/Tag = {ratio} ({method}), Zone {zone}.",
  "load.verdict-daily":
    "Woche {week}: mittlere akute {acute} ÷ mittlere chronische {chronic} AU/Tag = {ratio} ({method}), Zone {zone}; das Tagesverhältnis am letzten Tag allein ist {lastRatio} und schwankt mit dem Wochentag.",
  "load.rescaling-too-few-days": "Reskalierung: Nur {days} Tag(e) haben ein Verhältnis, zu wenige für eine Korrelation mit der akuten Belastung.",
  "load.rescaling-constant": "Reskalierung: Das Verhältnis oder die akute Belastung ändert sich nie, daher gibt es keine Korrelation.",
  "load.rescaling": "Reskalierung: Die Spearman-Korrelation des Verhältnisses mit der akuten Belastung ist {spearman} über {days} Tage (Pearson {pearson}): {reading}.",
  "load.rescaling-interval":
    "Reskalierung: Die Spearman-Korrelation des Verhältnisses mit der akuten Belastung ist {spearman} ({level}-%-Bootstrap-Intervall {lower}–{upper}) über {days} Tage (Pearson {pearson}): {reading}.",
  "load.window-flags":
    "Tage mit einem Verhältnis ab {threshold}: {low} %–{high} % über {pairs} Fensterpaare; Markierungen, die mit den Fenstern kommen und gehen, liegen an den Fenstern.",
  "load.window-flags-reference":
    "Tage mit einem Verhältnis ab {threshold}: {low} %–{high} % über {pairs} Fensterpaare ({reference} % mit {acuteDays}/{chronicDays}); Markierungen, die mit den Fenstern kommen und gehen, liegen an den Fenstern.",
  "load.events-none": "Ereignisse: {count} angegeben, keines mit einem Verhältnis {lagDays} Tag(e) davor: kein Vergleich.",
  "load.events":
    "Ereignisse: Das mittlere Verhältnis {lagDays} Tag(e) vor {used} Ereignis(sen) liegt {association} über dem Mittel der übrigen Tage; gegen chronische Belastungen {comparisons}.",
  "load.term.mostly-rescaled": "Die chronische Belastung schwankt kaum, das Verhältnis ist also vor allem die umskalierte akute Belastung",
  "load.term.partly-rescaled": "Das Verhältnis folgt der akuten Belastung, aber die chronische Belastung trägt etwas bei",
  "load.term.not-rescaled": "Die chronische Belastung verändert das Bild: Das Verhältnis ist mehr als die umskalierte akute Belastung",
  "load.term.none": "–",
  "load.term.no-zone": "keine Zone",
  "load.term.unknown": "unbekannt",
  "load.term.under-training": "zu wenig Training",
  "load.term.sweet-spot": "günstiger Bereich",
  "load.term.caution": "Vorsicht",
  "load.term.danger": "Gefahr",
  "load.term.flexion": "Beugung",
  "load.term.extension": "Streckung",
  "load.term.lateralFlexion": "Seitneigung",
  "load.term.rotation": "Drehung",
  "load.term.axialCompression": "Stauchung",
  "load.term.shear": "Scherung",

  // Volume (V-1, V-2, V-6…V-8)
  "volume.unknown-exercise": "unbekannte Übung „{exercise}“: Block und Schwerpunkt lassen sich nicht prüfen",
  "volume.alternates-sides": "{exercise} wechselt die Seiten: Machen Sie alle Wiederholungen erst auf einer Seite, dann auf der anderen",
  "volume.both-sides-in-one-set":
    "{exercise} wurde mit beiden Seiten in einem Satz eingetragen: Machen Sie alle Wiederholungen erst auf einer Seite, dann auf der anderen, und tragen Sie jede Seite als eigenen Satz ein",
  "volume.wrong-block": "{exercise} ist eine Übung für den Block {inferred}, steht aber im Block {declared}",
  "volume.block-order":
    "Block {block} ({exercise}) kommt nach Block {previousBlock} ({previous}): zuerst einbeinig, dann Schrittstellung, zuletzt beidbeinig",
  "volume.missing-block": "kein Block {block}: Er braucht je eine hüftbetonte und eine kniebetonte Übung",
  "volume.missing-dominance": "im Block {block} fehlt eine {dominance}betonte Übung",
  "volume.extra-dominance": "der Block {block} hat {count} {dominance}betonte Übungen; V-2 sieht eine vor",
  "volume.bodyweight-load":
    "{exercise} ist eine Übung mit Körpergewicht (0 Geräte): Die {load} kg Last werden nicht gezählt; geben Sie die Geräte des Satzes an, damit sie zählen",
  "volume.no-rir": "{exercise}: keine Reserve (RIR) eingetragen, daher zählt der Satz nicht als harter Satz (es wird nie geschätzt)",
  "volume.unknown-exercise-set": "unbekannte Übung „{exercise}“: Ihr Satz zählt in keiner Summe mit",
  "volume.unknown-exercise-sets": "unbekannte Übung „{exercise}“: Ihre {count} Sätze zählen in keiner Summe mit",
  "volume.side-imbalance": "{exercise}: {left} Arbeitswiederholungen links, {right} rechts",
  "volume.span-over-a-week": "die Einheiten verteilen sich auf {days} Kalendertage ({from} bis {to}); sie werden als eine Woche zusammengezählt",
  "volume.term.single-leg": "einbeinig",
  "volume.term.split-stance": "Schrittstellung",
  "volume.term.bilateral": "beidbeinig",
  "volume.term.hip": "hüft",
  "volume.term.knee": "knie",

  // Catalog: suitability (S-7, P-1, P-2, P-6, L-6, T rules)
  "catalog.neural-tension": "{exercise} spannt den Nerv an, und es bestehen ausstrahlende Beinschmerzen",
  "catalog.not-yet-earned": "noch nicht freigeschaltet: Stufe {step} der Progression „{ladder}“, freigeschaltet bis Stufe {unlocked}",
  "catalog.earned-back-top":
    "{exercise} ist eine Übung, die sich die Progression „{ladder}“ zurückerarbeitet (ihre höchste Stufe); sie kommt erst in der Funktionsoptimierung wieder",
  "catalog.earned-back-demand":
    "{exercise} ist eine Übung, die sich die Progression „{ladder}“ zurückerarbeitet (hohe Belastung der Wirbelsäule); sie kommt erst in der Funktionsoptimierung wieder",
  "catalog.tag-avoided": "{tag} Übungen werden in der Stufe {stage} weggelassen",
  "catalog.tag-caution": "{tag} Übungen werden in der Stufe {stage} nur mit Vorsicht eingesetzt",
  "catalog.above-cap": "Belastung in {axis} von {score} liegt über der Grenze von {cap} bei {sensitivity} in der Stufe {stage}",
  "catalog.at-cap": "Belastung in {axis} von {score} liegt genau an der Grenze von {cap} bei {sensitivity} in der Stufe {stage}",
  "catalog.end-range": "{axis} wird bis ans Bewegungsende geführt, bei {sensitivity} in der Stufe {stage}",
  "catalog.repeated": "{axis} wird mit vielen Wiederholungen belastet, bei {sensitivity} in der Stufe {stage}",
  "catalog.within-caps": "{exercise} bleibt in der Stufe {stage} innerhalb jeder Belastungsgrenze der Wirbelsäule",
  "catalog.term.flexion": "Beugung",
  "catalog.term.extension": "Streckung",
  "catalog.term.lateralFlexion": "Seitneigung",
  "catalog.term.rotation": "Drehung",
  "catalog.term.axialCompression": "Stauchung",
  "catalog.term.shear": "Scherung",
  "catalog.term.none": "jedem Rücken",
  "catalog.term.preferred": "einer Richtung, die gut tut",
  "catalog.term.intolerant": "einer empfindlichen Richtung",
  "catalog.term.indeterminate": "einer noch unklaren Richtung",
  "catalog.term.peripheralising": "einer Richtung, die Beschwerden ins Bein schickt",
  "catalog.term.axial-load-sensitive": "einem Rücken, der auf Stauchung empfindlich reagiert",
  "catalog.term.symptom-modulation": "Beschwerdelinderung",
  "catalog.term.movement-control": "Bewegungskontrolle",
  "catalog.term.function-optimisation": "Funktionsoptimierung",
  "catalog.term.ballistic": "Schnellkräftige",
  "catalog.term.valsalva-heavy": "Sehr schwere, mit Pressatmung ausgeführte",

  // Outcomes (O-1…O-4)
  "outcomes.nrs": "Schmerz {nrs}/10 auf der numerischen Schmerzskala (höher heißt mehr Schmerz).",
  "outcomes.rmdq": "{ticked} von {items} Aussagen treffen heute auf Sie zu: RMDQ {ticked}/{items} (höher heißt stärker eingeschränkt).",
  "outcomes.rmdq-incomplete":
    "{count} von {items} Aussagen nicht beantwortet ({missing}): Für fehlende Aussagen gibt es beim RMDQ keine Standardregel, daher kein Wert.",
  "outcomes.odi": "ODI {percent} %: {sum} von {possible} Punkten (höher heißt stärker eingeschränkt).",
  "outcomes.odi-one-missing": "ODI {percent} %: {sum} von {possible} Punkten, Abschnitt {section} nicht beantwortet (höher heißt stärker eingeschränkt).",
  "outcomes.odi-incomplete":
    "{count} von {sections} Abschnitten nicht beantwortet ({missing}): Der ODI wird nur mit höchstens einem fehlenden Abschnitt ausgewertet, daher kein Wert.",
  "outcomes.psfs-one": "PSFS {mean}/10, 1 Tätigkeit (10 heißt: so möglich wie vor den Beschwerden).",
  "outcomes.psfs-mean": "PSFS {mean}/10, Mittelwert aus {count} Tätigkeiten (10 heißt: so möglich wie vor den Beschwerden).",
  "outcomes.change-unknown-neither": "{instrument}: Es gibt keinen der beiden Werte, daher ist die Veränderung unbekannt.",
  "outcomes.change-unknown-baseline": "{instrument}: Der Ausgangswert fehlt, daher ist die Veränderung unbekannt.",
  "outcomes.change-unknown-latest": "{instrument}: Der letzte Wert fehlt, daher ist die Veränderung unbekannt.",
  "outcomes.change-improved": "{instrument} von {before} auf {after} ({amount} besser): eine spürbare Verbesserung (mindestens {threshold}).",
  "outcomes.change-worse": "{instrument} von {before} auf {after} ({amount} schlechter): spürbar schlechter (mindestens {threshold}).",
  "outcomes.change-unchanged-none": "{instrument} von {before} auf {after} (unverändert): keine spürbare Veränderung (dafür braucht es {threshold}).",
  "outcomes.change-unchanged-better": "{instrument} von {before} auf {after} ({amount} besser): keine spürbare Veränderung (dafür braucht es {threshold}).",
  "outcomes.change-unchanged-worse": "{instrument} von {before} auf {after} ({amount} schlechter): keine spürbare Veränderung (dafür braucht es {threshold}).",
  "outcomes.trend-improved":
    "{from} bis {to} ({days} Tage): {instrument} von {before} auf {after} ({amount} besser): eine spürbare Verbesserung (mindestens {threshold}).",
  "outcomes.trend-worse": "{from} bis {to} ({days} Tage): {instrument} von {before} auf {after} ({amount} schlechter): spürbar schlechter (mindestens {threshold}).",
  "outcomes.trend-unchanged-none":
    "{from} bis {to} ({days} Tage): {instrument} von {before} auf {after} (unverändert): keine spürbare Veränderung (dafür braucht es {threshold}).",
  "outcomes.trend-unchanged-better":
    "{from} bis {to} ({days} Tage): {instrument} von {before} auf {after} ({amount} besser): keine spürbare Veränderung (dafür braucht es {threshold}).",
  "outcomes.trend-unchanged-worse":
    "{from} bis {to} ({days} Tage): {instrument} von {before} auf {after} ({amount} schlechter): keine spürbare Veränderung (dafür braucht es {threshold}).",
  "outcomes.activity-improved": "PSFS „{activity}“ von {before} auf {after}: eine spürbare Verbesserung für eine einzelne Tätigkeit ({points} Punkte).",
  "outcomes.activity-worse": "PSFS „{activity}“ von {before} auf {after}: spürbar schlechter für eine einzelne Tätigkeit ({points} Punkte).",
  "outcomes.recorded": "{instrument}-Wert {score} eingetragen.",
  "outcomes.trend-no-score": "Keiner der {count} Einträge hat einen Wert: noch kein Verlauf.",
  "outcomes.trend-one-score": "Bisher ein Wert ({score} am {date}): Für einen Verlauf braucht es zwei.",

  // Staging (T-1…T-5, C-3)
  "staging.worst-pain-high": "Der stärkste Schmerz der letzten 24 Stunden lag bei {worst}/10 (≥ {high}).",
  "staging.worst-pain-moderate": "Der stärkste Schmerz der letzten 24 Stunden lag bei {worst}/10 ({moderate}–{upper}).",
  "staging.night-pain-most-nights": "Fast jede Nacht Aufwachen wegen Schmerzen.",
  "staging.positional-night-pain-most-nights": "Fast jede Nacht Aufwachen wegen Schmerzen, die ein Lagewechsel lindert.",
  "staging.night-pain-occasional": "Ab und zu nächtliches Aufwachen wegen Schmerzen.",
  "staging.positional-night-pain-occasional": "Ab und zu nächtliches Aufwachen wegen Schmerzen, die ein Lagewechsel lindert.",
  "staging.night-pain-to-inflammatory-screen":
    "Nächtliche Schmerzen in der zweiten Nachthälfte mit Morgensteifigkeit, die sich bei Bewegung löst, gehören zur Prüfung auf entzündlichen Rückenschmerz (S-8).",
  "staging.night-pain-to-safety-gate":
    "Nächtliche Schmerzen, die keine Lage lindert, sind ein Hinweiszeichen für die Sicherheitsprüfung (S-4, S-6), nicht nur eine Angabe für die Stufe.",
  "staging.pain-before-end-range": "Der bekannte Schmerz kommt schon vor dem Ende der Bewegung.",
  "staging.cannot-reach-end-range": "Eine Endposition der Clearing-Tests lässt sich nicht erreichen.",
  "staging.pain-at-end-range": "Der bekannte Schmerz kommt am Ende der Bewegung.",
  "staging.flare-lasts-to-next-day": "Eine Schmerzverstärkung hält bis zum nächsten Tag an.",
  "staging.settles-within-hours": "Nach Belastung dauert es Stunden, bis sich die Beschwerden beruhigen.",
  "staging.leg-pain-below-knee": "Die Beinschmerzen reichen bis unter das Knie (S-7).",
  "staging.leg-symptoms-above-knee": "Beschwerden im Bein oberhalb des Knies: Für die Funktionsoptimierung muss das Bein beschwerdefrei sein.",
  "staging.fear-of-movement": "Den Atem anhalten beim Gedanken an Bewegung oder Angst, sich zu bewegen.",
  "staging.stiffness": "Steifigkeit über den Tag.",
  "staging.not-screened": "Keine Sicherheitsprüfung angegeben: Für die Funktionsoptimierung muss die Prüfung „unbedenklich“ ergeben.",
  "staging.low-direction-confidence": "Clearing-Tests und Vorgeschichte passen nicht zusammen: eine Stufe vorsichtiger ({stage}).",
  "staging.safety-cap": "Die Sicherheitsprüfung begrenzt die Stufe auf {stage}.",
  "staging.safety-cap-advisory": "Die Sicherheitsprüfung erlaubt Training mit Hinweisen: höchstens Bewegungskontrolle.",
  "staging.safety-cap-withheld": "Die Sicherheitsprüfung ergibt „{action}“: kein Training bis zur Freigabe.",
  "staging.all-conditions-hold":
    "Alle Bedingungen für die Funktionsoptimierung sind erfüllt: stärkster Schmerz ≤ 3, keine nächtlichen Schmerzen, beide Endpositionen schmerzfrei erreicht, Beruhigung innerhalb einer Stunde, keine Beschwerden im Bein, Sicherheitsprüfung unbedenklich.",

  // Classification (C-1…C-7, E-1…E-3)
  "classification.flexion-test-positive": "Der Flexions-Clearing-Test (Rock-back) löste den bekannten Schmerz mit {pain}/10 aus: positiv.",
  "classification.extension-test-positive": "Der Extensions-Clearing-Test (Press-up) löste den bekannten Schmerz mit {pain}/10 aus: positiv.",
  "classification.flexion-test-discomfort":
    "Der Flexions-Clearing-Test (Rock-back) ergab {pain}/10, aber nicht den bekannten Schmerz: ein Unbehagen, kein positiver Test.",
  "classification.extension-test-discomfort":
    "Der Extensions-Clearing-Test (Press-up) ergab {pain}/10, aber nicht den bekannten Schmerz: ein Unbehagen, kein positiver Test.",
  "classification.flexion-peripheralised":
    "Beim Flexions-Clearing-Test (Rock-back) wanderten die Beschwerden weiter von der Wirbelsäule weg ({before} → {after}): Flexion wird nicht vertragen, egal wie stark der Schmerz war.",
  "classification.extension-peripheralised":
    "Beim Extensions-Clearing-Test (Press-up) wanderten die Beschwerden weiter von der Wirbelsäule weg ({before} → {after}): Extension wird nicht vertragen, egal wie stark der Schmerz war.",
  "classification.flexion-centralised":
    "Beim Flexions-Clearing-Test (Rock-back) zogen sich die Beschwerden zur Wirbelsäule zurück ({before} → {after}): Flexion tut eher gut, sie ist kein Problem.",
  "classification.extension-centralised":
    "Beim Extensions-Clearing-Test (Press-up) zogen sich die Beschwerden zur Wirbelsäule zurück ({before} → {after}): Extension tut eher gut, sie ist kein Problem.",
  "classification.multidirectional": "Beide Tests waren positiv und unterscheiden sich um {difference} Punkt(e), weniger als {margin}: beide Richtungen sind empfindlich.",
  "classification.flexion-worse":
    "Beide Tests waren positiv; der Flexions-Clearing-Test (Rock-back) war um {difference} Punkte schmerzhafter und bestimmt deshalb die empfindliche Richtung (auch der Extensionstest war positiv: dort vorsichtig sein).",
  "classification.extension-worse":
    "Beide Tests waren positiv; der Extensions-Clearing-Test (Press-up) war um {difference} Punkte schmerzhafter und bestimmt deshalb die empfindliche Richtung (auch der Flexionstest war positiv: dort vorsichtig sein).",
  "classification.only-flexion-positive": "Nur der Flexions-Clearing-Test (Rock-back) war positiv: Flexion wird nicht vertragen.",
  "classification.only-extension-positive": "Nur der Extensions-Clearing-Test (Press-up) war positiv: Extension wird nicht vertragen.",
  "classification.positive-but-centralising":
    "Der einzige positive Test zog die Beschwerden auch zur Wirbelsäule zurück, diese Richtung tut also eher gut: keine empfindliche Bewegungsrichtung.",
  "classification.no-positive-test": "Keiner der Tests löste den bekannten Schmerz aus: keine empfindliche Bewegungsrichtung.",
  "classification.lateral-shift":
    "Eine seitliche Verschiebung des Oberkörpers lässt sich mit zwei Tests nach vorn und hinten nicht klären: nicht eindeutig; lassen Sie das physiotherapeutisch oder ärztlich untersuchen.",
  "classification.rotation-pain":
    "Schmerz bei Drehbewegungen lässt sich mit zwei Tests nach vorn und hinten nicht klären: nicht eindeutig; lassen Sie das physiotherapeutisch oder ärztlich untersuchen.",
  "classification.lateral-shift-and-rotation-pain":
    "Eine seitliche Verschiebung des Oberkörpers und Schmerz bei Drehbewegungen lassen sich mit zwei Tests nach vorn und hinten nicht klären: nicht eindeutig; lassen Sie das physiotherapeutisch oder ärztlich untersuchen.",
  "classification.provoking-none-relieving-none": "Beschwerden auslösende Richtungen: keine; lindernde Richtungen: keine.",
  "classification.provoking-none-relieving-flexion": "Beschwerden auslösende Richtungen: keine; lindernde Richtung: Flexion.",
  "classification.provoking-none-relieving-extension": "Beschwerden auslösende Richtungen: keine; lindernde Richtung: Extension.",
  "classification.provoking-none-relieving-both": "Beschwerden auslösende Richtungen: keine; lindernde Richtungen: Flexion und Extension.",
  "classification.provoking-flexion-relieving-none": "Beschwerden auslösende Richtung: Flexion; lindernde Richtungen: keine.",
  "classification.provoking-flexion-relieving-flexion": "Beschwerden auslösende Richtung: Flexion; lindernde Richtung: Flexion.",
  "classification.provoking-flexion-relieving-extension": "Beschwerden auslösende Richtung: Flexion; lindernde Richtung: Extension.",
  "classification.provoking-flexion-relieving-both": "Beschwerden auslösende Richtung: Flexion; lindernde Richtungen: Flexion und Extension.",
  "classification.provoking-extension-relieving-none": "Beschwerden auslösende Richtung: Extension; lindernde Richtungen: keine.",
  "classification.provoking-extension-relieving-flexion": "Beschwerden auslösende Richtung: Extension; lindernde Richtung: Flexion.",
  "classification.provoking-extension-relieving-extension": "Beschwerden auslösende Richtung: Extension; lindernde Richtung: Extension.",
  "classification.provoking-extension-relieving-both": "Beschwerden auslösende Richtung: Extension; lindernde Richtungen: Flexion und Extension.",
  "classification.provoking-both-relieving-none": "Beschwerden auslösende Richtungen: Flexion und Extension; lindernde Richtungen: keine.",
  "classification.provoking-both-relieving-flexion": "Beschwerden auslösende Richtungen: Flexion und Extension; lindernde Richtung: Flexion.",
  "classification.provoking-both-relieving-extension": "Beschwerden auslösende Richtungen: Flexion und Extension; lindernde Richtung: Extension.",
  "classification.provoking-both-relieving-both": "Beschwerden auslösende Richtungen: Flexion und Extension; lindernde Richtungen: Flexion und Extension.",
  "classification.history-disagrees":
    "Die Vorgeschichte spricht für eine Empfindlichkeit bei {suggested}, die Tests aber für {pattern}: unsichere Einordnung, daher eine Stufe vorsichtiger.",
  "classification.history-agrees": "Die Vorgeschichte passt dazu: Sie spricht für eine Empfindlichkeit bei {suggested}.",
  "classification.history-unspecific": "Die Vorgeschichte weist auf keine bestimmte Richtung hin; sie stützt die Tests weder, noch widerspricht sie ihnen.",
  "classification.endurance-wrong-stage": "Die Ausdauertests gehören zur Stufe Funktionsoptimierung; die aktuelle Stufe ist {stage}.",
  "classification.endurance-safety": "Die Sicherheitsprüfung ergibt „{action}“: keine Ausdauertests, bis jedes Zeichen abgeklärt ist.",
  "classification.endurance-no-stage":
    "Keine Stufe angegeben: Machen Sie diese Tests nur in der Funktionsoptimierung und brechen Sie einen Test beim ersten bekannten Schmerz ab.",
  "classification.endurance-reference":
    "Die Haltezeiten werden mit den Mittelwerten junger, gesunder, untrainierter Erwachsener von 1999 verglichen; das dient nur der Information, nicht als bestanden oder nicht bestanden.",
  "classification.flexor-to-extensor-undefined": "Beuger ÷ Strecker: nicht bestimmbar, die Haltezeit im Nenner ist 0 s (Ziel unter {max}).",
  "classification.flexor-to-extensor-pass": "Beuger ÷ Strecker = {value} (Ziel unter {max}): im Zielbereich.",
  "classification.flexor-to-extensor-fail": "Beuger ÷ Strecker = {value} (Ziel unter {max}): außerhalb des Zielbereichs.",
  "classification.right-to-left-side-bridge-undefined": "Seitstütz rechts ÷ links: nicht bestimmbar, die Haltezeit im Nenner ist 0 s (Ziel {min}–{max}).",
  "classification.right-to-left-side-bridge-pass": "Seitstütz rechts ÷ links = {value} (Ziel {min}–{max}): im Zielbereich.",
  "classification.right-to-left-side-bridge-fail": "Seitstütz rechts ÷ links = {value} (Ziel {min}–{max}): außerhalb des Zielbereichs.",
  "classification.left-side-bridge-to-extensor-undefined": "Seitstütz links ÷ Strecker: nicht bestimmbar, die Haltezeit im Nenner ist 0 s (Ziel unter {max}).",
  "classification.left-side-bridge-to-extensor-pass": "Seitstütz links ÷ Strecker = {value} (Ziel unter {max}): im Zielbereich.",
  "classification.left-side-bridge-to-extensor-fail": "Seitstütz links ÷ Strecker = {value} (Ziel unter {max}): außerhalb des Zielbereichs.",
  "classification.right-side-bridge-to-extensor-undefined": "Seitstütz rechts ÷ Strecker: nicht bestimmbar, die Haltezeit im Nenner ist 0 s (Ziel unter {max}).",
  "classification.right-side-bridge-to-extensor-pass": "Seitstütz rechts ÷ Strecker = {value} (Ziel unter {max}): im Zielbereich.",
  "classification.right-side-bridge-to-extensor-fail": "Seitstütz rechts ÷ Strecker = {value} (Ziel unter {max}): außerhalb des Zielbereichs.",
  "classification.no-lower-crossed": "Kein Hinweis auf ein unteres gekreuztes Syndrom: Der Schwerpunkt bleibt, wie er ist.",
  "classification.lower-crossed-count": "{count} von 4 Hinweisen auf ein unteres gekreuztes Syndrom: {indicators}.",
  "classification.train-glutes": "Trainieren Sie zuerst die Gesäßmuskeln (Hip Thrusts, Brücken, Split Squats, Band Walks, einbeiniges RDL): {indicators}.",
  "classification.train-abdominals": "Trainieren Sie Bauchmuskeln und Rumpfspannung, damit das Becken gehalten wird und nicht der untere Rücken.",
  "classification.hip-flexor-mobility": "Ergänzen Sie Mobilisation der Hüftbeuger, damit das Becken nicht nach vorn gekippt wird.",
  "classification.no-back-extension-training":
    "Lassen Sie „Rückentraining“ mit Schwerpunkt auf der Rückenstreckung weg: Die Rückenstrecker sind meist ohnehin schon überaktiv.",

  // Progression (L-1…L-7, P-1…P-9, A-7, G-2, O-5)
  "progression.session-rescreen-stop": "Die Sicherheitsabfrage vor der Einheit ergibt „{action}“: kein Training, bis das geklärt ist.",
  "progression.weekly-rescreen-stop": "Die wöchentliche Sicherheitsabfrage ergibt „{action}“: kein Training, bis das geklärt ist.",
  "progression.dose-flexion-conflict":
    "{exercise} belastet die Flexion, und die Flexion ließ Beschwerden ins Bein ausstrahlen: Beenden Sie die Übung und beantworten Sie die Sicherheitsfragen erneut.",
  "progression.dose-extension-conflict":
    "{exercise} belastet die Extension, und die Extension ließ Beschwerden ins Bein ausstrahlen: Beenden Sie die Übung und beantworten Sie die Sicherheitsfragen erneut.",
  "progression.dose-both-directions-conflict":
    "{exercise} belastet Flexion und Extension, die beide Beschwerden ins Bein ausstrahlen ließen: Beenden Sie die Übung und beantworten Sie die Sicherheitsfragen erneut.",
  "progression.dose-no-session": "Noch keine Einheit mit {exercise} eingetragen: Bleiben Sie bei der vorgegebenen Dosis und notieren Sie, wie der Rücken reagiert.",
  "progression.dose-layoff": "{days} Tage seit der letzten Einheit mit {exercise} (eine Trainingspause): Steigen Sie schrittweise wieder ein.",
  "progression.dose-layoff-bodyweight": "Übung mit Körpergewicht: Wiederholen Sie die letzte Dosis, bevor Sie wieder steigern.",
  "progression.dose-axial-ceiling":
    "Diese Übung staucht die Wirbelsäule, daher gilt die niedrigere Schmerzgrenze von {ceiling}/10: Besser ist eine Last, die Sie in den Händen halten.",
  "progression.dose-no-sets-logged":
    "In der letzten Einheit mit {exercise} wurde kein Arbeitssatz eingetragen: Bleiben Sie bei der vorgegebenen Dosis und notieren Sie die gemachten Sätze.",
  "progression.dose-below-prescribed-load":
    "{count} Satz/Sätze mit {liftedKg} kg statt der vorgegebenen {prescribedKg} kg: Diese Sätze zählen nicht für eine Laststeigerung; Dosis halten.",
  "progression.dose-sets-incomplete": "{done} von {sets} Sätzen geschafft: Machen Sie erst alle vorgegebenen Sätze, bevor Sie steigern.",
  "progression.dose-needs-green": "{streak} von {required} grünen Einheiten in Folge bei dieser Dosis: halten, bis der Rücken zweimal gut reagiert hat.",
  "progression.dose-below-top-reps":
    "Nicht jeder Satz hat das obere Ende des Bereichs erreicht ({top} Wiederholungen; geschafft: {done}): Dosis halten und darauf hinarbeiten.",
  "progression.dose-below-top-hold": "Nicht jeder Satz hat das obere Ende des Bereichs erreicht ({top} s; geschafft: {done}): Dosis halten und darauf hinarbeiten.",
  "progression.dose-green-streak": "{streak} grüne Einheiten in Folge bei dieser Dosis, jeweils bis zum nächsten Morgen vollständig erholt.",
  "progression.dose-one-change": "Fortgeschrittene Stufe: immer nur eine Änderung (Gewicht oder Wiederholungen, nicht beides).",
  "progression.dose-add-set": "Einen Satz mehr: {from} → {to}.",
  "progression.dose-add-load":
    "Jeder Satz hat das obere Ende erreicht: um die kleinste Laststufe steigern, {fromKg} → {toKg} kg, und wieder mit {bottom} Wiederholungen beginnen.",
  "progression.dose-add-load-hold": "Jeder Satz hat das obere Ende erreicht: um die kleinste Laststufe steigern, {fromKg} → {toKg} kg.",
  "progression.dose-range-first": "Übung außerhalb der Neutralstellung: zuerst den Bewegungsumfang steigern, {from} → {to}.",
  "progression.dose-hold-longer": "Länger halten: {fromMin}–{fromMax} s → {toMin}–{toMax} s.",
  "progression.dose-add-pause": "Frühe Stufe: erst eine Pause einbauen, dann mehr Gewicht, {from} → {to} s an der schwersten Stelle jeder Wiederholung.",
  "progression.dose-raise-reps": "Körpergewicht: den Wiederholungsbereich anheben, {fromMin}–{fromMax} → {toMin}–{toMax}.",
  "progression.dose-at-maximum": "Diese Dosis ist am Ende ihrer Steigerung angekommen.",
  "progression.dose-at-maximum-harder": "Diese Dosis ist am Ende ihrer Steigerung angekommen. Möglich ist eine schwierigere Variante: {harder}.",
  "progression.dose-lighter-load": "Last × {factor}, abgerundet auf eine verfügbare Last: {fromKg} → {toKg} kg.",
  "progression.dose-accommodating": "Bänder oder Ketten entlasten die untere Position, während es oben schwer bleibt.",
  "progression.dose-easier-after-two-reds":
    "Eine Stufe leichter (zwei rote Einheiten in Folge): {from} → {to}; wählen Sie eine Last, bei der der Schmerz im grünen Bereich bleibt.",
  "progression.dose-easier-no-lighter-load":
    "Eine Stufe leichter (keine leichtere Last verfügbar): {from} → {to}; wählen Sie eine Last, bei der der Schmerz im grünen Bereich bleibt.",
  "progression.dose-easier-bodyweight":
    "Eine Stufe leichter (bei einer Übung mit Körpergewicht lässt sich keine Last wegnehmen): {from} → {to}; wählen Sie eine Last, bei der der Schmerz im grünen Bereich bleibt.",
  "progression.dose-shorter-range": "Keine leichtere Übung bekannt: den Bewegungsumfang verkürzen, {from} → {to}.",
  "progression.dose-fewer-sets": "Keine leichtere Übung bekannt: ein Satz weniger, {from} → {to}.",
  "progression.dose-nothing-easier": "Für {exercise} gibt es keine leichtere Stufe mehr: Beenden Sie die Übung und wählen Sie eine schonendere Alternative.",
  "progression.pain-peripheralised":
    "Die Beschwerden strahlen weiter ins Bein aus: Beenden Sie diese Bewegungsrichtung sofort und beantworten Sie die Sicherheitsfragen erneut.",
  "progression.pain-above-ceiling": "Der Schmerz erreichte {peak}/10, über der Grenze von {ceiling}/10: Beenden Sie diese Übung; sie wird leichter gemacht.",
  "progression.pain-above-axial-ceiling":
    "Der Schmerz erreichte {peak}/10, über der Grenze von {ceiling}/10 (Übung, die die Wirbelsäule staucht): Beenden Sie diese Übung; sie wird leichter gemacht.",
  "progression.pain-amber": "Der Schmerz erreichte {peak}/10: unter der Grenze von {ceiling}/10, aber über dem grünen Bereich (0–{greenMax}); Dosis halten.",
  "progression.pain-amber-axial":
    "Der Schmerz erreichte {peak}/10: unter der Grenze von {ceiling}/10 (Übung, die die Wirbelsäule staucht), aber über dem grünen Bereich (0–{greenMax}); Dosis halten.",
  "progression.pain-green": "Der Schmerz blieb bei {peak}/10, im grünen Bereich (0–{greenMax}).",
  "progression.pain-morning-unknown":
    "Der Schmerz am nächsten Morgen ist noch nicht eingetragen; eine Einheit gilt erst als grün, wenn der Rücken am nächsten Morgen wieder auf dem Ausgangswert ist.",
  "progression.pain-flare":
    "Schmerz am nächsten Morgen {morning}/10, {margin} oder mehr Punkte über dem Ausgangswert von {baseline}/10: eine Reizung; die Übung wird leichter gemacht.",
  "progression.pain-lingering": "Schmerz am nächsten Morgen {morning}/10, noch über dem Ausgangswert von {baseline}/10: halten, bis er abgeklungen ist.",
  "progression.pain-recovered": "Schmerz am nächsten Morgen {morning}/10, wieder auf dem Ausgangswert von {baseline}/10.",
  "progression.pain-centralised": "Die Beschwerden sind zur Wirbelsäule hin gewandert (Zentralisierung): ein gutes Zeichen für diese Bewegungsrichtung.",
  "progression.axial-back-to-back":
    "{dayBefore} ({before}) und {day} ({now}) stauchen beide die Wirbelsäule: Legen Sie einen Tag ohne stauchende Last dazwischen.",
  "progression.deload-acwr": "Die Trainingsbelastung liegt im Bereich „{zone}“ (Verhältnis {ratio}): jetzt entlasten, nicht erst nach Plan.",
  "progression.deload-acwr-no-ratio": "Die Trainingsbelastung liegt im Bereich „{zone}“: jetzt entlasten, nicht erst nach Plan.",
  "progression.deload-pain-rising": "Der Morgenschmerz ist {weeks} Wochen in Folge gestiegen: Legen Sie eine Entlastungswoche ein und lassen Sie das Programm überprüfen.",
  "progression.deload-scheduled": "{weeks} Trainingswochen seit der letzten Entlastung: Die geplante Entlastungswoche (alle {cadence} Wochen) ist fällig.",
  "progression.deload-in-one-week": "{weeks} Trainingswochen seit der letzten Entlastung; die nächste geplante Entlastungswoche kommt in 1 Woche.",
  "progression.deload-in-weeks": "{weeks} Trainingswochen seit der letzten Entlastung; die nächste geplante Entlastungswoche kommt in {left} Wochen.",
  "progression.ladder-hinge-order": "Hüftbeugen mit kürzerem Weg und neutralem Rücken (Trap-Bar, Rack Pulls) kommen vor dem Heben vom Boden.",
  "progression.ladder-flexion-conflict":
    "Die Stufenfolge „{ladder}“ belastet die Flexion, und die Flexion ließ Beschwerden ins Bein ausstrahlen: nicht weiter aufsteigen; beantworten Sie die Sicherheitsfragen erneut.",
  "progression.ladder-extension-conflict":
    "Die Stufenfolge „{ladder}“ belastet die Extension, und die Extension ließ Beschwerden ins Bein ausstrahlen: nicht weiter aufsteigen; beantworten Sie die Sicherheitsfragen erneut.",
  "progression.ladder-both-directions-conflict":
    "Die Stufenfolge „{ladder}“ belastet Flexion und Extension, die beide Beschwerden ins Bein ausstrahlen ließen: nicht weiter aufsteigen; beantworten Sie die Sicherheitsfragen erneut.",
  "progression.ladder-step-held": "Schritt {step} von {steps} ({exercise}) ist für Sie noch nicht erlaubt ({rule}); er wartet, bis diese Grenze entfällt.",
  "progression.ladder-none-fits": "Noch kein Schritt der Stufenfolge „{ladder}“ passt zu Ihrer Stufe: Sie wartet.",
  "progression.ladder-start": "Die Übung schrittweise zurückgewinnen: Beginnen Sie die Stufenfolge „{ladder}“ bei Schritt {step} von {steps} ({exercise}).",
  "progression.ladder-gradual": "Die Bewegungsrichtung, die Beschwerden auslöst, kommt schrittweise zurück, ein Schritt nach dem anderen.",
  "progression.ladder-red-stay": "Eine rote Reaktion: Bleiben Sie bei Schritt {step} von {steps} ({exercise}), dem ersten Schritt, und lassen Sie es abklingen.",
  "progression.ladder-red-drop": "Eine rote Reaktion: zurück zu Schritt {step} von {steps} ({exercise}).",
  "progression.ladder-hold": "Bei Schritt {step} von {steps} ({exercise}) bleiben.",
  "progression.ladder-needs-green": "{streak} von {required} grünen Einheiten in Folge bei Schritt {step} von {steps} ({exercise}): halten.",
  "progression.ladder-greens":
    "{streak} grüne Einheiten in Folge bei Schritt {step} von {steps} ({exercise}), jeweils am nächsten Morgen wieder auf dem Ausgangswert.",
  "progression.ladder-complete": "Die Stufenfolge „{ladder}“ ist abgeschlossen: Der letzte Schritt, {exercise}, ist zurückgewonnen.",
  "progression.ladder-advance": "Genau einen Schritt weiter, zu Schritt {step} von {steps} ({exercise}).",
  "progression.stage-radicular":
    "Der ins Bein ausstrahlende Schmerz besteht seit {weeks} Wochen (länger als {limit}): Lassen Sie das fachärztlich abklären.",
  "progression.stage-no-outcome-improvement":
    "Keine bedeutsame Besserung in einem der erfassten Fragebögen über {weeks} Wochen: Lassen Sie sich physiotherapeutisch untersuchen.",
  "progression.stage-outcome-improved": "{measure} hat sich über {weeks} Wochen bedeutsam gebessert.",
  "progression.stage-pain-floor": "Der Schmerz liegt bei {pain}/10, bei {floor} oder darunter: Die Besserung wird nicht am Schmerz allein beurteilt.",
  "progression.stage-no-improvement":
    "Der Morgenschmerz ging über {weeks} Wochen von {from}/10 auf {to}/10, ohne sich zu bessern: Lassen Sie sich physiotherapeutisch untersuchen.",
  "progression.stage-outcome-worse":
    "{measure} hat sich bedeutsam verschlechtert ({measure} ging von {from} auf {to}): Beantworten Sie vor der nächsten Einheit die Sicherheitsfragen erneut (S-9).",
  "progression.stage-rising-first":
    "Morgenschmerz oder Steifigkeit sind {weeks} Wochen in Folge gestiegen; Sie sind schon auf der vorsichtigsten Stufe: halten und die Belastung überprüfen.",
  "progression.stage-rising-drop": "Morgenschmerz oder Steifigkeit sind {weeks} Wochen in Folge gestiegen: eine Stufe zurück, zu {stage}.",
  "progression.stage-advance": "Beide Clearing-Tests wiederholt und die Stufe neu bestimmt: weiter zu {stage}.",
  "progression.stage-advance-capped":
    "Beide Clearing-Tests wiederholt und die Stufe neu bestimmt: weiter zu {stage} (die Neubestimmung ergab {restaged}; es geht immer nur eine Stufe weiter).",
  "progression.stage-restage-drop": "Die Neubestimmung zeigt eine stärkere Reizbarkeit: Trainieren Sie auf der Stufe {stage}.",
  "progression.stage-restage-hold": "Die Neubestimmung bestätigt {stage}: halten.",
  "progression.stage-last": "Schon auf {stage}, der letzten Stufe: halten.",
  "progression.stage-no-restage": "Diese Woche keine Neubestimmung: Um weiterzukommen, wiederholen Sie beide Clearing-Tests und lassen die Stufe neu bestimmen.",
  "progression.outcome-one-score": "{measure}: bisher ein Wert ({date}); für eine Veränderung braucht es zwei.",
  "progression.outcome-pain-floor": "{measure} liegt bei {score}/10, bei {floor} oder darunter: wird nicht am Schmerz beurteilt.",
  "progression.term.symptom-modulation": "Beschwerdelinderung",
  "progression.term.movement-control": "Bewegungskontrolle",
  "progression.term.function-optimisation": "Funktionsoptimierung",
  "progression.term.emergency": "Notfall: sofort Hilfe suchen",
  "progression.term.urgent-referral": "dringende ärztliche Abklärung",
  "progression.term.stop-until-cleared": "Pause bis zur ärztlichen Freigabe",
  "progression.term.incomplete-screening": "Sicherheitsfragen unvollständig",
  "progression.term.proceed-with-advisory": "trainieren, mit Hinweis",
  "progression.term.proceed": "trainieren",
  "progression.term.under-training": "zu geringe Belastung",
  "progression.term.sweet-spot": "günstig",
  "progression.term.caution": "Vorsicht",
  "progression.term.danger": "Gefahr",
  "progression.term.quarter": "Viertel",
  "progression.term.half": "halber",
  "progression.term.three-quarter": "Dreiviertel",
  "progression.term.full": "voller",
  "progression.term.hinge": "Hüftbeuge",
  "progression.term.squat": "Kniebeuge",
  "progression.term.row": "Rudern",
  "progression.term.flexion-exposure": "Gewöhnung an Flexion",
  "progression.term.extension-exposure": "Gewöhnung an Extension",
  "progression.term.lateral-flexion-exposure": "Gewöhnung an Seitneigung",
  "progression.term.leg-press": "Beinpresse",
  "progression.term.crunch": "Crunch",

  // Program (the planner: G, T, C, V, P, A and L rules)
  "program.assess-indeterminate":
    "Die beiden Clearing-Tests können dieses Muster nicht einordnen (seitliche Verschiebung oder Rotation): Lassen Sie das ärztlich oder physiotherapeutisch abklären; der Plan bleibt vorsichtig.",
  "program.assess-history-disagrees":
    "Tests und Vorgeschichte passen nicht zusammen: Nehmen Sie die Richtung als erste Annahme und beobachten Sie, wie das Training ankommt.",
  "program.emphasis-bracing": "Atmung und Rumpfspannung: Der Druck im Bauchraum stabilisiert die Lendenwirbelsäule.",
  "program.emphasis-thoracic-mobility":
    "Beweglichkeit der Brustwirbelsäule, damit sich der obere Rücken dreht und streckt statt des unteren Rückens (Gelenk für Gelenk).",
  "program.emphasis-hip-mobility": "Hüftbeweglichkeit: Die Hüften liefern den Bewegungsumfang, die Lendenwirbelsäule bleibt stabil.",
  "program.emphasis-flexion-eases":
    "Sanfte Flexion lindert Ihre Beschwerden: Eine Übung in diese Richtung steht am Anfang des Aufwärmens, solange Beschwerden bestehen.",
  "program.emphasis-extension-eases":
    "Sanfte Extension lindert Ihre Beschwerden: Eine Übung in diese Richtung steht am Anfang des Aufwärmens, solange Beschwerden bestehen.",
  "program.emphasis-both-directions-ease":
    "Sanfte Flexion und Extension lindern Ihre Beschwerden: Eine Übung in diese Richtungen steht am Anfang des Aufwärmens, solange Beschwerden bestehen.",
  "program.emphasis-flexion-positions": "Beugung wird schlecht vertragen: Unterbrechen Sie langes und krummes Sitzen; wechseln Sie oft die Position.",
  "program.emphasis-extension-positions": "Streckung wird schlecht vertragen: Vermeiden Sie langes Stehen und Hohlkreuz; wechseln Sie oft die Position.",
  "program.session-trim-core-sets": "Eine Einheit von {minutes} Minuten: zwei Sätze Rumpfübungen, damit die Hauptübungen ihren Platz behalten.",
  "program.session-trim-core-exercises": "Eine Einheit von {minutes} Minuten: zwei Rumpfübungen, damit die Hauptübungen ihren Platz behalten.",
  "program.session-trim-walk": "Eine Einheit von {minutes} Minuten: 10 Minuten Gehen, damit die Hauptübungen ihren Platz behalten.",
  "program.session-trim-warm-up": "Eine Einheit von {minutes} Minuten: ein Satz je Aufwärmübung, damit die Hauptübungen ihren Platz behalten.",
  "program.session-time-scaled":
    "Das Volumen der Blöcke ist auf etwa {percent} % gekürzt, damit die Einheit in {minutes} Minuten passt; der Einbeinblock behält mindestens 2 Sätze, und die Wiederholungsziele pro Bein bleiben das Ziel.",
  "program.session-week-scaled": "Das Volumen der Blöcke ist diese Woche auf {percent} % angepasst (siehe die Gründe der Woche).",
  "program.session-too-short":
    "{minutes} Minuten sind kürzer, als diese Einheit mindestens braucht (etwa {needed} Minuten): Planen Sie eine längere Einheit oder weniger Tage mit mehr Zeit.",
  "program.stage-symptom-modulation":
    "Beschwerdelinderung: Übungen mit Körpergewicht bei neutraler Wirbelsäule, Positionen, die Beschwerden lindern, sanfte Hauptübungen und zum Schluss zügiges Gehen, bei dem Sie sich noch unterhalten können.",
  "program.stage-movement-control":
    "Bewegungskontrolle: leichte bis mittlere Lasten in den Händen, jeder Satz endet mit 3 oder mehr Wiederholungen in Reserve; Rumpfstabilität und Rumpfspannung; Beweglichkeit von Hüfte und Brustwirbelsäule.",
  "program.stage-function-optimisation":
    "Funktionsaufbau: Krafttraining mit Schwerpunkt auf einbeinigen Übungen, Lasten in den Händen und den schrittweise zurückgewonnenen Übungen; immer nur eine Sache steigern (P-8).",
  "program.session-axial-day": "Ein Tag mit stauchender Last: Übungen, die die Wirbelsäule stauchen, sind heute erlaubt; die nächste Einheit kommt ohne sie aus.",
  "program.session-non-axial-day": "Ein Tag ohne stauchende Last: nichts, was die Wirbelsäule staucht (Wechsel nach P-7).",
  "program.warm-up-breathing": "Zuerst Atmung und Rumpfspannung: Der Druck im Bauchraum stabilisiert den Rumpf, bevor Last dazukommt.",
  "program.warm-up-thoracic-mobility": "Beweglichkeit der Brustwirbelsäule: Der obere Rücken bewegt sich, damit die Lendenwirbelsäule ruhig bleiben kann (Gelenk für Gelenk).",
  "program.warm-up-hip-flexors": "Hüftbeweglichkeit, zuerst die Hüftbeuger: Ihre Antworten sprechen für verkürzte Hüftbeuger und ein nach vorn gekipptes Becken.",
  "program.warm-up-hip-mobility": "Hüftbeweglichkeit: Der Bewegungsumfang soll aus den Hüften kommen, nicht aus dem unteren Rücken.",
  "program.warm-up-flexion-repeated": "Wiederholte sanfte Flexion, die Richtung, die Ihre Beschwerden lindert.",
  "program.warm-up-extension-repeated": "Wiederholte sanfte Extension, die Richtung, die Ihre Beschwerden lindert.",
  "program.warm-up-both-directions-repeated": "Wiederholte sanfte Flexion und Extension, die Richtungen, die Ihre Beschwerden lindern.",
  "program.warm-up-flexion-held": "Eine Position in sanfter Flexion, gehalten: die Richtung, die Ihre Beschwerden lindert.",
  "program.warm-up-extension-held": "Eine Position in sanfter Extension, gehalten: die Richtung, die Ihre Beschwerden lindert.",
  "program.warm-up-both-directions-held": "Eine Position in sanfter Flexion und Extension, gehalten: die Richtungen, die Ihre Beschwerden lindern.",
  "program.core-anti-extension": "Rumpfübung (gegen Streckung): Der Rumpf hält gegen das Hohlkreuz, statt nachzugeben.",
  "program.core-anti-rotation": "Rumpfübung (gegen Drehung): Der Rumpf hält gegen das Verdrehen, statt nachzugeben.",
  "program.core-anti-lateral-flexion": "Rumpfübung (gegen Seitneigung): Der Rumpf hält gegen das seitliche Abknicken, statt nachzugeben.",
  "program.core-anti-extension-abdominals":
    "Rumpfübung (gegen Streckung): Die Bauchmuskeln halten gegen das Hohlkreuz, damit die Wirbelsäule bleibt, wo sie ist; Ihre Antworten sprechen für einen Schwerpunkt auf den Bauchmuskeln.",
  "program.core-anti-rotation-abdominals":
    "Rumpfübung (gegen Drehung): Die Bauchmuskeln halten gegen das Verdrehen, damit die Wirbelsäule bleibt, wo sie ist; Ihre Antworten sprechen für einen Schwerpunkt auf den Bauchmuskeln.",
  "program.core-anti-lateral-flexion-abdominals":
    "Rumpfübung (gegen Seitneigung): Die Bauchmuskeln halten gegen das seitliche Abknicken, damit die Wirbelsäule bleibt, wo sie ist; Ihre Antworten sprechen für einen Schwerpunkt auf den Bauchmuskeln.",
  "program.core-stand-in": "{exercise} vertritt die Rumpfübung: Der Rumpf bleibt dabei ruhig.",
  "program.exposure-drill":
    "Schrittweise Gewöhnung außerhalb der Neutralstellung, einmal pro Woche: {exercise} mit 3 × 6–8 in langsamem Tempo. Zuerst den Bewegungsumfang steigern, dann die Last, dann das Volumen (P-5).",
  "program.finish-walk": "Zügiges Gehen, bei dem Sie sich noch unterhalten können: Bewegung, die die meisten Rücken auf dieser Stufe gut vertragen.",
  "program.block-foundation":
    "Ein sanfter Block statt drei: eine hüft- und eine kniebetonte Übung mit Körpergewicht, leichte Sätze deutlich unter der Schmerzgrenze (L-1).",
  "program.block-upper-settling":
    "Drücken und Ziehen für den Oberkörper, ohne Last oder mit Band, damit die Woche den ganzen Körper trainiert, während sich der Rücken beruhigt.",
  "program.block-upper-day":
    "Ein Oberkörpertag: horizontal und vertikal drücken und ziehen, in Positionen, die die Wirbelsäule abstützen oder die Last in die Hände legen; die Beine erholen sich von schwerer Arbeit.",
  "program.block-legs": "Block {block} von 3 (Reihenfolge nach V-1): eine hüft- und eine kniebetonte Übung (V-2).",
  "program.dose-hold-fallback": "{sets} × {seconds} s halten.",
  "program.dose-finisher": "{sets} × {reps}+ Wiederholungen mit leichter Last (zum Abschluss).",
  "program.dose-per-leg":
    "{sets} × {reps} pro Bein ({total} Wiederholungen pro Bein), auf dem Weg zu {slotTarget} von {blockTarget} pro Bein im Block; alle Wiederholungen erst auf einer Seite, dann auf der anderen (V-6).",
  "program.dose-per-set":
    "{sets} × {reps} pro Satz ({total} Wiederholungen), auf dem Weg zu {slotTarget} von {blockTarget} pro Bein im Block; alle Wiederholungen erst auf einer Seite, dann auf der anderen (V-6).",
  "program.dose-foundation": "{exercise}: leichte Sätze, Körpergewicht, neutrale Wirbelsäule.",
  "program.dose-ladder-step-reps": "{exercise}: die eigene Dosis dieses Schritts, {sets} × {reps}.",
  "program.dose-ladder-step-reps-per-side": "{exercise}: die eigene Dosis dieses Schritts, {sets} × {reps} pro Seite.",
  "program.dose-ladder-step-hold": "{exercise}: die eigene Dosis dieses Schritts, {sets} × {seconds} s.",
  "program.dose-ladder-step-hold-per-side": "{exercise}: die eigene Dosis dieses Schritts, {sets} × {seconds} s pro Seite.",
  "program.dose-ladder-step-distance": "{exercise}: die eigene Dosis dieses Schritts, {sets} × {meters} m.",
  "program.dose-ladder-step-breaths": "{exercise}: die eigene Dosis dieses Schritts, {sets} × {breaths} Atemzüge.",
  "program.dose-ladder-step-minutes": "{exercise}: die eigene Dosis dieses Schritts, {minutes} min.",
  "program.dose-own-reps": "{exercise}: {sets} × {reps}.",
  "program.dose-own-reps-per-side": "{exercise}: {sets} × {reps} pro Seite.",
  "program.dose-own-hold": "{exercise}: {sets} × {seconds} s.",
  "program.dose-own-hold-per-side": "{exercise}: {sets} × {seconds} s pro Seite.",
  "program.dose-own-distance": "{exercise}: {sets} × {meters} m.",
  "program.dose-own-breaths": "{exercise}: {sets} × {breaths} Atemzüge.",
  "program.dose-own-minutes": "{exercise}: {minutes} min.",
  "program.history-deload-holds-load": "{exercise}: In der Entlastungswoche bleibt die Last bei {loadKg} kg; gesteigert wird erst nächste Woche.",
  "program.history-deload-holds": "{exercise}: In der Entlastungswoche bleibt die Last gleich; gesteigert wird erst nächste Woche.",
  "program.history-stopped": "{exercise} wird beendet.",
  "program.history-regresses": "{exercise} wird durch eine leichtere Übung ersetzt.",
  "program.history-set-aside-amber":
    "{exercise} wird zurückgestellt: Nach der gelben Reaktion am {date} wurde kein Satz eingetragen, bei dem man bleiben könnte.",
  "program.history-set-aside-red":
    "{exercise} wird zurückgestellt: Nach der roten Reaktion am {date} wurde kein Satz eingetragen, bei dem man bleiben könnte.",
  "program.history-capped-amber": "{exercise}: Nach der gelben Reaktion am {date} nicht mehr Sätze, Wiederholungen, Haltezeit oder Last als damals.",
  "program.history-capped-red": "{exercise}: Nach der roten Reaktion am {date} nicht mehr Sätze, Wiederholungen, Haltezeit oder Last als damals.",
  "program.history-holds": "{exercise}: Die Dosis bleibt gleich.",
  "program.history-progresses": "{exercise}: wird gesteigert ({axis}).",
  "program.history-regresses-dose": "{exercise}: wird leichter gemacht ({axis}).",
  "program.fill-cannot-plan": "{easier} kann hier nicht eingeplant werden: {exercise} wird zurückgestellt.",
  "program.fill-swapped": "{exercise} → {easier}.",
  "program.check-in-log-held":
    "Die Abfrage zum Eintrag {exercise} vom {date} ergibt „{action}“: Es wird kein Training geplant, bis das geklärt ist (eine ärztliche Freigabe, die es benennt, hebt es auf, S-12).",
  "program.check-in-log":
    "Die Abfrage zum Eintrag {exercise} vom {date} ergibt „{action}“: Es wird kein Training geplant, bis das geklärt ist (eine spätere Abfrage ohne Befund hebt es auf).",
  "program.check-in-exposure-held":
    "Die Abfrage zur Stufenfolge „{ladder}“ vom {date} ergibt „{action}“: Es wird kein Training geplant, bis das geklärt ist (eine ärztliche Freigabe, die es benennt, hebt es auf, S-12).",
  "program.check-in-exposure":
    "Die Abfrage zur Stufenfolge „{ladder}“ vom {date} ergibt „{action}“: Es wird kein Training geplant, bis das geklärt ist (eine spätere Abfrage ohne Befund hebt es auf).",
  "program.check-in-undated-exposure-held":
    "Die Abfrage zur Stufenfolge „{ladder}“, Eintrag Nr. {number}, ergibt „{action}“: Es wird kein Training geplant, bis das geklärt ist (eine ärztliche Freigabe, die es benennt, hebt es auf, S-12).",
  "program.check-in-undated-exposure":
    "Die Abfrage zur Stufenfolge „{ladder}“, Eintrag Nr. {number}, ergibt „{action}“: Es wird kein Training geplant, bis das geklärt ist (eine spätere Abfrage ohne Befund hebt es auf).",
  "program.pain-rules-ceiling":
    "Während jeder Übung und direkt nach der Einheit darf der Schmerz bis {ceiling}/10 gehen ({axialCeiling}/10 bei Übungen mit stauchender Last, die die Wirbelsäule von oben belasten). Geht er darüber, beenden Sie die Übung für heute; der nächste Plan macht sie leichter.",
  "program.pain-rules-next-morning":
    "Prüfen Sie am nächsten Morgen: Der Schmerz sollte wieder so sein wie vor der Einheit. {flare} oder mehr Punkte höher ist eine Reizung, und die nächste Einheit geht einen Schritt zurück.",
  "program.pain-rules-spread":
    "Wenn Beschwerden während oder nach dem Training weiter ins Bein ausstrahlen, beenden Sie die Übung sofort und beantworten Sie vor der nächsten Einheit die Sicherheitsfragen erneut.",
  "program.pain-rules-record":
    "Notieren Sie für jede Übung: Sätze, Wiederholungen und Last, den Schmerz vorher, den stärksten Schmerz während und direkt danach, und den Schmerz am nächsten Morgen. Der nächste Plan baut auf Ihren Notizen auf.",
  "program.pick-ladder-step":
    "{exercise} ist Schritt {step} der Stufenfolge „{ladder}“, bis hierhin zurückgewonnen: Er wird auf diesem Platz mit seiner eigenen Dosis trainiert.",
  "program.pick-caution":
    "{exercise} ist für Sie „mit Vorsicht“: Keine Übung ohne Einschränkung passt auf diesen Platz, daher wird sie vorsichtig eingesetzt (bleiben Sie deutlich unter der Schmerzgrenze).",
  "program.pick-caution-kit":
    "{exercise} ist für Sie „mit Vorsicht“: Mit der angegebenen Ausrüstung passt keine Übung ohne Einschränkung auf diesen Platz, daher wird sie vorsichtig eingesetzt (bleiben Sie deutlich unter der Schmerzgrenze).",
  "program.pick-hold-fallback": "Keine Übung mit Wiederholungen passt für Sie auf diesen Platz: {exercise}, eine Halteübung, springt ein.",
  "program.pick-hold-fallback-kit":
    "Mit der angegebenen Ausrüstung passt keine Übung mit Wiederholungen für Sie auf diesen Platz: {exercise}, eine Halteübung, springt ein.",
  "program.pick-other-pattern": "Keine Übung dieses Bewegungsmusters passt für Sie; {exercise} ({laterality}) übernimmt den Platz „{role}“.",
  "program.pick-other-pattern-kit":
    "Mit der angegebenen Ausrüstung passt keine Übung dieses Bewegungsmusters für Sie; {exercise} ({laterality}) übernimmt den Platz „{role}“.",
  "program.pick-other-stance": "Keine Übung in der Form „{stance}“ passt für Sie; {exercise} ({laterality}) übernimmt den Platz „{role}“.",
  "program.pick-other-stance-kit":
    "Mit der angegebenen Ausrüstung passt keine Übung in der Form „{stance}“ für Sie; {exercise} ({laterality}) übernimmt den Platz „{role}“.",
  "program.week-lowest-scale": "Entlastung, Trainingspause und Belastungsprüfung ergeben Verschiedenes: Die Woche nimmt den niedrigsten Wert, {percent} %.",
  "program.week-alternating":
    "{days} Einheiten: Unterkörper- und Oberkörpertage wechseln sich ab, damit die Beine nie drei Tage in Folge schwer arbeiten; stauchende Last nur an Tagen nach einem Tag ohne sie (P-7).",
  "program.week-sessions": "{days} Einheiten; stauchende Last nur an Tagen nach einem Tag ohne sie (P-7).",
  "program.week-capped-today": "Die heutige Abfrage begrenzt die Stufe auf {stage} (vorher {from}).",
  "program.week-capped-recorded": "Die letzte eingetragene Abfrage begrenzt die Stufe auf {stage} (vorher {from}).",
  "program.load-empty-log": "Das Trainingsprotokoll ist leer: Diese Woche gibt es keine Belastungsprüfung.",
  "program.load-no-ratio": "Kein Verhältnis am {date} ({why}): Das Volumen der Woche bleibt unverändert.",
  "program.load-no-ratio-no-data": "Kein Verhältnis für den letzten Tag (keine Daten): Das Volumen der Woche bleibt unverändert.",
  "program.load-lowered":
    "Das Verhältnis akuter zu chronischer Belastung von {ratio} ({method}) liegt am {date} im Bereich „{zone}“: Das Volumen der Blöcke sinkt diese Woche auf {percent} %.",
  "program.load-unchanged": "Das Verhältnis akuter zu chronischer Belastung von {ratio} ({method}) liegt am {date} im Bereich „{zone}“: Das Volumen bleibt gleich.",
  "program.week-deload": "Eine Entlastungswoche: Volumen der Blöcke bei {percent} %, gleiche Übungen, keine Laststeigerung.",
  "program.week-layoff":
    "{days} Tage ohne Training seit dem {date}: Die erste Woche danach beginnt wieder bei {percent} % der Dosis, und die Zählung bis zur nächsten Entlastungswoche beginnt neu.",
  // A block's title and its effort instruction (G-5).
  "program.block-title.foundation": "Grundlagen (Körpergewicht, neutrale Wirbelsäule)",
  "program.block-title.upper-settling": "Oberkörper (Körpergewicht oder Bänder)",
  "program.block-title.upper-day": "Oberkörper: Drücken und Ziehen",
  "program.block-title.single-leg": "Einbeinige Kraft (am schwersten, zuerst)",
  "program.block-title.split-stance": "Übungen in Schrittstellung",
  "program.block-title.bilateral": "Beidbeinige Übungen (freigeschaltete Hebungen und Finisher, zuletzt)",
  "program.effort.symptom-modulation": "Leicht: Hören Sie deutlich vor der Ermüdung auf, mit dem Schmerz unter der Schmerzgrenze.",
  "program.effort.movement-control": "Beenden Sie jeden Satz mit 3 oder mehr Wiederholungen in Reserve: saubere Wiederholungen, kein Durchkämpfen.",
  "program.effort.single-leg": "Schwer: Beenden Sie jeden Satz mit 1–2 Wiederholungen in Reserve.",
  "program.effort.split-stance": "Fordernd, aber sauber: Beenden Sie jeden Satz mit 2 Wiederholungen in Reserve.",
  "program.effort.bilateral":
    "Freigeschaltete Hebungen schwer mit 2 Wiederholungen in Reserve; Finisher mit leichter Last bis kurz vor das Muskelversagen.",
  "program.effort.default": "Beenden Sie jeden Satz mit 2 Wiederholungen in Reserve.",
  "program.term.symptom-modulation": "Beschwerdelinderung",
  "program.term.movement-control": "Bewegungskontrolle",
  "program.term.function-optimisation": "Funktionsoptimierung",
  "program.term.emergency": "Notfall: sofort Hilfe suchen",
  "program.term.urgent-referral": "dringende ärztliche Abklärung",
  "program.term.stop-until-cleared": "Pause bis zur ärztlichen Freigabe",
  "program.term.incomplete-screening": "Sicherheitsfragen unvollständig",
  "program.term.proceed-with-advisory": "trainieren, mit Hinweis",
  "program.term.proceed": "trainieren",
  "program.term.under-training": "zu geringe Belastung",
  "program.term.sweet-spot": "günstig",
  "program.term.caution": "Vorsicht",
  "program.term.danger": "Gefahr",
  "program.term.load": "Last",
  "program.term.reps": "Wiederholungen",
  "program.term.sets": "Sätze",
  "program.term.hold-time": "Haltezeit",
  "program.term.tempo": "Tempo",
  "program.term.range-of-motion": "Bewegungsumfang",
  "program.term.exercise": "Übung",
  "program.term.unilateral": "einbeinig",
  "program.term.split-stance": "Schrittstellung",
  "program.term.bilateral": "beidbeinig",
  "program.term.alternating": "abwechselnd",
  "program.term.breathing": "Atmung",
  "program.term.thoracic-mobility": "Beweglichkeit oberer Rücken",
  "program.term.hip-mobility": "Hüftbeweglichkeit",
  "program.term.directional-preference": "entlastende Richtung",
  "program.term.hip-dominant": "hüftbetont",
  "program.term.knee-dominant": "kniebetont",
  "program.term.anti-extension": "gegen Streckung",
  "program.term.anti-rotation": "gegen Drehung",
  "program.term.anti-lateral-flexion": "gegen Seitneigung",
  "program.term.upper-push": "Oberkörper drücken",
  "program.term.upper-pull": "Oberkörper ziehen",
  "program.term.outside-neutral": "außerhalb der Neutralstellung",
  "program.term.walking": "Gehen",
  "program.term.hinge": "Hüftbeuge",
  "program.term.squat": "Kniebeuge",
  "program.term.row": "Rudern",
  "program.term.flexion-exposure": "Gewöhnung an Flexion",
  "program.term.extension-exposure": "Gewöhnung an Extension",
  "program.term.lateral-flexion-exposure": "Gewöhnung an Seitneigung",
  "program.term.leg-press": "Beinpresse",
  "program.term.crunch": "Crunch",

  // Journal (J, L, G, P and S rules)
  "journal.correction-note": "{note}",
  "journal.exit-conditions-met":
    "Seit {weeks} Wochen lag der stärkste Schmerz bei höchstens {pain}/10, ohne rote Reaktion: Die Bedingungen, um die Stufe {stage} zu verlassen, scheinen erfüllt. Die nächste Stufe gibt es erst, wenn beide Clearing-Tests wiederholt und die Stufe neu bestimmt ist.",
  "journal.layoff-gradual": "Nehmen Sie Kniebeugen und Kreuzheben nach einer Trainingspause schrittweise wieder auf.",
  "journal.stage-changed": "Die Stufe ist seit {date} {stage} (vorher {from}).",
  "journal.stage-now": "Die aktuelle Stufe ist {stage}.",
  "journal.stage-now-since": "Die Stufe ist seit {date} {stage}.",
  "journal.retest-due":
    "Ein erneuter Test ist fällig (seit {date}): Wiederholen Sie beide Clearing-Tests und tragen Sie ein „retest“-Ereignis mit den Ergebnissen und den Beschwerden des Tages ein.",
  "journal.first-week-back":
    "Die erste Woche nach {days} Tagen ohne Einheit: Die Lasten beginnen wieder bei {percent} % der Dosis vor der Pause, und die Zählung bis zur nächsten Entlastungswoche beginnt neu.",
  "journal.ladder-layoff": "Nehmen Sie Hüftbeugen und Kniebeugen nach einer Trainingspause schrittweise wieder auf.",
  "journal.intake-holds": "Die Eingangsbefragung ergibt „{action}“: kein Training, bis eine ärztliche Freigabe benennt, was gefunden wurde.",
  "journal.check-in-holds": "Die Abfrage vom {date} ({eventId}) ergibt „{action}“.",
  "journal.plan-unanswered":
    "Bei der Abfrage vom {date} ({eventId}) sind Sicherheitsfragen offen geblieben: kein Plan, bis eine Abfrage alle beantwortet.",
  "journal.plan-needs-clearance":
    "Die Abfrage vom {date} ({eventId}) ergibt „{action}“: kein Plan, bis eine ärztliche Freigabe mit diesem oder einem späteren Datum {features} benennt (S-12).",
  "journal.plan-needs-any-clearance":
    "Die Abfrage vom {date} ({eventId}) ergibt „{action}“: kein Plan, bis eine ärztliche Freigabe mit diesem oder einem späteren Datum benennt, was gefunden wurde (S-12).",
  "journal.term.symptom-modulation": "Beschwerdelinderung",
  "journal.term.movement-control": "Bewegungskontrolle",
  "journal.term.function-optimisation": "Funktionsoptimierung",
  "journal.term.emergency": "Notfall: sofort Hilfe suchen",
  "journal.term.urgent-referral": "dringende ärztliche Abklärung",
  "journal.term.stop-until-cleared": "Pause bis zur ärztlichen Freigabe",
  "journal.term.incomplete-screening": "Sicherheitsfragen unvollständig",
  "journal.term.proceed-with-advisory": "trainieren, mit Hinweis",
  "journal.term.proceed": "trainieren",
});
