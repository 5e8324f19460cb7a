/**
 * What the team view publishes about one list of scores. Survey platforms' rules, stated here once:
 * no lowest or highest score, ever (each is one person's score); the median is shown from the
 * minimum group size; the quartiles only from a larger group (see `group-size.ts`). Means and
 * standard deviations are not published: added one result at a time, they give that result away.
 *
 * Each score is first coarsened to its range of `FIGURE_STEP` points (0–25, 25–50, 50–75,
 * 75–100), and the median and quartiles are taken of those ranges. A published figure therefore
 * depends on a person's score only through the range it lies in, so comparing a report with and
 * without one person tells at most that person's range, never their score to within ±5 points
 * (tests/unit/domain/team/differencing.property.test.ts runs that attack on random teams).
 */
export interface Figures {
  /** Results behind the figures. */
  readonly n: number;
  /** The middle of the median's range: 62.5 stands for 50–75. */
  readonly median: number;
  /** First and third quartile, like the median, or null when too few results are behind them. */
  readonly q1: number | null;
  readonly q3: number | null;
}

/** Published figures are ranges this many points wide. */
export const FIGURE_STEP = 25;
const RANGES = 100 / FIGURE_STEP;

/** The range a score falls in, 0 for 0–25 up to 3 for 75–100 (100 itself included). */
const rangeOf = (score: number): number => Math.min(RANGES - 1, Math.max(0, Math.floor(score / FIGURE_STEP)));
const middleOf = (range: number): number => range * FIGURE_STEP + FIGURE_STEP / 2;

/**
 * Quantile by linear interpolation between order statistics, Hyndman and Fan's type 7 (the
 * default in R, NumPy and spreadsheets' QUANTILE.INC): position h = (n − 1)·p in the sorted list.
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const h = (sorted.length - 1) * p;
  const lower = Math.floor(h);
  const below = sorted[lower] ?? Number.NaN;
  const above = sorted[Math.min(lower + 1, sorted.length - 1)] ?? below;
  return below + (h - lower) * (above - below);
}

/** The range holding the p-quantile of ranges (inverted distribution, type 1): always one whole range. */
function rangeQuantile(sortedRanges: ArrayLike<number>, p: number): number {
  const index = Math.max(0, Math.ceil(sortedRanges.length * p) - 1);
  return middleOf(sortedRanges[index] ?? 0);
}

/** Published figures of a non-empty list; quartiles only when `spreadFrom` results or more. */
export function publishFigures(values: readonly number[], spreadFrom: number): Figures {
  const ranges = Uint8Array.from(values, rangeOf).sort();
  const n = ranges.length;
  const spread = n >= spreadFrom;
  return {
    n,
    median: rangeQuantile(ranges, 0.5),
    q1: spread ? rangeQuantile(ranges, 0.25) : null,
    q3: spread ? rangeQuantile(ranges, 0.75) : null,
  };
}

/** A published figure as the range it stands for: "50–75". */
export function figureRange(figure: number): string {
  const low = rangeOf(figure) * FIGURE_STEP;
  return `${low}–${low + FIGURE_STEP}`;
}
