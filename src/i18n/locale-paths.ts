/**
 * Where each language's pages live: the default language at the site's root, every other language
 * under its own prefix ("/de/playbook/trust/"). Paths here are root-relative and without the base
 * path; `withBase` adds that last.
 */
export interface Locales {
  /** Every language of the site, the default first. */
  all: readonly string[];
  default: string;
}

/** The sections that exist in every language; anything else (templates, files) stays where it is. */
const LOCALIZED = /^\/(?:$|playbook\/|assessment\/|team\/|offline\/)/;

/** Whether a page at this (language-free) path exists in every language. */
export function isLocalizedPath(path: string): boolean {
  return LOCALIZED.test(path);
}

/** The language a path belongs to, and the path without its language prefix. */
export function splitLocale(path: string, locales: Locales): { locale: string; path: string } {
  const match = /^\/([^/]+)(\/.*)?$/.exec(path);
  const first = match?.[1];
  if (first && first !== locales.default && locales.all.includes(first)) {
    return { locale: first, path: match?.[2] ?? '/' };
  }
  return { locale: locales.default, path };
}

/** The path of the same page in `locale`: "/playbook/trust/" becomes "/de/playbook/trust/". */
export function localizePath(path: string, locale: string, locales: Locales): string {
  const bare = splitLocale(path, locales).path;
  if (locale === locales.default || !isLocalizedPath(bare)) return bare;
  return `/${locale}${bare}`;
}

/** The `locale` route parameter of each language, for getStaticPaths: undefined is the default. */
export function localeParams(locales: Locales): { params: { locale: string | undefined } }[] {
  return locales.all.map((locale) => ({ params: { locale: locale === locales.default ? undefined : locale } }));
}
