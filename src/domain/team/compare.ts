import type { Instrument } from '../instrument/schema.ts';
import { clampGroupSize, suppressionMessage } from './group-size.ts';
import { teamStatistics, type Suppressed, type TeamMemberResult, type TeamOptions, type TeamStatistics } from './statistics.ts';

export type MedianGap = { readonly dimension: string } & (
  | {
      readonly status: 'shown';
      /** Median of group A minus median of group B, in points on the 0–100 scale. */
      readonly medianGap: number;
    }
  | Suppressed
);

export type GroupComparison =
  | { readonly status: 'compared'; readonly a: TeamStatistics; readonly b: TeamStatistics; readonly gaps: readonly MedianGap[] }
  | { readonly status: 'refused'; readonly message: string };

/**
 * Compares two groups (say, two departments) attribute by attribute. Each group obeys the
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
  if (a.status === 'refused') return { status: 'refused', message: a.message };
  if (b.status === 'refused') return { status: 'refused', message: b.message };
  const minimum = clampGroupSize(options.minimumGroupSize);
  const gaps = instrument.dimensions.map((dimension, index): MedianGap => {
    const left = a.status === 'shown' ? a.attributes[index] : undefined;
    const right = b.status === 'shown' ? b.attributes[index] : undefined;
    if (left?.status === 'shown' && right?.status === 'shown') {
      return { dimension: dimension.id, status: 'shown', medianGap: Math.round((left.median - right.median) * 1e6) / 1e6 };
    }
    return {
      dimension: dimension.id,
      status: 'suppressed',
      message: suppressionMessage(minimum, `Comparisons for ${dimension.name}`).replace('people have', 'people in each group have'),
    };
  });
  return { status: 'compared', a, b, gaps };
}
