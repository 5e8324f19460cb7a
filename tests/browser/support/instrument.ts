import type { Instrument } from '../../../src/domain/instrument/schema.ts';
import { loadInstrument } from '../../../src/content-data/instrument-file.ts';

/** The site's real instrument, read and checked as the build reads it, so tests compute expectations with the engine. */
export function siteInstrument(): Instrument {
  return loadInstrument();
}
