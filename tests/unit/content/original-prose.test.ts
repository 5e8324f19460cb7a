import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { HASH_DIGITS, RUN_LENGTH, copiedRuns, fingerprint } from '../../../src/checks/word-runs.ts';
import { chapterFiles } from '../../support/content.ts';

/**
 * The source article is someone else's work, so the repository holds only a fingerprint of it
 * (hashes of its 12-word runs, written by `npm run fingerprint -- <article.txt>`), never its text.
 */
const stored = JSON.parse(readFileSync(new URL('./original-prose.fingerprint.json', import.meta.url), 'utf8')) as {
  runLength: number;
  hashDigits: number;
  hashes: string[];
};
const articleRuns = new Set(stored.hashes);

/**
 * Quotations (<Quote>) and citations (<Reference>, footnote definitions) repeat their source on
 * purpose; everything else must be our own words.
 */
function prose(mdx: string): string {
  return mdx
    .replace(/<Quote\b[\s\S]*?<\/Quote>/g, ' ')
    .replace(/<Reference\b[\s\S]*?<\/Reference>/g, ' ')
    .replace(/^\[\^[^\]]+\]:.*$/gm, ' ');
}

test('the fingerprint matches the way chapters are compared and holds hashes only', () => {
  expect(stored.runLength).toBe(RUN_LENGTH);
  expect(stored.hashDigits).toBe(HASH_DIGITS);
  expect(stored.hashes.length).toBeGreaterThan(100);
  for (const hash of stored.hashes) expect(hash).toMatch(new RegExp(`^[0-9a-f]{${HASH_DIGITS}}$`));
});

test('a synthetic chapter that copies one 12-word run of a fingerprinted text fails, a quotation does not', () => {
  const article = 'Teams that write down what they tried, and why, learn faster than teams that only remember it.';
  const hashes = new Set(fingerprint(article));
  const chapter = '# Our page\n\nPeople who WRITE down what they *tried*, and why, learn faster than teams that rarely do.';
  expect(copiedRuns(prose(chapter), hashes)).toEqual(['write down what they tried and why learn faster than teams that']);
  expect(copiedRuns(prose('People who write down what they tried and why learn faster than most.'), hashes)).toEqual([]);
  expect(copiedRuns(prose(`<Quote cite="x" source="y">${article}</Quote>`), hashes)).toEqual([]);
});

test.each(chapterFiles().map((c) => [c.file, c.text] as const))('%s shares no run of 12 or more words with the source article', (_file, text) => {
  expect(copiedRuns(prose(text), articleRuns)).toEqual([]);
});
