import { getCollection, type CollectionEntry } from 'astro:content';
import settings from 'virtual:culture-first/settings';
import { duplicateOrders, orderIndex, sidebarGroups, type SidebarGroup } from './navigation.ts';
import type { ChapterData } from './chapter-schema.ts';

export type ChapterSummary = ChapterData & {
  slug: string;
  /** False where a chapter is shown in the default language because its translation is missing. */
  translated: boolean;
};

export interface Playbook {
  /** Every chapter in reading order. */
  ordered: ChapterSummary[];
  position: Map<string, number>;
  groups: SidebarGroup<ChapterSummary>[];
}

type Entry = CollectionEntry<'playbook'>;

/** Chapters in another language live in content/playbook/<language>/ under the same file name. */
const otherLanguages = settings.languages.filter((l) => l !== settings.lang);
const languageOf = (id: string): string | undefined => otherLanguages.find((l) => id.startsWith(`${l}/`));

interface Chapters {
  /** The default language's chapters: they decide which chapters exist and in what order. */
  originals: Entry[];
  /** language → slug → the translated entry. */
  translations: Map<string, Map<string, Entry>>;
}

async function loadChapters(): Promise<Chapters> {
  const entries = await getCollection('playbook');
  const translations = new Map(otherLanguages.map((l) => [l, new Map<string, Entry>()]));
  const originals: Entry[] = [];
  for (const entry of entries) {
    const lang = languageOf(entry.id);
    if (lang) translations.get(lang)?.set(entry.id.slice(lang.length + 1), entry);
    else originals.push(entry);
  }
  const known = new Set(originals.map((e) => e.id));
  for (const [lang, bySlug] of translations) {
    const orphan = [...bySlug.keys()].find((slug) => !known.has(slug));
    if (orphan) {
      throw new Error(
        `content/playbook/${lang}/${orphan}.mdx translates a chapter that does not exist: there is no content/playbook/${orphan}.mdx. A translation keeps the file name of the chapter it translates.`,
      );
    }
  }
  return { originals, translations };
}

async function load(lang: string): Promise<Playbook> {
  const { originals, translations } = await chapters();
  const bySlug = translations.get(lang);
  const list = originals.map((e) => {
    const translation = bySlug?.get(e.id);
    return { ...(translation ?? e).data, section: e.data.section, order: e.data.order, slug: e.id, translated: lang === settings.lang || !!translation };
  });
  const clashes = duplicateOrders(list);
  if (clashes.length > 0) {
    throw new Error(
      `Two chapters claim the same place in content/playbook/: ${clashes.join('; ')}. Give each a different "order" in its frontmatter.`,
    );
  }
  const { ordered, position } = orderIndex(list);
  return { ordered, position, groups: sidebarGroups(ordered) };
}

let read: Promise<Chapters> | undefined;
const built = new Map<string, Promise<Playbook>>();

function chapters(): Promise<Chapters> {
  if (import.meta.env.DEV) return loadChapters();
  read ??= loadChapters();
  return read;
}

/**
 * The playbook's chapters in order (in `lang`, where translated), sorted once per build and
 * language rather than once per page (a build of thousands of chapters would otherwise spend its
 * time sorting). The dev server reloads content, so there it is read afresh each time.
 */
export function playbook(lang: string = settings.lang): Promise<Playbook> {
  if (import.meta.env.DEV) return load(lang);
  let book = built.get(lang);
  if (!book) built.set(lang, (book = load(lang)));
  return book;
}

/** A chapter's entry in `lang`, or in the default language where it is not translated. */
export async function chapterEntry(slug: string, lang: string): Promise<{ entry: Entry; translated: boolean } | undefined> {
  const { originals, translations } = await chapters();
  const translation = translations.get(lang)?.get(slug);
  if (translation) return { entry: translation, translated: true };
  const original = originals.find((e) => e.id === slug);
  return original && { entry: original, translated: lang === settings.lang };
}

/** Every chapter's slug in the default language, for routes. */
export async function chapterSlugs(): Promise<string[]> {
  return (await chapters()).originals.map((e) => e.id);
}
