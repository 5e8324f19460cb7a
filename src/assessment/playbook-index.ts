import { getCollection } from 'astro:content';
import type { PlaybookIndex } from '../islands/assessment/links.ts';

/** Chapter and play titles for the islands, read from the chapters at build time. */
export async function playbookIndex(base: string): Promise<PlaybookIndex> {
  const entries = await getCollection('playbook');
  const chapters: Record<string, string> = {};
  const plays: Record<string, string> = {};
  for (const entry of entries) {
    chapters[entry.id] = entry.data.title;
    for (const match of (entry.body ?? '').matchAll(/<Play\b[^>]*?\bid="([^"]+)"[^>]*?\btitle="([^"]+)"/g)) {
      plays[`${entry.id}#${match[1]}`] = match[2] ?? '';
    }
  }
  return { base, chapters, plays };
}
