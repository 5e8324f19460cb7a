import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

const RUN = 12;

/** Lower-case words only, so punctuation and typography cannot hide a copied sentence. */
function words(text: string): string[] {
  return text.toLowerCase().replace(/[’‘]/g, "'").match(/[a-z0-9']+/g) ?? [];
}

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

function sharedRuns(ours: string, theirs: string, length = RUN): string[] {
  const source = words(theirs);
  const runs = new Set<string>();
  for (let i = 0; i + length <= source.length; i++) runs.add(source.slice(i, i + length).join(' '));
  const mine = words(ours);
  const found: string[] = [];
  for (let i = 0; i + length <= mine.length; i++) {
    const run = mine.slice(i, i + length).join(' ');
    if (runs.has(run)) found.push(run);
  }
  return found;
}

const sources = readdirSync('../shared/sources').map((f) => readFileSync(`../shared/sources/${f}`, 'utf8'));

test('the overlap check finds a copied run and ignores a quotation', () => {
  const article = 'one two three four five six seven eight nine ten eleven twelve thirteen';
  expect(sharedRuns(`We wrote: ${article}`, article)).toHaveLength(2);
  expect(sharedRuns(prose(`<Quote cite="x" source="y">${article}</Quote>`), article)).toEqual([]);
});

test.each(readdirSync('content/playbook').filter((f) => f.endsWith('.mdx')))(
  '%s shares no run of 12 or more words with the source article',
  (file) => {
    const text = prose(readFileSync(`content/playbook/${file}`, 'utf8'));
    for (const source of sources) expect(sharedRuns(text, source)).toEqual([]);
  },
);
