import { describe, expect, test } from 'vitest';
import { chapterFiles, instrumentDimensions } from '../../support/content.ts';

/** Rules that hold for any organization's chapters and instrument, so they always run. */
const chapters = chapterFiles();

test('every attribute of the readiness instrument has exactly one chapter', () => {
  for (const id of instrumentDimensions()) {
    expect(chapters.filter((c) => c.front.attribute === id).map((c) => c.slug), id).toHaveLength(1);
  }
});

describe('quotations', () => {
  const references = chapters.find((c) => c.slug === 'references');
  const referenceIds = new Set([...(references?.text ?? '').matchAll(/<Reference id="([^"]+)"/g)].map((m) => m[1]));

  test.each(chapters.map((c) => [c.slug, c] as const))('every quotation in %s names a source listed in References', (_s, c) => {
    for (const m of c.text.matchAll(/<Quote\b([^>]*)>/g)) {
      const cite = m[1]?.match(/cite="([^"]+)"/)?.[1];
      expect(cite, `a <Quote> in ${c.file} has no cite`).toBeTruthy();
      expect(referenceIds, `${c.file} cites "${cite}"`).toContain(cite);
      expect(m[1]).toMatch(/source="[^"]+"/);
    }
  });
});
