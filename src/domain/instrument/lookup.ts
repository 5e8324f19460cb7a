import type { Band, Dimension, Instrument, Item } from './schema.ts';

/**
 * Lookups derived from an instrument, computed once per instrument object. Scoring 10,000
 * results for team statistics must not regroup the items 10,000 times.
 */
export interface InstrumentLookup {
  /** Number of points on the agreement scale (5 in the default instrument). */
  readonly points: number;
  readonly dimensions: readonly Dimension[];
  readonly itemsByDimension: ReadonlyMap<string, readonly Item[]>;
  /** The same groups as an array in dimension order, for the hot loop of team statistics. */
  readonly itemsPerDimension: readonly (readonly Item[])[];
  readonly itemsById: ReadonlyMap<string, Item>;
  readonly dimensionsById: ReadonlyMap<string, Dimension>;
  /** Bands from the lowest scores to the highest. */
  readonly bandsInOrder: readonly Band[];
}

const cache = new WeakMap<Instrument, InstrumentLookup>();

export function lookup(instrument: Instrument): InstrumentLookup {
  const cached = cache.get(instrument);
  if (cached) return cached;
  const itemsByDimension = new Map<string, Item[]>(instrument.dimensions.map((d) => [d.id, []]));
  for (const item of instrument.items) itemsByDimension.get(item.dimension)?.push(item);
  const built: InstrumentLookup = {
    points: instrument.scale.points.length,
    dimensions: instrument.dimensions,
    itemsByDimension,
    itemsPerDimension: instrument.dimensions.map((d) => itemsByDimension.get(d.id) ?? []),
    itemsById: new Map(instrument.items.map((item) => [item.id, item])),
    dimensionsById: new Map(instrument.dimensions.map((d) => [d.id, d])),
    bandsInOrder: [...instrument.bands].sort((a, b) => a.min - b.min),
  };
  cache.set(instrument, built);
  return built;
}
