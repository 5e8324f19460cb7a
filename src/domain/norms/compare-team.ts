import type { AttributeStatistics } from '../team/statistics.ts';
import { FIGURE_STEP, figureRange } from '../team/summary.ts';
import type { NormChoice, NormMarker } from './markers.ts';

export type TeamNormReading = 'same-range' | 'higher' | 'lower' | 'held-back';

/** One attribute of a team set against a norm, with what the figures allow (`reading`) and the values that say it. */
export interface TeamNormRow {
  readonly dimension: string;
  /** The team's published median (the middle of its 25-point range); absent when held back. */
  readonly teamMedian?: number;
  /** "50–75": the range the team's median stands for. */
  readonly teamRange?: string;
  readonly norm: NormMarker;
  /** The norm's median, rounded as it is shown. */
  readonly normMedian: number;
  readonly reading: TeamNormReading;
}

/**
 * A team's published medians next to a norm's, per attribute the norm has, in the norm's order.
 * The team's median is only known to a 25-point range, so a norm median inside that range is
 * "the same range", never "higher" or "lower" by a few points.
 */
export function compareTeamWithNorm(attributes: readonly AttributeStatistics[], norm: NormChoice): TeamNormRow[] {
  const team = new Map(attributes.map((a) => [a.dimension, a]));
  return norm.markers.map((marker): TeamNormRow => {
    const figures = team.get(marker.dimension);
    const normMedian = Math.round(marker.median);
    if (figures?.status !== 'shown') return { dimension: marker.dimension, norm: marker, normMedian, reading: 'held-back' };
    const teamRange = figureRange(figures.median);
    // Published medians are range middles (62.5 for 50–75); a score of 100 belongs to 75–100.
    const low = figures.median - FIGURE_STEP / 2;
    const high = low + FIGURE_STEP;
    const inside = marker.median >= low && (marker.median < high || high === 100);
    const reading: TeamNormReading = inside ? 'same-range' : marker.median < low ? 'higher' : 'lower';
    return { dimension: marker.dimension, teamMedian: figures.median, teamRange, norm: marker, normMedian, reading };
  });
}
