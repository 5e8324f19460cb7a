/**
 * The chapters and anchors the readiness instrument links to. The build checks that each of the
 * instrument's attributes has its chapter and that every play and advice link lands on an anchor
 * there, so a synthetic playbook must contain those chapters, with those ids, to build at all.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** A chapter the synthetic playbook must have: its slug, its attribute id if any, and ids on the page. */
export interface RequiredChapter {
  slug: string;
  attribute: string | undefined;
  anchors: string[];
}

interface InstrumentShape {
  dimensions?: { id?: unknown; chapter?: unknown; plays?: unknown }[];
  advice?: { link?: { chapter?: unknown; anchor?: unknown } }[];
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

export function requiredChapters(assessmentDir: string): RequiredChapter[] {
  const bySlug = new Map<string, RequiredChapter>();
  const chapter = (slug: string) => {
    const found = bySlug.get(slug) ?? { slug, attribute: undefined, anchors: [] };
    bySlug.set(slug, found);
    return found;
  };
  const files = existsSync(assessmentDir) ? readdirSync(assessmentDir).filter((f) => /\.ya?ml$/.test(f)) : [];
  for (const file of files) {
    const instrument = (parse(readFileSync(join(assessmentDir, file), 'utf8')) ?? {}) as InstrumentShape;
    for (const d of instrument.dimensions ?? []) {
      const id = text(d.id);
      if (!id) continue;
      const entry = chapter(text(d.chapter) ?? id);
      entry.attribute = id;
      if (Array.isArray(d.plays)) entry.anchors.push(...d.plays.filter((p): p is string => typeof p === 'string'));
    }
    for (const a of instrument.advice ?? []) {
      const slug = text(a.link?.chapter);
      if (!slug) continue;
      const anchor = text(a.link?.anchor);
      if (anchor) chapter(slug).anchors.push(anchor);
      else chapter(slug);
    }
  }
  return [...bySlug.values()].map((c) => ({ ...c, anchors: [...new Set(c.anchors)] }));
}

/** `required` with the chapters the templates in `templatesDir` belong to, merged by slug. */
export function withTemplateChapters(required: readonly RequiredChapter[], templatesDir: string): RequiredChapter[] {
  const bySlug = new Map(required.map((c) => [c.slug, { ...c, anchors: [...c.anchors] }]));
  for (const extra of templateChapters(templatesDir)) if (!bySlug.has(extra.slug)) bySlug.set(extra.slug, extra);
  return [...bySlug.values()];
}

/** The chapters the templates in `templatesDir` belong to (`chapter:` in their frontmatter); their pages link there. */
export function templateChapters(templatesDir: string): RequiredChapter[] {
  const files = existsSync(templatesDir) ? readdirSync(templatesDir).filter((f) => f.endsWith('.md')) : [];
  const slugs = files.flatMap((file) => {
    const frontmatter = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(templatesDir, file), 'utf8'))?.[1];
    const chapter = text((parse(frontmatter ?? '') as { chapter?: unknown } | null)?.chapter);
    return chapter ? [chapter] : [];
  });
  return [...new Set(slugs)].map((slug) => ({ slug, attribute: undefined, anchors: [] }));
}
