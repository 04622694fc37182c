/** Turns a keyed registry into frozen records that also carry their own key as `id`. */
export function withIds<R extends Record<string, object>>(
  registry: R,
): { readonly [K in keyof R]: Readonly<R[K]> & { readonly id: K } } {
  const out: Record<string, object> = {};
  for (const [id, entry] of Object.entries(registry)) out[id] = Object.freeze({ id, ...entry });
  return Object.freeze(out) as { readonly [K in keyof R]: Readonly<R[K]> & { readonly id: K } };
}
