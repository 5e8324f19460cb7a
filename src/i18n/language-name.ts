/** A language's name in `inLanguage`, e.g. ("de", "de") → "Deutsch", ("en", "de") → "Englisch". */
export function languageName(lang: string, inLanguage: string): string {
  const name = new Intl.DisplayNames([inLanguage], { type: 'language' }).of(lang) ?? lang;
  return name.charAt(0).toLocaleUpperCase(inLanguage) + name.slice(1);
}
