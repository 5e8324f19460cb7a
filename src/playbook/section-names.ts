import { siteInstrument } from '../content-data/instrument.ts';
import type { MessageKey } from '../i18n/en/index.ts';
import { numberWords } from '../i18n/number-words.ts';
import type { Translate } from '../i18n/translate.ts';
import { SECTIONS, type SectionId } from './sections.ts';

/** The sections' names in the page's language; "The eight attributes" counts the instrument's attributes. */
export async function sectionNames(t: Translate<MessageKey>, lang: string): Promise<Record<SectionId, string>> {
  const attributes = numberWords((await siteInstrument(lang)).dimensions.length, lang);
  return Object.fromEntries(SECTIONS.map((s) => [s.id, t(`playbook.section.${s.id}`, { attributes })])) as Record<SectionId, string>;
}
