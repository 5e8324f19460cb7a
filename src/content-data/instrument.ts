import { getCollection } from 'astro:content';
import type { Instrument } from '../domain/instrument/schema.ts';

/**
 * The site's readiness instrument, as its collection loaded and checked it (see instrument-loader.ts),
 * in `lang` where a translation exists and in the default language otherwise.
 */
export async function siteInstrument(lang?: string): Promise<Instrument> {
  const entries = await getCollection('assessment');
  const original = entries.find((e) => !e.id.includes('@'));
  if (!original) throw new Error('The assessment collection is empty; content/assessment/ must hold the instrument.');
  return entries.find((e) => e.id === `${original.id}@${lang}`)?.data ?? original.data;
}
