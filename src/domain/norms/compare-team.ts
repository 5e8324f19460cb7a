import type { AttributeStatistics } from '../team/statistics.ts';
import { FIGURE_STEP, figureRange } from '../team/summary.ts';
import type { NormChoice, NormMarker } from './markers.ts';

export type TeamNormReading = 'same-range' | 'higher' | 'lower' | 'held-back';

/** One attribute of a team set against a norm, with the words that say what the figures allow. */
export interface TeamNormRow {
  readonly dimension: string;
  /** The team's published median (the middle of its 25-point range); absent when held back. */
  readonly teamMedian?: number;
  /** "50–75": the range the team's median stands for. */
  readonly teamRange?: string;
  readonly norm: NormMarker;
  readonly reading: TeamNormReading;
  readonly words: string;
}

const whole = (value: number) => String(Math.round(value));

/**
 * A team's published medians next to a norm's, per attribute the norm has, in the norm's order.
 * The team's median is only known to a 25-point range, so a norm median inside that range is
 * "the same range", never "higher" or "lower" by a few points.
 */
export function compareTeamWithNorm(attributes: readonly AttributeStatistics[], norm: NormChoice): TeamNormRow[] {
  const team = new Map(attributes.map((a) => [a.dimension, a]));
  return norm.markers.map((marker): TeamNormRow => {
    const figures = team.get(marker.dimension);
    const normMedian = whole(marker.median);
    if (figures?.status !== 'shown') {
      return { dimension: marker.dimension, norm: marker, reading: 'held-back', words: 'Held back: too few results answered this attribute to show the team’s figure.' };
    }
    const teamRange = figureRange(figures.median);
    // Published medians are range middles (62.5 for 50–75); a score of 100 belongs to 75–100.
    const low = figures.median - FIGURE_STEP / 2;
    const high = low + FIGURE_STEP;
    const inside = marker.median >= low && (marker.median < high || high === 100);
    const reading: TeamNormReading = inside ? 'same-range' : marker.median < low ? 'higher' : 'lower';
    const words =
      reading === 'same-range'
        ? `Same range: the norm’s median (${normMedian}) lies in the team’s range ${teamRange}, so these figures cannot tell the two apart.`
        : reading === 'higher'
          ? `Higher: the team’s median lies in ${teamRange}, above the norm’s median (${normMedian}).`
          : `Lower: the team’s median lies in ${teamRange}, below the norm’s median (${normMedian}).`;
    return { dimension: marker.dimension, teamMedian: figures.median, teamRange, norm: marker, reading, words };
  });
}
