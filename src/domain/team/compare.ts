import type { Instrument } from '../instrument/schema.ts';
import { teamStatistics, type Suppressed, type TeamMemberResult, type TeamOptions, type TeamStatistics } from './statistics.ts';
import { tidy } from '../number/tidy.ts';

export type MedianGap = { readonly dimension: string } & (
  | {
      readonly status: 'shown';
      /** The perception gap: median of group B minus median of group A, in points on the 0–100 scale. */
      readonly medianGap: number;
    }
  | Suppressed
);

export type GroupComparison =
  | { readonly status: 'compared'; readonly a: TeamStatistics; readonly b: TeamStatistics; readonly gaps: readonly MedianGap[] }
  /** One of the groups holds results of other instruments (`instrumentIds`). */
  | { readonly status: 'refused'; readonly instrumentIds: readonly string[] };

/**
 * Compares two groups (say, leaders as A and everyone else as B) attribute by attribute; a positive
 * gap means group B sees the attribute more favourably than group A. Each group obeys the
 * minimum group size on its own; a gap is only given when both medians are shown.
 */
export function compareGroups(
  instrument: Instrument,
  groupA: readonly TeamMemberResult[],
  groupB: readonly TeamMemberResult[],
  options: TeamOptions = {},
): GroupComparison {
  const a = teamStatistics(instrument, groupA, options);
  const b = teamStatistics(instrument, groupB, options);
  if (a.status === 'refused') return { status: 'refused', instrumentIds: a.instrumentIds };
  if (b.status === 'refused') return { status: 'refused', instrumentIds: b.instrumentIds };
  const gaps = instrument.dimensions.map((dimension, index): MedianGap => {
    const left = a.status === 'shown' ? a.attributes[index] : undefined;
    const right = b.status === 'shown' ? b.attributes[index] : undefined;
    if (left?.status === 'shown' && right?.status === 'shown') {
      return { dimension: dimension.id, status: 'shown', medianGap: tidy(right.median - left.median) || 0 };
    }
    return { dimension: dimension.id, status: 'suppressed' };
  });
  return { status: 'compared', a, b, gaps };
}
