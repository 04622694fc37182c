/**
 * Ids as words for people: `single-leg-romanian-deadlift` → "single-leg Romanian deadlift",
 * `symptom-modulation` → "symptom modulation", `axialCompression` → "axial compression".
 * Human output only; `--json` keeps the ids.
 */

/** Abbreviations written in capitals. */
const CAPITALS = new Set(["rdl", "rkc", "acwr", "ewma", "rpe", "nrs", "fms", "odi", "rmdq", "psfs", "ctl", "atl", "tsb", "au", "trx", "ghd", "tz"]);
/** Proper names written with a capital. */
const NAMES = new Set(["romanian", "bulgarian", "nordic", "copenhagen", "mcgill", "pallof", "jefferson", "russian", "sumo"]);
/** Prefixes that keep their hyphen: "single-leg", "anti-rotation", "half-kneeling". */
const JOINED = new Set(["anti", "single", "half", "non", "self", "semi", "multi", "one", "two", "double", "ninety", "trap", "low", "high"]);

/** Words that keep the hyphen before them: "check-in", "warm-up", "cool-down". */
const PARTICLES = new Set(["in", "up", "down", "out", "off"]);

/**
 * An id in words: hyphens become spaces, but after a prefix such as "single" or "anti", and
 * abbreviations are capitalised; camelCase reads the same. Any other value (a sentence, a name)
 * is returned as it is.
 */
export function words(value: string): string {
  // camelCase ids (`axialCompression`) read as their slug would.
  const id = /^[a-z]+([A-Z][a-z0-9]*)+$/.test(value) ? value.replace(/[A-Z]/g, (capital) => `-${capital.toLowerCase()}`) : value;
  if (!/^[a-z0-9]+(-[a-z0-9]+)+$/.test(id)) return CAPITALS.has(id) ? id.toUpperCase() : NAMES.has(id) ? capitalise(id) : id;
  const parts = id.split("-");
  return parts
    .map((part, index) => {
      const word = CAPITALS.has(part) ? part.toUpperCase() : NAMES.has(part) ? capitalise(part) : part;
      const next = parts[index + 1];
      if (next === undefined) return word;
      return JOINED.has(part) || PARTICLES.has(next) || (/^\d+$/.test(part) && /^\d+$/.test(next)) ? `${word}-` : `${word} `;
    })
    .join("");
}

function capitalise(word: string): string {
  return `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
}

/** Several ids in words, joined: "flexion and extension". */
export function wordList(ids: readonly string[], joiner = ", "): string {
  return ids.map(words).join(joiner);
}
