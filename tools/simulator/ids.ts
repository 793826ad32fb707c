import type { Prng } from './prng';

/** Hands out unique numeric-string ids of a given length, like Gong's (up to 20 digits). */
export interface IdSource {
  next(length: number): string;
}

/** Creates an id source drawing digits from `prng`, never repeating an id. */
export function createIdSource(prng: Prng): IdSource {
  const used = new Set<string>();
  return {
    next(length) {
      let id = prng.digits(length);
      while (used.has(id)) id = prng.digits(length);
      used.add(id);
      return id;
    },
  };
}
