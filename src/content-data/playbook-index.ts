import { getCollection } from 'astro:content';
import { mdxToMdast, type MdastNode } from 'satteri';
import type { PlaybookIndex } from '../routing/playbook-links.ts';
import { siteInstrument } from './instrument.ts';

/** The id and title of every `<Play>` in a chapter, read from its MDX tree (the parser Astro's MDX uses). */
export function playsIn(mdx: string): { id: string; title: string }[] {
  const plays: { id: string; title: string }[] = [];
  const visit = (node: MdastNode) => {
    if (node.type === 'mdxJsxFlowElement' && node.name === 'Play') {
      const attribute = (name: string) => {
        const found = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
        return typeof found?.value === 'string' ? found.value : undefined;
      };
      const id = attribute('id');
      const title = attribute('title');
      if (id && title) plays.push({ id, title });
    }
    if ('children' in node) for (const child of node.children as MdastNode[]) visit(child);
  };
  visit(mdxToMdast(mdx));
  return plays;
}

/**
 * Only the chapters the instrument links to (its attributes' chapters and its advice): the islands
 * show nothing else, and a large playbook would otherwise put every title into every app page.
 */
async function load(base: string, lang: string): Promise<PlaybookIndex> {
  const instrument = await siteInstrument();
  const linked = new Set([...instrument.dimensions.map((d) => d.chapter), ...instrument.advice.map((a) => a.link.chapter)]);
  const chapters: Record<string, string> = {};
  const plays: Record<string, string> = {};
  // A translated chapter (content/playbook/<lang>/<slug>.mdx) is read after its original and replaces its titles.
  const entries = await getCollection('playbook', (e) => linked.has(e.id) || linked.has(e.id.slice(lang.length + 1)));
  for (const entry of [...entries].sort((a, b) => a.id.length - b.id.length)) {
    const slug = linked.has(entry.id) ? entry.id : entry.id.slice(lang.length + 1);
    if (slug !== entry.id && !entry.id.startsWith(`${lang}/`)) continue;
    chapters[slug] = entry.data.title;
    for (const play of playsIn(entry.body ?? '')) plays[`${slug}#${play.id}`] = play.title;
  }
  return { base, chapters, plays };
}

const built = new Map<string, Promise<PlaybookIndex>>();

/**
 * Chapter and play titles for the islands, read from the chapters at build time, once per build
 * (every app page asks for it). The dev server reloads content, so there it is read afresh.
 */
export function playbookIndex(base: string, lang: string): Promise<PlaybookIndex> {
  if (import.meta.env.DEV) return load(base, lang);
  const cached = built.get(base) ?? load(base, lang);
  built.set(base, cached);
  return cached;
}
