import { createHash } from 'node:crypto';

/** A shared run this long is copying, not coincidence: common phrases rarely reach 12 words. */
export const RUN_LENGTH = 12;

/**
 * Hex digits kept of each run's SHA-256: 48 bits make an accidental match between a chapter's few
 * thousand runs and the article's few thousand practically impossible, while the stored hashes
 * cannot be turned back into the article's text.
 */
export const HASH_DIGITS = 12;

/** Lower-case words only, so punctuation and typography cannot hide a copied sentence. */
export function words(text: string): string[] {
  return text.toLowerCase().replace(/[’‘]/g, "'").match(/[a-z0-9']+/g) ?? [];
}

/** Every run of `RUN_LENGTH` consecutive words, normalised, in order of appearance. */
export function wordRuns(text: string): string[] {
  const list = words(text);
  const runs: string[] = [];
  for (let i = 0; i + RUN_LENGTH <= list.length; i++) runs.push(list.slice(i, i + RUN_LENGTH).join(' '));
  return runs;
}

export function runHash(run: string): string {
  return createHash('sha256').update(run).digest('hex').slice(0, HASH_DIGITS);
}

/** The sorted, distinct hashes of a text's runs: what the fingerprint file stores. */
export function fingerprint(text: string): string[] {
  return [...new Set(wordRuns(text).map(runHash))].sort();
}

/** The runs of `text` whose hash is in `hashes`, i.e. the 12-word runs copied from the source. */
export function copiedRuns(text: string, hashes: ReadonlySet<string>): string[] {
  return wordRuns(text).filter((run) => hashes.has(runHash(run)));
}
