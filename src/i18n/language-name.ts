const names = new Map<string, string>();

/**
 * A language's name in `inLanguage`, e.g. ("de", "de") → "Deutsch", ("en", "de") → "Englisch".
 * Worked out once per pair: every page of a site in several languages names them.
 */
export function languageName(lang: string, inLanguage: string): string {
  const key = `${lang} ${inLanguage}`;
  let name = names.get(key);
  if (name === undefined) {
    const found = new Intl.DisplayNames([inLanguage], { type: 'language' }).of(lang) ?? lang;
    name = found.charAt(0).toLocaleUpperCase(inLanguage) + found.slice(1);
    names.set(key, name);
  }
  return name;
}
