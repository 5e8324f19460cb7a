import { lookup } from './lookup.ts';
import type { Dimension, Instrument, Item } from './schema.ts';

/**
 * The fewest and the most statements any attribute has: equal when every attribute has as many.
 * A value for prose that must match the instrument; the words ("six", "fünf oder sechs") are the
 * page's business (src/i18n/number-words.ts).
 */
export function statementsPerAttribute(instrument: Instrument): { readonly min: number; readonly max: number } {
  const counts = lookup(instrument).itemsPerDimension.map((items) => items.length);
  return { min: Math.min(...counts), max: Math.max(...counts) };
}

/** The statements an author may name in a chapter; an unknown id is a build error that says which ids exist. */
export function findStatement(instrument: Instrument, id: string): Item {
  const item = lookup(instrument).itemsById.get(id);
  if (!item) {
    throw new Error(`There is no statement "${id}" in the readiness check (${instrument.id}, version ${instrument.version}). Statement ids: ${instrument.items.map((i) => i.id).join(', ')}.`);
  }
  return item;
}

/** The attribute an author names in a chapter; unknown ids fail the build with the list of known ones. */
export function findAttribute(instrument: Instrument, id: string): Dimension {
  const dimension = lookup(instrument).dimensionsById.get(id);
  if (!dimension) throw new Error(`There is no attribute "${id}" in the readiness check. Attributes: ${instrument.dimensions.map((d) => d.id).join(', ')}.`);
  return dimension;
}

/** One declared mirror pair of an attribute, direct statement first; undefined when it has none. */
export function mirrorPair(instrument: Instrument, dimensionId: string): readonly [Item, Item] | undefined {
  const { itemsByDimension, itemsById } = lookup(instrument);
  for (const item of itemsByDimension.get(dimensionId) ?? []) {
    const other = item.mirror ? itemsById.get(item.mirror) : undefined;
    if (other && !item.reverse) return [item, other];
  }
  return undefined;
}
