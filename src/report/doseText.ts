/**
 * A planned dose in the words a lifter reads off a printed page: sets × reps or seconds, the
 * load, and whether it is per side.
 */
import type { PlannedDose } from "../program/index.js";
import type { PlanWords } from "./planWords.js";

/**
 * One line for a dose: `2 × 6 per side · 12.5 kg · tempo 3-1-1-0`, `3 × 20 s`, `3 × 8 breaths`,
 * `20 min`. Uneven sets are listed (`8, 8, 6`).
 *
 * @param dose - the planned dose
 * @param words - the page's words
 * @param number - how the page's language writes a number
 */
export function doseText(dose: PlannedDose, words: PlanWords, number: (value: number) => string): string {
  const side = (perSide: boolean): string[] => (perSide ? [words.perSide] : []);
  switch (dose.kind) {
    case "reps": {
      const first = dose.sets[0] ?? 0;
      const reps = dose.sets.every((count) => count === first) ? `${dose.sets.length} × ${number(first)}` : dose.sets.map(number).join(", ");
      return [
        [reps, ...side(dose.perSide)].join(" "),
        ...(dose.loadKg === undefined ? [] : [`${number(dose.loadKg)} kg`]),
        ...(dose.tempo === undefined ? [] : [`${words.tempo} ${dose.tempo}`]),
      ].join(" · ");
    }
    case "hold":
      return [`${dose.sets} × ${number(dose.holdSeconds)} s`, ...side(dose.perSide)].join(" ");
    case "distance":
      return [`${dose.sets} × ${number(dose.distanceMeters)} m`, ...side(dose.perSide)].join(" ");
    case "breaths":
      return `${dose.sets} × ${number(dose.breaths)} ${words.breaths}`;
    case "minutes":
      return `${number(dose.minutes)} ${words.minutes}`;
  }
}
