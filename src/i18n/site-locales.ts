import settings from 'virtual:culture-first/settings';
import { withBase } from '../routing/url.ts';
import { isLocalizedPath, localeParams, localizePath, splitLocale, type Locales } from './locale-paths.ts';

/** This deployment's languages, from content/site.yaml. */
export const siteLocales: Locales = {
  default: settings.lang,
  all: [settings.lang, ...settings.languages.filter((l) => l !== settings.lang)],
};

/** The page at `url` (a page's `Astro.url`): its language and its path without base and language. */
export function pagePlace(url: URL): { locale: string; path: string } {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  const path = base && url.pathname.startsWith(base) ? url.pathname.slice(base.length) : url.pathname;
  return splitLocale(path || '/', siteLocales);
}

/** The language of the page at `url`. */
export function pageLocale(url: URL): string {
  return pagePlace(url).locale;
}

/** The same page in each language, for hreflang links and the language switcher; none where a page has one language only. */
export function pageAlternates(url: URL): { lang: string; href: string }[] {
  const { path } = pagePlace(url);
  if (siteLocales.all.length < 2 || !isLocalizedPath(path)) return [];
  return siteLocales.all.map((lang) => ({ lang, href: localeHref(path, lang) }));
}

/** A root-relative site path in `locale`, with the base path: what an href needs. */
export function localeHref(path: string, locale: string): string {
  const [bare = '', fragment] = path.split('#');
  const localized = localizePath(bare, locale, siteLocales);
  return withBase(fragment === undefined ? localized : `${localized}#${fragment}`);
}

/** getStaticPaths of a page that exists in every language: `locale` is undefined for the default. */
export function everyLocale(): { params: { locale: string | undefined } }[] {
  return localeParams(siteLocales);
}
