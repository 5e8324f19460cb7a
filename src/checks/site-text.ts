import { readFileSync } from 'node:fs';

/** Reads a text file of a built site by its absolute path. */
export type ReadText = (file: string) => string;

export const readText: ReadText = (file) => readFileSync(file, 'utf8');

/**
 * A reader that keeps what it read: the link check, the instrument check and the offline plan
 * each read every page, and reading them once saves two passes over the site (a large playbook's
 * pages fit in memory easily once Astro's process has gone).
 */
export function keptText(): ReadText {
  const texts = new Map<string, string>();
  return (file) => {
    let text = texts.get(file);
    if (text === undefined) {
      text = readText(file);
      texts.set(file, text);
    }
    return text;
  };
}
