import { lookup } from '../instrument/lookup.ts';
import type { Instrument } from '../instrument/schema.ts';
import type { Answers } from '../result/answers.ts';
import type { InstrumentRef } from '../result/result.ts';
import { scoreFigures } from '../scoring/score.ts';
import { clampGroupSize, clampSpreadSize, SMALLEST_SHOWN_COUNT } from './group-size.ts';
import { publishFigures, type Figures } from './summary.ts';

/** What team statistics need of a result: which instrument it answered, and the answers. */
export interface TeamMemberResult {
  readonly instrument: InstrumentRef;
  readonly answers: Answers;
}

export interface TeamOptions {
  /** Smallest group whose figures are shown; default 5, never below 3. */
  readonly minimumGroupSize?: number;
  /** Smallest group whose quartiles are shown; default and floor 10. */
  readonly spreadMinimum?: number;
}

/**
 * A figure held back because too few people are behind it. Deliberately holds no number: the page
 * says why with the report's minimum group size.
 */
export interface Suppressed {
  readonly status: 'suppressed';
}

export type AttributeStatistics = { readonly dimension: string } & (({ readonly status: 'shown' } & Figures) | Suppressed);

export type OverallStatistics = ({ readonly status: 'shown' } & Figures) | Suppressed;

export interface BandCount {
  readonly band: string;
  /** Results in the band, or null for "fewer than 3" (held back so that no small group stands out). */
  readonly count: number | null;
}

export type TeamStatistics =
  | {
      readonly status: 'shown';
      /** Results in the group. */
      readonly respondents: number;
      /** Per attribute, in instrument order; each is suppressed on its own when too few scored it. */
      readonly attributes: readonly AttributeStatistics[];
      readonly overall: OverallStatistics;
      /** How many results landed in each overall band (after the critical gate), lowest band first. */
      readonly bands: readonly BandCount[];
      /** Results whose overall could not be scored; null for "fewer than 3", 0 when none. */
      readonly notEnoughAnswers: number | null;
      /** Results needed before quartiles are shown. */
      readonly spreadMinimum: number;
      /** Attributes with quartiles, by disagreement (IQR), widest first; ties keep instrument order. */
      readonly spreadRanking: readonly { readonly dimension: string; readonly iqr: number }[];
      /** Results saved with an earlier version of the questions, combined with the rest by question (the page notes it). */
      readonly earlierVersion: number;
    }
  | Suppressed
  /** Results of other instruments (`instrumentIds`) cannot be combined with this one's. */
  | { readonly status: 'refused'; readonly reason: 'different-instrument'; readonly instrumentIds: readonly string[] };

/**
 * Statistics for a group's results of one instrument. Every result is scored under the current
 * instrument, so results saved under older versions combine by item id. With fewer results
 * than the minimum group size, only the status "suppressed" is returned.
 */
export function teamStatistics(instrument: Instrument, results: readonly TeamMemberResult[], options: TeamOptions = {}): TeamStatistics {
  const minimum = clampGroupSize(options.minimumGroupSize);
  const spreadMinimum = clampSpreadSize(options.spreadMinimum, minimum);
  const others = [...new Set(results.map((r) => r.instrument.id).filter((id) => id !== instrument.id))];
  if (others.length > 0) {
    return { status: 'refused', reason: 'different-instrument', instrumentIds: others };
  }
  if (results.length < minimum) return { status: 'suppressed' };

  const { dimensions, bandsInOrder } = lookup(instrument);
  const perAttribute = dimensions.map((): number[] => []);
  const overallScores: number[] = [];
  const bandCounts = bandsInOrder.map(() => 0);
  let notEnoughAnswers = 0;
  let older = 0;

  // scoreFigures gives the same numbers as scoreAnswers without building objects per result.
  for (const result of results) {
    if (result.instrument.version !== instrument.version) older += 1;
    const figures = scoreFigures(instrument, result.answers);
    figures.tallies.forEach((tally, index) => {
      if (tally.score !== undefined) perAttribute[index]?.push(tally.score);
    });
    if (figures.overall === undefined) {
      notEnoughAnswers += 1;
    } else {
      overallScores.push(figures.overall);
      bandCounts[figures.overallBand] = (bandCounts[figures.overallBand] ?? 0) + 1;
    }
  }

  const attributes = dimensions.map((dimension, index): AttributeStatistics => {
    const values = perAttribute[index] ?? [];
    return values.length < minimum
      ? { dimension: dimension.id, status: 'suppressed' }
      : { dimension: dimension.id, status: 'shown', ...publishFigures(values, spreadMinimum) };
  });
  const overall: OverallStatistics =
    overallScores.length < minimum
      ? { status: 'suppressed' }
      : { status: 'shown', ...publishFigures(overallScores, spreadMinimum) };

  const order = new Map(dimensions.map((d, index) => [d.id, index]));
  const spreadRanking = attributes
    .flatMap((a) => (a.status === 'shown' && a.q1 !== null && a.q3 !== null ? [{ dimension: a.dimension, iqr: a.q3 - a.q1 }] : []))
    .sort((a, b) => b.iqr - a.iqr || (order.get(a.dimension) ?? 0) - (order.get(b.dimension) ?? 0));

  const shownCounts = suppressSmallCounts([...bandCounts, notEnoughAnswers]);
  return {
    status: 'shown',
    respondents: results.length,
    attributes,
    overall,
    bands: bandsInOrder.map((band, index) => ({ band: band.id, count: shownCounts[index] ?? null })),
    notEnoughAnswers: notEnoughAnswers === 0 ? 0 : (shownCounts[bandsInOrder.length] ?? null),
    spreadMinimum,
    spreadRanking,
    earlierVersion: older,
  };
}

/**
 * Counts below three become null ("fewer than 3"). The total is known, so a single held-back
 * count could be worked out from the others: then the smallest shown count is held back too.
 */
export function suppressSmallCounts(counts: readonly number[]): (number | null)[] {
  const shown: (number | null)[] = counts.map((c) => (c > 0 && c < SMALLEST_SHOWN_COUNT ? null : c));
  if (shown.filter((c) => c === null).length === 1) {
    let smallest = -1;
    shown.forEach((c, i) => {
      if (c !== null && c > 0 && (smallest < 0 || c < (shown[smallest] ?? Infinity))) smallest = i;
    });
    if (smallest >= 0) shown[smallest] = null;
  }
  return shown;
}
