import { describe, expect, test } from 'vitest';
import { chapterFiles, translatedChapterFiles } from '../support/content.ts';

/**
 * The German translation this project ships: the executive summary and the eight attribute
 * chapters, each keeping its original's outline (same sections, plays and measurements), so
 * anchors, plays and the check's statements line up in both languages.
 */
const originals = new Map(chapterFiles().map((c) => [c.slug, c]));
const german = translatedChapterFiles('de');

const SHAPE = [
  'Was gemeint ist',
  'Warum es für das Lernen voneinander zählt',
  'Woran Sie erkennen, dass es vorhanden ist',
  'Woran Sie erkennen, dass es fehlt',
  'Maßnahmen',
  'So messen Sie es',
  'Häufige Fallstricke',
  'Verwandte Merkmale',
];

test('covers the executive summary and every attribute chapter', () => {
  const expected = ['executive-summary', ...[...originals.values()].filter((c) => typeof c.front.attribute === 'string').map((c) => c.slug)];
  expect(german.map((c) => c.slug).sort()).toEqual(expected.sort());
});

describe.each(german.map((c) => [c.slug, c] as const))('the German chapter %s', (slug, chapter) => {
  const original = originals.get(slug);

  test('keeps the frontmatter of its original, except the words', () => {
    const { title, description, ...rest } = chapter.front;
    const { title: _t, description: _d, ...originalRest } = original?.front ?? {};
    expect(title).not.toEqual(original?.front.title);
    expect(description).toEqual(expect.any(String));
    expect(rest).toEqual(originalRest);
  });

  test('has the same outline as its original: headings, plays, components and footnotes', () => {
    const outline = (text: string) => ({
      h2: text.match(/^## /gm)?.length ?? 0,
      h3: text.match(/^### /gm)?.length ?? 0,
      plays: [...text.matchAll(/<Play id="([^"]+)"/g)].map((m) => m[1]),
      components: [...text.matchAll(/<(Statements|AttributeCard|CheckFact) (?:attribute|name)="([^"]+)"/g)].map((m) => `${m[1]}:${m[2]}`),
      footnotes: [...text.matchAll(/^\[\^([^\]]+)\]:/gm)].map((m) => m[1]),
    });
    expect(outline(chapter.text)).toEqual(outline(original?.text ?? ''));
  });

  test('has the eight German sections of the shape, in order (attribute chapters)', () => {
    if (typeof chapter.front.attribute !== 'string') return expect(slug).toBe('executive-summary');
    const headings = [...chapter.text.matchAll(/^## (.+)$/gm)].map((m) => m[1]?.trim());
    expect(headings).toEqual(SHAPE);
  });

  test('is written in German typography: no straight double quotes in prose, no English section heading', () => {
    const prose = chapter.text.replace(/^---[\s\S]*?---/, '').replace(/<[^>]*>/g, '');
    expect(prose).not.toMatch(/(^|\s)"\w/);
    expect(chapter.text).not.toMatch(/^## (What it means|Plays|Common pitfalls)$/m);
  });
});
