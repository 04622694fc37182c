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
});
