import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { instrumentSchema, type Instrument } from '../../src/domain/instrument/schema.ts';

/** The site's readiness instrument, parsed as the build parses it. */
export function siteInstrument(): Instrument {
  return instrumentSchema.parse(parse(readFileSync(new URL('../../content/assessment/learning-culture-readiness.yaml', import.meta.url), 'utf8')));
}
