/** Words per minute for reading practical prose on screen; a common planning figure, not a measurement. */
const WORDS_PER_MINUTE = 220;

/** Counts the words a reader sees in MDX: code, tags, link targets and frontmatter are not read aloud. */
export function countWords(mdx: string): number {
  const text = mdx
    .replace(/^---[\s\S]*?\n---/, ' ')
    .replace(/^(?:import|export)\s.*$/gm, ' ')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[#*_>`|[\]-]+/g, ' ');
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

export function readingMinutes(mdx: string): number {
  return Math.max(1, Math.round(countWords(mdx) / WORDS_PER_MINUTE));
}
