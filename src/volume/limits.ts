/**
 * Physical bounds on a performed set, shared by the parser and the typed volume functions, so
 * that every product (load × reps × implements, summed over a week) stays finite and a typo
 * such as a load of 1e308 is refused by name instead of summed to Infinity (V-7).
 */

/** Most kg per implement (and per assistance) in one set. */
export const MAX_SET_LOAD_KG = 10_000;
/** Most reps in one set. */
export const MAX_SET_REPS = 10_000;
/** Most implements in one set (a pair of dumbbells is 2). */
export const MAX_IMPLEMENTS = 10;
/** Longest hold in one set: a day. */
export const MAX_HOLD_SECONDS = 86_400;
/** Heaviest body mass. */
export const MAX_BODYWEIGHT_KG = 1_000;
