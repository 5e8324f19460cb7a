import type { ChapterLink } from '../domain/instrument/schema.ts';

/** What an island needs to turn the instrument's chapter links into working URLs with titles. */
export interface PlaybookIndex {
  /** The site's base path with a trailing slash. */
  base: string;
  /** Chapter slug → title. */
  chapters: Record<string, string>;
  /** "slug#anchor" → play title. */
  plays: Record<string, string>;
}

export function linkHref(index: PlaybookIndex, link: ChapterLink): string {
  return `${index.base}playbook/${link.chapter}/#${link.anchor}`;
}

export function playTitle(index: PlaybookIndex, link: ChapterLink): string {
  return index.plays[`${link.chapter}#${link.anchor}`] ?? link.anchor.replace(/-/g, ' ');
}
