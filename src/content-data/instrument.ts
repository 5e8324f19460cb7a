import { getCollection } from 'astro:content';
import type { Instrument } from '../domain/instrument/schema.ts';

/** The site's readiness instrument, as its collection loaded and checked it (see instrument-loader.ts). */
export async function siteInstrument(): Promise<Instrument> {
  const [entry] = await getCollection('assessment');
  if (!entry) throw new Error('The assessment collection is empty; content/assessment/ must hold the instrument.');
  return entry.data;
}
