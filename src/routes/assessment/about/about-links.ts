import { render } from 'astro:content';
import { chapterEntry, chapterSlugs } from '../../../playbook/chapters.ts';
import { siteLocales } from '../../../i18n/site-locales.ts';
import { chapterPath } from '../../../routing/url.ts';

/**
 * The places in the playbook the About page points to. Each is undefined when this playbook lacks
 * it (an organization may remove or rewrite the shipped chapters), and the text then names it
 * without a link instead of failing the build's link check.
 */
export interface AboutLinks {
  /** An attribute chapter's list of its statements ("How to measure it" in Trust). */
  statementsExample: string | undefined;
  /** Facilitating the check, which reads a team's spread of views. */
  teamReadout: string | undefined;
  readingResults: string | undefined;
  /** Entries of the References chapter. */
  garvinEdmondsonGino: string | undefined;
  watkinsMarsick: string | undefined;
}

/** `href` turns a site path into the page language's address. */
export async function aboutLinks(href: (path: string) => string): Promise<AboutLinks> {
  const slugs = new Set(await chapterSlugs());
  const entry = async (slug: string) => (slugs.has(slug) ? (await chapterEntry(slug, siteLocales.default))?.entry : undefined);
  const chapter = async (slug: string, anchor?: string): Promise<string | undefined> => {
    const found = await entry(slug);
    if (!found) return undefined;
    const path = href(chapterPath(slug));
    if (!anchor) return path;
    // A chapter without that heading still gets its link, to the top.
    const { headings } = await render(found);
    return headings.some((h) => h.slug === anchor) ? `${path}#${anchor}` : path;
  };
  const references = (await entry('references'))?.body ?? '';
  const reference = (id: string) => (references.includes(`id="${id}"`) ? href(`/playbook/references/#${id}`) : undefined);
  return {
    statementsExample: await chapter('trust', 'how-to-measure-it'),
    teamReadout: await chapter('facilitating-the-check'),
    readingResults: await chapter('reading-your-results'),
    garvinEdmondsonGino: reference('garvin-edmondson-gino-2008'),
    watkinsMarsick: reference('watkins-marsick-1993'),
  };
}
