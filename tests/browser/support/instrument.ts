import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { instrumentSchema, type Instrument } from '../../../src/domain/instrument/schema.ts';

/** The site's real instrument, parsed as the build parses it, so tests compute expectations with the engine. */
export function siteInstrument(): Instrument {
  return instrumentSchema.parse(parse(readFileSync('content/assessment/learning-culture-readiness.yaml', 'utf8')));
}
