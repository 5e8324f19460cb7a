import { getCollection } from 'astro:content';
import { duplicateOrders, orderIndex, sidebarGroups, type SidebarGroup } from './navigation.ts';
import type { ChapterData } from './chapter-schema.ts';

export type ChapterSummary = ChapterData & { slug: string };

export interface Playbook {
  /** Every chapter in reading order. */
  ordered: ChapterSummary[];
  position: Map<string, number>;
  groups: SidebarGroup<ChapterSummary>[];
}

async function load(): Promise<Playbook> {
  const chapters = (await getCollection('playbook')).map((c) => ({ slug: c.id, ...c.data }));
  const clashes = duplicateOrders(chapters);
  if (clashes.length > 0) {
    throw new Error(
      `Two chapters claim the same place in content/playbook/: ${clashes.join('; ')}. Give each a different "order" in its frontmatter.`,
    );
  }
  const { ordered, position } = orderIndex(chapters);
  return { ordered, position, groups: sidebarGroups(ordered) };
}

let built: Promise<Playbook> | undefined;

/**
 * The playbook's chapters in order, sorted once per build rather than once per page (a build of
 * thousands of chapters would otherwise spend its time sorting). The dev server reloads content,
 * so there it is read afresh each time.
 */
export function playbook(): Promise<Playbook> {
  if (import.meta.env.DEV) return load();
  built ??= load();
  return built;
}
