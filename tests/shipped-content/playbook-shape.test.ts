import { describe, expect, test } from 'vitest';
import { countWords } from '../../src/playbook/reading-time.ts';
import { chapterFiles } from '../support/content.ts';

/**
 * The quality bar of the playbook this project ships: its size, the shape of its attribute
 * chapters and the works it grew from. An organization with chapters of its own drops this
 * project from vitest.config.ts (see the README); the rules in tests/unit/ hold for any content.
 */
const chapters = chapterFiles();
const attributeChapters = chapters.filter((c) => typeof c.front.attribute === 'string');

const SHAPE = [
  'What it means',
  'Why it matters for social learning',
  'Signs it is present',
  'Signs it is missing',
  'Plays',
  'How to measure it',
  'Common pitfalls',
  'Related attributes',
];

describe('the playbook as a whole', () => {
  test('has every chapter the issue lists, eighteen or more', () => {
    expect(chapters.length).toBeGreaterThanOrEqual(18);
  });

  test('holds at least 15,000 words of prose', () => {
    const total = chapters.reduce((sum, c) => sum + countWords(c.text), 0);
    expect(total).toBeGreaterThanOrEqual(15_000);
  });
});

describe.each(attributeChapters.map((c) => [c.slug, c] as const))('the attribute chapter %s', (_slug, chapter) => {
  test('has the eight sections of the shape, in order', () => {
    const headings = [...chapter.text.matchAll(/^## (.+)$/gm)].map((m) => m[1]?.trim());
    expect(headings.filter((h) => SHAPE.includes(h ?? ''))).toEqual(SHAPE);
  });

  test('is at least 900 words long', () => {
    expect(countWords(chapter.text)).toBeGreaterThanOrEqual(900);
  });

  test('has at least three plays, each with purpose, who, time and numbered steps', () => {
    const plays = [...chapter.text.matchAll(/<Play\b([^>]*)>([\s\S]*?)<\/Play>/g)];
    expect(plays.length).toBeGreaterThanOrEqual(3);
    for (const [, attrs, body] of plays) {
      for (const field of ['id', 'title', 'purpose', 'who', 'time']) expect(attrs, field).toMatch(new RegExp(`\\b${field}="[^"]+"`));
      expect(body?.match(/^\d+\. /gm)?.length ?? 0).toBeGreaterThanOrEqual(3);
    }
  });

  test('links to two or more related attributes', () => {
    const related = chapter.text.split('## Related attributes')[1] ?? '';
    expect(related.match(/<AttributeCard attribute="[a-z-]+"/g)?.length ?? 0).toBeGreaterThanOrEqual(2);
  });

  test('links to the readiness check', () => {
    const measure = chapter.text.split('## How to measure it')[1]?.split('## Common pitfalls')[0] ?? '';
    expect(measure).toContain('(/assessment/)');
  });
});

test('the References chapter lists the works the playbook grew from', () => {
  const references = chapters.find((c) => c.slug === 'references');
  const referenceIds = new Set([...(references?.text ?? '').matchAll(/<Reference id="([^"]+)"/g)].map((m) => m[1]));
  for (const id of ['garvin-1993', 'pedler-1997', 'palmer-2018', 'deming-1993']) expect(referenceIds).toContain(id);
});
