/**
 * The built-in exercises in German: name, one-line setup and key cue, in the plain wording a
 * physiotherapist would put on a handout (not word for word from the English). Lives under
 * `report` so that the catalog entry never carries it.
 */
import { deepFrozenCopy } from "../../catalog/frozenCopy.js";
import type { ExerciseId } from "../../catalog/types.js";
import type { ExerciseWords } from "../exerciseText.js";

/**
 * Every built-in exercise's name, setup and cue in German, keyed by exercise ID; deep-frozen.
 * A test checks that the IDs are exactly the catalog's, none missing and none extra.
 *
 * @example
 * ```ts
 * deExercises["goblet-squat"]?.name;
 * // => "Goblet-Kniebeuge"
 * ```
 * @category Report
 */
export const deExercises: Readonly<Record<ExerciseId, ExerciseWords>> = /* @__PURE__ */ deepFrozenCopy({
  // hinge: Hüftbeugen (Hinge)
  "dowel-hip-hinge": {
    name: "Hüftbeuge mit Stab",
    setup: "Hüftbreiter Stand, Stab längs am Rücken: Kontakt an Hinterkopf, oberem Rücken und Steißbein.",
    cue: "Hüfte nach hinten schieben, Oberkörper als Ganzes nach vorn neigen; alle drei Kontaktpunkte halten.",
  },
  "wall-hip-hinge": {
    name: "Hüftbeuge zur Wand",
    setup: "Mit dem Rücken zur Wand stehen, Fersen eine Fußlänge davor, Hände an der Hüfte.",
    cue: "Mit dem Gesäß nach hinten zur Wand tippen; nur die Hüfte beugt, die Rippen bleiben über dem Becken.",
  },
  "kettlebell-deadlift": {
    name: "Kreuzheben mit Kettlebell",
    setup: "Hüftbreiter Stand, Kettlebell am Boden zwischen den Fußmitten.",
    cue: "Mit geradem Rücken hinunterbeugen, Arme auf Spannung bringen, dann den Boden wegdrücken.",
  },
  "tempo-kettlebell-deadlift": {
    name: "Tempo-Kreuzheben mit Kettlebell",
    setup: "Hüftbreiter Stand, eine leichtere Kettlebell als sonst zwischen den Fußmitten.",
    cue: "In drei Sekunden absenken, knapp über dem Boden kurz halten, Rücken gerade und gespannt.",
  },
  "landmine-deadlift": {
    name: "Landmine-Kreuzheben",
    setup: "Beladene Stange in der Landmine; über dem freien Ende stehen, Hülse mit beiden Händen greifen.",
    cue: "Hüfte nach hinten, während die Stange im Bogen sinkt; Brust über der Hülse, Rücken gerade.",
  },
  "suitcase-deadlift": {
    name: "Einseitiges Kreuzheben (Koffer-Kreuzheben)",
    setup: "Hüftbreiter Stand, eine Kettlebell oder Kurzhantel neben einem Fuß am Boden.",
    cue: "Beide Schultern beim Beugen und Aufrichten auf gleicher Höhe halten, nicht zum Gewicht hin neigen.",
  },
  "trap-bar-deadlift-blocks": {
    name: "Trap-Bar-Kreuzheben von Blöcken",
    setup: "Trap-Bar auf Blöcken, Griffe etwa auf Kniehöhe; mittig im Rahmen stehen.",
    cue: "Rumpf anspannen, Griffe mittig fassen, Boden wegdrücken; der Rückenwinkel bleibt gleich.",
  },
  "tempo-trap-bar-deadlift-blocks": {
    name: "Tempo-Trap-Bar-Kreuzheben von Blöcken",
    setup: "Trap-Bar auf Blöcken, Griffe etwa auf Kniehöhe, ein Gewicht für die doppelte Wiederholungszahl.",
    cue: "In drei Sekunden absenken, über den Blöcken kurz halten; Spannung und Rückenform bleiben gleich.",
  },
  "rack-pull": {
    name: "Rack Pull (Kreuzheben aus dem Ständer)",
    setup: "Langhantel auf den Ablagen knapp unter Kniehöhe, hüftbreit unter der Stange stehen.",
    cue: "Rumpf anspannen, Stange mit dem breiten Rückenmuskel an die Oberschenkel ziehen, Hüfte nach vorn, Rücken gerade.",
  },
  "banded-trap-bar-deadlift": {
    name: "Trap-Bar-Kreuzheben mit Bändern",
    setup: "Beladene Trap-Bar, Bänder darunter verankert und unten locker; mittig im Rahmen stehen.",
    cue: "Fest anspannen und in die Bandspannung beschleunigen; oben Hüfte unter den Schultern, nicht nach hinten lehnen.",
  },
  "chained-trap-bar-deadlift": {
    name: "Trap-Bar-Kreuzheben mit Ketten",
    setup: "Beladene Trap-Bar, Ketten an den Hülsen, die meisten Glieder liegen am Boden; mittig stehen.",
    cue: "Stange ruhig vom Boden lösen und den Rückenwinkel halten, während die Ketten steigen.",
  },
  "trap-bar-deadlift": {
    name: "Trap-Bar-Kreuzheben vom Boden",
    setup: "Beladene Trap-Bar am Boden; mittig stehen, Griffe auf Höhe der Knöchel.",
    cue: "Vor dem Zug Rumpf anspannen, Rückenwinkel halten, während die Scheiben den Boden verlassen.",
  },
  "conventional-deadlift": {
    name: "Klassisches Kreuzheben",
    setup: "Beladene Langhantel über der Fußmitte, hüftbreiter Stand, Schienbeine nah an der Stange.",
    cue: "Brust heben, bis der Rücken gerade ist, Stange an die Beine ziehen, anspannen, Boden wegdrücken.",
  },
  "sumo-deadlift": {
    name: "Sumo-Kreuzheben",
    setup: "Beladene Langhantel am Boden, breiter Stand, Zehen nach außen, Hände innerhalb der Knie.",
    cue: "Rumpf anspannen, Brust oben, mit den Füßen den Boden auseinanderschieben, wenn die Stange abhebt.",
  },
  "dumbbell-romanian-deadlift": {
    name: "Rumänisches Kreuzheben mit Kurzhanteln",
    setup: "Aufrecht und hüftbreit stehen, je eine Kurzhantel vor den Oberschenkeln.",
    cue: "Hüfte mit leicht gebeugten Knien nach hinten schieben, bei Zug in der Oberschenkelrückseite stoppen.",
  },
  "romanian-deadlift": {
    name: "Rumänisches Kreuzheben mit Langhantel",
    setup: "Beladene Langhantel in den Stand heben, Hände knapp außerhalb der Oberschenkel, hüftbreit.",
    cue: "Stange an den Oberschenkeln entlang senken, Hüfte nach hinten; stoppen, wo die Beinrückseite bremst.",
  },
  "good-morning": {
    name: "Good Morning",
    setup: "Langhantel im Ständer auf Schulterhöhe; auf den oberen Rücken nehmen, hüftbreit zurücktreten.",
    cue: "Knie leicht beugen und nur so weit in der Hüfte beugen, wie der Rücken gerade und gespannt bleibt.",
  },
  "cable-pull-through": {
    name: "Pull-Through am Kabelzug",
    setup: "Seil am unteren Kabelzug; abgewandt stehen, Seil zwischen den Beinen, vorgehen, bis das Gewicht abhebt.",
    cue: "Hüfte zur Maschine nach hinten schieben, mit Gesäßspannung aufrichten, oben nicht zurücklehnen.",
  },
  "kettlebell-swing": {
    name: "Kettlebell-Swing",
    setup: "Kettlebell eine Fußlänge vor Ihnen am Boden, Füße etwas breiter als die Hüfte.",
    cue: "Kettlebell nach hinten schwingen, Hüfte mit geradem Rücken kräftig strecken, oben fest wie ein Brett stehen.",
  },
  "hip-extension-45": {
    name: "Hüftstrecken an der 45°-Bank",
    setup: "45°-Rückenstreckerbank, Polster knapp unter der Hüftbeuge, Füße fixiert, Arme verschränkt.",
    cue: "Nur in der Hüfte beugen und strecken; in der Geraden stoppen und das Gesäß anspannen, kein Hohlkreuz.",
  },
  "seated-leg-curl": {
    name: "Beinbeuger sitzend",
    setup: "Beinbeuger-Maschine: Knie auf Höhe der Drehachse, Oberschenkelpolster fest, Rücken an der Lehne.",
    cue: "Fersen unter den Sitz ziehen, kurz halten und das Polster langsam zurückführen.",
  },
  "lying-leg-curl": {
    name: "Beinbeuger liegend",
    setup: "Bauchlage auf der Maschine, Knie knapp über der Polsterkante, Rolle über den Fersen.",
    cue: "Becken beim Beugen fest aufs Polster drücken; hebt es ab, geht der untere Rücken ins Hohlkreuz.",
  },
  "nordic-curl": {
    name: "Nordic Hamstring Curl",
    setup: "Kniestand auf einer gepolsterten Matte, Fersen unter etwas Schwerem fixiert, Körper aufrecht.",
    cue: "So langsam wie möglich nach vorn sinken, Hüfte gestreckt; mit den Händen abfangen, zurückdrücken.",
  },

  // squat: Kniebeugen
  "bodyweight-box-squat": {
    name: "Kniebeuge auf eine Box",
    setup: "Vor einer Box oder Bank stehen, Füße schulterbreit, Zehen leicht nach außen.",
    cue: "Nach hinten unten setzen, die Box leicht berühren und ohne Schwung aufstehen; Rücken bleibt neutral.",
  },
  "isometric-squat-hold": {
    name: "Kniebeuge halten (isometrisch)",
    setup: "Schulterbreiter Stand, Zehen leicht nach außen, Arme nach vorn.",
    cue: "Die Tiefe halten, in der der Rücken neutral bleibt; Gewicht über der Fußmitte, Knie über den Zehen.",
  },
  "wall-sit": {
    name: "Wandsitz",
    setup: "Rücken an der Wand, Füße etwa zwei Fußlängen davor und hüftbreit.",
    cue: "Hinunterrutschen, bis die Knie über den Knöcheln stehen; ruhig atmen, der Rücken lehnt an der Wand.",
  },
  "dumbbell-squat": {
    name: "Kniebeuge mit Kurzhanteln seitlich",
    setup: "Je eine Kurzhantel seitlich in den Händen, Füße schulterbreit.",
    cue: "Zwischen den Gewichten in die Hocke, Brust aufrecht, nur so tief, wie der Rücken neutral bleibt.",
  },
  "goblet-squat": {
    name: "Goblet-Kniebeuge",
    setup: "Kettlebell oder Kurzhantel vor der Brust halten, Ellbogen nach unten, Füße schulterbreit.",
    cue: "Zwischen die Fersen setzen, Brust aufrecht; stoppen, bevor das Becken einrollt.",
  },
  "tempo-goblet-squat": {
    name: "Tempo-Goblet-Kniebeuge",
    setup: "Ein leichteres Gewicht als sonst vor der Brust, Ellbogen nach unten, Füße schulterbreit.",
    cue: "Drei Sekunden absenken, unten zwei Sekunden halten und hinter der Rumpfspannung weiteratmen.",
  },
  "landmine-squat": {
    name: "Landmine-Kniebeuge",
    setup: "Beladene Landmine; Hülse mit beiden Händen vor der Brust, Füße schulterbreit.",
    cue: "Leicht gegen die Stange lehnen und gerade nach unten beugen; die Hülse bleibt an der Brust.",
  },
  "belt-squat": {
    name: "Belt Squat (Kniebeuge mit Hüftgurt)",
    setup: "Belt-Squat-Maschine: Gurt um die Hüfte, Gewicht eingehängt, Füße auf der Plattform, Hände an den Griffen.",
    cue: "Aufrecht bleiben, die Hände nur leicht an den Griffen, über den ganzen Fuß drücken.",
  },
  "double-kettlebell-front-squat": {
    name: "Frontkniebeuge mit zwei Kettlebells",
    setup: "Zwei Kettlebells in Rack-Position: auf den Unterarmen, Handgelenke gerade, Ellbogen eng.",
    cue: "Rippen unten über dem Becken halten und nur so tief gehen, wie der Rumpf ruhig bleibt.",
  },
  "front-squat": {
    name: "Frontkniebeuge",
    setup: "Langhantel im Ständer auf oberer Brusthöhe; vorn auf die Schultern nehmen, Ellbogen hoch.",
    cue: "Ellbogen hoch, Oberkörper aufrecht; vor jeder Wiederholung anspannen, oben atmen.",
  },
  "pause-front-squat": {
    name: "Frontkniebeuge mit Pause",
    setup: "Langhantel aus dem Ständer vorn auf die Schultern, etwa zwei Drittel des üblichen Gewichts.",
    cue: "Unten zwei Sekunden halten, Spannung und Rückenform unverändert, dann aufstehen.",
  },
  "safety-bar-squat": {
    name: "Kniebeuge mit Safety Squat Bar",
    setup: "Safety Squat Bar im Ständer auf Schulterhöhe; Polster auf dem oberen Rücken, Hände an den Griffen.",
    cue: "Oberen Rücken ins Polster drücken und anspannen, damit die Stange Sie nicht nach vorn kippt.",
  },
  "box-squat": {
    name: "Box-Kniebeuge mit Langhantel",
    setup: "Box auf oder knapp über Parallelhöhe hinter Ihnen; Stange aus dem Ständer auf dem oberen Rücken.",
    cue: "Unter Spannung auf die Box setzen, kurz halten ohne locker zu lassen, mit neutralem Rücken hochdrücken.",
  },
  "banded-box-squat": {
    name: "Box-Kniebeuge mit Bändern",
    setup: "Box hinter Ihnen, Bänder unten an der Stange verankert; Stange aus dem Ständer auf dem oberen Rücken.",
    cue: "Kontrolliert auf die Box setzen, schnell aufstehen und die Spannung halten, wenn die Bänder ziehen.",
  },
  "chained-box-squat": {
    name: "Box-Kniebeuge mit Ketten",
    setup: "Box hinter Ihnen, Ketten an den Hülsen, größtenteils am Boden; Stange auf dem oberen Rücken.",
    cue: "Weich auf die Box setzen, Spannung halten, kräftig hochdrücken, während die Ketten abheben.",
  },
  "high-bar-back-squat": {
    name: "Kniebeuge mit Langhantel (High Bar)",
    setup: "Langhantel im Ständer auf Schulterhöhe; Stange auf den oberen Trapezmuskel, zwei Schritte zurück.",
    cue: "Stange in den Rücken ziehen, anspannen, gerade nach unten bis knapp vor den Punkt, an dem das Becken einrollt.",
  },
  "low-bar-back-squat": {
    name: "Kniebeuge mit Langhantel (Low Bar)",
    setup: "Langhantel im Ständer; Stange tief auf den hinteren Schultern, unter der Schulterblattgräte.",
    cue: "Stärker anspannen als beim High Bar: der Oberkörper neigt sich mehr, sein Winkel darf nicht wandern.",
  },
  "hack-squat": {
    name: "Hackenschmidt-Kniebeuge (Maschine)",
    setup: "Hackenschmidt-Maschine: Schultern unter den Polstern, ganzer Rücken an der Lehne, Füße mittig.",
    cue: "Den ganzen Rücken am Polster lassen und vor dem Punkt stoppen, an dem sich das Becken löst.",
  },
  "leg-press-partial": {
    name: "Beinpresse (halber Bewegungsweg)",
    setup: "Beinpresse mit Anschlag für die obere Hälfte; Rücken und Becken am Sitz, Füße mittig.",
    cue: "Nur in der oberen Hälfte über den ganzen Fuß drücken; Becken und unterer Rücken bleiben am Sitz.",
  },
  "single-leg-leg-press": {
    name: "Einbeinige Beinpresse",
    setup: "Beinpresse: ein Fuß mittig auf der Plattform, der andere ruht am Rahmen.",
    cue: "Nur absenken, bis sich das Becken gerade noch nicht dreht oder einrollt, und diese Tiefe halten.",
  },
  "leg-press": {
    name: "Beinpresse",
    setup: "Beinpresse: Rücken und Becken flach am Sitz, Füße hüftbreit mittig auf der Plattform.",
    cue: "Schlitten nur so weit senken, wie das Steißbein am Sitz bleibt; Knie oben nicht durchdrücken.",
  },
  "leg-extension": {
    name: "Beinstrecker",
    setup: "Beinstrecker-Maschine: Knie auf Höhe der Drehachse, Polster knapp über dem Knöchel, Rücken an der Lehne.",
    cue: "Knie ganz strecken, Oberschenkel kurz anspannen und langsam absenken.",
  },

  // single-leg: Einbeinig
  "bodyweight-split-squat": {
    name: "Split Squat ohne Gewicht",
    setup: "Langer Schrittstand, Füße hüftbreit; bei Bedarf eine Hand an Wand oder Ständer.",
    cue: "Hinteres Knie gerade zum Boden senken, Oberkörper aufrecht, vordere Ferse bleibt am Boden.",
  },
  "split-squat": {
    name: "Split Squat mit Kurzhanteln",
    setup: "Je eine Kurzhantel seitlich, langer Schrittstand, Füße hüftbreit.",
    cue: "Senken, bis das hintere Knie fast den Boden berührt, Rumpf aufrecht, Gewicht über dem vorderen Fuß.",
  },
  "bulgarian-split-squat": {
    name: "Bulgarische Kniebeuge",
    setup: "Kurzhanteln seitlich, Rist des hinteren Fußes auf einer Bank, vorderer Fuß weit genug vorn.",
    cue: "Beim Senken die Rippen unten halten; die gedehnte hintere Hüfte zieht den unteren Rücken ins Hohlkreuz.",
  },
  "reverse-lunge": {
    name: "Ausfallschritt rückwärts",
    setup: "Aufrecht und hüftbreit stehen, je eine Kurzhantel seitlich.",
    cue: "Zurücktreten, das hintere Knie unter die Hüfte senken und über den vorderen Fuß hochdrücken.",
  },
  "walking-lunge": {
    name: "Ausfallschritte im Gehen",
    setup: "Kurzhanteln seitlich, 10–15 Meter freie Strecke vor Ihnen.",
    cue: "Lange, kontrollierte Schritte, Oberkörper über der Hüfte; das hintere Knie tippt den Boden nur an.",
  },
  "lateral-lunge": {
    name: "Seitlicher Ausfallschritt",
    setup: "Füße geschlossen, Kettlebell oder Kurzhantel vor der Brust.",
    cue: "Weit zur Seite treten, Hüfte über dem beugenden Bein nach hinten, Rücken gerade, anderes Bein gestreckt.",
  },
  "step-up": {
    name: "Step-up (Aufsteigen)",
    setup: "Kurzhanteln seitlich; Box oder Bank, auf der der Oberschenkel etwa waagerecht steht, ganzer Fuß oben.",
    cue: "Mit dem oberen Bein hochdrücken, ohne Abstoß vom hinteren Fuß, und langsam absenken.",
  },
  "single-leg-box-squat": {
    name: "Einbeinige Kniebeuge auf eine Box",
    setup: "Auf einem Bein vor einer Box oder Bank stehen, Arme als Gegengewicht nach vorn.",
    cue: "Nach hinten setzen und die Box berühren, ohne sich fallen zu lassen; Becken waagerecht, Rücken neutral.",
  },
  "skater-squat": {
    name: "Skater Squat",
    setup: "Auf einem Bein stehen, anderes Knie nach hinten gebeugt, darunter ein gefaltetes Handtuch oder Polster.",
    cue: "Brust über den vorderen Fuß, Rücken gerade, das hintere Knie kontrolliert aufs Polster senken.",
  },
  "single-leg-wall-sit": {
    name: "Einbeiniger Wandsitz",
    setup: "Rücken an der Wand; auf eine haltbare Tiefe hinunterrutschen, dann einen Fuß wenige Zentimeter anheben.",
    cue: "Becken waagerecht, der ganze Rücken an der Wand, das Standknie über dem Knöchel.",
  },
  "kickstand-romanian-deadlift": {
    name: "Rumänisches Kreuzheben im Kickstand",
    setup: "Kurzhanteln in den Händen, Zehen des hinteren Fußes neben der vorderen Ferse, vorderes Knie leicht gebeugt.",
    cue: "Über die vordere Hüfte beugen, Gewichte nah am Bein, beide Beckenknochen zeigen zum Boden.",
  },
  "single-leg-romanian-deadlift": {
    name: "Einbeiniges rumänisches Kreuzheben",
    setup: "Auf einem Bein stehen, das Gewicht in der Hand der Gegenseite, Standknie leicht gebeugt.",
    cue: "Wie eine Wippe nach vorn kippen, freies Bein nach hinten; stoppen, wenn sich die Hüfte zur Decke öffnet.",
  },
  "hip-airplane": {
    name: "Hip Airplane (Hüftflieger)",
    setup: "Auf einem Bein neben Ständer oder Wand, bei Bedarf eine Hand zum Festhalten.",
    cue: "Bis fast waagerecht vorbeugen, dann Becken und Rumpf gemeinsam über der Standhüfte auf- und zudrehen.",
  },

  // bridge-thrust: Beckenheben und Hüftabduktion
  "glute-bridge": {
    name: "Beckenheben (Glute Bridge)",
    setup: "Rückenlage auf der Matte, Knie gebeugt, Füße etwa eine Unterarmlänge vor dem Gesäß.",
    cue: "Über die Fersen drücken, bis Knie, Hüfte und Schultern eine Linie bilden, nicht höher; Rippen unten.",
  },
  "banded-glute-bridge": {
    name: "Beckenheben mit Miniband",
    setup: "Rückenlage, Knie gebeugt, Füße aufgestellt, Miniband knapp über den Knien.",
    cue: "Die Knie beim Anheben ständig gegen das Band nach außen drücken und oben kurz halten.",
  },
  "frog-pump": {
    name: "Frog Pump",
    setup: "Rückenlage, Fußsohlen aneinander, Knie fallen nach außen.",
    cue: "Kinn und Rippen einziehen, Becken in kurzen Wiederholungen anheben, oben das Gesäß anspannen.",
  },
  "single-leg-glute-bridge": {
    name: "Einbeiniges Beckenheben",
    setup: "Rückenlage, ein Fuß aufgestellt, das andere Knie zur Brust gezogen.",
    cue: "Über den aufgestellten Fuß anheben und das Becken waagerecht halten; es sinkt gern zur freien Seite.",
  },
  "barbell-hip-thrust": {
    name: "Hip Thrust mit Langhantel",
    setup: "Schulterblätter auf einer Bank, gepolsterte beladene Langhantel in der Hüftbeuge, Füße flach.",
    cue: "Kinn einziehen, hochdrücken, bis die Schienbeine senkrecht sind, mit dem Gesäß abschließen, Rippen unten.",
  },
  "single-leg-hip-thrust": {
    name: "Einbeiniger Hip Thrust",
    setup: "Schulterblätter auf einer Bank, ein Fuß unter dem Knie aufgestellt, das andere Bein angezogen.",
    cue: "Becken waagerecht hochdrücken, ohne zur freien Seite zu drehen; mit dem Gesäß abschließen, kein Hohlkreuz.",
  },
  "quadruped-hip-extension": {
    name: "Hüftstrecken im Vierfüßlerstand",
    setup: "Vierfüßlerstand auf der Matte, Hände unter den Schultern, Knie unter der Hüfte.",
    cue: "Eine Ferse zur Decke drücken, nur bis der Oberschenkel auf Rumpfhöhe ist; der Rücken bleibt ruhig.",
  },
  "clamshell": {
    name: "Clamshell (Muschel)",
    setup: "Seitenlage, Hüfte und Knie gebeugt, Fersen zusammen, Miniband über den Knien.",
    cue: "Das obere Knie öffnen, ohne das Becken nach hinten zu drehen; die Füße bleiben zusammen.",
  },
  "side-lying-hip-abduction": {
    name: "Abspreizen in Seitenlage",
    setup: "Seitenlage, unteres Knie gebeugt, oberes Bein gestreckt und leicht hinter dem Körper.",
    cue: "Oberes Bein mit der Ferse voran anheben, Zehen waagerecht oder leicht nach unten, Taille ruhig.",
  },
  "lateral-band-walk": {
    name: "Seitgehen mit Miniband",
    setup: "Miniband um Knie oder Knöchel, Füße unter der Hüfte, leicht in den Knien.",
    cue: "Seitlich gehen, ohne die Füße zusammenschnappen zu lassen; Rumpf aufrecht, Becken waagerecht.",
  },

  // carry: Gehen und Tragen
  "walking": {
    name: "Gehen",
    setup: "Bequeme Schuhe und eine Strecke von 1–2 km, anfangs eben.",
    cue: "In einem Tempo gehen, das warm macht und bei dem Sie sich noch unterhalten können; Arme schwingen frei.",
  },
  "farmers-carry": {
    name: "Farmer's Walk (beidseitiges Tragen)",
    setup: "Je eine Kettlebell oder Kurzhantel neben den Füßen; in der Hüfte beugen, aufnehmen, aufrichten.",
    cue: "Aufrecht, Schultern tief, Rumpf angespannt, mit kurzen, ruhigen Schritten gehen.",
  },
  "suitcase-carry": {
    name: "Koffertragen (einseitig)",
    setup: "Eine Kettlebell oder Kurzhantel neben einem Fuß; in der Hüfte beugen, aufnehmen, aufrichten.",
    cue: "Beide Schultern auf gleicher Höhe, Rumpf senkrecht; nicht vom Gewicht weg lehnen.",
  },
  "goblet-carry": {
    name: "Tragen vor der Brust (Goblet)",
    setup: "Kettlebell oder Kurzhantel hoch vor der Brust, Ellbogen eng.",
    cue: "Gegen das Gewicht vorn aufrecht bleiben, in kleinen Zügen atmen, ohne die Rumpfspannung zu verlieren.",
  },
  "rack-carry": {
    name: "Tragen in Rack-Position",
    setup: "Zwei Kettlebells in Rack-Position: Griffe in den Handflächen, Kugeln auf den Unterarmen.",
    cue: "Rippen über dem Becken halten; das Gewicht verleitet dazu, nach hinten zu lehnen.",
  },
  "overhead-carry": {
    name: "Tragen über Kopf",
    setup: "Zwei Kettlebells oder Kurzhanteln über Kopf drücken, Arme gestreckt, Oberarme neben den Ohren.",
    cue: "Rippen unten, Arme gestreckt; kommen sie nur mit Hohlkreuz hoch, lieber in Rack-Position tragen.",
  },
  "waiters-walk": {
    name: "Kellnergang (einarmig über Kopf)",
    setup: "Eine Kettlebell oder Kurzhantel über Kopf drücken, Arm senkrecht gestreckt.",
    cue: "Taille waagerecht, Arm senkrecht; nicht vom Gewicht weg zur Seite lehnen.",
  },

  // anti-extension: Anti-Extension
  "plank": {
    name: "Unterarmstütz",
    setup: "Unterarme auf der Matte unter den Schultern, Beine gestreckt, auf den Zehen.",
    cue: "Gesäß leicht anspannen, damit der Körper von Kopf bis Ferse eine Linie bleibt; normal atmen.",
  },
  "rkc-plank": {
    name: "RKC-Unterarmstütz",
    setup: "Unterarmstütz auf der Matte, Ellbogen etwas weiter vorn, Fäuste zusammen.",
    cue: "Becken nach hinten kippen, Gesäß und Oberschenkel anspannen, Ellbogen Richtung Zehen ziehen.",
  },
  "dead-bug": {
    name: "Dead Bug (Käfer)",
    setup: "Rückenlage auf der Matte, Arme nach oben, Hüfte und Knie im rechten Winkel.",
    cue: "Einen Arm und das Gegenbein senken, der untere Rücken bleibt am Boden; beim Strecken ausatmen.",
  },
  "wall-dead-bug": {
    name: "Dead Bug an der Wand mit Beckenkippung",
    setup: "Rückenlage, Kopf nahe der Wand, Handflächen gegen die Wand, Hüfte und Knie im rechten Winkel.",
    cue: "Becken sanft nach hinten kippen, unteren Rücken am Boden halten, während eine Ferse zum Boden sinkt.",
  },
  "hollow-body-hold": {
    name: "Hollow Body Hold",
    setup: "Rückenlage auf der Matte, Arme neben den Ohren oder vorn, Knie gebeugt oder Beine gestreckt.",
    cue: "Unteren Rücken in den Boden drücken; den Hebel verkürzen, sobald er sich abhebt.",
  },
  "body-saw": {
    name: "Body Saw (Säge im Unterarmstütz)",
    setup: "Unterarmstütz, Füße auf Gleitscheiben oder einem Handtuch auf glattem Boden.",
    cue: "Aus den Schultern nur so weit zurückschieben, wie die Hüfte auf Schulterhöhe bleibt.",
  },
  "stir-the-pot": {
    name: "Stir the Pot (Umrühren auf dem Ball)",
    setup: "Unterarme auf einem Gymnastikball, Füße breit, Körper in gerader Stützlinie.",
    cue: "Mit den Ellbogen kleine Kreise ziehen, während der Rumpf völlig ruhig bleibt.",
  },
  "ab-wheel-rollout": {
    name: "Rollout mit Bauchroller",
    setup: "Kniestand auf der Matte, Bauchroller unter den Schultern, eine Wand davor begrenzt den Weg.",
    cue: "Becken leicht einrollen und nur so weit ausrollen, wie der untere Rücken gerade bleibt.",
  },

  // anti-rotation: Anti-Rotation
  "bird-dog": {
    name: "Bird Dog (Vierfüßlerstand, Arm und Bein strecken)",
    setup: "Vierfüßlerstand auf der Matte, Hände unter den Schultern, Knie unter der Hüfte, Rücken gerade.",
    cue: "Ein Bein nach hinten und den Gegenarm nach vorn strecken, ohne dass Becken ausweicht oder Rücken durchhängt.",
  },
  "bear-crawl": {
    name: "Bärengang",
    setup: "Vierfüßlerstand, Hände unter den Schultern, Knie unter der Hüfte und knapp vom Boden angehoben.",
    cue: "In kleinen Schritten Hand und Gegenfuß gleichzeitig setzen, der Rücken flach und ruhig wie ein Tisch.",
  },
  "plank-shoulder-tap": {
    name: "Stütz mit Schultertippen",
    setup: "Hoher Stütz auf den Händen, Füße breiter als die Hüfte.",
    cue: "Langsam die Gegenschulter antippen, ohne dass die Hüfte schwankt oder sich dreht.",
  },
  "pallof-press": {
    name: "Pallof Press",
    setup: "Kabelzug oder Band auf Brusthöhe; seitlich dazu stehen, Griff am Brustbein.",
    cue: "Gerade nach vorn drücken und zwei Atemzüge halten, ohne dass die Hände zur Verankerung wandern.",
  },
  "half-kneeling-pallof-press": {
    name: "Pallof Press im Halbkniestand",
    setup: "Kabel oder Band auf Brusthöhe; seitlich im Halbkniestand, das zugewandte Knie unten, Griff am Brustbein.",
    cue: "Gesäß des unteren Beins anspannen, vor- und zurückdrücken, ohne dass sich der Rumpf dreht.",
  },
  "cable-chop": {
    name: "Holzhacker am Kabelzug im Halbkniestand",
    setup: "Halbkniestand auf der Matte, seitlich zum oberen Kabelzug, Seil oder Stange mit beiden Händen.",
    cue: "Griff schräg nach unten an der fernen Hüfte vorbeiziehen; die Arme bewegen sich, der Rumpf bleibt gerade.",
  },
  "cable-lift": {
    name: "Lift am Kabelzug im Halbkniestand",
    setup: "Halbkniestand auf der Matte, seitlich zum unteren Kabelzug, das zugewandte Knie unten, Griff in beiden Händen.",
    cue: "Zur Brust ziehen, dann schräg nach oben drücken; aufrecht bleiben, Rippen unten, wenn die Arme oben sind.",
  },

  // anti-lateral-flexion: Anti-Seitneigung
  "side-bridge": {
    name: "Seitstütz",
    setup: "Seitenlage auf der Matte, Ellbogen unter der Schulter, Füße übereinander oder versetzt.",
    cue: "Becken in eine gerade Linie heben und die Taille nicht zum Boden durchhängen lassen.",
  },
  "kneeling-side-bridge": {
    name: "Seitstütz auf den Knien",
    setup: "Seitenlage auf der Matte, Knie nach hinten gebeugt, Ellbogen unter der Schulter.",
    cue: "Becken nach vorn oben schieben, bis Knie, Hüfte und Schultern eine Linie bilden; halten und atmen.",
  },
  "copenhagen-plank": {
    name: "Copenhagen-Seitstütz",
    setup: "Seitenlage neben einer Bank, Ellbogen unter der Schulter, oberes Knie (leichter) oder Knöchel auf der Bank.",
    cue: "Das obere Bein in die Bank drücken und so das Becken in eine gerade Linie heben.",
  },
  "offset-kettlebell-march": {
    name: "Marschieren mit einseitiger Kettlebell",
    setup: "Aufrecht stehen, eine Kettlebell oder Kurzhantel seitlich, eine Wand daneben zur Kontrolle.",
    cue: "Langsam marschieren, Knie auf Hüfthöhe, Schultern waagerecht, weder zum Gewicht noch davon weg neigen.",
  },

  // spinal-flexion: Beugung
  "mcgill-curl-up": {
    name: "McGill Curl-up",
    setup: "Rückenlage, ein Knie gebeugt, ein Bein gestreckt, Hände flach unter dem unteren Rücken.",
    cue: "Kopf und Schultern als Block wenige Zentimeter anheben, der untere Rücken ruht auf den Händen.",
  },
  "crunch": {
    name: "Crunch (kleiner Bewegungsumfang)",
    setup: "Rückenlage auf der Matte, Knie gebeugt, Füße aufgestellt, Fingerspitzen locker hinter den Ohren.",
    cue: "Rippen zum Becken rollen, bis die Schulterblätter gerade abheben; langsam zurück.",
  },
  "reverse-crunch": {
    name: "Reverse Crunch",
    setup: "Rückenlage auf der Matte, Hüfte und Knie gebeugt, Arme neben dem Körper.",
    cue: "Becken durch Heranziehen der Knie zur Brust einrollen und langsam, ohne Schwung, zurücklegen.",
  },
  "hanging-knee-raise": {
    name: "Knieheben im Hang",
    setup: "An einer Klimmzugstange hängen, Arme gestreckt, Schultern aktiv.",
    cue: "Knie heben und das Becken ohne Schwung einrollen; jede Wiederholung unten zur Ruhe kommen lassen.",
  },
  "cable-crunch": {
    name: "Crunch am Kabelzug kniend",
    setup: "Kniestand auf der Matte vor dem oberen Kabelzug, Seil neben dem Kopf.",
    cue: "Rippen zum Becken einrollen, die Hüfte bleibt ruhig über den Knien.",
  },
  "sit-up": {
    name: "Sit-up (voller Bewegungsumfang)",
    setup: "Rückenlage auf der Matte, Knie gebeugt, Füße aufgestellt, Arme vor der Brust verschränkt.",
    cue: "Wirbel für Wirbel aufrollen und genauso langsam zurückrollen, statt sich fallen zu lassen.",
  },
  "wall-roll-down": {
    name: "Abrollen an der Wand",
    setup: "Mit dem Rücken an die Wand lehnen, Füße etwas davor, Knie locker.",
    cue: "Kinn senken, die Wirbelsäule von oben von der Wand abrollen und beim Aufrollen Wirbel für Wirbel anlegen.",
  },
  "jefferson-curl-bodyweight": {
    name: "Jefferson Curl ohne Gewicht",
    setup: "Aufrecht stehen, Füße zusammen, Knie gestreckt, Arme hängen.",
    cue: "Vom Kinn aus Wirbel für Wirbel im heute leichten Bereich abrollen und ebenso langsam aufrichten.",
  },
  "jefferson-curl": {
    name: "Jefferson Curl mit Gewicht",
    setup: "Auf einer Box stehen, leichte Kettlebell oder Kurzhantel in den Händen, Knie gestreckt.",
    cue: "Vom Kinn aus langsam abrollen, das Gewicht sinkt unter die Zehen; vom Becken aus wieder aufrichten.",
  },

  // spinal-extension: Streckung
  "prone-lying": {
    name: "Bauchlage",
    setup: "Bauchlage auf der Matte, Arme neben dem Körper, Kopf zur Seite gedreht.",
    cue: "Den unteren Rücken in seine natürliche Krümmung sinken lassen und ruhig atmen.",
  },
  "sphinx": {
    name: "Sphinx (Unterarmstütz in Bauchlage)",
    setup: "Bauchlage auf der Matte, dann auf die Unterarme stützen, Ellbogen unter den Schultern.",
    cue: "Bauch und Becken schwer am Boden lassen, die Schultern weg von den Ohren.",
  },
  "prone-press-up": {
    name: "Rückbeuge in Bauchlage (Press-up)",
    setup: "Bauchlage auf der Matte, Hände unter den Schultern.",
    cue: "Arme strecken, Becken und Beine bleiben locker am Boden; oben einen Atemzug lang durchhängen lassen.",
  },
  "standing-extension": {
    name: "Rückbeuge im Stand",
    setup: "Aufrecht und hüftbreit stehen, beide Hände flach hinten am Becken, Finger zeigen nach unten.",
    cue: "Über die Hände nach hinten lehnen, die Hüfte geht nach vorn, dann zurück in den aufrechten Stand.",
  },
  "prone-cobra": {
    name: "Kobra in Bauchlage",
    setup: "Bauchlage auf der Matte, Arme neben dem Körper, Daumen nach außen gedreht.",
    cue: "Schulterblätter zusammenziehen und die Brust knapp vom Boden heben, Blick nach unten.",
  },
  "superman": {
    name: "Superman",
    setup: "Bauchlage auf der Matte, Arme nach vorn gestreckt, Beine gestreckt.",
    cue: "Arme und Beine nur wenige Zentimeter heben, Nacken lang, Gesäß leicht angespannt.",
  },
  "back-extension-hold": {
    name: "Halten am Rückenstrecker",
    setup: "Rückenstreckerbank, Polster unter der Hüfte, Füße fixiert, Arme vor der Brust verschränkt.",
    cue: "Körper gerade und waagerecht halten, Kinn eingezogen; aufhören, bevor er durchhängt.",
  },
  "back-extension-neutral": {
    name: "Rückenstrecken mit geradem Rücken",
    setup: "Rückenstreckerbank, Polster knapp unter den Beckenknochen, Füße fixiert, Arme verschränkt.",
    cue: "Mit geradem Rücken nur in der Hüfte beugen und nur bis zur geraden Körperlinie aufrichten.",
  },
  "back-extension-flexion-extension": {
    name: "Rückenstrecken durch Beugung und Streckung",
    setup: "GHD oder Rückenstreckerbank, Polster am Becken, Füße fixiert, Arme verschränkt.",
    cue: "So weit abrunden, wie es angenehm ist, dann Wirbel für Wirbel bis zur Geraden aufrollen.",
  },
  "back-extension": {
    name: "Rückenstrecken mit Gewicht (voller Bewegungsumfang)",
    setup: "GHD oder Rückenstreckerbank, Polster am Becken, Füße fixiert, eine Hantelscheibe vor der Brust.",
    cue: "Unten kontrollieren, wo die Last am größten ist; oben in der Geraden enden, nie den Kopf zurückwerfen.",
  },
  "reverse-hyperextension": {
    name: "Reverse Hyperextension",
    setup: "Bauchlage, Hüfte an der Kante einer Reverse-Hyper-Maschine oder hohen Bank, gut festhalten.",
    cue: "Beine mit dem Gesäß bis auf Rumpfhöhe heben, dann ohne Schwung absenken.",
  },

  // lateral-flexion: Seitneigung
  "side-bridge-hip-dip": {
    name: "Seitstütz mit Hüftsenken",
    setup: "Seitstütz auf dem Ellbogen auf der Matte, Füße übereinander, Körper gerade.",
    cue: "Becken wenige Zentimeter senken und wieder heben; die Bewegung kommt nur aus der Taille.",
  },
  "standing-side-reach": {
    name: "Seitneigung im Stand",
    setup: "Aufrecht, hüftbreit, ein Arm über Kopf, die andere Hand am Oberschenkel.",
    cue: "Gerade zur Seite neigen, ohne zu drehen oder vorzubeugen, dann zurück in die Aufrechte.",
  },
  "half-kneeling-side-bend": {
    name: "Seitneigung im Halbkniestand",
    setup: "Halbkniestand auf der Matte, ein leichtes Gewicht in der Hand auf der Seite des unteren Knies.",
    cue: "Langsam zum Gewicht neigen, dann mit der Gegenseite über die Mitte hinaus aufrichten.",
  },
  "standing-side-bend": {
    name: "Seitneigung mit Kurzhantel im Stand",
    setup: "Aufrecht und hüftbreit, eine Kurzhantel oder Kettlebell seitlich in einer Hand.",
    cue: "Gerade seitlich zum Gewicht neigen, Hüfte ruhig, mit der Gegenseite wieder hochziehen.",
  },
  "half-kneeling-windmill": {
    name: "Windmühle im Halbkniestand",
    setup: "Halbkniestand auf der Matte, Knie auf der belasteten Seite unten, Kettlebell über Kopf gedrückt.",
    cue: "Blick zur Kettlebell, Hüfte nach hinten außen schieben, freien Unterarm senken; anfangs kurz bleiben.",
  },
  "kettlebell-windmill": {
    name: "Windmühle mit Kettlebell",
    setup: "Füße von der belasteten Seite weggedreht, Kettlebell über Kopf gestreckt.",
    cue: "Hüfte unter der Kettlebell nach außen schieben, freie Hand am vorderen Bein hinab, Arm senkrecht.",
  },

  // rotation: Rotation
  "half-kneeling-landmine-rotation": {
    name: "Landmine-Rotation im Halbkniestand",
    setup: "Halbkniestand auf der Matte vor der beladenen Landmine, Hülse mit gestreckten Armen vor der Brust.",
    cue: "Stange im Bogen von Hüfte zu Hüfte führen, indem sich der Brustkorb dreht; das Becken bleibt gerade.",
  },
  "landmine-rotation": {
    name: "Landmine-Rotation im Stand",
    setup: "Vor der beladenen Landmine stehen, Arme lang, Hülse auf Brusthöhe.",
    cue: "Füße und Hüfte mitdrehen, während die Stange von Seite zu Seite schwingt; der untere Rücken fährt mit.",
  },
  "cable-trunk-rotation": {
    name: "Rumpfdrehung am Kabelzug",
    setup: "Seitlich zum Kabelzug auf Brusthöhe stehen, Griff mit beiden Händen, Arme gestreckt.",
    cue: "Über den hinteren Fuß und die Hüfte vom Gewichtsturm wegdrehen, langsam zurück.",
  },
  "medicine-ball-rotational-throw": {
    name: "Rotationswurf mit Medizinball",
    setup: "Seitlich zu einer stabilen Wand stehen, Medizinball an der hinteren Hüfte.",
    cue: "Aus dem hinteren Bein schieben, zuerst die Hüfte drehen, dann werfen; zwischen den Würfen neu aufstellen.",
  },
  "russian-twist": {
    name: "Russian Twist",
    setup: "Sitz auf der Matte, Knie gebeugt, Fersen am Boden, zurückgelehnt, Medizinball vor der Brust.",
    cue: "Schultern und Ball von Seite zu Seite drehen, die Brust aufrecht, nicht zusammensinken.",
  },
  "lying-windshield-wiper": {
    name: "Scheibenwischer in Rückenlage",
    setup: "Rückenlage, Arme weit zur Seite, Knie im rechten Winkel über der Hüfte.",
    cue: "Knie nur so weit zur Seite senken, wie die Gegenschulter am Boden bleibt, dann zurückholen.",
  },

  // mobility: Mobilität und Nervengleiten
  "cat-camel": {
    name: "Katzenbuckel und Pferderücken",
    setup: "Vierfüßlerstand auf der Matte, Hände unter den Schultern, Knie unter der Hüfte.",
    cue: "Rücken sanft rund machen und durchhängen lassen, im bequemen mittleren Bereich; beim Runden ausatmen.",
  },
  "supine-pelvic-tilt": {
    name: "Beckenkippen in Rückenlage",
    setup: "Rückenlage auf der Matte, Knie gebeugt, Füße aufgestellt.",
    cue: "Becken kippen, bis der untere Rücken flach aufliegt, dann leicht hohl; die Mitte finden, in der Sie spannen können.",
  },
  "quadruped-rock-back": {
    name: "Zurückschaukeln im Vierfüßlerstand",
    setup: "Vierfüßlerstand auf der Matte, Rücken gerade.",
    cue: "Gesäß Richtung Fersen schieben und stoppen, sobald sich der untere Rücken rundet.",
  },
  "childs-pose": {
    name: "Kindhaltung (Päckchensitz)",
    setup: "Kniestand auf der Matte, große Zehen zusammen, Knie auseinander; bei Bedarf ein Kissen unter Gesäß oder Brust.",
    cue: "Zu den Fersen zurücksetzen, Hände nach vorn wandern lassen, den Rücken rund werden lassen und hineinatmen.",
  },
  "double-knee-to-chest": {
    name: "Beide Knie zur Brust",
    setup: "Rückenlage auf der Matte, Hände hinter beiden Oberschenkeln.",
    cue: "Beide Knie zur Brust ziehen und das Steißbein etwas vom Boden abrollen lassen.",
  },
  "supine-lower-trunk-rotation": {
    name: "Beine kippen in Rückenlage",
    setup: "Rückenlage auf der Matte, Knie gebeugt, Füße geschlossen, Arme zur Seite.",
    cue: "Beide Knie langsam zu einer Seite sinken lassen, so weit es leicht geht; die Schultern bleiben unten.",
  },
  "seated-thoracic-rotation": {
    name: "Drehung der Brustwirbelsäule im Sitz",
    setup: "Aufrecht auf einer Bank, Ball oder gefaltetes Handtuch zwischen den Knien, Arme vor der Brust verschränkt.",
    cue: "Oberkörper drehen, während die Knie auf gleicher Höhe bleiben; die Drehung kommt aus der Brustwirbelsäule.",
  },
  "quadruped-thread-the-needle": {
    name: "Einfädeln im Vierfüßlerstand",
    setup: "Vierfüßlerstand auf der Matte, Hüfte über den Knien.",
    cue: "Einen Arm unter dem Körper durchschieben, dann zur Decke öffnen, Blick folgt, Hüfte bleibt über den Knien.",
  },
  "open-book": {
    name: "Offenes Buch in Seitenlage",
    setup: "Seitenlage, Hüfte und Knie gebeugt, Kissen zwischen den Knien, Arme gestreckt vor dem Körper.",
    cue: "Den oberen Arm zum Boden hinter Ihnen öffnen, die Knie bleiben aufeinander.",
  },
  "foam-roller-thoracic-extension": {
    name: "Streckung der Brustwirbelsäule auf der Rolle",
    setup: "Rückenlage, Schaumstoffrolle quer unter der mittleren Brustwirbelsäule, Hände hinter dem Kopf, Gesäß am Boden.",
    cue: "Rippen unten halten und den oberen Rücken über die Rolle sinken lassen, nicht den unteren.",
  },
  "deep-lunge-hold": {
    name: "Tiefer Ausfallschritt gehalten",
    setup: "Langer Ausfallschritt auf der Matte, hinteres Knie am Boden, Hände neben dem vorderen Fuß.",
    cue: "Hüfte Richtung Boden sinken lassen, der Rücken bleibt lang; langsam atmen.",
  },
  "half-kneeling-hip-flexor-stretch": {
    name: "Hüftbeuger-Dehnung im Halbkniestand",
    setup: "Halbkniestand auf der Matte, der andere Fuß vorn, Oberkörper aufrecht.",
    cue: "Steißbein einrollen, Gesäß des unteren Beins anspannen, dann vorschieben, bis die Hüftvorderseite zieht.",
  },
  "couch-stretch": {
    name: "Couch Stretch (Hüftbeugerdehnung an der Wand)",
    setup: "Hinteres Knie auf der Matte am Fuß von Wand oder Sofa, Schienbein daran hoch, vorderer Fuß aufgestellt.",
    cue: "Becken einrollen und den Oberkörper nur so weit aufrichten, wie der untere Rücken flach bleibt.",
  },
  "ninety-ninety-hip-switch": {
    name: "90/90-Hüftwechsel",
    setup: "Sitz auf der Matte, beide Knie im rechten Winkel, ein Bein vorn, eins seitlich, Hände hinten aufgestützt.",
    cue: "Aufrecht sitzen und beide Knie aus der Hüfte zur anderen Seite drehen, ohne zusammenzusinken.",
  },
  "supine-figure-four-stretch": {
    name: "Gesäßdehnung in Rückenlage (Figur 4)",
    setup: "Rückenlage auf der Matte, ein Knöchel über dem gegenüberliegenden Knie.",
    cue: "Den unteren Oberschenkel heranziehen, während das Steißbein am Boden bleibt.",
  },
  "banded-hip-distraction": {
    name: "Hüftmobilisation mit Band",
    setup: "Kräftiges Band fest verankert, hoch um einen Oberschenkel; im Halbkniestand wegrücken, bis es zieht.",
    cue: "Das Band die Hüfte öffnen lassen, dann langsam in die steife Richtung bewegen, Oberkörper aufrecht.",
  },
  "knee-to-wall-ankle-mobility": {
    name: "Knie zur Wand (Sprunggelenk)",
    setup: "Vor einer Wand, ein Fuß wenige Zentimeter davor, der andere dahinter.",
    cue: "Das Knie über die Zehen zur Wand schieben, die Ferse bleibt fest am Boden.",
  },
  "hamstring-floss": {
    name: "Nervengleiten der Beinrückseite in Rückenlage",
    setup: "Rückenlage auf der Matte, einen Oberschenkel senkrecht halten, Hände hinter dem Knie.",
    cue: "Knie strecken und dabei die Zehen wegstrecken, beugen und sie anziehen: sanftes Gleiten, kein Dehnen.",
  },
  "seated-slump-nerve-glide": {
    name: "Slump-Nervengleiten im Sitz",
    setup: "Auf der Bankkante sitzen, Rücken rund, Hände hinten.",
    cue: "Knie strecken beim Hochschauen, beugen beim Hinunterschauen: ein Gleiten, nie ein Dehnen.",
  },

  // breathing-bracing: Atmung und Rumpfspannung
  "diaphragmatic-breathing": {
    name: "Zwerchfellatmung",
    setup: "Rückenlage auf der Matte, Knie gebeugt, eine Hand auf der Brust, eine auf dem Bauch.",
    cue: "Durch die Nase einatmen, sodass sich zuerst Bauch und Flanken heben; langsam ausatmen.",
  },
  "crocodile-breathing": {
    name: "Krokodilatmung",
    setup: "Bauchlage auf der Matte, Stirn auf den übereinandergelegten Händen.",
    cue: "In den Boden atmen, sodass sich unterer Rücken und Flanken heben; lange, langsame Ausatmung.",
  },
  "ninety-ninety-breathing": {
    name: "90/90-Atmung",
    setup: "Rückenlage auf der Matte, Füße an der Wand, Hüfte und Knie im rechten Winkel.",
    cue: "Fersen leicht an der Wand nach unten drücken; durch die Nase ein, durch gespitzte Lippen aus, Rippen tief.",
  },
  "balloon-breathing": {
    name: "Ballonatmung",
    setup: "Rückenlage, Füße an Wand oder Bank, Hüfte und Knie im rechten Winkel, einen Ballon in der Hand.",
    cue: "Ausatmen, bis die unteren Rippen nach unten innen sinken; beim Einatmen die Zunge an den Gaumen.",
  },
  "abdominal-brace": {
    name: "Rumpfspannung (Bracing)",
    setup: "Aufrecht stehen, Fingerspitzen seitlich in die Taille gedrückt.",
    cue: "Den Rumpf wie gegen einen Stoß anspannen und dabei weiteratmen: Spannung ist kein Luftanhalten.",
  },

  // upper-pull: Ziehen (Oberkörper)
  "chest-supported-row": {
    name: "Rudern mit Brustauflage",
    setup: "Bauchlage auf einer Schrägbank, Brust an der oberen Kante, je eine Kurzhantel in der Hand.",
    cue: "Kurzhanteln zu den unteren Rippen ziehen, Schulterblätter zusammen, die Brust bleibt am Polster.",
  },
  "seal-row": {
    name: "Seal Row (Rudern in Bauchlage)",
    setup: "Hohe Flachbank auf Blöcken; Bauchlage, beladene Langhantel darunter am Boden.",
    cue: "Die Stange an die Unterseite der Bank ziehen, ohne die Brust abzuheben.",
  },
  "seated-cable-row": {
    name: "Rudern am Kabelzug sitzend",
    setup: "Am Ruderzug sitzen, Füße auf der Plattform, Knie locker, Griff in beiden Händen.",
    cue: "Aufrecht zum Bauch rudern, ohne nach hinten zu schaukeln; vorn strecken die Arme, nicht der untere Rücken.",
  },
  "single-arm-cable-row": {
    name: "Einarmiges Rudern am Kabelzug im Halbkniestand",
    setup: "Halbkniestand auf der Matte vor dem Kabelzug auf Brusthöhe, Griff in einer Hand.",
    cue: "Rudern, ohne dass sich Schultern oder Hüfte zum Kabel hin drehen.",
  },
  "inverted-row": {
    name: "Umgekehrtes Rudern",
    setup: "Stange im Ständer auf Hüfthöhe oder Schlingentrainer; darunter hängen, Fersen am Boden.",
    cue: "Die Brust als starres Brett zur Stange ziehen; die Hüfte hängt nicht durch.",
  },
  "one-arm-dumbbell-row": {
    name: "Einarmiges Kurzhantelrudern",
    setup: "Eine Hand und das gleichseitige Knie auf der Bank, anderer Fuß am Boden, Kurzhantel in der freien Hand.",
    cue: "Zur Hüfte rudern, Rücken gerade, Schultern parallel zum Boden.",
  },
  "landmine-row": {
    name: "Landmine-Rudern",
    setup: "Beladene Landmine; über der Stange stehen, auf etwa 45° vorbeugen, Griff unter der Hülse.",
    cue: "Rumpf anspannen und den Oberkörperwinkel halten, während Sie zur Brust rudern.",
  },
  "bent-over-dumbbell-row": {
    name: "Vorgebeugtes Kurzhantelrudern",
    setup: "Mit den Kurzhanteln stehen, dann auf etwa 45° vorbeugen, die Gewichte unter den Schultern.",
    cue: "Beide zur Hüfte rudern, der Rückenwinkel bleibt fest; ablegen, sobald er wandert.",
  },
  "barbell-row": {
    name: "Langhantelrudern",
    setup: "Beladene Langhantel in den Stand heben, dann deutlich vorbeugen.",
    cue: "Rumpf anspannen, zu den unteren Rippen rudern, Oberkörper ruhig; sich nicht der Stange entgegenrichten.",
  },
  "lat-pulldown": {
    name: "Latziehen",
    setup: "Latzug: Oberschenkel unter den Polstern, Hände etwas breiter als die Schultern.",
    cue: "Ellbogen zu den Rippen ziehen, die Stange zur oberen Brust, ohne Hohlkreuz.",
  },
  "pull-up": {
    name: "Klimmzug",
    setup: "An der Klimmzugstange hängen, Hände schulterbreit, Beine geschlossen und leicht vorn.",
    cue: "Rumpf leicht anspannen, Brust ohne Schwung zur Stange ziehen, ganz ablassen.",
  },
  "straight-arm-pulldown": {
    name: "Latziehen mit gestreckten Armen",
    setup: "Vor dem oberen Kabelzug mit Stange oder Seil, leicht in der Hüfte gebeugt, Arme lang.",
    cue: "Die Stange mit gestreckten Armen zu den Oberschenkeln führen, die Rippen bleiben unten.",
  },
  "face-pull": {
    name: "Face Pull",
    setup: "Seil an Kabelzug oder Band auf Gesichtshöhe; zurücktreten, bis die Arme gestreckt sind.",
    cue: "Seil mit hohen Ellbogen auseinander zu den Ohren ziehen, aufrecht, ohne nach hinten zu lehnen.",
  },
  "band-pull-apart": {
    name: "Band auseinanderziehen",
    setup: "Aufrecht stehen, leichtes Band auf Schulterhöhe mit gestreckten Armen.",
    cue: "Band durch Zusammenziehen der Schulterblätter zur Brust ziehen, Rippen unten, langsam zurück.",
  },

  // upper-push: Drücken (Oberkörper)
  "incline-push-up": {
    name: "Liegestütz erhöht",
    setup: "Hände schulterbreit an der Bankkante, Körper gerade von Kopf bis Ferse.",
    cue: "Brust zur Kante senken, Ellbogen etwa 45° vom Körper, der Körper bleibt ein Brett.",
  },
  "push-up": {
    name: "Liegestütz",
    setup: "Hände unter den Schultern am Boden, Körper gerade von Kopf bis Ferse.",
    cue: "Gesäß und Bauch fest, damit die Hüfte weder durchhängt noch hochgeht, während Sie den Boden wegdrücken.",
  },
  "dumbbell-bench-press": {
    name: "Bankdrücken mit Kurzhanteln",
    setup: "Auf das Bankende setzen, Kurzhanteln auf den Oberschenkeln, dann mit ihnen an der Brust zurücklegen.",
    cue: "Über die Schultern hochdrücken, kleines natürliches Hohlkreuz, Füße flach, Gesäß auf der Bank.",
  },
  "bench-press": {
    name: "Bankdrücken mit Langhantel",
    setup: "Unter der abgelegten Stange liegen, Sicherungen knapp unter Brusthöhe, Füße fest, Schulterblätter zusammen.",
    cue: "Das Hohlkreuz mäßig halten; Stange zur unteren Brust senken und zurück über die Schultern drücken.",
  },
  "half-kneeling-landmine-press": {
    name: "Landmine-Drücken im Halbkniestand",
    setup: "Halbkniestand auf der Matte, Knie der Druckseite unten, Hülse der beladenen Landmine an der Schulter.",
    cue: "Gesäß des unteren Beins anspannen und im Bogen der Stange nach vorn oben drücken, Rumpf gerade.",
  },
  "landmine-press": {
    name: "Landmine-Drücken im Stand",
    setup: "Schrittstand vor der beladenen Landmine, Hülse an der Schulter des Druckarms.",
    cue: "Nach vorn oben drücken, das Schulterblatt mitgleiten lassen, ohne den Rumpf zum Schluss zu drehen.",
  },
  "half-kneeling-dumbbell-press": {
    name: "Kurzhantel-Drücken im Halbkniestand",
    setup: "Halbkniestand auf der Matte, Knie unter dem Druckarm unten, anderer Fuß vorn, Gewicht an der Schulter.",
    cue: "Gesäß des unteren Beins anspannen, damit kein Hohlkreuz entsteht, und gerade hochdrücken, ohne zu neigen.",
  },
  "seated-dumbbell-press": {
    name: "Schulterdrücken mit Kurzhanteln im Sitz",
    setup: "Bank knapp unter senkrecht, Rücken an der Lehne, je eine Kurzhantel an den Schultern.",
    cue: "Hoch und leicht nach innen drücken, der untere Rücken bleibt am Polster, Rumpf angespannt.",
  },
  "overhead-press": {
    name: "Schulterdrücken im Stand",
    setup: "Langhantel im Ständer auf oberer Brusthöhe, Hände knapp außerhalb der Schultern, hüftbreit.",
    cue: "Gesäß anspannen, Rumpf fest, den Kopf statt des Oberkörpers zurücknehmen; oben Rippen unten.",
  },
});
