import { getCollection } from 'astro:content';
import { en, type MessageKey } from './en/index.ts';
import { pageLocale } from './site-locales.ts';
import { translator, type Message, type Translate } from './translate.ts';

export type SiteMessages = Readonly<Record<MessageKey, Message>>;

/** The interface words of `lang`: English built in, other languages from content/i18n/<lang>.yaml. */
export async function messagesFor(lang: string): Promise<SiteMessages> {
  if (lang === 'en') return en;
  const entry = (await getCollection('catalogs')).find((c) => c.id === lang);
  if (entry) return entry.data.messages as SiteMessages;
  throw new Error(
    `content/site.yaml lists the language "${lang}", but content/i18n/${lang}.yaml does not exist: the interface needs its words in ${lang} (copy the keys of src/i18n/en/ and translate them).`,
  );
}

/** What a page's components need to speak its language: the language, its words and a translator. */
export async function pageWords(url: URL): Promise<{ lang: string; messages: SiteMessages; t: Translate<MessageKey> }> {
  const lang = pageLocale(url);
  const messages = await messagesFor(lang);
  return { lang, messages, t: translator(messages, lang) };
}
