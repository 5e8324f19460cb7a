import { readFileSync } from 'node:fs';
import { readFrontmatter } from '../../src/content-data/frontmatter.ts';
import { chapterFiles as chapterPaths } from '../../src/content-data/chapter-files.ts';
import { loadInstrument } from '../../src/content-data/instrument-file.ts';

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
  return [...chapterPaths()].map(([slug, file]) => {
    const text = readFileSync(file, 'utf8');
    return { file, slug, text, front: readFrontmatter(text).data };
  });
}

/** The attribute ids of the site's instrument. */
export function instrumentDimensions(): string[] {
  return loadInstrument().dimensions.map((d) => d.id);
}
