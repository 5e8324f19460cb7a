const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * A calendar date written out in `lang` ("November 28, 2026"), read in UTC as frontmatter dates
 * are. One formatter per language: making one costs far more than using it, and a build dates
 * every chapter.
 */
export function longDate(date: Date, lang: string): string {
  let format = formats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
    formats.set(lang, format);
  }
  return format.format(date);
}
