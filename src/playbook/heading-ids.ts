import type { MarkdownHeading } from 'astro';

/**
 * A translated chapter keeps the heading ids of its original, so a link to
 * "/de/playbook/trust/#why-it-matters-for-social-learning" works in every language. Headings are
 * matched by position; when the translation's outline differs (another count or depth), its own
 * ids stay and the build's link check names any link that no longer resolves.
 */
export function alignedHeadingIds(translated: readonly MarkdownHeading[], original: readonly MarkdownHeading[]): Map<string, string> {
  const sameOutline = translated.length === original.length && translated.every((h, i) => h.depth === original[i]?.depth);
  if (!sameOutline) return new Map();
  return new Map(translated.map((h, i) => [h.slug, original[i]?.slug ?? h.slug]));
}

/** Heading ids to replace on the page being rendered, by page path: read by the heading components. */
export const headingIdsByPage = new Map<string, ReadonlyMap<string, string>>();
