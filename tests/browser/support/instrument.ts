import type { Instrument } from '../../../src/domain/instrument/schema.ts';
import { instrumentFile, loadInstrument } from '../../../src/content-data/instrument-file.ts';
import { loadInstrumentTranslations } from '../../../src/content-data/instrument-translations.ts';

/** The site's real instrument, read and checked as the build reads it, so tests compute expectations with the engine. */
export function siteInstrument(): Instrument {
  return loadInstrument();
}

/** The instrument in another language (content/assessment/<lang>/), as the build translates it. */
export function siteInstrumentIn(lang: string): Instrument {
  const translated = loadInstrumentTranslations('.', instrumentFile('.'), siteInstrument()).get(lang);
  if (!translated) throw new Error(`content/assessment/${lang}/ holds no translation of the instrument`);
  return translated;
}
