import { SECTIONS, type SectionId } from './sections.ts';

/** What navigation needs to know of a chapter; decoupled from Astro's entry type so it is easy to test. */
export interface ChapterRef {
  slug: string;
  title: string;
  section: SectionId;
  order: number;
}

export interface SidebarGroup<T extends ChapterRef> {
  id: SectionId;
  label: string;
  chapters: T[];
}

/** Chapters in reading order: by section, then by `order`, then by title so the result never depends on file order. */
export function readingOrder<T extends ChapterRef>(chapters: readonly T[]): T[] {
  const rank = new Map(SECTIONS.map((s, i) => [s.id, i]));
  return [...chapters].sort(
    (a, b) =>
      (rank.get(a.section) ?? 99) - (rank.get(b.section) ?? 99) || a.order - b.order || a.title.localeCompare(b.title),
  );
}

/** The sidebar: one group per section that has chapters, in section order. */
export function sidebarGroups<T extends ChapterRef>(chapters: readonly T[]): SidebarGroup<T>[] {
  const ordered = readingOrder(chapters);
  return SECTIONS.map((s) => ({ id: s.id, label: s.label, chapters: ordered.filter((c) => c.section === s.id) })).filter(
    (g) => g.chapters.length > 0,
  );
}

export function neighbours<T extends ChapterRef>(chapters: readonly T[], slug: string): { prev?: T; next?: T } {
  const ordered = readingOrder(chapters);
  const i = ordered.findIndex((c) => c.slug === slug);
  if (i < 0) return {};
  const prev = ordered[i - 1];
  const next = ordered[i + 1];
  return { ...(prev ? { prev } : {}), ...(next ? { next } : {}) };
}

/** Two chapters of one section with the same order would make the reading order ambiguous. */
export function duplicateOrders(chapters: readonly ChapterRef[]): string[] {
  const seen = new Map<string, string>();
  const problems: string[] = [];
  for (const c of chapters) {
    const key = `${c.section}#${c.order}`;
    const other = seen.get(key);
    if (other) problems.push(`"${c.slug}" and "${other}" both have order ${c.order} in section "${c.section}"`);
    else seen.set(key, c.slug);
  }
  return problems;
}
