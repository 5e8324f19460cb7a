import { describe, expect, test } from 'vitest';
import { duplicateOrders, orderIndex, readingOrder, sidebarFor, sidebarGroups, type ChapterRef } from '../../../src/playbook/navigation.ts';

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

describe('position in reading order', () => {
  test('gives each chapter its place, so neighbours cross section boundaries', () => {
    const { ordered, position } = orderIndex(chapters);
    const at = position.get('trust') ?? -1;
    expect(ordered[at - 1]?.slug).toBe('executive-buy-in');
    expect(ordered[at + 1]?.slug).toBe('roadmap');
    expect(position.get('culture-first')).toBe(0);
    expect(ordered[ordered.length - 1]?.slug).toBe('glossary');
  });
});

describe('the sidebar of one page', () => {
  const many: ChapterRef[] = Array.from({ length: 100 }, (_, i) => ({
    slug: `c${i}`,
    title: `Chapter ${String(i).padStart(3, '0')}`,
    section: i < 50 ? 'foundations' : 'practice',
    order: i + 1,
  }));

  test('a small playbook lists every chapter on every page', () => {
    const view = sidebarFor(sidebarGroups(chapters), 'trust');
    expect(view.flatMap((s) => s.shown.map((c) => c.slug))).toEqual(readingOrder(chapters).map((c) => c.slug));
    expect(view.every((s) => s.shown.length === s.total)).toBe(true);
  });

  test('a large one lists the chapters around the current one and counts the rest', () => {
    const view = sidebarFor(sidebarGroups(many), 'c20', 60, 3);
    expect(view.map((s) => [s.id, s.shown.map((c) => c.slug), s.total])).toEqual([
      ['foundations', ['c17', 'c18', 'c19', 'c20', 'c21', 'c22', 'c23'], 50],
      ['practice', [], 50],
    ]);
  });

  test('the window stops at the ends of the section', () => {
    const view = sidebarFor(sidebarGroups(many), 'c0', 60, 3);
    expect(view[0]?.shown.map((c) => c.slug)).toEqual(['c0', 'c1', 'c2', 'c3']);
  });
});

test('two chapters with the same order in one section are reported by name', () => {
  const clash = [...chapters, { slug: 'trust-2', title: 'Trust again', section: 'attributes', order: 4 } as const];
  expect(duplicateOrders(clash)).toEqual(['"trust-2" and "trust" both have order 4 in section "attributes"']);
  expect(duplicateOrders(chapters)).toEqual([]);
});
