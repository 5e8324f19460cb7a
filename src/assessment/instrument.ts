import { getCollection } from 'astro:content';
import type { Instrument } from '../domain/instrument/schema.ts';

/**
 * The site's one readiness instrument. A deployment replaces content/assessment/*.yaml to ask its
 * own questions; two files would leave it unclear which one the check uses, so that is refused.
 */
export async function siteInstrument(): Promise<Instrument> {
  const entries = await getCollection('assessment');
  if (entries.length !== 1) {
    const found = entries.map((e) => e.filePath ?? e.id).join(', ') || 'none';
    throw new Error(`content/assessment/ must hold exactly one instrument file (YAML); found: ${found}.`);
  }
  return entries[0]!.data;
}
