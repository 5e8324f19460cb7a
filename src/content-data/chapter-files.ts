import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const PLAYBOOK_DIR = 'content/playbook';

/**
 * The chapter sources on disk, by address: `content/playbook/guides/intro.mdx` is the chapter
 * `guides/intro`, at /playbook/guides/intro/ (the id Astro's glob loader gives it).
 */
export function chapterFiles(root = '.'): Map<string, string> {
  const dir = join(root, PLAYBOOK_DIR);
  const files = existsSync(dir) ? readdirSync(dir, { recursive: true, encoding: 'utf8' }) : [];
  return new Map(
    files
      .filter((f) => f.endsWith('.mdx'))
      .sort()
      .map((f) => [f.replace(/\\/g, '/').replace(/\.mdx$/, ''), `${PLAYBOOK_DIR}/${f}`]),
  );
}
