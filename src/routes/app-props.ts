import settings from 'virtual:culture-first/settings';
import { dataFileUrl, instrumentFile, normsFile } from '../content-data/data-files.ts';
import { siteInstrument } from '../content-data/instrument.ts';
import { siteNorms } from '../norms/site-norms.ts';
import { playbookIndex } from '../content-data/playbook-index.ts';
import { pageLocale, localeHref } from '../i18n/site-locales.ts';
import { messagesFor, pageWords } from '../i18n/messages.ts';
import { pickMessages } from '../i18n/translate.ts';

/**
 * The address of the instrument file in the language of the page at `url`: what its island
 * fetches (src/islands/app/ wraps each island to do so) and AppPage preloads.
 */
export async function instrumentUrl(url: URL): Promise<string> {
  return dataFileUrl(await instrumentFile(pageLocale(url)));
}

/**
 * The props every app island takes: where to fetch the instrument in the page's language, the
 * site's settings, and the interface words of the `areas` it shows (key prefixes such as "check."
 * or "common."), so a page carries only the words its island can say.
 */
export async function appProps(url: URL, areas: readonly string[] = []) {
  const lang = pageLocale(url);
  const messages = pickMessages(await messagesFor(lang), areas);
  return { instrumentUrl: await instrumentUrl(url), basePath: settings.basePath, lang, messages };
}

/** The address of the organization's norms file for the result pages, or undefined when there are no norms. */
export async function normsUrl(): Promise<string | undefined> {
  const norms = await siteNorms(await siteInstrument());
  return norms.length > 0 ? dataFileUrl(await normsFile()) : undefined;
}

/** The same, with the chapter and play titles for islands that link into the playbook. */
export async function appPropsWithIndex(url: URL, areas: readonly string[] = []) {
  const props = await appProps(url, areas);
  return { ...props, index: await playbookIndex(localeHref('/', props.lang), props.lang) };
}

/**
 * What an app route needs: its island's props (with the playbook index when `withIndex`), and the
 * page's own words and links in its language for the title, description and noscript text.
 */
export async function appPage<WithIndex extends boolean = false>(url: URL, areas: readonly string[], options?: { withIndex: WithIndex }) {
  type Props = Awaited<ReturnType<WithIndex extends true ? typeof appPropsWithIndex : typeof appProps>>;
  const props = (options?.withIndex ? await appPropsWithIndex(url, areas) : await appProps(url, areas)) as Props;
  const { t } = await pageWords(url);
  return { props, t, href: (path: string) => localeHref(path, props.lang) };
}
