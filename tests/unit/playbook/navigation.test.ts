import { describe, expect, test } from 'vitest';
import { duplicateOrders, neighbours, readingOrder, sidebarGroups, type ChapterRef } from '../../../src/playbook/navigation.ts';

const chapters: ChapterRef[] = [
  { slug: 'glossary', title: 'Glossary', section: 'reference', order: 1 },
  { slug: 'trust', title: 'Trust', section: 'attributes', order: 4 },
  { slug: 'culture-first', title: 'Culture first', section: 'foundations', order: 1 },
  { slug: 'executive-buy-in', title: 'Executive buy-in', section: 'attributes', order: 1 },
  { slug: 'roadmap', title: 'Roadmap', section: 'practice', order: 1 },
];

describe('reading order', () => {
  test('runs by section, then by order within the section', () => {
    expect(readingOrder(chapters).map((c) => c.slug)).toEqual([
      'culture-first',
      'executive-buy-in',
      'trust',
      'roadmap',
      'glossary',
    ]);
  });

  test('does not depend on the order files were read in', () => {
    expect(readingOrder([...chapters].reverse())).toEqual(readingOrder(chapters));
  });

  test('breaks a tie on order by title, so the result is stable', () => {
    const tied: ChapterRef[] = [
      { slug: 'b', title: 'Beta', section: 'foundations', order: 1 },
      { slug: 'a', title: 'Alpha', section: 'foundations', order: 1 },
    ];
    expect(readingOrder(tied).map((c) => c.slug)).toEqual(['a', 'b']);
  });
});

describe('sidebar groups', () => {
  test('one group per section with chapters, labelled and in section order', () => {
    const groups = sidebarGroups(chapters);
    expect(groups.map((g) => g.label)).toEqual(['Foundations', 'The eight attributes', 'Putting it into practice', 'Reference']);
    expect(groups[1]?.chapters.map((c) => c.slug)).toEqual(['executive-buy-in', 'trust']);
  });

  test('leaves out sections without chapters', () => {
    expect(sidebarGroups(chapters.filter((c) => c.section !== 'practice')).map((g) => g.id)).toEqual([
      'foundations',
      'attributes',
      'reference',
    ]);
  });
});

describe('previous and next', () => {
  test('cross section boundaries', () => {
    const { prev, next } = neighbours(chapters, 'trust');
    expect(prev?.slug).toBe('executive-buy-in');
    expect(next?.slug).toBe('roadmap');
  });

  test('the first chapter has no previous and the last no next', () => {
    expect(neighbours(chapters, 'culture-first').prev).toBeUndefined();
    expect(neighbours(chapters, 'glossary').next).toBeUndefined();
  });

  test('an unknown slug has neither', () => {
    expect(neighbours(chapters, 'nope')).toEqual({});
  });
});

test('two chapters with the same order in one section are reported by name', () => {
  const clash = [...chapters, { slug: 'trust-2', title: 'Trust again', section: 'attributes', order: 4 } as const];
  expect(duplicateOrders(clash)).toEqual(['"trust-2" and "trust" both have order 4 in section "attributes"']);
  expect(duplicateOrders(chapters)).toEqual([]);
});
