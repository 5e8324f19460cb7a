import { describe, expect, test } from 'vitest';
import { chapterSchema } from '../../../src/playbook/chapter-schema.ts';
import { countWords, readingMinutes } from '../../../src/playbook/reading-time.ts';

const valid = {
  title: 'Trust',
  description: 'How to make it safe to fail, try again and raise problems.',
  section: 'attributes',
  order: 4,
  attribute: 'trust',
  lastReviewed: '2026-11-28',
};

function issuesFor(data: object): string[] {
  const result = chapterSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('chapter frontmatter', () => {
  test('accepts a complete chapter and turns the review date into a Date', () => {
    const parsed = chapterSchema.parse(valid);
    expect(parsed.lastReviewed.toISOString().slice(0, 10)).toBe('2026-11-28');
  });

  test('attribute is optional', () => {
    const { attribute: _omit, ...rest } = valid;
    expect(issuesFor(rest)).toEqual([]);
  });

  test.each([
    ['title', { title: undefined }, /^title: /],
    ['description', { description: 'Too short' }, /^description: must be a full sentence/],
    ['section', { section: 'appendix' }, /^section: must be one of: foundations, attributes, practice, reference/],
    ['order', { order: 'first' }, /^order: must be a whole number/],
    ['order', { order: 1.5 }, /^order: must be a whole number/],
    ['attribute', { attribute: 'Executive Buy-in' }, /^attribute: must be an attribute id/],
    ['lastReviewed', { lastReviewed: 'last spring' }, /^lastReviewed: must be a date/],
  ])('a wrong %s is refused with the field named', (_field, change, message) => {
    const problems = issuesFor({ ...valid, ...change });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(message);
  });

  test('an unknown field is refused rather than ignored, so typos surface', () => {
    expect(issuesFor({ ...valid, sectoin: 'attributes' })[0]).toMatch(/sectoin/);
  });
});

describe('reading time', () => {
  test('counts prose words, not frontmatter, tags or link targets', () => {
    const mdx = '---\ntitle: A long title here\n---\n\n## Heading words\n\nOne two [three](/playbook/x/#y) <Callout type="tip">four</Callout>';
    expect(countWords(mdx)).toBe(6);
  });

  test('is at least one minute and rounds at about 220 words a minute', () => {
    expect(readingMinutes('word')).toBe(1);
    expect(readingMinutes('word '.repeat(1100))).toBe(5);
  });
});
