import { fileURLToPath } from 'node:url';
import type { Instrument } from '../../src/domain/instrument/schema.ts';
import { loadInstrument } from '../../src/content-data/instrument-file.ts';

/** The site's readiness instrument, read and checked as the build reads it. */
export function siteInstrument(): Instrument {
  return loadInstrument(fileURLToPath(new URL('../..', import.meta.url)));
}
