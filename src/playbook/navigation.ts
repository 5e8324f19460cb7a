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

/** Up to this many chapters, every page's sidebar lists them all; beyond it, pages stay small. */
export const FULL_SIDEBAR_LIMIT = 60;
/** In a long section, how many chapters either side of the current one the sidebar shows. */
export const SIDEBAR_WINDOW = 6;

export interface SidebarSection<T extends ChapterRef> {
  id: SectionId;
  label: string;
  /** The chapters listed under the section's heading. */
  shown: T[];
  /** How many chapters the section has in all; more than `shown` means the list links to the overview. */
  total: number;
}

/**
 * The sidebar for one page. A playbook of a few dozen chapters lists them all. A large one would
 * make every page carry every chapter (pages growing with the square of the playbook), so it lists
 * the chapters near the current one and links each section to the full overview instead.
 */
export function sidebarFor<T extends ChapterRef>(
  groups: readonly SidebarGroup<T>[],
  currentSlug: string | undefined,
  limit = FULL_SIDEBAR_LIMIT,
  window = SIDEBAR_WINDOW,
): SidebarSection<T>[] {
  const total = groups.reduce((n, g) => n + g.chapters.length, 0);
  return groups.map((g) => {
    if (total <= limit) return { id: g.id, label: g.label, shown: g.chapters, total: g.chapters.length };
    const at = g.chapters.findIndex((c) => c.slug === currentSlug);
    const shown = at < 0 ? [] : g.chapters.slice(Math.max(0, at - window), at + window + 1);
    return { id: g.id, label: g.label, shown, total: g.chapters.length };
  });
}

/** Reading order with each chapter's position, computed once so every page can find its neighbours directly. */
export function orderIndex<T extends ChapterRef>(chapters: readonly T[]): { ordered: T[]; position: Map<string, number> } {
  const ordered = readingOrder(chapters);
  return { ordered, position: new Map(ordered.map((c, i) => [c.slug, i])) };
}
