import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';

const PLAYBOOK = 'content/playbook';

export interface ChapterFile {
  /** Path from the project root, for messages. */
  file: string;
  /** The chapter's address under /playbook/: its path in the folder without `.mdx`. */
  slug: string;
  text: string;
  front: Record<string, unknown>;
}

/** Every chapter source, in sub-folders too, with its frontmatter parsed by the YAML parser. */
export function chapterFiles(): ChapterFile[] {
  return readdirSync(PLAYBOOK, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const file = `${PLAYBOOK}/${name}`;
      const text = readFileSync(file, 'utf8');
      const front = parse(text.match(/^---\n([\s\S]*?)\n---/)?.[1] ?? '') as Record<string, unknown>;
      return { file, slug: name.replace(/\.mdx$/, ''), text, front };
    });
}

/** The attribute ids of every instrument in content/assessment/. */
export function instrumentDimensions(): string[] {
  const files = readdirSync('content/assessment').filter((f) => /\.ya?ml$/.test(f));
  return files.flatMap((f) => {
    const doc = parse(readFileSync(`content/assessment/${f}`, 'utf8')) as { dimensions: { id: string }[] };
    return doc.dimensions.map((d) => d.id);
  });
}
