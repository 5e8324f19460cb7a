import { readFileSync } from 'node:fs';
import { readFrontmatter } from '../../src/content-data/frontmatter.ts';
import { chapterFiles as chapterPaths } from '../../src/content-data/chapter-files.ts';
import { loadInstrument } from '../../src/content-data/instrument-file.ts';
import { loadSettings } from '../../src/settings/load.ts';

export interface ChapterFile {
  /** Path from the project root, for messages. */
  file: string;
  /** The chapter's address under /playbook/: its path in the folder without `.mdx`. */
  slug: string;
  text: string;
  front: Record<string, unknown>;
}

/** The site's languages other than the default, whose chapters sit in content/playbook/<language>/. */
export function otherLanguages(): string[] {
  const settings = loadSettings('content/site.yaml', {});
  return settings.languages.filter((l) => l !== settings.lang);
}

function read([slug, file]: [string, string]): ChapterFile {
  const text = readFileSync(file, 'utf8');
  return { file, slug, text, front: readFrontmatter(text).data };
}

/** Every chapter source in the default language, in sub-folders too, with its frontmatter parsed by the YAML parser. */
export function chapterFiles(): ChapterFile[] {
  const translations = otherLanguages().map((l) => `${l}/`);
  return [...chapterPaths()].filter(([slug]) => !translations.some((t) => slug.startsWith(t))).map(read);
}

/** The chapters translated into `lang`, by the slug of the chapter they translate. */
export function translatedChapterFiles(lang: string): ChapterFile[] {
  return [...chapterPaths()]
    .filter(([slug]) => slug.startsWith(`${lang}/`))
    .map(([slug, file]) => read([slug.slice(lang.length + 1), file]));
}

/** The attribute ids of the site's instrument. */
export function instrumentDimensions(): string[] {
  return loadInstrument().dimensions.map((d) => d.id);
}
