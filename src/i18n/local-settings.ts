import settings from 'virtual:culture-first/settings';

/** The site's own words (title, tagline, footer, help label) in `lang`, from content/site.yaml's translations. */
export function localSettings(lang: string) {
  const words = lang === settings.lang ? {} : (settings.translations[lang] ?? {});
  return {
    title: words.title ?? settings.title,
    tagline: words.tagline ?? settings.tagline,
    footerText: words.footerText ?? settings.footerText,
    help: settings.help && { url: settings.help.url, label: words.helpLabel ?? settings.help.label },
  };
}
