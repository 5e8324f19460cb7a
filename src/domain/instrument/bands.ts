import { lookup } from './lookup.ts';
import type { Band, Instrument } from './schema.ts';

/**
 * The band a 0–100 score falls into: `min` is inclusive, `max` exclusive, except that the
 * highest band also includes its `max` so that a perfect 100 has a home.
 */
export function bandFor(instrument: Instrument, score: number): Band | undefined {
  const ordered = lookup(instrument).bandsInOrder;
  const last = ordered[ordered.length - 1];
  return ordered.find((band) => score >= band.min && (score < band.max || (band === last && score <= band.max)));
}

/** The band for the weakest results ("Build the foundation first" in the default instrument). */
export function lowestBand(instrument: Instrument): Band | undefined {
  return lookup(instrument).bandsInOrder[0];
}

/** A band's label, or its id when the instrument no longer has it (an old stored result). */
export function bandLabel(instrument: Instrument, bandId: string): string {
  return instrument.bands.find((band) => band.id === bandId)?.label ?? bandId;
}

/**
 * The score from which an attribute counts as a strength: the lower bound of the second band
 * ("Ready to pilot", 50, in the default instrument). With a single band, every score qualifies.
 */
export function strengthThreshold(instrument: Instrument): number {
  return lookup(instrument).bandsInOrder[1]?.min ?? 0;
}
