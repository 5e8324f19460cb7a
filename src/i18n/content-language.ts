import { messagesFor, type SiteMessages } from './messages.ts';
import { pageLocale } from './site-locales.ts';
import { translator, type Translate } from './translate.ts';
import type { MessageKey } from './en/index.ts';

/**
 * Pages whose words are in another language than their address: a chapter (or the About page)
 * that has no translation yet is shown in the default language under /de/…, with a note. Its
 * route records that here, by page path, so that the components inside the text (a play's
 * labels, the check's statements, a number in words) speak the language of the text around them
 * rather than the page's. Read like headingIdsByPage, while the page renders.
 */
export const contentLangByPage = new Map<string, string>();

/** The language of the text on the page at `url`: the page's language unless its route recorded another. */
export function contentLocale(url: URL): string {
  return contentLangByPage.get(url.pathname) ?? pageLocale(url);
}

/** What a component inside a page's text needs to speak that text's language: the language, its words and a translator. */
export async function contentWords(url: URL): Promise<{ lang: string; messages: SiteMessages; t: Translate<MessageKey> }> {
  const lang = contentLocale(url);
  const messages = await messagesFor(lang);
  return { lang, messages, t: translator(messages, lang) };
}
