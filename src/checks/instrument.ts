import { join } from 'node:path';
import { chapterFiles } from '../content-data/chapter-files.ts';
import { instrumentFile, instrumentProblems, type ChapterAnchors } from '../content-data/instrument-file.ts';
import { pageIds, type PageIds } from './links.ts';

/** Each built chapter's anchors (heading and play ids), read from the pages as readers get them. */
export function chapterAnchors(dist: string, root = '.', ids: PageIds = pageIds(dist)): ChapterAnchors {
  const chapters = new Map<string, ReadonlySet<string>>();
  for (const slug of chapterFiles(root).keys()) {
    const anchors = ids.get(join(dist, 'playbook', slug, 'index.html'));
    if (anchors) chapters.set(slug, anchors);
  }
  return chapters;
}

/**
 * The instrument's rules again, now that the pages exist: the loader checked the chapters its
 * links name (and the chapters' attributes), this also checks that every play and advice anchor is
 * on the built page.
 */
export function checkInstrument(dist: string, root = '.', ids: PageIds = pageIds(dist)): string[] {
  return instrumentProblems(root, instrumentFile(root), chapterAnchors(dist, root, ids), { chapterAttributes: false }).problems;
}
