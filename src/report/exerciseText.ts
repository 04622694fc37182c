/**
 * An exercise's name, setup and key cue in a lifter's language, for a printed plan.
 */
import type { Exercise, ExerciseId } from "../catalog/types.js";
import { requireLocale, requireObject, requireOptions, requireString } from "../internal/guards.js";
import { deExercises } from "./locales/de.exercises.js";

/**
 * An exercise's words in one language: its name, one-line setup and key cue.
 * @category Report
 */
export interface ExerciseWords {
  readonly name: string;
  readonly setup: string;
  readonly cue: string;
}

/**
 * What {@link exerciseText} returns: the words to print, and the language they are in.
 * @category Report
 */
export interface ExerciseText {
  readonly name: string;
  /** The start position and kit; `null` for an app's exercise that has no `setup`. */
  readonly setup: string | null;
  /** The key cue; `null` for an app's exercise that has no `cue`. */
  readonly cue: string | null;
  /**
   * The language the words are in (`"de"`, or `"en"` when they fell back to the catalog's
   * English), for a `lang` attribute around them on a page in another language.
   */
  readonly locale: string;
}

/**
 * The options of {@link exerciseText}.
 * @category Report
 */
export interface ExerciseTextOptions {
  /** A BCP 47 language tag (default `"en"`); `de`, `de-AT`, … use the German words. */
  readonly locale?: string;
  /** An app's own words in that locale, by exercise ID; an ID found here wins over the shipped words. */
  readonly texts?: Readonly<Record<ExerciseId, ExerciseWords>>;
}

/** The shipped translations of the built-in exercises, by language (English is the catalog itself). */
const SHIPPED: Readonly<Record<string, Readonly<Record<ExerciseId, ExerciseWords>>>> = { de: deExercises };

/**
 * Gives an exercise's name, one-line setup and key cue in a locale, so a printed plan can be
 * followed without a coach (every built-in exercise has all three in English and German).
 *
 * The app's `texts` are looked up first, then the shipped words of the locale's language; an
 * unknown language, or an exercise neither knows (an app's own), gives the exercise's own
 * English text, with `locale: "en"` saying so. An app's exercise without `setup` or `cue`
 * (both optional in `extendCatalog`) gives `null` for it. Words are matched by exercise ID.
 *
 * @param exercise - a catalog exercise (built-in or an app's own)
 * @param options - `locale` (default `"en"`) and an app's own `texts`
 * @returns `{ name, setup, cue, locale }`
 * @throws TypeError naming `exerciseText` when `exercise` or `options` is not an object, the
 * exercise's `id` or `name` or the locale is not a string, or `texts` is not an object
 * @throws RangeError naming `exerciseText` when the locale is not a well-formed language tag
 * @example
 * ```ts
 * const squat = getExercise("goblet-squat")!;
 * exerciseText(squat, { locale: "de-AT" }).name;
 * // => "Goblet-Kniebeuge"
 * exerciseText(squat).cue;
 * // => "Sit between the heels with the chest tall; stop before the pelvis starts to tuck under."
 * exerciseText(squat, { locale: "fr" }).locale;
 * // => "en"
 * ```
 * @category Report
 */
export function exerciseText(exercise: Exercise, options: ExerciseTextOptions = {}): ExerciseText {
  requireObject("exerciseText", "exercise", exercise);
  requireString("exerciseText", "exercise.id", exercise.id);
  requireString("exerciseText", "exercise.name", exercise.name);
  requireOptions("exerciseText", options);
  const { language } = requireLocale("exerciseText", options.locale ?? "en");
  requireOptions("exerciseText", options.texts, "texts");
  const words = wordsFor(options.texts, exercise.id) ?? (Object.hasOwn(SHIPPED, language) ? wordsFor(SHIPPED[language], exercise.id) : undefined);
  if (words !== undefined) return { name: words.name, setup: words.setup, cue: words.cue, locale: language };
  return { name: exercise.name, setup: exercise.setup ?? null, cue: exercise.cue ?? null, locale: "en" };
}

/** A table's own entry for an ID (never one inherited from Object.prototype, never a non-object). */
function wordsFor(table: Readonly<Record<ExerciseId, ExerciseWords>> | undefined, id: ExerciseId): ExerciseWords | undefined {
  if (table === undefined || !Object.hasOwn(table, id)) return undefined;
  const words = table[id];
  return typeof words === "object" && words !== null ? words : undefined;
}
