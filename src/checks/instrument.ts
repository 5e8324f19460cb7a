import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chapterFiles } from '../content-data/chapter-files.ts';
import { instrumentFile, instrumentProblems, type ChapterAnchors } from '../content-data/instrument-file.ts';

const ID = /\sid="([^"]+)"/g;

/** Each built chapter's anchors (heading and play ids), read from the pages as readers get them. */
export function chapterAnchors(dist: string, root = '.'): ChapterAnchors {
  const chapters = new Map<string, Set<string>>();
  for (const slug of chapterFiles(root).keys()) {
    const page = join(dist, 'playbook', slug, 'index.html');
    if (!existsSync(page)) continue;
    chapters.set(slug, new Set([...readFileSync(page, 'utf8').matchAll(ID)].map((m) => m[1] ?? '')));
  }
  return chapters;
}

/**
 * The instrument's rules again, now that the pages exist: the loader checked the chapters its
 * links name, this also checks that every play and advice anchor is on the built page.
 */
export function checkInstrument(dist: string, root = '.'): string[] {
  return instrumentProblems(root, instrumentFile(root), chapterAnchors(dist, root)).problems;
}
