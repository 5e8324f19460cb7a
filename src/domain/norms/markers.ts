import type { Norm } from './schema.ts';

/** A norm as the results page draws it: one marker per attribute, the spread where the norm has one. */
export interface NormMarker {
  readonly dimension: string;
  readonly median: number;
  /** The middle half of the norm’s group; absent for norms under the spread minimum. */
  readonly spread?: { readonly low: number; readonly high: number };
}

export interface NormChoice {
  /** Stable key for the choice list (the norm file’s id). */
  readonly key: string;
  /** "Whole organization, Q3 (n = 48, 2026-09-30)". */
  readonly label: string;
  readonly markers: readonly NormMarker[];
}

/** The norms a result can be set against, each with its markers in the instrument’s attribute order. */
export function normChoices(norms: readonly { readonly key: string; readonly norm: Norm }[], dimensionOrder: readonly string[]): NormChoice[] {
  const position = new Map(dimensionOrder.map((id, i) => [id, i]));
  return norms.map(({ key, norm }) => ({
    key,
    label: `${norm.name} (n = ${norm.n}, ${norm.date})`,
    markers: norm.attributes
      .filter((a) => position.has(a.id))
      .sort((a, b) => (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0))
      .map((a) => ({ dimension: a.id, median: a.median, ...(a.quartiles ? { spread: { low: a.quartiles[0], high: a.quartiles[1] } } : {}) })),
  }));
}
