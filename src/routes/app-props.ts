import settings from 'virtual:culture-first/settings';
import { siteInstrument } from '../content-data/instrument.ts';
import { playbookIndex } from '../content-data/playbook-index.ts';
import { pageLocale, localeHref } from '../i18n/site-locales.ts';

/** The props every app island takes: the instrument (in the page's language) and the site's settings. */
export async function appProps(url: URL) {
  const lang = pageLocale(url);
  return { instrument: await siteInstrument(lang), basePath: settings.basePath, lang };
}

/** The same, with the chapter and play titles for islands that link into the playbook. */
export async function appPropsWithIndex(url: URL) {
  const props = await appProps(url);
  return { ...props, index: await playbookIndex(localeHref('/', props.lang), props.lang) };
}
