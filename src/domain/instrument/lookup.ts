import type { Band, Dimension, Format, Instrument, Item, Scale } from './schema.ts';

/**
 * Lookups derived from an instrument, computed once per instrument object. Scoring 10,000
 * results for team statistics must not regroup the items 10,000 times.
 */
export interface InstrumentLookup {
  readonly dimensions: readonly Dimension[];
  readonly itemsByDimension: ReadonlyMap<string, readonly Item[]>;
  /** The same groups as an array in dimension order, for the hot loop of team statistics. */
  readonly itemsPerDimension: readonly (readonly Item[])[];
  readonly itemsById: ReadonlyMap<string, Item>;
  readonly dimensionsById: ReadonlyMap<string, Dimension>;
  /** Bands from the lowest scores to the highest. */
  readonly bandsInOrder: readonly Band[];
  /** Number of points on each format's scale (0 when the instrument does not define it). */
  readonly pointsByFormat: Readonly<Record<Format, number>>;
}

const cache = new WeakMap<Instrument, InstrumentLookup>();

export function lookup(instrument: Instrument): InstrumentLookup {
  const cached = cache.get(instrument);
  if (cached) return cached;
  const itemsByDimension = new Map<string, Item[]>(instrument.dimensions.map((d) => [d.id, []]));
  for (const item of instrument.items) itemsByDimension.get(item.dimension)?.push(item);
  const built: InstrumentLookup = {
    dimensions: instrument.dimensions,
    itemsByDimension,
    itemsPerDimension: instrument.dimensions.map((d) => itemsByDimension.get(d.id) ?? []),
    itemsById: new Map(instrument.items.map((item) => [item.id, item])),
    dimensionsById: new Map(instrument.dimensions.map((d) => [d.id, d])),
    bandsInOrder: [...instrument.bands].sort((a, b) => a.min - b.min),
    pointsByFormat: {
      frequency: instrument.scales.frequency?.points.length ?? 0,
      agreement: instrument.scales.agreement?.points.length ?? 0,
    },
  };
  cache.set(instrument, built);
  return built;
}

/** The scale a statement is answered on (validate.ts makes sure it exists). */
export function scaleFor(instrument: Instrument, item: Item): Scale | undefined {
  return instrument.scales[item.format];
}

/** What an answer reads as, for the check-answers page and exports: a scale label or an outside answer's label. */
export function answerText(instrument: Instrument, item: Item, value: unknown): string | undefined {
  if (value === 'dont-know') return instrument.outsideAnswers.dontKnow.label;
  if (value === 'not-applicable') return instrument.outsideAnswers.notApplicable.label;
  return scaleFor(instrument, item)?.points.find((p) => p.value === value)?.label;
}
