import { hashText } from '../text/hash.ts';

/**
 * A small seeded generator (mulberry32): the same seed always gives the same sequence, so an
 * order computed from the seed kept in the draft is the same after a reload or on resume.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A permutation of 0 … length − 1 drawn from `seed` and `salt` (Fisher–Yates). The salt (a step's
 * attribute id) gives each step its own order from the one seed a person has.
 */
export function permutation(seed: number, length: number, salt = ''): number[] {
  const mixed = (seed ^ Number.parseInt(hashText(salt).slice(-8), 16)) >>> 0;
  const next = seededRandom(mixed);
  const order = Array.from({ length }, (_, i) => i);
  for (let i = length - 1; i > 0; i -= 1) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  return order;
}

/** The entries in the order `permutation` gives for this seed and salt. */
export function shuffled<T>(entries: readonly T[], seed: number, salt = ''): T[] {
  return permutation(seed, entries.length, salt).map((index) => entries[index] as T);
}

/**
 * A seed for a draft saved before drafts had one, derived from when it was started, so that
 * its order is still stable across reloads.
 */
export function seedFromText(text: string): number {
  return Number.parseInt(hashText(text).slice(-8), 16) >>> 0;
}
