/**
 * A small deterministic PRNG for the resampling diagnostics. The library draws no
 * randomness of its own: every caller passes a seed, and the same seed gives the same draws on
 * every engine (integer arithmetic only, via Math.imul).
 */

/** A stream of uniform numbers in [0, 1) from a 32-bit seed. */
export interface Random {
  /** The next uniform number in [0, 1). */
  next(): number;
  /** A whole number in 0 … bound − 1 (bound ≥ 1). */
  below(bound: number): number;
  /** A standard normal draw (Box–Muller). */
  normal(): number;
}

/**
 * mulberry32 (Tommy Ettinger's 32-bit generator): fast, tiny, and good enough for bootstrap
 * resampling; not for cryptography. The seed is taken as an unsigned 32-bit integer.
 */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state) >>> 0;
    t = ((t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t) >>> 0;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    below: (bound) => Math.floor(next() * bound),
    normal: () => {
      // 1 − u is in (0, 1], so the logarithm is finite.
      const u = 1 - next();
      const v = next();
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
  };
}
